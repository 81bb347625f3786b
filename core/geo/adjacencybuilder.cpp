#include "adjacencybuilder.h"

#include "geodesy.h"
#include "segmentkey.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <unordered_map>

namespace tp::geo {
namespace {

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
    std::unordered_map<SegmentKey, int, SegmentKey::Hash> firstOwner;
    std::map<std::pair<int, int>, SharedEdge> edges;
    for (std::size_t u = 0; u < units.size(); ++u) {
        forEachSegment(units[u], [&](GeoPoint a, GeoPoint b) {
            const SegmentKey key = SegmentKey::of(a, b);
            if (key.isPoint()) return;
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
