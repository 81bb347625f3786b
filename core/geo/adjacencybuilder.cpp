#include "adjacencybuilder.h"

#include "geodesy.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <unordered_map>

namespace tp::geo {
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

std::int64_t snap(double degrees) {
    return std::llround(degrees * 1e7);
}

// Direction-free key: the endpoint with the smaller (x, y) comes first.
SegmentKey keyOf(GeoPoint a, GeoPoint b) {
    SegmentKey k{snap(a.lon), snap(a.lat), snap(b.lon), snap(b.lat)};
    if (std::tie(k.x2, k.y2) < std::tie(k.x1, k.y1)) {
        std::swap(k.x1, k.x2);
        std::swap(k.y1, k.y2);
    }
    return k;
}

template <typename Visit>
void forEachSegment(const MultiPolygon& shape, Visit visit) {
    auto ring = [&](const Ring& r) {
        for (std::size_t i = 1; i < r.size(); ++i) visit(r[i - 1], r[i]);
    };
    for (const Polygon& poly : shape) {
        ring(poly.outer());
        for (const Ring& hole : poly.inners()) ring(hole);
    }
}

} // namespace

std::vector<SharedEdge> AdjacencyBuilder::build(const std::vector<MultiPolygon>& units) {
    std::unordered_map<SegmentKey, int, SegmentKeyHash> firstOwner;
    std::map<std::pair<int, int>, SharedEdge> edges;
    for (std::size_t u = 0; u < units.size(); ++u) {
        forEachSegment(units[u], [&](GeoPoint a, GeoPoint b) {
            const SegmentKey key = keyOf(a, b);
            if (key.x1 == key.x2 && key.y1 == key.y2) return;
            auto [it, inserted] = firstOwner.try_emplace(key, int(u));
            if (inserted || it->second == int(u)) return;
            const int lo = std::min(it->second, int(u)), hi = std::max(it->second, int(u));
            SharedEdge& edge = edges[{lo, hi}];
            edge.unitA = lo;
            edge.unitB = hi;
            edge.lengthM += Geodesy::distanceM(a, b);
            edge.segments.push_back(Segment(a, b));
        });
    }
    std::vector<SharedEdge> result;
    result.reserve(edges.size());
    for (auto& [key, edge] : edges) result.push_back(std::move(edge));
    return result;
}

} // namespace tp::geo
