#include "unitgrid.h"

#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/envelope.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace bg = boost::geometry;

namespace tp::geo {
namespace {

constexpr int maxCells = 1 << 22;

bool finitePoint(const GeoPoint& p) {
    return std::isfinite(p.lon) && std::isfinite(p.lat);
}

bool boxCovers(const Box& b, GeoPoint p) {
    return p.lon >= b.min_corner().lon && p.lon <= b.max_corner().lon && p.lat >= b.min_corner().lat
           && p.lat <= b.max_corner().lat;
}

} // namespace

UnitGrid::UnitGrid(const std::vector<MultiPolygon>& units, const std::function<int(GeoPoint)>& exactUnitAt,
                   int cellsPerPart) {
    m_west = m_south = std::numeric_limits<double>::infinity();
    m_east = m_north = -std::numeric_limits<double>::infinity();
    double largest = 1.0; // largest coordinate magnitude, for the tolerance
    for (std::size_t u = 0; u < units.size(); ++u) {
        for (std::size_t k = 0; k < units[u].size(); ++k) {
            const Polygon& polygon = units[u][k];
            if (polygon.outer().empty()) continue; // covers no point
            auto allFinite = [](const Ring& ring) { return std::all_of(ring.begin(), ring.end(), finitePoint); };
            if (!allFinite(polygon.outer())
                || !std::all_of(polygon.inners().begin(), polygon.inners().end(), allFinite))
                return; // no grid: UnitIndex answers with its R-tree alone
            Box box;
            bg::envelope(polygon, box);
            m_parts.push_back({int(u), int(k), box});
            m_west = std::min(m_west, box.min_corner().lon);
            m_south = std::min(m_south, box.min_corner().lat);
            m_east = std::max(m_east, box.max_corner().lon);
            m_north = std::max(m_north, box.max_corner().lat);
        }
    }
    if (m_parts.empty()) return;
    largest = std::max({largest, std::abs(m_west), std::abs(m_east), std::abs(m_south), std::abs(m_north)});
    // Far above the rounding of a cell computation (~1e-16 relative), far below any cell.
    m_tolerance = 1e-10 * largest;

    const double width = m_east - m_west, height = m_north - m_south;
    const long target = std::clamp(long(cellsPerPart) * long(m_parts.size()), 1L, long(maxCells));
    if (width > 0 && height > 0) {
        m_columns = int(std::clamp(std::lround(std::sqrt(double(target) * width / height)), 1L, target));
        m_rows = int(std::max(1L, target / m_columns));
    } else if (width > 0) {
        m_columns = int(target), m_rows = 1;
    } else if (height > 0) {
        m_columns = 1, m_rows = int(target);
    } else {
        m_columns = m_rows = 1;
    }
    m_cellWidth = width > 0 ? width / m_columns : 0;
    m_cellHeight = height > 0 ? height / m_rows : 0;
    m_perLon = width > 0 ? 1 / m_cellWidth : 0;
    m_perLat = height > 0 ? 1 / m_cellHeight : 0;
    // Cell lines start a fraction of a cell (irrational, the golden section) before the layer: edges
    // on round coordinates (parallels, meridians, grid layers) then rarely run along a cell line,
    // where the tolerance would make the cells on both sides boundary cells.
    constexpr double offset = 0.3819660112501051;
    m_originLon = m_west - offset * m_cellWidth;
    m_originLat = m_south - offset * m_cellHeight;
    if (width > 0) ++m_columns;
    if (height > 0) ++m_rows;

    std::vector<std::uint8_t> crossed(std::size_t(m_columns) * std::size_t(m_rows), 0);
    for (const Part& part : m_parts) {
        const Polygon& polygon = units[std::size_t(part.unit)][std::size_t(part.part)];
        markEdges(polygon.outer(), crossed);
        for (const Ring& inner : polygon.inners()) markEdges(inner, crossed);
    }
    m_cells.assign(crossed.size(), noUnit);
    fillInsideCells(crossed, exactUnitAt);
    listCandidates(crossed);
}

int UnitGrid::columnOf(double lon) const {
    const double v = (lon - m_originLon) * m_perLon;
    if (!(v > 0)) return 0;
    return v >= double(m_columns) ? m_columns - 1 : int(v);
}

int UnitGrid::rowOf(double lat) const {
    const double v = (lat - m_originLat) * m_perLat;
    if (!(v > 0)) return 0;
    return v >= double(m_rows) ? m_rows - 1 : int(v);
}

// Marks every cell whose box, enlarged by the tolerance, the ring's edges meet. Row by row: the
// part of an edge inside a row's band spans a range of columns.
void UnitGrid::markEdges(const Ring& ring, std::vector<std::uint8_t>& crossed) const {
    constexpr double ulp = std::numeric_limits<double>::epsilon();
    // Every edge, and the closing one even when the ring does not repeat its first point (more
    // marked cells cost time, never answers).
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const GeoPoint a = ring[i];
        const GeoPoint b = ring[i + 1 < ring.size() ? i + 1 : 0];
        const double yLow = std::min(a.lat, b.lat), yHigh = std::max(a.lat, b.lat);
        const double xLow = std::min(a.lon, b.lon), xHigh = std::max(a.lon, b.lon);
        const double dy = b.lat - a.lat, dx = b.lon - a.lon;
        const int firstRow = rowOf(yLow - m_tolerance), lastRow = rowOf(yHigh + m_tolerance);
        for (int row = firstRow; row <= lastRow; ++row) {
            double from = xLow, to = xHigh;
            if (firstRow != lastRow && std::abs(dy) > m_tolerance) {
                // The edge's parameter range inside the enlarged band, widened by its rounding error.
                const double bandLow = std::max(yLow, m_originLat + row * m_cellHeight - m_tolerance);
                const double bandHigh = std::min(yHigh, m_originLat + (row + 1) * m_cellHeight + m_tolerance);
                const double slack =
                    8 * ulp * (std::abs(bandLow) + std::abs(bandHigh) + std::abs(a.lat) + 1) / std::abs(dy);
                double t0 = (bandLow - a.lat) / dy, t1 = (bandHigh - a.lat) / dy;
                if (t0 > t1) std::swap(t0, t1);
                t0 = std::clamp(t0 - slack, 0.0, 1.0);
                t1 = std::clamp(t1 + slack, 0.0, 1.0);
                const double x0 = a.lon + t0 * dx, x1 = a.lon + t1 * dx;
                const double xSlack = 8 * ulp * (std::abs(a.lon) + std::abs(dx));
                from = std::max(xLow, std::min(x0, x1) - xSlack);
                to = std::min(xHigh, std::max(x0, x1) + xSlack);
            }
            const int firstColumn = columnOf(from - m_tolerance), lastColumn = columnOf(to + m_tolerance);
            std::uint8_t* cells = crossed.data() + std::size_t(row) * std::size_t(m_columns);
            std::fill(cells + firstColumn, cells + lastColumn + 1, std::uint8_t(1));
        }
    }
}

// Cells no edge meets: a run of them along a row, and such cells stacked vertically, form a
// connected area no polygon boundary meets, so each part either covers all of it or none of it.
// One exact test per area (where it starts) answers for every point in it.
void UnitGrid::fillInsideCells(const std::vector<std::uint8_t>& crossed,
                               const std::function<int(GeoPoint)>& exactUnitAt) {
    const std::size_t columns = std::size_t(m_columns);
    for (int row = 0; row < m_rows; ++row) {
        const std::size_t base = std::size_t(row) * columns;
        std::size_t c = 0;
        while (c < columns) {
            if (crossed[base + c]) {
                ++c;
                continue;
            }
            std::size_t end = c;
            bool known = false;
            int value = noUnit;
            while (end < columns && !crossed[base + end]) {
                if (!known && row > 0 && !crossed[base - columns + end]) {
                    value = m_cells[base - columns + end];
                    known = true;
                }
                ++end;
            }
            if (!known)
                value = exactUnitAt(
                    {m_originLon + (double(c) + 0.5) * m_cellWidth, m_originLat + (double(row) + 0.5) * m_cellHeight});
            std::fill(m_cells.begin() + std::ptrdiff_t(base + c), m_cells.begin() + std::ptrdiff_t(base + end), value);
            c = end;
        }
    }
}

// Boundary cells list every part whose box meets the enlarged cell: a superset of the parts
// whose box holds a point that falls in the cell, which is all the exact rule looks at.
void UnitGrid::listCandidates(const std::vector<std::uint8_t>& crossed) {
    std::int32_t boundary = 0;
    for (std::size_t i = 0; i < crossed.size(); ++i)
        if (crossed[i]) m_cells[i] = -(boundary++) - 2;
    m_offsets.assign(std::size_t(boundary) + 1, 0);
    auto forEachBoundaryCell = [&](const Part& part, auto&& visit) {
        const int c0 = columnOf(part.box.min_corner().lon - m_tolerance),
                  c1 = columnOf(part.box.max_corner().lon + m_tolerance);
        const int r0 = rowOf(part.box.min_corner().lat - m_tolerance),
                  r1 = rowOf(part.box.max_corner().lat + m_tolerance);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c) {
                const std::int32_t code = m_cells[std::size_t(r) * std::size_t(m_columns) + std::size_t(c)];
                if (code <= -2) visit(std::size_t(-(code + 2)));
            }
    };
    for (const Part& part : m_parts) forEachBoundaryCell(part, [&](std::size_t b) { ++m_offsets[b + 1]; });
    for (std::size_t b = 0; b < std::size_t(boundary); ++b) m_offsets[b + 1] += m_offsets[b];
    m_candidates.resize(m_offsets.back());
    std::vector<std::uint32_t> next(m_offsets.begin(), m_offsets.end() - 1);
    for (std::size_t k = 0; k < m_parts.size(); ++k)
        forEachBoundaryCell(m_parts[k], [&](std::size_t b) { m_candidates[next[b]++] = std::int32_t(k); });
}

std::int32_t UnitGrid::codeAt(GeoPoint p) const {
    if (!(p.lon >= m_west && p.lon <= m_east && p.lat >= m_south && p.lat <= m_north)) return noUnit;
    return m_cells[std::size_t(rowOf(p.lat)) * std::size_t(m_columns) + std::size_t(columnOf(p.lon))];
}

int UnitGrid::boundaryUnitAt(std::int32_t boundaryCell, GeoPoint p, const std::vector<MultiPolygon>& units) const {
    const std::uint32_t end = m_offsets[std::size_t(boundaryCell) + 1];
    for (std::uint32_t k = m_offsets[std::size_t(boundaryCell)]; k < end; ++k) {
        const Part& part = m_parts[std::size_t(m_candidates[k])];
        // Candidates are in unit order: the first that covers p is the lowest unit index.
        if (boxCovers(part.box, p) && bg::covered_by(p, units[std::size_t(part.unit)][std::size_t(part.part)]))
            return part.unit;
    }
    return noUnit;
}

int UnitGrid::unitAt(GeoPoint p, const std::vector<MultiPolygon>& units) const {
    const std::int32_t code = codeAt(p);
    return code >= noUnit ? code : boundaryUnitAt(-(code + 2), p, units);
}

std::vector<int> UnitGrid::locateAll(std::span<const GeoPoint> points, const std::vector<MultiPolygon>& units,
                                     int threads) const {
    std::vector<int> result(points.size(), noUnit);
    threads = std::max(1, threads);
    const std::size_t chunk = (points.size() + std::size_t(threads) - 1) / std::size_t(threads);
    auto work = [&](std::size_t begin, std::size_t end) {
        // Inside cells answer at once; the rest wait, sorted by cell, for the exact test.
        std::vector<std::uint64_t> pending;
        for (std::size_t i = begin; i < end; ++i) {
            const std::int32_t code = codeAt(points[i]);
            if (code >= noUnit)
                result[i] = code;
            else
                pending.push_back(std::uint64_t(std::uint32_t(-(code + 2))) << 32 | std::uint64_t(i - begin));
        }
        std::sort(pending.begin(), pending.end());
        for (const std::uint64_t key : pending) {
            const std::size_t i = begin + std::size_t(key & 0xffffffffu);
            result[i] = boundaryUnitAt(std::int32_t(key >> 32), points[i], units);
        }
    };
    std::vector<std::jthread> workers;
    for (int t = 0; t < threads; ++t) {
        const std::size_t begin = std::size_t(t) * chunk;
        const std::size_t end = std::min(points.size(), begin + chunk);
        if (begin >= end) break;
        if (t + 1 == threads || end == points.size())
            work(begin, end); // the last share on this thread
        else
            workers.emplace_back(work, begin, end);
    }
    workers.clear(); // joins every worker before the result is handed out
    return result;
}

} // namespace tp::geo
