#pragma once
// GeoPoint: a WGS84 longitude/latitude pair in degrees, registered with Boost.Geometry as a
// cartesian point so that point-in-polygon and R-tree queries run on raw degrees (fast, and
// exact for the containment test). Value type; any thread.

#include <boost/geometry/core/access.hpp>
#include <boost/geometry/core/coordinate_dimension.hpp>
#include <boost/geometry/core/coordinate_system.hpp>
#include <boost/geometry/core/coordinate_type.hpp>
#include <boost/geometry/core/cs.hpp>
#include <boost/geometry/geometries/register/point.hpp>

namespace tp::geo {

struct GeoPoint {
    double lon = 0.0;
    double lat = 0.0;
    friend bool operator==(const GeoPoint&, const GeoPoint&) = default;
};

} // namespace tp::geo

BOOST_GEOMETRY_REGISTER_POINT_2D(tp::geo::GeoPoint, double, boost::geometry::cs::cartesian, lon, lat)
