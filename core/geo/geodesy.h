#pragma once
// Geodesy: distances on the sphere and polygon measures in square metres / metres.
// Areas use a Lambert azimuthal equal-area projection centred on the polygon, so they are
// accurate for unit-sized polygons anywhere on Earth. Stateless; any thread.

#include "geometry.h"

namespace tp::geo {

class Geodesy {
public:
    static constexpr double earthRadiusM = 6371008.8;

    // Great-circle distance in metres (haversine).
    static double distanceM(GeoPoint a, GeoPoint b);
    // Length in metres of the polyline a-b-c-... (sum of great-circle segments).
    static double ringLengthM(const Ring& ring);
    // Area in square metres (holes subtracted) and perimeter in metres (holes included).
    static double areaM2(const MultiPolygon& shape);
    static double perimeterM(const MultiPolygon& shape);
};

} // namespace tp::geo
