#pragma once
// MapRenderGeometry: polygons and polylines pre-projected to Web Mercator once, stored flat, and
// turned into QPainterPaths for one view. Simplification per zoom level is a snap of every
// vertex to a half-device-pixel grid followed by dropping repeated vertices: the decision for a
// vertex depends only on its own coordinates, so two neighbours that share a border (identical
// vertices) are simplified identically and stay gap-free at every zoom. Parts far outside the
// view are clipped to a guard rectangle, because the raster engine misbehaves on huge coordinates.
// Levels of detail (buildLevels): open parts (borders shared by two neighbours, stored once) are
// also kept simplified with Douglas-Peucker (Boost.Geometry) at a few tolerances; endpoints stay,
// so whatever is drawn from the same part (both neighbours' fills, the border line) stays exactly
// together at every level. A view reads the coarsest level whose tolerance stays under a quarter
// of its device pixel, so zoomed out it walks a fraction of the vertices and zoomed in all of them.
// Built on one thread, then immutable: any number of render threads may read it.

#include "render/mapviewport.h"

#include "geo/geometry.h"

#include <QPainterPath>

#include <cstdint>
#include <span>
#include <vector>

namespace tp::render {

class MapRenderGeometry {
public:
    // Adds one item (a unit, a state, ...): every ring of the multipolygon as a closed part.
    int addMultiPolygon(const geo::MultiPolygon& shape);
    // Adds one item made of open polylines (e.g. shared borders).
    int addPolylines(std::span<const std::vector<geo::GeoPoint>> polylines);
    // Adds an empty item (keeps item indices aligned with unit indices).
    int addEmpty();

    int itemCount() const { return int(m_bounds.size()); }
    const MercatorRect& bounds(int item) const { return m_bounds[std::size_t(item)]; }
    std::size_t vertexCount() const { return m_points.size(); }
    bool isEmptyItem(int item) const { return m_itemPart[std::size_t(item)] == m_itemPart[std::size_t(item) + 1]; }

    // Appends the item's parts to `path` in the pixel space of `deviceView` (which renderers build
    // with MapViewport::deviceViewport()). Returns false when the item is outside the view.
    bool appendTo(QPainterPath& path, int item, const MapViewport& deviceView) const;
    // The same at a given level (levelFor(deviceView), computed once per render by the caller)
    // with the caller's scratch buffer, for loops over many items.
    bool appendTo(QPainterPath& path, int item, const MapViewport& deviceView, int level,
                  std::vector<QPointF>& scratch) const;

    // Simplified copies of the open parts (see the class comment); call once after the last add.
    // With `closedParts`, rings are simplified too (each on its own, so neighbouring rings may
    // part by up to the tolerance: for layers of one colour whose lines are drawn on top, such as
    // the base map; rings that shrink below it are left out).
    void buildLevels(bool closedParts = false);
    int levelCount() const { return int(m_levels.size()) + 1; }
    // Douglas-Peucker tolerance of a level in Mercator metres (level 0: none).
    static double levelTolerance(int level);
    // The level a view in device pixels reads: the coarsest whose tolerance stays under
    // `pixels` device pixels (a quarter for lines; fills drawn under lines may take more).
    int levelFor(const MapViewport& deviceView, double pixels = 0.25) const;
    std::size_t vertexCount(int level) const {
        return level == 0 ? m_points.size() : m_levels[std::size_t(level - 1)].vertices;
    }

    // Parts, for drawing borders as chains: item i owns parts [firstPart(i), endPart(i)).
    std::uint32_t firstPart(int item) const { return m_itemPart[std::size_t(item)]; }
    std::uint32_t endPart(int item) const { return m_itemPart[std::size_t(item) + 1]; }
    geo::MercatorPoint partFront(std::uint32_t part) const { return m_points[m_partStart[part]]; }
    geo::MercatorPoint partBack(std::uint32_t part) const { return m_points[m_partStart[part + 1] - 1]; }
    const MercatorRect& partBounds(std::uint32_t part) const { return m_partBounds[part]; }
    // Appends the part's points at `level` in device pixels (snapped like appendTo, repeated
    // points dropped), from its back to its front when `reversed`. A part whose bounds miss
    // `visible` adds only its far end: the straight chord it becomes stays inside its bounds, so
    // within `visible` the outline is exact, and a ring of parts stays closed.
    void appendPartPoints(std::vector<QPointF>& out, std::uint32_t part, bool reversed, const MapViewport& deviceView,
                          int level, const MercatorRect& visible) const;
    // Adds one closed ring in device pixels to `path`, clipped to the guard rectangle when it
    // reaches beyond it; rings of fewer than three points are left out.
    static void addRing(QPainterPath& path, std::vector<QPointF>& ring, const MapViewport& deviceView);
    // Adds one open polyline in device pixels, its segments clipped to the guard rectangle.
    static void addPolyline(QPainterPath& path, const std::vector<QPointF>& line, const MapViewport& deviceView);

private:
    int beginItem();
    void endItem();
    void addPart(std::span<const geo::GeoPoint> points, bool closed);
    // The part's points at `level`.
    std::span<const geo::MercatorPoint> partPoints(std::uint32_t part, int level) const;

    std::vector<geo::MercatorPoint> m_points;
    std::vector<std::uint32_t> m_partStart{0}; // part p: points [m_partStart[p], m_partStart[p+1])
    std::vector<std::uint8_t> m_partClosed;
    std::vector<std::uint32_t> m_itemPart{0}; // item i: parts [m_itemPart[i], m_itemPart[i+1])
    std::vector<MercatorRect> m_bounds;
    std::vector<MercatorRect> m_partBounds;
    // A simplified level: each part's points as a range of one index space, m_points followed by
    // m_simplified. A part the level leaves as it was (every border of a fine grid is one segment)
    // or as the level below had it refers to those points instead of copying them.
    struct Level {
        std::vector<std::uint32_t> begin, end; // per part
        std::size_t vertices = 0;
    };
    std::vector<Level> m_levels; // level k is m_levels[k - 1]
    std::vector<geo::MercatorPoint> m_simplified;
};

} // namespace tp::render
