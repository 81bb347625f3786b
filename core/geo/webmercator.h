#pragma once
// WebMercator: EPSG:3857 forward/inverse projection in metres, the map canvas's view space.
// Stateless; any thread.

#include "geopoint.h"

namespace tp::geo {

struct MercatorPoint {
    double x = 0.0;
    double y = 0.0;
};

class WebMercator {
public:
    static constexpr double maxLatitude = 85.05112878;
    static constexpr double halfWorldM = 20037508.342789244;

    static MercatorPoint project(GeoPoint p);
    static GeoPoint unproject(MercatorPoint m);
};

} // namespace tp::geo
