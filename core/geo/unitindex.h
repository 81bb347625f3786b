#pragma once
// UnitIndex: finds the unit (polygon) that contains a point. A UnitGrid answers most points from
// a cell lookup and tests the rest exactly against the few parts listed for their cell; a packed
// (bulk-loaded) Boost R-tree over the bounding box of every polygon part, with an exact test on
// its candidates, is the reference rule the grid is built from (and the fallback when there is
// no grid). Holds copies of the polygons it was built from. Build once; queries are const and
// safe from any number of threads; locateAll() splits the work over worker threads itself.

#include "geometry.h"
#include "unitgrid.h"

#include <boost/geometry/index/rtree.hpp>

#include <span>
#include <utility>
#include <vector>

namespace tp::geo {

class UnitIndex {
public:
    static constexpr int noUnit = -1;

    explicit UnitIndex(std::vector<MultiPolygon> units);

    // Index of the unit containing p (boundary counts as inside; where units overlap, the lowest
    // index), or noUnit.
    int unitAt(GeoPoint p) const;
    // The same answer from the R-tree alone (the rule the grid reproduces).
    int unitAtByTree(GeoPoint p) const;
    // unitAt() for every point, on `threads` threads; result[i] belongs to points[i].
    std::vector<int> locateAll(std::span<const GeoPoint> points, int threads = 2) const;

    std::size_t size() const { return m_units.size(); }
    const MultiPolygon& unit(int index) const { return m_units[std::size_t(index)]; }
    const UnitGrid& grid() const { return m_grid; }

private:
    // One R-tree entry per polygon part: its box, the unit index and the part index.
    using Entry = std::pair<Box, std::pair<int, int>>;
    std::vector<MultiPolygon> m_units;
    boost::geometry::index::rtree<Entry, boost::geometry::index::rstar<16>> m_tree;
    UnitGrid m_grid;
};

} // namespace tp::geo
