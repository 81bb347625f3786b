#include "webmercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tp::geo {

MercatorPoint WebMercator::project(GeoPoint p) {
    const double lat = std::clamp(p.lat, -maxLatitude, maxLatitude) * std::numbers::pi / 180.0;
    return {6378137.0 * p.lon * std::numbers::pi / 180.0,
            6378137.0 * std::log(std::tan(std::numbers::pi / 4.0 + lat / 2.0))};
}

GeoPoint WebMercator::unproject(MercatorPoint m) {
    const double lon = m.x / 6378137.0 * 180.0 / std::numbers::pi;
    const double lat = (2.0 * std::atan(std::exp(m.y / 6378137.0)) - std::numbers::pi / 2.0) * 180.0 / std::numbers::pi;
    return {lon, lat};
}

} // namespace tp::geo
