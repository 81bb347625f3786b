#include "io/report/reportmap.h"

#include "geo/webmercator.h"
#include "model/project.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSet>
#include <QTransform>

#include <boost/geometry/algorithms/envelope.hpp>
#include <boost/geometry/algorithms/expand.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace tp::io {
namespace {

// Groups units closer than this (degrees between their bounds) into one landmass: islands off a
// coast stay with it, Alaska, Hawaii and Puerto Rico are apart from the lower 48.
constexpr double landmassGapDegrees = 2.0;

double unwrap(double lon, double centre) {
    return lon - 360.0 * std::round((lon - centre) / 360.0);
}

QPointF mercator(double lon, double lat) {
    const geo::MercatorPoint m = geo::WebMercator::project({lon, lat});
    return {m.x, m.y};
}

} // namespace

QPointF ReportMap::project(const geo::GeoPoint& p) const {
    return mercator(unwrap(p.lon, m_centreLon), p.lat);
}

void ReportMap::findExtents(const Project& project, const Scenario& scenario) {
    namespace bg = boost::geometry;
    namespace bgi = boost::geometry::index;
    using Point = bg::model::point<double, 2, bg::cs::cartesian>;
    using Box = bg::model::box<Point>;
    const std::size_t n = project.units.size();
    std::vector<int> accounts(n, 0);
    for (const Account& a : project.accounts)
        if (a.unit >= 0 && std::size_t(a.unit) < n) ++accounts[std::size_t(a.unit)];
    auto framed = [&](std::size_t u) {
        return accounts[u] > 0 && u < scenario.unitTerritory.size() && scenario.unitTerritory[u] != 0;
    };
    auto assigned = [&](std::size_t u) { return u < scenario.unitTerritory.size() && scenario.unitTerritory[u] != 0; };

    // Centre longitude: the circular mean of the framed units' polygon parts (all units when
    // none). Parts rather than unit bounds: a unit split at 180° (the Aleutians) has bounds
    // around the world.
    bool any = false;
    for (std::size_t u = 0; u < n && !any; ++u) any = framed(u);
    auto partMiddle = [](const geo::Polygon& part) {
        const geo::Box b = bg::return_envelope<geo::Box>(part);
        return (b.min_corner().lon + b.max_corner().lon) / 2;
    };
    double sx = 0, sy = 0;
    for (std::size_t u = 0; u < n; ++u) {
        if (any && !framed(u)) continue;
        for (const geo::Polygon& part : project.units[u].shape) {
            const double lon = partMiddle(part) * M_PI / 180.0;
            sx += std::cos(lon);
            sy += std::sin(lon);
        }
    }
    m_centreLon = (sx == 0 && sy == 0) ? 0.0 : std::atan2(sy, sx) * 180.0 / M_PI;
    if (!any) return;

    // Unit bounds from their parts with unwrapped longitudes; landmasses as connected groups of
    // nearby bounds.
    std::vector<Box> boxes(n);
    std::vector<std::pair<Box, std::size_t>> entries;
    entries.reserve(n);
    for (std::size_t u = 0; u < n; ++u) {
        bool first = true;
        for (const geo::Polygon& part : project.units[u].shape) {
            const geo::Box b = bg::return_envelope<geo::Box>(part);
            const double shift = unwrap(partMiddle(part), m_centreLon) - partMiddle(part);
            const Box box(Point(b.min_corner().lon + shift, b.min_corner().lat),
                          Point(b.max_corner().lon + shift, b.max_corner().lat));
            if (first)
                boxes[u] = box;
            else
                bg::expand(boxes[u], box);
            first = false;
        }
        if (!first) entries.emplace_back(boxes[u], u);
    }
    const bgi::rtree<std::pair<Box, std::size_t>, bgi::rstar<16>> tree(entries.begin(), entries.end());
    std::vector<std::size_t> parent(n);
    std::iota(parent.begin(), parent.end(), std::size_t(0));
    auto find = [&](std::size_t u) {
        while (parent[u] != u) u = parent[u] = parent[parent[u]];
        return u;
    };
    std::vector<std::pair<Box, std::size_t>> near;
    for (std::size_t u = 0; u < n; ++u) {
        const Box& b = boxes[u];
        const Box grown(
            Point(b.min_corner().get<0>() - landmassGapDegrees, b.min_corner().get<1>() - landmassGapDegrees),
            Point(b.max_corner().get<0>() + landmassGapDegrees, b.max_corner().get<1>() + landmassGapDegrees));
        near.clear();
        tree.query(bgi::intersects(grown), std::back_inserter(near));
        for (const auto& e : near) parent[find(e.second)] = find(u);
    }
    std::map<std::size_t, int> accountsOf;
    for (std::size_t u = 0; u < n; ++u)
        if (framed(u)) accountsOf[find(u)] += accounts[u];
    std::size_t mainland = n;
    int most = -1;
    for (const auto& [root, count] : accountsOf)
        if (count > most) most = count, mainland = root;

    auto unite = [&](QRectF& r, std::size_t u) {
        const Box& b = boxes[u];
        const QRectF box = QRectF(mercator(b.min_corner().get<0>(), b.min_corner().get<1>()),
                                  mercator(b.max_corner().get<0>(), b.max_corner().get<1>()))
                               .normalized();
        r = r.isNull() ? box : r.united(box);
    };
    std::map<std::size_t, QRectF> outliers;
    for (std::size_t u = 0; u < n; ++u) {
        const std::size_t root = find(u);
        if (root == mainland) {
            if (framed(u)) unite(m_main, u);
        } else if (assigned(u)) {
            unite(outliers[root], u);
        }
    }
    for (const auto& [root, r] : outliers) m_insets.push_back(r);
    // A territory's own frame: its units on its landmass with the most accounts.
    std::map<qint64, std::map<std::size_t, int>> territoryAccounts;
    for (std::size_t u = 0; u < n; ++u)
        if (framed(u)) territoryAccounts[scenario.unitTerritory[u]][find(u)] += accounts[u];
    for (std::size_t u = 0; u < n; ++u) {
        if (!assigned(u) || !territoryAccounts.contains(scenario.unitTerritory[u])) continue;
        const auto& counts = territoryAccounts[scenario.unitTerritory[u]];
        const auto best = std::max_element(counts.begin(), counts.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
        if (best->first == find(u)) unite(m_territoryExtents[scenario.unitTerritory[u]], u);
    }
    std::sort(m_insets.begin(), m_insets.end(), [](const QRectF& a, const QRectF& b) { return a.left() < b.left(); });
}

QPainterPath ReportMap::pathOf(const geo::MultiPolygon& shape) const {
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

ReportMap::ReportMap(const Project& project, const Scenario& scenario,
                     const std::vector<DissolvedTerritory>& territories, QString attribution)
    : m_attribution(std::move(attribution)) {
    findExtents(project, scenario);
    for (const DissolvedTerritory& d : territories) {
        const Territory* t = project.territory(d.territoryId);
        if (!t || d.shape.empty()) continue;
        const QColor color(t->color);
        m_areas.push_back({t->id, pathOf(d.shape), color.isValid() ? color : QColor(0x99, 0x99, 0x99), t->name,
                           this->project(d.labelPoint)});
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
    const auto framed = m_territoryExtents.find(territoryId);
    if (framed != m_territoryExtents.end()) return framed->second;
    for (const Area& a : m_areas)
        if (a.territoryId == territoryId) return a.path.boundingRect();
    return {};
}

QTransform ReportMap::transformFor(const QRectF& frame, const QRectF& wanted, double* scale) const {
    // Fit with a margin, keeping the aspect ratio; mercator y grows north, the page's y south.
    const QRectF extent =
        wanted.adjusted(-wanted.width() * 0.03, -wanted.height() * 0.03, wanted.width() * 0.03, wanted.height() * 0.03);
    *scale = std::min(frame.width() / extent.width(), frame.height() / extent.height());
    QTransform toPage;
    toPage.translate(frame.center().x(), frame.center().y());
    toPage.scale(*scale, -*scale);
    toPage.translate(-extent.center().x(), -extent.center().y());
    return toPage;
}

void ReportMap::paintAreas(QPainter& painter, const QTransform& toPage, double unit, qint64 focus) const {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xFF, 0xFF, 0xFF), unit * 0.6));
    painter.setBrush(QColor(0xD9, 0xD9, 0xD9));
    painter.drawPath(toPage.map(m_unassigned));
    for (const Area& a : m_areas) {
        QColor fill = a.color;
        if (focus && a.territoryId != focus)
            fill = QColor::fromHsvF(fill.hsvHueF(), fill.hsvSaturationF() * 0.25, 0.93);
        painter.setBrush(fill);
        painter.setPen(QPen(Qt::white, unit * 1.2));
        painter.drawPath(toPage.map(a.path));
    }
}

void ReportMap::paintInset(QPainter& painter, const QRectF& frame, const QRectF& wanted) const {
    if (wanted.isEmpty() || frame.isEmpty()) return;
    double scale = 1;
    const QTransform toPage = transformFor(frame, wanted, &scale);
    const double unit = frame.width() / 300.0;
    painter.save();
    painter.setClipRect(frame);
    painter.fillRect(frame, QColor(0xF4, 0xF6, 0xF8));
    paintAreas(painter, toPage, unit * 0.5, 0);
    painter.setClipping(false);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(QColor(0x66, 0x66, 0x66), unit * 0.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    painter.restore();
}

void ReportMap::paint(QPainter& painter, const QRectF& frame, const QRectF& wanted, qint64 focus,
                      const std::vector<geo::GeoPoint>& points) const {
    if (wanted.isEmpty() || frame.isEmpty()) return;
    double scale = 1;
    const QTransform toPage = transformFor(frame, wanted, &scale);
    const QRectF extent = toPage.inverted().mapRect(frame);
    const double unit = frame.width() / 1000.0; // line widths and type relative to the frame

    painter.save();
    painter.setClipRect(frame);
    painter.fillRect(frame, QColor(0xF4, 0xF6, 0xF8));
    paintAreas(painter, toPage, unit, focus);
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
        QPointF at = toPage.map(a.labelPoint);
        // A territory with far-away parts (Alaska) may have its label point outside the frame:
        // label it at the middle of its main landmass instead.
        if (!frame.contains(at)) at = toPage.map(extentOf(a.territoryId).center());
        if (!frame.contains(at)) continue;
        const QFontMetricsF fm(font, painter.device());
        QPainterPath text;
        text.addText(at - QPointF(fm.horizontalAdvance(a.label) / 2, -fm.ascent() / 2 + fm.descent() / 2), font,
                     a.label);
        painter.strokePath(text,
                           QPen(QColor(255, 255, 255, 220), unit * 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
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

void ReportMap::paintThematic(QPainter& painter, const QRectF& frame, const QRectF& wanted, const Project& project,
                              const std::vector<QColor>& unitColours) const {
    if (wanted.isEmpty() || frame.isEmpty()) return;
    double scale = 1;
    const QTransform toPage = transformFor(frame, wanted, &scale);
    const QRectF extent = toPage.inverted().mapRect(frame);
    const double unit = frame.width() / 1000.0;
    // One path per colour: a few fills instead of one per unit. Each is also stroked thinly in
    // its own colour, so a viewer's antialiasing shows no hairline seams between neighbours.
    std::map<QRgb, QPainterPath> byColour;
    for (std::size_t u = 0; u < project.units.size() && u < unitColours.size(); ++u) {
        if (!unitColours[u].isValid()) continue;
        const QPainterPath path = pathOf(project.units[u].shape);
        if (!path.boundingRect().intersects(extent)) continue;
        byColour[unitColours[u].rgb()].addPath(path);
    }
    painter.save();
    painter.setClipRect(frame);
    painter.fillRect(frame, QColor(0xF4, 0xF6, 0xF8));
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto& [rgb, path] : byColour) {
        painter.setPen(QPen(QColor(rgb), unit * 0.3));
        painter.setBrush(QColor(rgb));
        painter.drawPath(toPage.map(path));
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0x26, 0x2C, 0x33), unit * 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const Area& a : m_areas) painter.drawPath(toPage.map(a.path));
    painter.setClipping(false);
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), unit * 0.8));
    painter.drawRect(frame);
    paintScaleBar(painter, frame, extent, 1.0 / scale);
    paintAttribution(painter, frame);
    painter.restore();
}

void ReportMap::paintScaleBar(QPainter& painter, const QRectF& frame, const QRectF& extent,
                              double metresPerUnit) const {
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
    painter.drawRect(QRectF(origin.x() - unit * 5, origin.y() - h - fm.height() - unit * 6,
                            length + fm.horizontalAdvance(label) + unit * 14, h + fm.height() + unit * 10));
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
