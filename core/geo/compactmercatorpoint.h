#pragma once
// CompactMercatorPoint: a Web Mercator point in steps of 2 cm (two 32-bit integers, 8 bytes where
// a MercatorPoint takes 16): ±42,000 km fit, the EPSG:3857 square (±20,037 km) and a point moved
// a world's width east or west beside it (maps unwrapped across the antimeridian), and 2 cm is
// far below a pixel at any map scale. For the map's million account points. Converts to and from
// MercatorPoint implicitly. Value type; any thread.

#include "webmercator.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace tp::geo {

struct CompactMercatorPoint {
    static constexpr double stepM = 0.02;

    std::int32_t xSteps = 0;
    std::int32_t ySteps = 0;

    CompactMercatorPoint() = default;
    CompactMercatorPoint(MercatorPoint m) : xSteps(toSteps(m.x)), ySteps(toSteps(m.y)) {}
    operator MercatorPoint() const { return {x(), y()}; }
    double x() const { return xSteps * stepM; }
    double y() const { return ySteps * stepM; }
    friend bool operator==(CompactMercatorPoint, CompactMercatorPoint) = default;

private:
    static std::int32_t toSteps(double metres) {
        const double limit = 2.1e9;                         // 42,000 km; beyond is clamped, never overflowing
        if (std::isnan(metres)) return std::int32_t(limit); // off every map, as NaN was
        return std::int32_t(std::lround(std::clamp(metres / stepM, -limit, limit)));
    }
};

} // namespace tp::geo
