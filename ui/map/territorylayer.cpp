#include "ui/map/territorylayer.h"

#include <QPainter>

#include <cmath>
#include <cstdint>
#include <unordered_set>

namespace tp::ui {
namespace {

struct SegmentKey {
    std::int64_t x1, y1, x2, y2;
    bool operator==(const SegmentKey&) const = default;
};
struct SegmentKeyHash {
    std::size_t operator()(const SegmentKey& k) const {
        std::uint64_t h = 1469598103934665603ull;
        for (std::int64_t v : {k.x1, k.y1, k.x2, k.y2}) h = (h ^ std::uint64_t(v)) * 1099511628211ull;
        return std::size_t(h);
    }
};
// Same snapping as AdjacencyBuilder (1e-7 degrees), direction-free.
SegmentKey keyOf(geo::GeoPoint a, geo::GeoPoint b) {
    SegmentKey k{std::llround(a.lon * 1e7), std::llround(a.lat * 1e7), std::llround(b.lon * 1e7),
                 std::llround(b.lat * 1e7)};
    if (std::tie(k.x2, k.y2) < std::tie(k.x1, k.y1)) {
        std::swap(k.x1, k.x2);
        std::swap(k.y1, k.y2);
    }
    return k;
}

// Joins consecutive segments (b of one == a of the next) into polylines.
class PolylineChain {
public:
    void add(geo::GeoPoint a, geo::GeoPoint b) {
        if (m_lines.empty() || m_lines.back().empty()) m_lines.emplace_back();
        if (m_lines.back().empty()) m_lines.back().push_back(a);
        else if (!(m_lines.back().back() == a)) m_lines.push_back({a});
        m_lines.back().push_back(b);
    }
    void breakLine() {
        if (!m_lines.empty() && !m_lines.back().empty()) m_lines.emplace_back();
    }
    std::vector<std::vector<geo::GeoPoint>> take() {
        std::erase_if(m_lines, [](const auto& l) { return l.size() < 2; });
        return std::move(m_lines);
    }

private:
    std::vector<std::vector<geo::GeoPoint>> m_lines;
};

QPen linePen(const QColor& color, double widthPx) {
    QPen pen(color, widthPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    return pen;
}

} // namespace

std::shared_ptr<const TerritoryLayer::Geometry> TerritoryLayer::prepare(const std::vector<Unit>& units,
                                                                        const std::vector<geo::SharedEdge>& adjacency) {
    auto g = std::make_shared<Geometry>();
    std::vector<geo::MultiPolygon> rebuiltShapes;
    const std::vector<geo::SharedEdge>* edges = &adjacency;
    std::vector<geo::SharedEdge> rebuilt;
    const bool missingSegments = (adjacency.empty() && units.size() > 1)
        || std::any_of(adjacency.begin(), adjacency.end(), [](const geo::SharedEdge& e) { return e.segments.empty(); });
    if (missingSegments) {
        std::vector<geo::MultiPolygon> shapes;
        shapes.reserve(units.size());
        for (const Unit& u : units) shapes.push_back(u.shape);
        rebuilt = geo::AdjacencyBuilder::build(shapes);
        edges = &rebuilt;
    }

    for (const Unit& u : units) g->units.addMultiPolygon(u.shape);

    std::unordered_set<SegmentKey, SegmentKeyHash> shared;
    for (const geo::SharedEdge& e : *edges) {
        PolylineChain chain;
        for (const geo::Segment& s : e.segments) {
            chain.add(s.first, s.second);
            shared.insert(keyOf(s.first, s.second));
        }
        const auto lines = chain.take();
        g->sharedEdges.addPolylines(lines);
        g->edgeUnits.emplace_back(e.unitA, e.unitB);
    }

    for (const Unit& u : units) {
        PolylineChain chain;
        auto ring = [&](const geo::Ring& r) {
            chain.breakLine();
            for (std::size_t i = 1; i < r.size(); ++i) {
                if (shared.contains(keyOf(r[i - 1], r[i]))) continue;
                chain.add(r[i - 1], r[i]);
            }
        };
        for (const geo::Polygon& poly : u.shape) {
            ring(poly.outer());
            for (const geo::Ring& hole : poly.inners()) ring(hole);
        }
        const auto lines = chain.take();
        g->outerEdges.addPolylines(lines);
    }
    return g;
}

void TerritoryLayer::setGeometry(std::shared_ptr<const Geometry> geometry) {
    {
        QMutexLocker lock(&m_mutex);
        m_geometry = std::move(geometry);
    }
    bumpRevision();
}

bool TerritoryLayer::setAssignment(std::shared_ptr<const Assignment> assignment) {
    {
        QMutexLocker lock(&m_mutex);
        if (m_assignment && assignment && *m_assignment == *assignment) return false;
        m_assignment = std::move(assignment);
    }
    bumpRevision();
    return true;
}

std::shared_ptr<const TerritoryLayer::Geometry> TerritoryLayer::geometry() const {
    QMutexLocker lock(&m_mutex);
    return m_geometry;
}

std::shared_ptr<const TerritoryLayer::Assignment> TerritoryLayer::assignment() const {
    QMutexLocker lock(&m_mutex);
    return m_assignment;
}

QImage TerritoryLayer::render(const MapViewport& view, const std::atomic_bool& cancelled) const {
    QImage image = makeImage(view);
    paint(image, view, cancelled, nullptr);
    return image;
}

QImage TerritoryLayer::renderPatch(const MapViewport& view, const QImage& base, const MercatorRect& region,
                                   const std::atomic_bool& cancelled) const {
    const MapViewport dv = view.deviceViewport();
    // The region in device pixels, grown by the widest line and rounded outwards, so the patch
    // covers every pixel a changed unit's fill or border can touch.
    const double margin = 2.0 + m_style.territoryBorderWidth * view.devicePixelRatio();
    const QRectF r = QRectF(dv.toScreen(geo::MercatorPoint{region.minX, region.maxY}), dv.toScreen(geo::MercatorPoint{region.maxX, region.minY}))
                         .normalized()
                         .adjusted(-margin, -margin, margin, margin);
    const QRect clip = r.toAlignedRect().intersected(QRect(QPoint(0, 0), dv.size()));
    QImage image = base;
    if (image.size() != dv.size() || clip.isEmpty()) return render(view, cancelled);
    image.setDevicePixelRatio(1.0);  // painted in device pixels, like render()
    {
        QPainter p(&image);
        p.setCompositionMode(QPainter::CompositionMode_Source);
        p.fillRect(clip, Qt::transparent);
    }
    // Units and edges whose bounds reach into the clip, drawn clipped to it.
    const geo::MercatorPoint a = dv.toMercator(clip.topLeft()), b = dv.toMercator(clip.bottomRight());
    const MercatorRect area{std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
    paint(image, view, cancelled, &area, QRectF(clip));
    return image;
}

void TerritoryLayer::paint(QImage& image, const MapViewport& view, const std::atomic_bool& cancelled, const MercatorRect* area,
                           const QRectF& clip) const {
    std::shared_ptr<const Geometry> g;
    std::shared_ptr<const Assignment> a;
    {
        QMutexLocker lock(&m_mutex);
        g = m_geometry;
        a = m_assignment;
    }
    const double dpr = view.devicePixelRatio();
    if (!g || g->units.itemCount() == 0) return;
    const MapViewport dv = view.deviceViewport();
    const int unitCount = g->units.itemCount();
    auto slotOf = [&](int unit) {
        return a && unit >= 0 && std::size_t(unit) < a->unitSlot.size() ? a->unitSlot[std::size_t(unit)] : -1;
    };
    auto inArea = [&](const MapRenderGeometry& geometry, int item) { return !area || geometry.bounds(item).intersects(*area); };

    // One path per territory: its units never overlap, so the odd-even rule fills them (and
    // keeps holes) without the seams that separately antialiased neighbours would show.
    std::vector<QPainterPath> fills(a ? a->colors.size() : 0);
    for (QPainterPath& path : fills) path.setFillRule(Qt::OddEvenFill);
    for (int u = 0; u < unitCount; ++u) {
        if ((u & 255) == 0 && cancelled.load(std::memory_order_relaxed)) return;
        const int slot = slotOf(u);
        if (slot >= 0 && std::size_t(slot) < fills.size() && inArea(g->units, u)) g->units.appendTo(fills[std::size_t(slot)], u, dv);
    }

    QPainterPath outlines, borders;
    for (int e = 0; e < g->sharedEdges.itemCount(); ++e) {
        if ((e & 1023) == 0 && cancelled.load(std::memory_order_relaxed)) return;
        const auto [ua, ub] = g->edgeUnits[std::size_t(e)];
        const int sa = slotOf(ua), sb = slotOf(ub);
        if ((sa < 0 && sb < 0) || !inArea(g->sharedEdges, e)) continue;
        g->sharedEdges.appendTo(sa == sb ? outlines : borders, e, dv);
    }
    for (int u = 0; u < g->outerEdges.itemCount(); ++u) {
        if (slotOf(u) >= 0 && inArea(g->outerEdges, u)) g->outerEdges.appendTo(borders, u, dv);
    }
    if (cancelled.load()) return;

    // Fills without antialiasing: the scanline rasterizer is several times faster and leaves
    // neither gaps nor seams between neighbours; the antialiased lines drawn on top hide the
    // stair-steps wherever the colour changes.
    QPainter p(&image);
    if (area) p.setClipRect(clip);
    p.setPen(Qt::NoPen);
    for (std::size_t s = 0; s < fills.size(); ++s) {
        if (fills[s].isEmpty()) continue;
        QColor c = a->colors[s];
        c.setAlphaF(float(m_style.territoryFillAlpha));
        p.fillPath(fills[s], c);
    }
    if (cancelled.load()) return;
    p.setRenderHint(QPainter::Antialiasing);
    if (view.resolution() <= m_style.unitOutlineMaxResolution) p.strokePath(outlines, linePen(m_style.unitOutline, dpr));
    // Wide pens leave the raster engine's fast cosmetic path and cost 20x more, so the strong
    // border is built from 1-device-pixel passes, offset by half a pixel per extra pass.
    const double extra = std::max(0.0, m_style.territoryBorderWidth * dpr - 1.0);
    const int steps = int(std::lround(extra / 0.5));
    const QPen border = linePen(m_style.territoryBorder, 1.0);
    p.strokePath(borders, border);
    for (int k = 1; k <= steps; ++k) {
        for (const QPointF offset : {QPointF(0.5 * k, 0.0), QPointF(0.0, 0.5 * k)}) {
            if (cancelled.load(std::memory_order_relaxed)) return;
            p.save();
            p.translate(offset);
            p.strokePath(borders, border);
            p.restore();
        }
    }
}

} // namespace tp::ui
