#pragma once
// MapRenderOverlay: the fixed decorations drawn over the map: a scale bar (bottom-left, rounded
// to 1-2-5 steps, true ground distance at the view centre) and the data attribution
// (bottom-right; online tiles' attribution, when they are shown, comes first). Stateless; GUI thread or any thread painting into a QImage.

#include "ui/map/mapviewport.h"
#include "ui/map/maprenderstyle.h"

class QPainter;

namespace tp::ui {

class MapRenderOverlay {
public:
    // `painter` works in the logical pixels of `view`.
    // `tileAttribution`: the online tile provider's credit while tiles are drawn, else empty.
    static void draw(QPainter& painter, const MapViewport& view, const MapRenderStyle& style,
                     const QString& tileAttribution = QString());
    // The scale bar's length: a 1-2-5 rounded ground distance in metres that fits in maxPx.
    static double niceScaleMetres(double metresPerPixel, double maxPx);
    static QString attribution(const QString& tileAttribution = QString());
};

} // namespace tp::ui
