#include "render/territorypiecepoints.h"

#include <limits>

namespace tp::render {
namespace {
constexpr std::uint32_t notYet = std::numeric_limits<std::uint32_t>::max();
}

TerritoryPiecePoints::TerritoryPiecePoints(const TerritoryLayer::Geometry& geometry, const MapViewport& deviceView,
                                           int level, const MercatorRect& visible)
    : m_geometry(geometry), m_view(deviceView), m_level(level), m_visible(visible),
      m_start(geometry.pieces.size(), notYet), m_end(geometry.pieces.size(), notYet) {}

void TerritoryPiecePoints::append(std::vector<QPointF>& out, int piece, bool reversed) {
    const std::size_t i = std::size_t(piece);
    if (m_start[i] == notYet) {
        const TerritoryLayer::Geometry::Piece& p = m_geometry.pieces[i];
        m_scratch.clear();
        (p.unitB < 0 ? m_geometry.outerEdges : m_geometry.sharedEdges)
            .appendPartPoints(m_scratch, p.part, false, m_view, m_level, m_visible);
        m_start[i] = std::uint32_t(m_points.size());
        m_points.insert(m_points.end(), m_scratch.begin(), m_scratch.end());
        m_end[i] = std::uint32_t(m_points.size());
    }
    const std::uint32_t s = m_start[i], t = m_end[i];
    auto push = [&](const QPointF& q) {
        if (out.empty() || q != out.back()) out.push_back(q);
    };
    if (reversed)
        for (std::uint32_t k = t; k-- > s;) push(m_points[k]);
    else
        for (std::uint32_t k = s; k < t; ++k) push(m_points[k]);
}

} // namespace tp::render
