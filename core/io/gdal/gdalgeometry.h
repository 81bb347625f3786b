#pragma once
// GdalGeometry: converts OGR geometries into the geo types: the polygonal parts of any geometry
// (Polygon, MultiPolygon, curves, collections as MakeValid returns them) into a corrected
// geo::MultiPolygon, reading rings point by point without WKB/WKT round trips. Stateless; any thread.

#include "geo/geometry.h"

#include <optional>

class OGRGeometry;

namespace tp::io {

class GdalGeometry {
public:
    // Polygonal parts only (points and lines in a collection are dropped); empty if none.
    static geo::MultiPolygon toMultiPolygon(const OGRGeometry& geometry);
    // The point of a Point (or one-point MultiPoint) geometry; nullopt for anything else.
    static std::optional<geo::GeoPoint> toPoint(const OGRGeometry& geometry);
};

} // namespace tp::io
