#include "render/maprendergeometry.h"

#include <boost/geometry/algorithms/simplify.hpp>
#include <boost/geometry/geometries/linestring.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tp::render {
namespace {

constexpr double guardMarginPx = 256.0;
constexpr int simplifiedLevels = 5; // tolerances 40, 160, 640, 2560, 10240 m

QRectF guardOf(const MapViewport& v) {
    return QRectF(-guardMarginPx, -guardMarginPx, v.size().width() + 2 * guardMarginPx,
                  v.size().height() + 2 * guardMarginPx);
}

inline QPointF snapped(const MapViewport& v, geo::MercatorPoint m) {
    const QPointF p = v.toScreen(m);
    return {std::round(p.x() * 2.0) * 0.5, std::round(p.y() * 2.0) * 0.5};
}

// Sutherland-Hodgman against one edge of the guard rectangle; keeps fills right inside it.
template <typename Inside, typename Cross>
void clipAgainst(std::vector<QPointF>& poly, Inside inside, Cross cross) {
    if (poly.empty()) return;
    std::vector<QPointF> out;
    out.reserve(poly.size() + 4);
    QPointF prev = poly.back();
    bool prevIn = inside(prev);
    for (const QPointF& cur : poly) {
        const bool curIn = inside(cur);
        if (curIn != prevIn) out.push_back(cross(prev, cur));
        if (curIn) out.push_back(cur);
        prev = cur;
        prevIn = curIn;
    }
    poly.swap(out);
}

void clipRing(std::vector<QPointF>& ring, const QRectF& r) {
    auto atX = [](QPointF a, QPointF b, double x) {
        return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
    };
    auto atY = [](QPointF a, QPointF b, double y) {
        return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
    };
    clipAgainst(
        ring, [&](QPointF p) { return p.x() >= r.left(); }, [&](QPointF a, QPointF b) { return atX(a, b, r.left()); });
    clipAgainst(
        ring, [&](QPointF p) { return p.x() <= r.right(); },
        [&](QPointF a, QPointF b) { return atX(a, b, r.right()); });
    clipAgainst(
        ring, [&](QPointF p) { return p.y() >= r.top(); }, [&](QPointF a, QPointF b) { return atY(a, b, r.top()); });
    clipAgainst(
        ring, [&](QPointF p) { return p.y() <= r.bottom(); },
        [&](QPointF a, QPointF b) { return atY(a, b, r.bottom()); });
}

// Liang-Barsky: clips segment a-b to r; false when nothing is left.
bool clipSegment(QPointF& a, QPointF& b, const QRectF& r) {
    double t0 = 0.0, t1 = 1.0;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0) return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    const QPointF a0 = a;
    a = QPointF(a0.x() + t0 * dx, a0.y() + t0 * dy);
    b = QPointF(a0.x() + t1 * dx, a0.y() + t1 * dy);
    return true;
}

// A closed ring of device points (its closing duplicate dropped), clipped to the guard first
// when `clip`; nothing when it collapsed below three points.
void appendRing(QPainterPath& path, std::vector<QPointF>& pts, const QRectF& guard, bool clip) {
    if (pts.size() > 1 && pts.front() == pts.back()) pts.pop_back();
    if (clip) clipRing(pts, guard);
    if (pts.size() < 3) return; // collapsed below half a pixel: the neighbours cover it
    path.moveTo(pts[0]);
    for (std::size_t k = 1; k < pts.size(); ++k) path.lineTo(pts[k]);
    path.closeSubpath();
}

// An open polyline of device points; when `clip`, each segment is clipped to the guard and the
// line restarts where it comes back inside.
void appendPolyline(QPainterPath& path, const std::vector<QPointF>& pts, const QRectF& guard, bool clip) {
    if (pts.size() < 2) return;
    if (!clip) {
        path.moveTo(pts[0]);
        for (std::size_t k = 1; k < pts.size(); ++k) path.lineTo(pts[k]);
        return;
    }
    bool open = false;
    for (std::size_t k = 1; k < pts.size(); ++k) {
        QPointF a = pts[k - 1], c = pts[k];
        if (!clipSegment(a, c, guard)) {
            open = false;
            continue;
        }
        if (!open || a != pts[k - 1]) path.moveTo(a);
        path.lineTo(c);
        open = c == pts[k];
    }
}

bool allInside(const std::vector<QPointF>& pts, const QRectF& guard) {
    return std::all_of(pts.begin(), pts.end(), [&](const QPointF& p) { return guard.contains(p); });
}

} // namespace

int MapRenderGeometry::beginItem() {
    m_bounds.push_back({std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
                        std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()});
    return int(m_bounds.size()) - 1;
}

void MapRenderGeometry::endItem() {
    m_itemPart.push_back(std::uint32_t(m_partClosed.size()));
}

void MapRenderGeometry::addPart(std::span<const geo::GeoPoint> points, bool closed) {
    if (points.size() < 2) return;
    // A ring cut at the antimeridian jumps by ~360 degrees between neighbours; unwrapping it keeps
    // it from spanning the whole world. Rings around a pole (the offset does not return to zero)
    // are left as they are.
    double offset = 0.0;
    for (std::size_t i = 1; i < points.size(); ++i) {
        const double d = points[i].lon - points[i - 1].lon;
        if (d > 180.0)
            offset -= 360.0;
        else if (d < -180.0)
            offset += 360.0;
    }
    const bool unwrap = offset == 0.0;
    offset = 0.0;
    MercatorRect& b = m_bounds.back();
    MercatorRect pb{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
                    std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (unwrap && i > 0) {
            const double d = points[i].lon - points[i - 1].lon;
            if (d > 180.0)
                offset -= 360.0;
            else if (d < -180.0)
                offset += 360.0;
        }
        const geo::MercatorPoint m = geo::WebMercator::project({points[i].lon + offset, points[i].lat});
        m_points.push_back(m);
        b.minX = std::min(b.minX, m.x);
        b.minY = std::min(b.minY, m.y);
        b.maxX = std::max(b.maxX, m.x);
        b.maxY = std::max(b.maxY, m.y);
        pb.minX = std::min(pb.minX, m.x);
        pb.minY = std::min(pb.minY, m.y);
        pb.maxX = std::max(pb.maxX, m.x);
        pb.maxY = std::max(pb.maxY, m.y);
    }
    m_partBounds.push_back(pb);
    m_partStart.push_back(std::uint32_t(m_points.size()));
    m_partClosed.push_back(closed ? 1 : 0);
}

int MapRenderGeometry::addMultiPolygon(const geo::MultiPolygon& shape) {
    const int item = beginItem();
    for (const geo::Polygon& poly : shape) {
        addPart(poly.outer(), true);
        for (const geo::Ring& hole : poly.inners()) addPart(hole, true);
    }
    endItem();
    return item;
}

int MapRenderGeometry::addPolylines(std::span<const std::vector<geo::GeoPoint>> polylines) {
    const int item = beginItem();
    for (const auto& line : polylines) addPart(line, false);
    endItem();
    return item;
}

int MapRenderGeometry::addEmpty() {
    const int item = beginItem();
    endItem();
    return item;
}

double MapRenderGeometry::levelTolerance(int level) {
    return level <= 0 ? 0.0 : 40.0 * double(1 << (2 * (level - 1)));
}

int MapRenderGeometry::levelFor(const MapViewport& deviceView, double pixels) const {
    int level = 0;
    while (level < int(m_levels.size()) && levelTolerance(level + 1) <= pixels * deviceView.resolution()) ++level;
    return level;
}

void MapRenderGeometry::buildLevels(bool closedParts) {
    namespace bg = boost::geometry;
    using XY = bg::model::d2::point_xy<double>;
    using Line = bg::model::linestring<XY>;
    // Nothing is added after the levels: the slack the vectors grew with goes (up to half).
    for (auto* v : {&m_partStart, &m_itemPart}) v->shrink_to_fit();
    for (auto* v : {&m_bounds, &m_partBounds}) v->shrink_to_fit();
    m_points.shrink_to_fit();
    m_partClosed.shrink_to_fit();
    const std::size_t parts = m_partClosed.size();
    m_levels.assign(simplifiedLevels, Level{});
    for (Level& l : m_levels) {
        l.begin.resize(parts);
        l.end.resize(parts);
    }
    m_simplified.clear();
    const auto simplifiedIndex = [this] { return std::uint32_t(m_points.size() + m_simplified.size()); };
    Line in, out;
    for (std::size_t part = 0; part < parts; ++part) {
        const std::uint32_t s = m_partStart[part], t = m_partStart[part + 1];
        const bool closed = m_partClosed[part] != 0;
        const bool keep = (closed && !closedParts) || t - s <= (closed ? 4u : 2u);
        if (!keep) {
            in.clear();
            for (std::uint32_t k = s; k < t; ++k) in.emplace_back(m_points[k].x, m_points[k].y);
        }
        std::uint32_t begin = s, end = t; // the level below's points of the part
        for (int level = 1; level <= simplifiedLevels; ++level) {
            if (!keep) {
                out.clear();
                bg::simplify(in, out, levelTolerance(level)); // Douglas-Peucker: both ends stay
                if (closed && out.size() < 4) {
                    begin = end = 0; // the ring is left out
                } else if (out.size() != end - begin || begin == end) {
                    // Otherwise the level below's points: a larger tolerance keeps a subset of them.
                    begin = simplifiedIndex();
                    for (const XY& p : out) m_simplified.push_back({p.x(), p.y()});
                    end = simplifiedIndex();
                }
            }
            Level& l = m_levels[std::size_t(level - 1)];
            l.begin[part] = begin;
            l.end[part] = end;
            l.vertices += end - begin;
        }
    }
    m_simplified.shrink_to_fit();
}

std::span<const geo::MercatorPoint> MapRenderGeometry::partPoints(std::uint32_t part, int level) const {
    if (level == 0) return {m_points.data() + m_partStart[part], m_partStart[part + 1] - m_partStart[part]};
    const Level& l = m_levels[std::size_t(level - 1)];
    const std::uint32_t begin = l.begin[part], end = l.end[part], own = std::uint32_t(m_points.size());
    return {begin >= own ? m_simplified.data() + (begin - own) : m_points.data() + begin, end - begin};
}

void MapRenderGeometry::appendPartPoints(std::vector<QPointF>& out, std::uint32_t part, bool reversed,
                                         const MapViewport& view, int level, const MercatorRect& visible) const {
    const std::span<const geo::MercatorPoint> points = partPoints(part, level);
    if (points.empty()) return;
    auto push = [&](geo::MercatorPoint m) {
        const QPointF p = snapped(view, m);
        if (out.empty() || p != out.back()) out.push_back(p);
    };
    if (!m_partBounds[part].intersects(visible)) {
        push(reversed ? points.back() : points.front());
        push(reversed ? points.front() : points.back());
        return;
    }
    if (reversed)
        for (auto it = points.rbegin(); it != points.rend(); ++it) push(*it);
    else
        for (const geo::MercatorPoint& m : points) push(m);
}

void MapRenderGeometry::addRing(QPainterPath& path, std::vector<QPointF>& pts, const MapViewport& view) {
    const QRectF guard = guardOf(view);
    appendRing(path, pts, guard, !allInside(pts, guard));
}

void MapRenderGeometry::addPolyline(QPainterPath& path, const std::vector<QPointF>& pts, const MapViewport& view) {
    const QRectF guard = guardOf(view);
    appendPolyline(path, pts, guard, !allInside(pts, guard));
}

bool MapRenderGeometry::appendTo(QPainterPath& path, int item, const MapViewport& view) const {
    std::vector<QPointF> scratch;
    return appendTo(path, item, view, levelFor(view), scratch);
}

bool MapRenderGeometry::appendTo(QPainterPath& path, int item, const MapViewport& view, int level,
                                 std::vector<QPointF>& pts) const {
    const std::size_t i = std::size_t(item);
    const std::uint32_t firstPart = m_itemPart[i], lastPart = m_itemPart[i + 1];
    if (firstPart == lastPart) return false;
    const MercatorRect& b = m_bounds[i];
    const MercatorRect e = view.extent();
    if (!b.intersects(e)) return false;
    const QRectF guard = guardOf(view);
    const QRectF itemRect =
        QRectF(view.toScreen(geo::MercatorPoint{b.minX, b.maxY}), view.toScreen(geo::MercatorPoint{b.maxX, b.minY}));
    const bool needsClip = !guard.contains(itemRect);

    level = std::clamp(level, 0, int(m_levels.size()));
    for (std::uint32_t part = firstPart; part < lastPart; ++part) {
        const std::span<const geo::MercatorPoint> points = partPoints(part, level);
        const bool closed = m_partClosed[part] != 0;
        pts.clear();
        pts.reserve(points.size());
        for (const geo::MercatorPoint& m : points) {
            const QPointF p = snapped(view, m);
            if (pts.empty() || p != pts.back()) pts.push_back(p);
        }
        if (closed)
            appendRing(path, pts, guard, needsClip);
        else
            appendPolyline(path, pts, guard, needsClip);
    }
    return true;
}

} // namespace tp::render
