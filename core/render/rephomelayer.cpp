#include "render/rephomelayer.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace tp::render {

bool RepHomeLayer::setMarkers(std::shared_ptr<const Markers> markers) {
    {
        QMutexLocker lock(&m_mutex);
        if (m_markers && markers && *m_markers == *markers) return false;
        m_markers = std::move(markers);
    }
    bumpRevision();
    return true;
}

std::shared_ptr<const RepHomeLayer::Markers> RepHomeLayer::markers() const {
    return readLocked(m_mutex, m_markers);
}

void RepHomeLayer::setLabelSize(double pixels) {
    storeLocked(m_mutex, m_labelSize, pixels);
}

QImage RepHomeLayer::render(const MapViewport& view, const std::atomic_bool& cancelled) const {
    const std::shared_ptr<const Markers> markers = this->markers();
    double labelSize = 11.0;
    {
        QMutexLocker lock(&m_mutex);
        labelSize = m_labelSize;
    }
    if (!markers || markers->empty()) return {};
    QImage image = makeImage(view);
    const MapViewport dv = view.deviceViewport();
    const double dpr = view.devicePixelRatio();
    const double r = m_style.repSize * 0.5 * dpr;
    const QRectF visible = QRectF(QPointF(0, 0), QSizeF(dv.size())).adjusted(-2 * r, -2 * r, 2 * r, 2 * r);
    const bool labels = view.resolution() <= 1500.0;

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font;
    font.setPixelSize(int(std::lround(labelSize * dpr)));
    font.setWeight(QFont::DemiBold);
    p.setFont(font);
    for (const Marker& m : *markers) {
        if (cancelled.load(std::memory_order_relaxed)) return image;
        const QPointF c = dv.toScreen(m.position);
        if (!visible.contains(c)) continue;
        QPainterPath diamond;
        diamond.moveTo(c.x(), c.y() - r);
        diamond.lineTo(c.x() + r, c.y());
        diamond.lineTo(c.x(), c.y() + r);
        diamond.lineTo(c.x() - r, c.y());
        diamond.closeSubpath();
        p.setPen(QPen(m_style.repOutline, 1.6 * dpr, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(m_style.repFill);
        p.drawPath(diamond);
        if (labels && !m.name.isEmpty()) {
            const QPointF at(c.x() + r + 4 * dpr, c.y() + 4 * dpr);
            QPainterPath text;
            text.addText(at, font, m.name);
            p.setPen(QPen(QColor(255, 255, 255, 220), 3 * dpr, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(text);
            p.setPen(m_style.repFill);
            p.drawText(at, m.name);
        }
    }
    return image;
}

} // namespace tp::render
