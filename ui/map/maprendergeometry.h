#pragma once
// MapRenderGeometry: polygons and polylines pre-projected to Web Mercator once, stored flat, and
// turned into QPainterPaths for one view. Simplification per zoom level is a snap of every
// vertex to a half-device-pixel grid followed by dropping repeated vertices: the decision for a
// vertex depends only on its own coordinates, so two neighbours that share a border (identical
// vertices) are simplified identically and stay gap-free at every zoom. Parts far outside the
// view are clipped to a guard rectangle, because the raster engine misbehaves on huge coordinates.
// Built on one thread, then immutable: any number of render threads may read it.

#include "ui/map/mapviewport.h"

#include "geo/geometry.h"

#include <QPainterPath>

#include <cstdint>
#include <span>
#include <vector>

namespace tp::ui {

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

private:
    int beginItem();
    void endItem();
    void addPart(std::span<const geo::GeoPoint> points, bool closed);

    std::vector<geo::MercatorPoint> m_points;
    std::vector<std::uint32_t> m_partStart{0};   // part p: points [m_partStart[p], m_partStart[p+1])
    std::vector<std::uint8_t> m_partClosed;
    std::vector<std::uint32_t> m_itemPart{0};    // item i: parts [m_itemPart[i], m_itemPart[i+1])
    std::vector<MercatorRect> m_bounds;
};

} // namespace tp::ui
