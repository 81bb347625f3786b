#include "pantool.h"

#include "mapcanvas.h"

#include <QMouseEvent>

namespace tp::ui {

void PanTool::deactivate() {
    if (m_dragging) canvas()->endPan();
    m_pressed = m_dragging = false;
}

void PanTool::pressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastPos = event->position();
    event->accept();
}

void PanTool::moveEvent(QMouseEvent* event) {
    if (!m_pressed) return;
    const QPointF pos = event->position();
    if (!m_dragging) {
        if ((pos - m_pressPos).manhattanLength() < clickTolerancePx) return;
        m_dragging = true;
        canvas()->beginPan();
        canvas()->setCursor(cursor());
    }
    canvas()->panByPixels(pos - m_lastPos);
    m_lastPos = pos;
    event->accept();
}

void PanTool::releaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_pressed) return;
    m_pressed = false;
    if (m_dragging) {
        canvas()->panByPixels(event->position() - m_lastPos);
        m_dragging = false;
        canvas()->endPan();
        canvas()->setCursor(cursor());
    } else {
        canvas()->clickAt(event->position());
    }
    event->accept();
}

} // namespace tp::ui
