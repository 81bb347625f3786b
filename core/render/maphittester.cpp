#include "render/maphittester.h"

#include "geo/unitindex.h"
#include "model/project.h"

#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/algorithms/correct.hpp>
#include <boost/geometry/algorithms/distance.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/algorithms/intersects.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <algorithm>
#include <cmath>

namespace tp::render {

MapHitTester::MapHitTester() = default;
MapHitTester::~MapHitTester() = default;

void MapHitTester::setProject(const Project* project) {
    m_project = project;
    m_unitIndex.reset();
}

void MapHitTester::setAccountPoints(std::shared_ptr<const AccountLayer::Points> points) {
    m_points = std::move(points);
}

const geo::UnitIndex* MapHitTester::unitIndex() const {
    if (!m_project) return nullptr;
    if (!m_unitIndex) {
        std::vector<geo::MultiPolygon> shapes;
        shapes.reserve(m_project->units.size());
        for (const Unit& u : m_project->units) shapes.push_back(u.shape);
        m_unitIndex = std::make_unique<geo::UnitIndex>(std::move(shapes));
    }
    return m_unitIndex.get();
}

int MapHitTester::unitAt(const MapViewport& view, QPointF pos) const {
    const geo::UnitIndex* index = unitIndex();
    return index ? index->unitAt(view.toGeo(pos)) : -1;
}

std::vector<int> MapHitTester::unitsAlong(const MapViewport& view, QPointF a, QPointF b, double stepPx) const {
    std::vector<int> result;
    const QPointF d = b - a;
    const int steps = std::max(1, int(std::ceil(std::hypot(d.x(), d.y()) / stepPx)));
    for (int i = 0; i <= steps; ++i) {
        const int unit = unitAt(view, a + d * (double(i) / steps));
        if (unit >= 0 && (result.empty() || result.back() != unit)) result.push_back(unit);
    }
    return result;
}

std::vector<int> MapHitTester::unitsNear(const MapViewport& view, QPointF a, QPointF b, double radiusPx) const {
    namespace bg = boost::geometry;
    using ScreenPoint = bg::model::d2::point_xy<double>;
    std::vector<int> result;
    if (!m_project) return result;
    const QRectF r = QRectF(a, b).normalized().adjusted(-radiusPx, -radiusPx, radiusPx, radiusPx);
    const geo::GeoPoint c0 = view.toGeo(r.topLeft()), c1 = view.toGeo(r.bottomRight());
    const geo::Box box(geo::GeoPoint{std::min(c0.lon, c1.lon), std::min(c0.lat, c1.lat)},
                       geo::GeoPoint{std::max(c0.lon, c1.lon), std::max(c0.lat, c1.lat)});
    const bg::model::segment<ScreenPoint> path{{a.x(), a.y()}, {b.x(), b.y()}};
    const ScreenPoint point{a.x(), a.y()};
    auto toScreen = [&view](const geo::Ring& ring, auto& out) {
        for (const geo::GeoPoint& g : ring) {
            const QPointF s = view.toScreen(g);
            out.emplace_back(s.x(), s.y());
        }
    };
    for (std::size_t u = 0; u < m_project->units.size(); ++u) {
        const Unit& unit = m_project->units[u];
        if (!bg::intersects(box, unit.bounds)) continue;
        for (const geo::Polygon& part : unit.shape) {
            // In screen pixels (y down), where the brush is round.
            bg::model::polygon<ScreenPoint> screen;
            toScreen(part.outer(), screen.outer());
            for (const geo::Ring& hole : part.inners()) {
                screen.inners().emplace_back();
                toScreen(hole, screen.inners().back());
            }
            bg::correct(screen);
            const double d = a == b ? bg::distance(point, screen) : bg::distance(path, screen);
            if (d <= radiusPx) {
                result.push_back(int(u));
                break;
            }
        }
    }
    return result;
}

std::vector<int> MapHitTester::unitsInside(const MapViewport& view, const QPolygonF& polygon) const {
    std::vector<int> result;
    if (!m_project || polygon.size() < 3) return result;
    // Mercator keeps screen rectangles axis-aligned, so the polygon's bounds are a lon/lat box.
    const QRectF r = polygon.boundingRect();
    const geo::GeoPoint a = view.toGeo(r.topLeft()), b = view.toGeo(r.bottomRight());
    const geo::Box box(geo::GeoPoint{std::min(a.lon, b.lon), std::min(a.lat, b.lat)},
                       geo::GeoPoint{std::max(a.lon, b.lon), std::max(a.lat, b.lat)});
    for (std::size_t u = 0; u < m_project->units.size(); ++u) {
        const Unit& unit = m_project->units[u];
        if (!boost::geometry::intersects(box, unit.bounds)) continue;
        geo::GeoPoint centre;
        boost::geometry::centroid(unit.shape, centre);
        if (polygon.containsPoint(view.toScreen(centre), Qt::OddEvenFill)) result.push_back(int(u));
    }
    return result;
}

int MapHitTester::accountAt(const MapViewport& view, QPointF pos, double radiusPx) const {
    if (!m_points) return -1;
    int best = -1;
    double bestD2 = radiusPx * radiusPx;
    for (std::size_t i = 0; i < m_points->position.size(); ++i) {
        if (m_points->segment[i] == AccountLayer::hidden) continue;
        const QPointF s = view.toScreen(m_points->position[i]);
        const double dx = s.x() - pos.x(), dy = s.y() - pos.y();
        const double d2 = dx * dx + dy * dy;
        if (d2 <= bestD2) {
            bestD2 = d2;
            best = int(i);
        }
    }
    return best;
}

} // namespace tp::render
