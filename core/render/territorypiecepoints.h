#pragma once
// TerritoryPiecePoints: the device-pixel points of a TerritoryLayer's border pieces for one
// render, each piece snapped (MapRenderGeometry::appendPartPoints at the render's level and
// visible rectangle) the first time it is asked for. A border piece is read three times per
// render, by the two territories whose fills it bounds and by the border chain, so this snaps
// every point once instead of three times.
// Ownership: a value on the render's stack; refers to the geometry it is given, which the caller
// keeps alive for the render. Threads: the render's thread only.

#include "render/territorylayer.h"

#include <QPointF>

#include <cstdint>
#include <vector>

namespace tp::render {

class TerritoryPiecePoints {
public:
    TerritoryPiecePoints(const TerritoryLayer::Geometry& geometry, const MapViewport& deviceView, int level,
                         const MercatorRect& visible);

    // Appends the piece's points to `out` (backwards when reversed), leaving out a first point
    // equal to out's last, as appendPartPoints does.
    void append(std::vector<QPointF>& out, int piece, bool reversed);

private:
    const TerritoryLayer::Geometry& m_geometry;
    const MapViewport& m_view;
    const int m_level;
    const MercatorRect m_visible;
    std::vector<QPointF> m_points;
    std::vector<std::uint32_t> m_start; // per piece: its first point in m_points, notYet before
    std::vector<std::uint32_t> m_end;
    std::vector<QPointF> m_scratch;
};

} // namespace tp::render
