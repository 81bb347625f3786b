#include "ui/tools/pointpicktool.h"

#include "ui/map/mapcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace tp::ui {

void PointPickTool::start(Picked picked) {
    if (!m_picked) m_previous = canvas()->mapTool() == this ? nullptr : canvas()->mapTool();
    m_picked = std::move(picked);
    m_pressed = m_dragged = false;
    canvas()->setMapTool(this);
    canvas()->setFocus();
}

void PointPickTool::finish() {
    m_picked = nullptr;
    m_pressed = m_dragged = false;
    if (canvas()->mapTool() == this) canvas()->setMapTool(m_previous);
    m_previous = nullptr;
}

void PointPickTool::cancel() {
    if (m_picked) finish();
}

void PointPickTool::pressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    m_press = m_last = event->position();
    m_pressed = true;
    m_dragged = false;
}

void PointPickTool::moveEvent(QMouseEvent* event) {
    if (!m_pressed) return;
    const QPointF delta = event->position() - m_last;
    if (!m_dragged && (event->position() - m_press).manhattanLength() < 5) return;
    if (!m_dragged) canvas()->beginPan();
    m_dragged = true;
    canvas()->panByPixels(delta);
    m_last = event->position();
}

void PointPickTool::releaseEvent(QMouseEvent* event) {
    if (!m_pressed || event->button() != Qt::LeftButton) return;
    m_pressed = false;
    if (m_dragged) {
        canvas()->endPan();
        m_dragged = false;
        return;
    }
    const geo::GeoPoint at = canvas()->toGeo(event->position());
    const Picked picked = m_picked;
    finish();
    if (picked) picked(at);
}

bool PointPickTool::keyPressEvent(QKeyEvent* event) {
    if (event->key() != Qt::Key_Escape || !m_picked) return false;
    finish();
    return true;
}

} // namespace tp::ui
