// libFuzzer target: UnitImporter (GDAL read, reprojection, MakeValid, areas, adjacency) on
// arbitrary bytes saved as a GeoPackage when they start like an SQLite database, else as
// GeoJSON. Any outcome is fine except a crash, a sanitizer report, a hang, or an accepted layer
// that breaks the importer's rules: codes present and unique, shapes on Earth, adjacency between
// existing units.
#include "fuzzinputfile.h"

#include "io/import/unitimporter.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <unordered_set>

namespace {

void broken(const char* rule) {
    std::fprintf(stderr, "fuzz_units: an accepted unit layer breaks: %s\n", rule);
    __builtin_trap();
}

bool onEarth(double lon, double lat) {
    return std::isfinite(lon) && std::isfinite(lat) && std::abs(lon) <= 180 && std::abs(lat) <= 90;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static constexpr char sqliteHeader[] = "SQLite format 3";
    const bool gpkg = size >= sizeof sqliteHeader && std::memcmp(data, sqliteHeader, sizeof sqliteHeader) == 0;
    const tp::fuzz::FuzzInputFile input(data, size, gpkg ? QStringLiteral("gpkg") : QStringLiteral("geojson"));
    tp::io::UnitImportOptions options;
    options.path = input.path();
    const tp::io::UnitImportResult result = tp::io::UnitImporter::importUnits(options);
    if (!result.ok) return 0;
    std::unordered_set<QString> codes;
    for (const tp::Unit& u : result.units) {
        if (u.code.isEmpty()) broken("a non-empty code");
        if (!codes.insert(u.code).second) broken("a unique code");
        // A unit across the antimeridian counts its western parts from +180 on (UnitImporter's
        // bounds): its east edge may lie up to 360 degrees east.
        const double east = u.bounds.max_corner().lon;
        const bool across = std::isfinite(east) && east > 180 && east <= 360 && east >= u.bounds.min_corner().lon;
        if (!onEarth(u.bounds.min_corner().lon, u.bounds.min_corner().lat)
            || !onEarth(across ? east - 360 : east, u.bounds.max_corner().lat))
            broken("bounds on Earth");
        if (!std::isfinite(u.areaM2) || u.areaM2 < 0 || !std::isfinite(u.perimeterM) || u.perimeterM < 0)
            broken("a finite, non-negative area and perimeter");
    }
    for (const auto& edge : result.adjacency) {
        if (edge.unitA < 0 || edge.unitA >= edge.unitB || std::size_t(edge.unitB) >= result.units.size())
            broken("adjacency between two existing units, the lower index first");
        if (!std::isfinite(edge.lengthM) || edge.lengthM < 0) broken("a finite, non-negative shared length");
    }
    return 0;
}
