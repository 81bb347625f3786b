#include "render/territorylayer.h"

#include "render/territorypiecepoints.h"

#include "geo/segmentkey.h"

#include <QFuture>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

namespace tp::render {
namespace {

using geo::SegmentKey;

struct NodeKey {
    std::int64_t x, y;
    bool operator==(const NodeKey&) const = default;
};
struct NodeKeyHash {
    std::size_t operator()(const NodeKey& k) const {
        return std::size_t((std::uint64_t(k.x) * 0x9E3779B97F4A7C15ull) ^ std::uint64_t(k.y));
    }
};
// Same snapping as SegmentKey (AdjacencyBuilder's).
NodeKey nodeKeyOf(geo::GeoPoint p) {
    return {SegmentKey::snap(p.lon), SegmentKey::snap(p.lat)};
}

// Joins consecutive segments (b of one == a of the next) into polylines.
class PolylineChain {
public:
    void add(geo::GeoPoint a, geo::GeoPoint b) {
        if (m_lines.empty() || m_lines.back().empty()) m_lines.emplace_back();
        if (m_lines.back().empty())
            m_lines.back().push_back(a);
        else if (!(m_lines.back().back() == a))
            m_lines.push_back({a});
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
    const bool missingSegments =
        (adjacency.empty() && units.size() > 1)
        || std::any_of(adjacency.begin(), adjacency.end(), [](const geo::SharedEdge& e) { return e.segments.empty(); });
    if (missingSegments) {
        std::vector<geo::MultiPolygon> shapes;
        shapes.reserve(units.size());
        for (const Unit& u : units) shapes.push_back(u.shape);
        rebuilt = geo::AdjacencyBuilder::build(shapes);
        edges = &rebuilt;
    }

    for (const Unit& u : units) g->units.addMultiPolygon(u.shape);

    std::unordered_map<NodeKey, int, NodeKeyHash> nodes;
    auto nodeOf = [&](geo::GeoPoint p) { return nodes.try_emplace(nodeKeyOf(p), int(nodes.size())).first->second; };
    auto addPieces = [&](const MapRenderGeometry& geometry, int item,
                         const std::vector<std::vector<geo::GeoPoint>>& lines, int unitA, int unitB) {
        std::uint32_t part = geometry.firstPart(item);
        for (const auto& line : lines)
            g->pieces.push_back({part++, unitA, unitB, nodeOf(line.front()), nodeOf(line.back())});
    };

    std::unordered_set<SegmentKey, SegmentKey::Hash> shared;
    for (const geo::SharedEdge& e : *edges) {
        PolylineChain chain;
        for (const geo::Segment& s : e.segments) {
            chain.add(s.first, s.second);
            shared.insert(SegmentKey::of(s.first, s.second));
        }
        const auto lines = chain.take();
        const int item = g->sharedEdges.addPolylines(lines);
        addPieces(g->sharedEdges, item, lines, e.unitA, e.unitB);
        g->edgeUnits.emplace_back(e.unitA, e.unitB);
    }

    for (const Unit& u : units) {
        PolylineChain chain;
        auto ring = [&](const geo::Ring& r) {
            chain.breakLine();
            for (std::size_t i = 1; i < r.size(); ++i) {
                if (shared.contains(SegmentKey::of(r[i - 1], r[i]))) continue;
                chain.add(r[i - 1], r[i]);
            }
        };
        for (const geo::Polygon& poly : u.shape) {
            ring(poly.outer());
            for (const geo::Ring& hole : poly.inners()) ring(hole);
        }
        const auto lines = chain.take();
        const int item = g->outerEdges.addPolylines(lines);
        addPieces(g->outerEdges, item, lines, item, -1);
    }
    g->sharedEdges.buildLevels();
    g->outerEdges.buildLevels();
    std::vector<double> sizes;
    sizes.reserve(std::size_t(g->units.itemCount()));
    for (int u = 0; u < g->units.itemCount(); ++u)
        if (!g->units.isEmptyItem(u))
            sizes.push_back(std::max(g->units.bounds(u).width(), g->units.bounds(u).height()));
    if (!sizes.empty()) {
        std::nth_element(sizes.begin(), sizes.begin() + std::ptrdiff_t(sizes.size() / 2), sizes.end());
        g->medianUnitSize = sizes[sizes.size() / 2];
    }

    // Pieces by node (counting sort).
    g->nodePieceStart.assign(nodes.size() + 1, 0);
    for (const Geometry::Piece& p : g->pieces) {
        ++g->nodePieceStart[std::size_t(p.from) + 1];
        if (p.to != p.from) ++g->nodePieceStart[std::size_t(p.to) + 1];
    }
    for (std::size_t n = 1; n < g->nodePieceStart.size(); ++n) g->nodePieceStart[n] += g->nodePieceStart[n - 1];
    g->nodePieces.resize(g->nodePieceStart.back());
    std::vector<std::uint32_t> fill(g->nodePieceStart.begin(), g->nodePieceStart.end() - 1);
    for (std::size_t i = 0; i < g->pieces.size(); ++i) {
        const Geometry::Piece& p = g->pieces[i];
        g->nodePieces[fill[std::size_t(p.from)]++] = int(i);
        if (p.to != p.from) g->nodePieces[fill[std::size_t(p.to)]++] = int(i);
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
    const QRectF r = QRectF(dv.toScreen(geo::MercatorPoint{region.minX, region.maxY}),
                            dv.toScreen(geo::MercatorPoint{region.maxX, region.minY}))
                         .normalized()
                         .adjusted(-margin, -margin, margin, margin);
    const QRect clip = r.toAlignedRect().intersected(QRect(QPoint(0, 0), dv.size()));
    QImage image = base;
    if (image.size() != dv.size() || clip.isEmpty()) return render(view, cancelled);
    image.setDevicePixelRatio(1.0); // painted in device pixels, like render()
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

bool TerritoryLayer::appendTerritoryRings(QPainterPath& path, const Geometry& g, const std::vector<int>& slotOfUnit,
                                          int slot, const std::vector<std::uint32_t>& boundaryPieces,
                                          std::vector<int>& mark, TerritoryPiecePoints& points, const MapViewport& dv) {
    auto onBoundary = [&](const Geometry::Piece& p) {
        const int sa = slotOfUnit[std::size_t(p.unitA)], sb = p.unitB < 0 ? -1 : slotOfUnit[std::size_t(p.unitB)];
        return (p.unitB < 0 || sa != sb) && (sa == slot || sb == slot);
    };
    // Every node has an even number of the territory's boundary pieces (the colour changes an
    // even number of times around it), so a walk that takes any unused piece at each node can
    // only get stuck where it started: each walk is a closed ring, and together they cover every
    // piece once, which is all the odd-even rule needs.
    std::vector<QPointF> ring;
    for (std::uint32_t first : boundaryPieces) {
        if (mark[first] == slot) continue;
        mark[first] = slot;
        const Geometry::Piece& p0 = g.pieces[first];
        ring.clear();
        points.append(ring, int(first), false);
        const int start = p0.from;
        int node = p0.to;
        for (;;) {
            int next = -1;
            for (std::uint32_t k = g.nodePieceStart[std::size_t(node)]; k < g.nodePieceStart[std::size_t(node) + 1];
                 ++k) {
                const int q = g.nodePieces[k];
                if (mark[std::size_t(q)] != slot && onBoundary(g.pieces[std::size_t(q)])) {
                    next = q;
                    break;
                }
            }
            if (next < 0) break;
            mark[std::size_t(next)] = slot;
            const Geometry::Piece& p = g.pieces[std::size_t(next)];
            const bool reversed = p.from != node;
            points.append(ring, next, reversed);
            node = reversed ? p.from : p.to;
        }
        if (node != start) return false;
        MapRenderGeometry::addRing(path, ring, dv);
    }
    return true;
}

void TerritoryLayer::paint(QImage& image, const MapViewport& view, const std::atomic_bool& cancelled,
                           const MercatorRect* area, const QRectF& clip) const {
    std::shared_ptr<const Geometry> g;
    std::shared_ptr<const Assignment> a;
    {
        QMutexLocker lock(&m_mutex);
        g = m_geometry;
        a = m_assignment;
    }
    const double dpr = view.devicePixelRatio();
    if (!g || g->units.itemCount() == 0) return;
    const bool fills = m_style.territoryFillAlpha > 0; // false: borders only (another team's outline)
    if (!a && !fills) return;
    const MapViewport dv = view.deviceViewport();
    const int unitCount = g->units.itemCount();
    auto slotOf = [&](int unit) {
        return a && unit >= 0 && std::size_t(unit) < a->unitSlot.size() ? a->unitSlot[std::size_t(unit)] : -1;
    };
    auto inArea = [&](const MapRenderGeometry& geometry, int item) {
        return !area || geometry.bounds(item).intersects(*area);
    };

    // One path per territory, filled with the odd-even rule: rings chained from its boundary
    // pieces, or (when they do not close) its units, which never overlap, so either way the
    // territory is covered without the seams that separately antialiased neighbours would show.
    const std::size_t slotCount = a ? a->colors.size() : 0;
    std::vector<int> slotOfUnit(std::size_t(unitCount), -1);
    for (int u = 0; u < unitCount; ++u) {
        const int slot = slotOf(u);
        if (slot >= 0 && std::size_t(slot) < slotCount) slotOfUnit[std::size_t(u)] = slot;
    }
    std::vector<char> wanted(slotCount, area ? 0 : 1);
    if (area)
        for (int u = 0; u < unitCount; ++u)
            if (const int slot = slotOfUnit[std::size_t(u)]; slot >= 0 && g->units.bounds(u).intersects(*area))
                wanted[std::size_t(slot)] = 1;
    std::vector<std::vector<std::uint32_t>> boundary(slotCount);
    for (std::size_t i = 0; i < g->pieces.size(); ++i) {
        const Geometry::Piece& piece = g->pieces[i];
        const int sa = slotOfUnit[std::size_t(piece.unitA)],
                  sb = piece.unitB < 0 ? -1 : slotOfUnit[std::size_t(piece.unitB)];
        if (piece.unitB >= 0 && sa == sb) continue;
        if (sa >= 0 && wanted[std::size_t(sa)]) boundary[std::size_t(sa)].push_back(std::uint32_t(i));
        if (sb >= 0 && wanted[std::size_t(sb)]) boundary[std::size_t(sb)].push_back(std::uint32_t(i));
    }
    const int level = g->sharedEdges.levelFor(dv);
    // Pieces wholly outside this rectangle become straight chords (see appendPartPoints); two
    // pixels of margin keep the half-pixel snap of a chord's ends from reaching into view.
    MercatorRect visible = area ? *area : dv.extent();
    const double margin = 2.0 * dv.resolution();
    visible = {visible.minX - margin, visible.minY - margin, visible.maxX + margin, visible.maxY + margin};
    // The lines (borders and outlines) are chained and the borders stroked into a layer of their
    // own on another thread while this one builds and fills the territories: the two halves take
    // about as long, and share nothing but the immutable geometry and assignment.
    const double extra = std::max(0.0, m_style.territoryBorderWidth * dpr - 1.0);
    const int steps = int(std::lround(extra / 0.5));
    const QPen border = linePen(m_style.territoryBorder, 1.0);
    // The border layer covers the painted area and the pixels its copies shift into it, with a
    // margin: the rasterizer clips lines at the layer's edge, which changes their antialiasing
    // next to it, and a patch must equal the full render pixel for pixel.
    const int layerMargin = (steps + 1) / 2 + 4;
    const QRect target = area ? clip.toAlignedRect() : image.rect();
    const QRect lineRect =
        target.adjusted(-layerMargin, -layerMargin, layerMargin, layerMargin).intersected(image.rect());
    struct Lines {
        QPainterPath outlines, borders;
        QImage borderLayer; // the borders stroked once (when they are widened by copies)
    };
    QFuture<Lines> linesTask = QtConcurrent::run([&]() -> Lines {
        Lines lines;
        QPainterPath& outlines = lines.outlines;
        QPainterPath& borders = lines.borders;
        std::vector<QPointF> scratch;
        TerritoryPiecePoints piecePoints(*g, dv, level, visible);
        // Outlines only between units that are big enough on screen to tell apart (at the country
        // view ZIP areas are a few pixels: their outlines would only grey the map).
        const bool drawOutlines = view.resolution() <= m_style.unitOutlineMaxResolution
                                  && g->medianUnitSize / view.resolution() >= m_style.unitOutlineMinMedianPx;
        auto unitPx = [&](int unit) {
            const MercatorRect& b = g->units.bounds(unit);
            return std::max(b.width(), b.height()) / dv.resolution();
        };
        // Which piece goes where: 1 border (the sides differ, or a coast of an assigned unit), 2 outline.
        // Chosen in the whole view even for a patch, so that a patch chains exactly as the full render
        // does (an antialiased polyline differs from its pieces drawn one by one where they join).
        std::vector<std::uint8_t> kind(g->pieces.size(), 0);
        const MercatorRect reach = dv.extent();
        for (std::size_t i = 0; i < g->pieces.size(); ++i) {
            const Geometry::Piece& piece = g->pieces[i];
            const int sa = slotOfUnit[std::size_t(piece.unitA)],
                      sb = piece.unitB < 0 ? -1 : slotOfUnit[std::size_t(piece.unitB)];
            if (sa < 0 && sb < 0) continue;
            const MapRenderGeometry& geometry = piece.unitB < 0 ? g->outerEdges : g->sharedEdges;
            if (!geometry.partBounds(piece.part).intersects(reach)) continue;
            if (piece.unitB < 0 || sa != sb)
                kind[i] = 1;
            else if (drawOutlines && unitPx(piece.unitA) >= m_style.unitOutlineMinPx
                     && unitPx(piece.unitB) >= m_style.unitOutlineMinPx)
                kind[i] = 2;
        }
        // Pieces of one kind chained at their nodes into polylines: half the path elements of one
        // line per piece, and one pass over the pieces instead of one per unit pair and unit.
        // A patch takes the chains with a piece near its area.
        auto pieceBounds = [&](const Geometry::Piece& p) -> const MercatorRect& {
            return (p.unitB < 0 ? g->outerEdges : g->sharedEdges).partBounds(p.part);
        };
        // A chain runs between nodes where its kind of line branches or ends and is broken there, in
        // both directions from the piece it starts at: which pieces join into one polyline then
        // depends only on the lines around each node, never on an edit elsewhere (antialiased lines
        // cover a corner they turn differently from two lines meeting there, and a patch must match
        // the full render even after later edits moved the chain's start). What can still differ
        // after an edit elsewhere on a chain is the rasterizer's rounding (1/255 of a channel).
        const std::vector<std::uint8_t> kindOf = kind;
        auto continues = [&](int node, std::uint8_t which) {
            int lines = 0;
            for (std::uint32_t k = g->nodePieceStart[std::size_t(node)]; k < g->nodePieceStart[std::size_t(node) + 1];
                 ++k)
                lines += kindOf[std::size_t(g->nodePieces[k])] == which ? 1 : 0;
            return lines == 2;
        };
        // The unused piece of kind `which` at `node`, or -1 when the chain stops there.
        auto nextAt = [&](int node, std::uint8_t which) {
            if (!continues(node, which)) return -1;
            for (std::uint32_t k = g->nodePieceStart[std::size_t(node)]; k < g->nodePieceStart[std::size_t(node) + 1];
                 ++k)
                if (kind[std::size_t(g->nodePieces[k])] == which) return g->nodePieces[k];
            return -1;
        };
        std::vector<std::pair<int, bool>> links, before; // piece, reversed
        auto chain = [&](std::uint8_t which, QPainterPath& path) {
            for (std::size_t first = 0; first < g->pieces.size(); ++first) {
                if (kind[first] != which) continue;
                kind[first] = 0;
                links.assign(1, {int(first), false});
                before.clear();
                const Geometry::Piece& p0 = g->pieces[first];
                bool wanted = !area || pieceBounds(p0).intersects(visible);
                for (int node = p0.to, next; (next = nextAt(node, which)) >= 0;) {
                    kind[std::size_t(next)] = 0;
                    const Geometry::Piece& p = g->pieces[std::size_t(next)];
                    const bool reversed = p.from != node;
                    links.emplace_back(next, reversed);
                    wanted = wanted || pieceBounds(p).intersects(visible);
                    node = reversed ? p.from : p.to;
                }
                for (int node = p0.from, next; (next = nextAt(node, which)) >= 0;) {
                    kind[std::size_t(next)] = 0;
                    const Geometry::Piece& p = g->pieces[std::size_t(next)];
                    const bool reversed = p.to != node; // walked backwards: the piece ends at `node`
                    before.emplace_back(next, reversed);
                    wanted = wanted || pieceBounds(p).intersects(visible);
                    node = reversed ? p.to : p.from;
                }
                if (!wanted) continue;
                scratch.clear();
                for (auto it = before.rbegin(); it != before.rend(); ++it)
                    piecePoints.append(scratch, it->first, it->second);
                for (const auto& [piece, reversed] : links) piecePoints.append(scratch, piece, reversed);
                // Drawn from its lower-left end: the rasterizer's rounding follows the direction of a line.
                if (!scratch.empty()
                    && std::pair(scratch.back().x(), scratch.back().y())
                           < std::pair(scratch.front().x(), scratch.front().y()))
                    std::reverse(scratch.begin(), scratch.end());
                MapRenderGeometry::addPolyline(path, scratch, dv);
            }
        };
        chain(1, borders);
        if (cancelled.load()) return lines;
        chain(2, outlines);
        if (cancelled.load()) return lines;

        if (steps > 0) {
            lines.borderLayer = QImage(lineRect.size(), QImage::Format_ARGB32_Premultiplied);
            lines.borderLayer.fill(Qt::transparent);
            QPainter lp(&lines.borderLayer);
            lp.setRenderHint(QPainter::Antialiasing);
            lp.translate(-lineRect.topLeft());
            lp.strokePath(borders, border);
        }
        return lines;
    });
    // Every return below waits for it first: it reads this frame's locals.
    struct Join {
        QFuture<Lines>& task;
        ~Join() { task.waitForFinished(); }
    } join{linesTask};

    std::vector<QPainterPath> fillPaths(slotCount);
    std::vector<QPointF> scratch;
    std::vector<int> mark(g->pieces.size(), -1);
    // Fills lie under the borders, which cover three quarters of a pixel on each side: a fill may
    // read a level simplified by up to a pixel (half the points at the country view), and the
    // fills of two neighbours still meet exactly, as they read the same pieces.
    TerritoryPiecePoints fillPoints(*g, dv, g->sharedEdges.levelFor(dv, 1.0), visible);
    for (std::size_t slot = 0; slot < (fills ? slotCount : 0); ++slot) {
        if (cancelled.load(std::memory_order_relaxed)) return;
        QPainterPath& path = fillPaths[slot];
        path.setFillRule(Qt::OddEvenFill);
        if (!wanted[slot]) continue;
        if (appendTerritoryRings(path, *g, slotOfUnit, int(slot), boundary[slot], mark, fillPoints, dv)) continue;
        path = QPainterPath();
        path.setFillRule(Qt::OddEvenFill);
        for (int u = 0; u < unitCount; ++u)
            if (slotOfUnit[std::size_t(u)] == int(slot) && inArea(g->units, u))
                g->units.appendTo(path, u, dv, 0, scratch);
    }

    // Fills without antialiasing: the scanline rasterizer is several times faster and leaves
    // neither gaps nor seams between neighbours; the antialiased lines drawn on top hide the
    // stair-steps wherever the colour changes.
    QPainter p(&image);
    if (area) p.setClipRect(clip);
    p.setPen(Qt::NoPen);
    for (std::size_t s = 0; s < fillPaths.size(); ++s) {
        if (fillPaths[s].isEmpty()) continue;
        QColor c = a->colors[s];
        c.setAlphaF(float(m_style.territoryFillAlpha));
        p.fillPath(fillPaths[s], c);
    }
    if (cancelled.load()) return;
    const Lines lines = linesTask.result();
    if (cancelled.load()) return;
    p.setRenderHint(QPainter::Antialiasing);
    if (!lines.outlines.isEmpty()) p.strokePath(lines.outlines, linePen(m_style.unitOutline, dpr));
    // Wide pens leave the raster engine's fast cosmetic path and cost 20x more, so the strong
    // border is one antialiased 1-device-pixel stroke, widened by copies offset by half a pixel
    // per extra step. The stroke goes into a layer of its own and the copies are composited from
    // it: a copy half a pixel off is the layer at half opacity at the two pixel offsets around
    // it, which is what the antialiased stroke shifted by half a pixel would cover. Stroking the
    // chained borders again per copy cost three times the one stroke at ZIP level.
    if (steps == 0) {
        p.strokePath(lines.borders, border);
        return;
    }
    const QImage& line = lines.borderLayer;
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPoint at = lineRect.topLeft();
    p.drawImage(at, line);
    for (int k = 1; k <= steps; ++k) {
        const int lo = k / 2, hi = (k + 1) / 2; // the whole pixels around 0.5 k; offset 0 is the layer itself
        p.setOpacity(lo == hi ? 1.0 : 0.5);
        for (int d = std::max(lo, 1); d <= hi; ++d) {
            p.drawImage(at + QPoint(d, 0), line);
            p.drawImage(at + QPoint(0, d), line);
        }
    }
}

} // namespace tp::render
