#include "ui/tools/pantool.h"

#include "ui/map/mapcanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace tp::ui {

void PanTool::deactivate() {
    if (m_dragging) canvas()->endPan();
    m_pressed = m_dragging = false;
}

void PanTool::pressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    m_pressed = true;
    m_dragging = false;
    m_boxZoom = event->modifiers() & Qt::ShiftModifier;
    m_pressPos = m_lastPos = event->position();
    event->accept();
}

void PanTool::moveEvent(QMouseEvent* event) {
    if (!m_pressed) return;
    const QPointF pos = event->position();
    if (!m_dragging) {
        if ((pos - m_pressPos).manhattanLength() < clickTolerancePx) return;
        m_dragging = true;
        if (!m_boxZoom) canvas()->beginPan();
        canvas()->setCursor(cursor());
    }
    if (m_boxZoom) {
        m_lastPos = pos;
        canvas()->update();
        event->accept();
        return;
    }
    canvas()->panByPixels(pos - m_lastPos);
    m_lastPos = pos;
    event->accept();
}

void PanTool::releaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_pressed) return;
    m_pressed = false;
    if (m_dragging && m_boxZoom) {
        m_dragging = false;
        const QRectF box = QRectF(m_pressPos, event->position()).normalized();
        const geo::GeoPoint a = canvas()->toGeo(box.topLeft()), b = canvas()->toGeo(box.bottomRight());
        canvas()->zoomToExtent(geo::Box(geo::GeoPoint{std::min(a.lon, b.lon), std::min(a.lat, b.lat)},
                                        geo::GeoPoint{std::max(a.lon, b.lon), std::max(a.lat, b.lat)}));
        canvas()->setCursor(cursor());
        canvas()->update();
    } else if (m_dragging) {
        canvas()->panByPixels(event->position() - m_lastPos);
        m_dragging = false;
        canvas()->endPan();
        canvas()->setCursor(cursor());
    } else {
        canvas()->clickAt(event->position());
    }
    event->accept();
}

void PanTool::paint(QPainter& painter) {
    if (!m_dragging || !m_boxZoom) return;
    painter.save();
    painter.setPen(QPen(QColor(0x10, 0x6b, 0xd6), 1.5, Qt::DashLine));
    painter.setBrush(QColor(0x10, 0x6b, 0xd6, 30));
    painter.drawRect(QRectF(m_pressPos, m_lastPos).normalized());
    painter.restore();
}

} // namespace tp::ui
