#include "ui/tools/maptool.h"

#include "ui/map/mapcanvas.h"

#include <QWheelEvent>

#include <cmath>

namespace tp::ui {

void MapTool::wheelEvent(QWheelEvent* event) {
    const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (delta == 0) return;
    // One notch (120) zooms by sqrt(2): two notches double the scale.
    m_canvas->zoomAt(event->position(), std::pow(2.0, delta / 240.0));
    event->accept();
}

} // namespace tp::ui
