#pragma once
// SegmentKey: a polygon edge as a hashable, direction-free key, its end points snapped to 1e-7
// degrees (about 1 cm), so the same edge of two neighbouring polygons gives the same key: how
// AdjacencyBuilder finds shared edges and the map's territory layer tells shared edges from coast.
// Value type; any thread.

#include "geopoint.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <tuple>
#include <utility>

namespace tp::geo {

struct SegmentKey {
    std::int64_t x1, y1, x2, y2;
    bool operator==(const SegmentKey&) const = default;

    static std::int64_t snap(double degrees) { return std::llround(degrees * 1e7); }
    // The endpoint with the smaller (x, y) comes first.
    static SegmentKey of(GeoPoint a, GeoPoint b) {
        SegmentKey k{snap(a.lon), snap(a.lat), snap(b.lon), snap(b.lat)};
        if (std::tie(k.x2, k.y2) < std::tie(k.x1, k.y1)) {
            std::swap(k.x1, k.x2);
            std::swap(k.y1, k.y2);
        }
        return k;
    }
    bool isPoint() const { return x1 == x2 && y1 == y2; }

    struct Hash { // FNV-1a over the four coordinates
        std::size_t operator()(const SegmentKey& k) const {
            std::uint64_t h = 1469598103934665603ull;
            for (std::int64_t v : {k.x1, k.y1, k.x2, k.y2}) h = (h ^ std::uint64_t(v)) * 1099511628211ull;
            return std::size_t(h);
        }
    };
};

} // namespace tp::geo
