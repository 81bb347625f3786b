#pragma once
// UnitImporter: reads any OGR polygon layer (GeoPackage, Shapefile, GeoJSON, KML, ...) as units:
// reprojects to EPSG:4326, repairs invalid polygons (MakeValid), takes code/name fields, computes
// area and perimeter, and builds the adjacency (shared edge lengths). Returns everything in a
// result and changes no project, so a failed import loses nothing. Any thread (one call at a time
// per importer object; GDAL datasets are opened and closed inside the call).
// Refused: a layer without a CRS whose coordinates are not degrees (a projected Shapefile
// without its .prj), and a code field with repeated or empty codes (such a unit could never be
// assigned; the message lists them). Skipped with a warning: features off the globe. Split at
// 180° (GDAL's WRAPDATELINE): a polygon written across the antimeridian as one ring; its bounds
// then run past 180 (e.g. 179..181) so width and centre stay right. Warned: pairs of units that
// overlap by more than 1 % of the smaller one (refusing would block generalised boundary files
// whose slivers are harmless; an account in an overlap is placed in one of the two).

#include "model/taskprogress.h"
#include "model/unit.h"
#include "model/unitpostalcodes.h"

#include "geo/adjacencybuilder.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tp::io {

struct UnitImportOptions {
    QString path;
    QString layer;       // empty: the first layer
    QString codeField;   // empty: auto ("code", "id", "GEOID", "fips", first string field)
    QString nameField;   // empty: auto ("name", "NAME", ...)
    QString regionField; // optional grouping code, e.g. the state
    QString where;       // optional OGR attribute filter
    // Whether the codes are postal codes (accounts are then placed by their postal code);
    // unset: a code field named like one (zip, zcta5ce20, postcode, plz, ...: Full; zip3: Zip3).
    std::optional<UnitPostalCodes::Kind> postalCodes;
    QString postalAliasField; // optional: further postal codes of a unit, space-separated
    QString bundledLayer;     // set by UnitImporter::bundledOptions: the bundled layer read
    TaskProgress progress;    // features read, then overlaps and adjacency; cancelled: !ok, cancelled set
};

struct UnitImportResult {
    bool ok = false;
    bool cancelled = false; // options.progress was cancelled: !ok, nothing kept
    QString error;          // set when !ok: why nothing was imported
    std::vector<Unit> units;
    std::vector<geo::SharedEdge> adjacency;
    UnitPostalCodes postalCodes; // see UnitImportOptions::postalCodes
    QString bundledLayer;        // UnitImportOptions::bundledLayer (Project::unitLayer)
    QStringList warnings;        // e.g. "feature 12: invalid polygon repaired"
    int repaired = 0;
    int skipped = 0; // features with no usable geometry
};

// What a GIS file holds, for the unit import wizard's layer choice (UnitImporter::inspect).
struct UnitLayerInfo {
    QString name;
    QString geometryType;     // "Multi Polygon", "Point", ...
    bool polygonal = false;   // can be read as units (polygons, or unknown/mixed with a geometry)
    qint64 featureCount = -1; // -1: the driver cannot tell without reading every feature
    QStringList fields;
    std::vector<QStringList> sample; // the first features' field values, as text
    QString codeField, nameField;    // what importUnits would take by itself (empty: none)
};
struct UnitSourceInfo {
    bool ok = false;
    QString error;
    std::vector<UnitLayerInfo> layers;
};

class UnitImporter {
public:
    // The layers of a GIS file with their fields, feature counts and first features (no geometry
    // is read). Any thread.
    static UnitSourceInfo inspect(const QString& path, int sampleRows = 5);
    static UnitImportResult importUnits(const UnitImportOptions& options);
    // The bundled base map's US counties (code = 5-digit FIPS, region = state FIPS) or states.
    static UnitImportResult importBundledCounties();
    static UnitImportResult importBundledStates();
    // The options that read a bundled layer, to add a `where` filter before importUnits:
    // "counties" (fields code, name, state_code), "states" (code, name), "zips" (the approximate
    // ZIP areas drawn around ZIP centres by maps/zipareas.cpp: code, name = city, city, state,
    // state_code, county = 5-digit county FIPS as region, county_name, zips = every ZIP merged
    // into the area) and "zip3" (code, name, state, state_code as region).
    static UnitImportOptions bundledOptions(const QString& layer);
    static QStringList bundledLayers(); // the names bundledOptions() takes
    // How reports name a bundled layer ("bundled approximate ZIP areas (drawn around ZIP centres)").
    static QString bundledDescription(const QString& layer);
    // What exports say about a project's units (Project::unitLayer): what the bundled layer is and
    // how it was made ("Units: approximate ZIP areas (drawn around ZIP centres), ..."); empty for
    // the user's own layer.
    static QString provenance(const QString& layer);
};

} // namespace tp::io
