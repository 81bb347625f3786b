#pragma once
// UnitImporter: reads any OGR polygon layer (GeoPackage, Shapefile, GeoJSON, KML, ...) as units:
// reprojects to EPSG:4326, repairs invalid polygons (MakeValid), takes code/name fields, computes
// area and perimeter, and builds the adjacency (shared edge lengths). Returns everything in a
// result and changes no project, so a failed import loses nothing. Any thread (one call at a time
// per importer object; GDAL datasets are opened and closed inside the call).

#include "model/unit.h"

#include "geo/adjacencybuilder.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tp::io {

struct UnitImportOptions {
    QString path;
    QString layer;        // empty: the first layer
    QString codeField;    // empty: auto ("code", "id", "GEOID", "fips", first string field)
    QString nameField;    // empty: auto ("name", "NAME", ...)
    QString regionField;  // optional grouping code, e.g. the state
    QString where;        // optional OGR attribute filter
};

struct UnitImportResult {
    bool ok = false;
    QString error;                        // set when !ok: why nothing was imported
    std::vector<Unit> units;
    std::vector<geo::SharedEdge> adjacency;
    QStringList warnings;                 // e.g. "feature 12: invalid polygon repaired"
    int repaired = 0;
    int skipped = 0;                      // features with no usable geometry
};

class UnitImporter {
public:
    static UnitImportResult importUnits(const UnitImportOptions& options);
    // The bundled base map's US counties (code = 5-digit FIPS, region = state FIPS) or states.
    static UnitImportResult importBundledCounties();
    static UnitImportResult importBundledStates();
};

} // namespace tp::io
