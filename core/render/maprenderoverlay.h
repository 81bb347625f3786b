#pragma once
// MapRenderOverlay: the fixed decorations drawn over the map: a scale bar (bottom-left, rounded
// to 1-2-5 steps, true ground distance at the view centre) and the data attribution
// (bottom-right; online tiles' attribution, when they are shown, comes first). Stateless; GUI thread or any thread painting into a QImage.

#include "render/mapviewport.h"
#include "render/maprenderstyle.h"

class QPainter;

namespace tp::render {

class MapRenderOverlay {
public:
    // `painter` works in the logical pixels of `view`.
    // `tileAttribution`: the online tile provider's credit while tiles are drawn, else empty;
    // `dataAttribution`: the credit of the drawn data (empty: the bundled base map's).
    static void draw(QPainter& painter, const MapViewport& view, const MapRenderStyle& style,
                     const QString& tileAttribution = QString(), const QString& dataAttribution = QString());
    // The scale bar's length: a 1-2-5 rounded ground distance in metres that fits in maxPx.
    static double niceScaleMetres(double metresPerPixel, double maxPx);
    static QString attribution(const QString& tileAttribution = QString(), const QString& dataAttribution = QString());
};

} // namespace tp::render
