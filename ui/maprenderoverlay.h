#pragma once
// MapRenderOverlay: the fixed decorations drawn over the map: a scale bar (bottom-left, rounded
// to 1-2-5 steps, true ground distance at the view centre) and the data attribution
// (bottom-right). Stateless; GUI thread or any thread painting into a QImage.

#include "mapviewport.h"
#include "maprenderstyle.h"

class QPainter;

namespace tp::ui {

class MapRenderOverlay {
public:
    // `painter` works in the logical pixels of `view`.
    static void draw(QPainter& painter, const MapViewport& view, const MapRenderStyle& style);
    // The scale bar's length: a 1-2-5 rounded ground distance in metres that fits in maxPx.
    static double niceScaleMetres(double metresPerPixel, double maxPx);
    static QString attribution();
};

} // namespace tp::ui
