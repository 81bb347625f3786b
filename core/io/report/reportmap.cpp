#include "io/report/reportmap.h"

#include "geo/webmercator.h"
#include "model/project.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSet>

#include <cmath>

namespace tp::io {

QPointF ReportMap::project(const geo::GeoPoint& p) {
    const geo::MercatorPoint m = geo::WebMercator::project(p);
    return {m.x, m.y};
}

QPainterPath ReportMap::pathOf(const geo::MultiPolygon& shape) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    auto addRing = [&](const geo::Ring& ring) {
        if (ring.size() < 3) return;
        QPolygonF polygon;
        polygon.reserve(qsizetype(ring.size()));
        for (const geo::GeoPoint& p : ring) polygon << project(p);
        path.addPolygon(polygon);
        path.closeSubpath();
    };
    for (const geo::Polygon& p : shape) {
        addRing(p.outer());
        for (const geo::Ring& inner : p.inners()) addRing(inner);
    }
    return path;
}

ReportMap::ReportMap(const Project& project, const Scenario& scenario, const std::vector<DissolvedTerritory>& territories,
                     QString attribution)
    : m_attribution(std::move(attribution)) {
    for (const DissolvedTerritory& d : territories) {
        const Territory* t = project.territory(d.territoryId);
        if (!t || d.shape.empty()) continue;
        const QColor color(t->color);
        m_areas.push_back({t->id, pathOf(d.shape), color.isValid() ? color : QColor(0x99, 0x99, 0x99), t->name, this->project(d.labelPoint)});
    }
    QSet<qint64> drawn;
    for (const Area& a : m_areas) drawn.insert(a.territoryId);
    for (std::size_t u = 0; u < project.units.size(); ++u) {
        const qint64 owner = u < scenario.unitTerritory.size() ? scenario.unitTerritory[u] : 0;
        if (!drawn.contains(owner)) m_unassigned.addPath(pathOf(project.units[u].shape));
    }
}

QRectF ReportMap::extent() const {
    QRectF r = m_unassigned.boundingRect();
    for (const Area& a : m_areas) r = r.isEmpty() ? a.path.boundingRect() : r.united(a.path.boundingRect());
    return r;
}

QRectF ReportMap::extentOf(qint64 territoryId) const {
    for (const Area& a : m_areas)
        if (a.territoryId == territoryId) return a.path.boundingRect();
    return {};
}

void ReportMap::paint(QPainter& painter, const QRectF& frame, const QRectF& wanted, qint64 focus,
                      const std::vector<geo::GeoPoint>& points) const {
    if (wanted.isEmpty() || frame.isEmpty()) return;
    // Fit with a margin, keeping the aspect ratio; mercator y grows north, the page's y south.
    const QRectF extent = wanted.adjusted(-wanted.width() * 0.03, -wanted.height() * 0.03, wanted.width() * 0.03, wanted.height() * 0.03);
    const double scale = std::min(frame.width() / extent.width(), frame.height() / extent.height());
    QTransform toPage;
    toPage.translate(frame.center().x(), frame.center().y());
    toPage.scale(scale, -scale);
    toPage.translate(-extent.center().x(), -extent.center().y());
    const double unit = frame.width() / 1000.0;  // line widths and type relative to the frame

    painter.save();
    painter.setClipRect(frame);
    painter.fillRect(frame, QColor(0xF4, 0xF6, 0xF8));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xFF, 0xFF, 0xFF), unit * 0.6));
    painter.setBrush(QColor(0xD9, 0xD9, 0xD9));
    painter.drawPath(toPage.map(m_unassigned));
    for (const Area& a : m_areas) {
        QColor fill = a.color;
        if (focus && a.territoryId != focus) fill = QColor::fromHsvF(fill.hsvHueF(), fill.hsvSaturationF() * 0.25, 0.93);
        painter.setBrush(fill);
        painter.setPen(QPen(Qt::white, unit * 1.2));
        painter.drawPath(toPage.map(a.path));
    }
    if (focus) {
        for (const Area& a : m_areas) {
            if (a.territoryId != focus) continue;
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(QColor(0x22, 0x22, 0x22), unit * 2.0));
            painter.drawPath(toPage.map(a.path));
        }
        painter.setPen(QPen(QColor(0x22, 0x22, 0x22), unit * 0.4));
        painter.setBrush(QColor(0xFF, 0xFF, 0xFF));
        const double r = unit * 2.2;
        for (const geo::GeoPoint& p : points) painter.drawEllipse(toPage.map(project(p)), r, r);
    }

    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(std::lround(unit * 13))));
    font.setBold(true);
    for (const Area& a : m_areas) {
        if (focus && a.territoryId != focus) continue;
        const QPointF at = toPage.map(a.labelPoint);
        if (!frame.contains(at)) continue;
        const QFontMetricsF fm(font, painter.device());
        QPainterPath text;
        text.addText(at - QPointF(fm.horizontalAdvance(a.label) / 2, -fm.ascent() / 2 + fm.descent() / 2), font, a.label);
        painter.strokePath(text, QPen(QColor(255, 255, 255, 220), unit * 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.fillPath(text, QColor(0x1A, 0x1A, 0x1A));
    }
    painter.setClipping(false);
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), unit * 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    paintScaleBar(painter, frame, extent, 1.0 / scale);
    paintAttribution(painter, frame);
    painter.restore();
}

void ReportMap::paintScaleBar(QPainter& painter, const QRectF& frame, const QRectF& extent, double metresPerUnit) const {
    // Web Mercator stretches by 1 / cos(latitude): true ground distance at the centre latitude.
    const double latitude = geo::WebMercator::unproject({extent.center().x(), extent.center().y()}).lat;
    const double groundPerUnit = metresPerUnit * std::cos(latitude * M_PI / 180.0);
    const double wantedKm = groundPerUnit * frame.width() / 5.0 / 1000.0;
    if (!(wantedKm > 0)) return;
    const double magnitude = std::pow(10.0, std::floor(std::log10(wantedKm)));
    double km = magnitude;
    for (double step : {2.0, 5.0, 10.0})
        if (magnitude * step <= wantedKm) km = magnitude * step;
    const double length = km * 1000.0 / groundPerUnit;
    const double unit = frame.width() / 1000.0;

    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(std::lround(unit * 11))));
    font.setBold(false);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const QPointF origin(frame.left() + unit * 14, frame.bottom() - unit * 14);
    const double h = unit * 5;
    const QString label = QStringLiteral("%1 km").arg(km, 0, 'g', 6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(QRectF(origin.x() - unit * 5, origin.y() - h - fm.height() - unit * 6, length + fm.horizontalAdvance(label) + unit * 14,
                            h + fm.height() + unit * 10));
    painter.setBrush(QColor(0x22, 0x22, 0x22));
    painter.drawRect(QRectF(origin.x(), origin.y() - h, length / 2, h));
    painter.setBrush(Qt::white);
    painter.setPen(QPen(QColor(0x22, 0x22, 0x22), unit * 0.6));
    painter.drawRect(QRectF(origin.x() + length / 2, origin.y() - h, length / 2, h));
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.drawText(QPointF(origin.x(), origin.y() - h - unit * 3), QStringLiteral("0"));
    painter.drawText(QPointF(origin.x() + length - fm.horizontalAdvance(label) / 2, origin.y() - h - unit * 3), label);
}

void ReportMap::paintAttribution(QPainter& painter, const QRectF& frame) const {
    if (m_attribution.isEmpty()) return;
    const double unit = frame.width() / 1000.0;
    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(std::lround(unit * 10))));
    font.setBold(false);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const double w = fm.horizontalAdvance(m_attribution) + unit * 10;
    const QRectF box(frame.right() - w, frame.bottom() - fm.height() - unit * 4, w, fm.height() + unit * 4);
    painter.fillRect(box, QColor(255, 255, 255, 200));
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.drawText(box, Qt::AlignCenter, m_attribution);
}

} // namespace tp::io
