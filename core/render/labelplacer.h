#pragma once
// LabelPlacer: where each territory label goes on the map. Labels are placed by weight (larger
// territories first) centred on their anchor; one that would overlap a label already placed, or
// reach out of the view, tries positions around its anchor (above, below, beside, diagonally),
// drawn with a leader line to it. With `everyLabel` (workshop mode) a label that fits nowhere
// goes to a list in the map's top-right corner (colour swatch, name and figure), which the other
// labels keep clear of, so no territory in view is left unnamed; otherwise it is left out.
// Only labels whose anchor lies in the view take part. Stateless; any thread.

#include "render/labelsprites.h"
#include "render/maplabel.h"
#include "render/mapviewport.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace tp::render {

class LabelPlacer {
public:
    struct Placement {
        enum class Kind { AtAnchor, Displaced, Listed };
        std::size_t label = 0; // index into the labels
        QRectF box;            // the label's box, logical pixels (a listed one: with its swatch)
        QPointF anchor;        // the territory's anchor, logical pixels
        Kind kind = Kind::AtAnchor;
    };
    static constexpr double swatchPx = 14.0; // the colour square before a listed label

    static std::vector<Placement> place(const std::vector<MapLabel>& labels, const MapViewport& view,
                                        const LabelSprites::Type& type, bool everyLabel);
};

} // namespace tp::render
