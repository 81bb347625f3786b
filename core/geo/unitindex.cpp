#include "unitindex.h"

#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/envelope.hpp>

#include <algorithm>
#include <thread>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace tp::geo {
namespace {

std::vector<std::pair<Box, std::pair<int, int>>> entriesOf(const std::vector<MultiPolygon>& units) {
    std::vector<std::pair<Box, std::pair<int, int>>> entries;
    entries.reserve(units.size());
    for (std::size_t u = 0; u < units.size(); ++u) {
        for (std::size_t part = 0; part < units[u].size(); ++part) {
            Box box;
            bg::envelope(units[u][part], box);
            entries.push_back({box, {int(u), int(part)}});
        }
    }
    return entries;
}

} // namespace

UnitIndex::UnitIndex(std::vector<MultiPolygon> units)
    : m_units(std::move(units)), m_tree(entriesOf(m_units)), // range constructor = packing (STR)
      m_grid(m_units, [this](GeoPoint p) { return unitAtByTree(p); }) {}

int UnitIndex::unitAt(GeoPoint p) const {
    return m_grid.isEmpty() ? unitAtByTree(p) : m_grid.unitAt(p, m_units);
}

int UnitIndex::unitAtByTree(GeoPoint p) const {
    int found = noUnit;
    for (auto it = m_tree.qbegin(bgi::covers(p)); it != m_tree.qend(); ++it) {
        const auto [unit, part] = it->second;
        if (bg::covered_by(p, m_units[std::size_t(unit)][std::size_t(part)])) {
            // Deterministic choice where (invalid) inputs overlap: the lowest unit index.
            if (found == noUnit || unit < found) found = unit;
        }
    }
    return found;
}

std::vector<int> UnitIndex::locateAll(std::span<const GeoPoint> points, int threads) const {
    if (!m_grid.isEmpty()) return m_grid.locateAll(points, m_units, threads);
    std::vector<int> result(points.size(), noUnit);
    threads = std::max(1, threads);
    const std::size_t chunk = (points.size() + std::size_t(threads) - 1) / std::size_t(threads);
    std::vector<std::jthread> workers;
    for (int t = 0; t < threads; ++t) {
        const std::size_t begin = std::size_t(t) * chunk;
        const std::size_t end = std::min(points.size(), begin + chunk);
        if (begin >= end) break;
        workers.emplace_back([this, &points, &result, begin, end] {
            for (std::size_t i = begin; i < end; ++i) result[i] = unitAt(points[i]);
        });
    }
    workers.clear(); // joins every worker before the result is handed out
    return result;
}

} // namespace tp::geo
