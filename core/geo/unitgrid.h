#pragma once
// UnitGrid: an acceleration grid over a unit layer for point in polygon. Every cell is one of
//  - inside: no polygon edge comes near it, so every point in it lies in the same unit (or in
//    none), found once at build time with the exact test;
//  - boundary: an edge crosses it; it lists the polygon parts whose bounding box meets it, and a
//    point there gets the exact test (Boost.Geometry covered_by) on those few parts only.
// Answers are the exact rule's for every point: boundary counts as inside, and where (invalid)
// units overlap the lowest unit index wins. Cells are slightly enlarged (by a tolerance far above
// the rounding of the cell computation) when edges and boxes are entered, so a point that rounds
// into a neighbouring cell still finds every candidate.
// Holds no polygons: every query is given the units it was built from (the owner, UnitIndex,
// keeps them, unchanged). Build once; queries are const and safe from any number of threads.

#include "geometry.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace tp::geo {

class UnitGrid {
public:
    static constexpr int noUnit = -1;

    UnitGrid() = default;
    // `exactUnitAt` answers one point with the exact rule (used once per connected run of inside
    // cells); `cellsPerPart` sets the grid's resolution (cells ≈ cellsPerPart × polygon parts;
    // 36, about 6 x 6 cells over a typical unit, left about a third of the cells as boundary
    // cells on the 33k-unit benchmark layer, and finer grids were no faster).
    UnitGrid(const std::vector<MultiPolygon>& units, const std::function<int(GeoPoint)>& exactUnitAt,
             int cellsPerPart = 36);

    bool isEmpty() const { return m_cells.empty(); }
    int unitAt(GeoPoint p, const std::vector<MultiPolygon>& units) const;
    // unitAt() for every point on `threads` threads; points in boundary cells are tested grouped
    // by cell (the same polygons stay in cache). result[i] belongs to points[i].
    std::vector<int> locateAll(std::span<const GeoPoint> points, const std::vector<MultiPolygon>& units,
                               int threads) const;

    // Cell (column, row) as a box (before the tolerance), for tests and diagnostics.
    Box cellBounds(int column, int row) const {
        return Box({m_originLon + column * m_cellWidth, m_originLat + row * m_cellHeight},
                   {m_originLon + (column + 1) * m_cellWidth, m_originLat + (row + 1) * m_cellHeight});
    }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    std::size_t boundaryCellCount() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }

private:
    struct Part {
        int unit;
        int part;
        Box box;
    };
    // A cell's code: >= 0 the unit of every point in it, -1 no unit, <= -2 boundary cell -(code + 2).
    std::int32_t codeAt(GeoPoint p) const;
    int boundaryUnitAt(std::int32_t boundaryCell, GeoPoint p, const std::vector<MultiPolygon>& units) const;
    int columnOf(double lon) const;
    int rowOf(double lat) const;
    void markEdges(const Ring& ring, std::vector<std::uint8_t>& crossed) const;
    void fillInsideCells(const std::vector<std::uint8_t>& crossed, const std::function<int(GeoPoint)>& exactUnitAt);
    void listCandidates(const std::vector<std::uint8_t>& crossed);

    std::vector<Part> m_parts;                               // in unit order, so candidate lists come out sorted
    double m_west = 0, m_south = 0, m_east = 0, m_north = 0; // the layer's extent
    double m_originLon = 0, m_originLat = 0;                 // where cell (0, 0) starts
    double m_cellWidth = 0, m_cellHeight = 0, m_perLon = 0, m_perLat = 0;
    double m_tolerance = 0;
    int m_columns = 0, m_rows = 0;
    std::vector<std::int32_t> m_cells;      // row-major codes
    std::vector<std::uint32_t> m_offsets;   // boundary cell b lists m_candidates[m_offsets[b], m_offsets[b + 1])
    std::vector<std::int32_t> m_candidates; // indexes into m_parts
};

} // namespace tp::geo
