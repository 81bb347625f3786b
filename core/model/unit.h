#pragma once
// Unit: one geographic building block (county, ZIP area, ...) of the project's unit layer.
// Units are addressed by their index in Project::units(); the project file stores index + 1 as id.
// Value type; any thread.

#include "geo/geometry.h"

#include <QString>

namespace tp {

struct Unit {
    QString code;            // e.g. county FIPS "06037"
    QString name;            // e.g. "Los Angeles"
    QString region;          // optional grouping code (the state code for counties)
    geo::MultiPolygon shape; // EPSG:4326, valid
    geo::Box bounds;         // max lon may exceed 180 for a unit across the antimeridian (179..181)
    double areaM2 = 0.0;
    double perimeterM = 0.0;
};

} // namespace tp
