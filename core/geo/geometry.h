#pragma once
// The polygon types every layer shares: rings, polygons, multipolygons and boxes of GeoPoint
// (lon/lat degrees, counter-clockwise outer rings are not required: Boost's default clockwise
// model is used and inputs are corrected with boost::geometry::correct). Value types.

#include "geopoint.h"

#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <boost/geometry/geometries/ring.hpp>
#include <boost/geometry/geometries/segment.hpp>

namespace tp::geo {

using Ring = boost::geometry::model::ring<GeoPoint>;
using Polygon = boost::geometry::model::polygon<GeoPoint>;
using MultiPolygon = boost::geometry::model::multi_polygon<Polygon>;
using Box = boost::geometry::model::box<GeoPoint>;
using Segment = boost::geometry::model::segment<GeoPoint>;

// The middle of a box (of a unit's bounds, say): a cheap stand-in for its centroid.
inline GeoPoint centreOf(const Box& b) {
    return {(b.min_corner().lon + b.max_corner().lon) * 0.5, (b.min_corner().lat + b.max_corner().lat) * 0.5};
}

} // namespace tp::geo
