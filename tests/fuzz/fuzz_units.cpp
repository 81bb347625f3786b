// libFuzzer target: UnitImporter (GDAL read, reprojection, MakeValid, areas, adjacency) on
// arbitrary bytes saved as a GeoPackage when they start like an SQLite database, else as
// GeoJSON. Any outcome is fine except a crash, a sanitizer report or a hang.
#include "fuzzinputfile.h"

#include "io/unitimporter.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static constexpr char sqliteHeader[] = "SQLite format 3";
    const bool gpkg = size >= sizeof sqliteHeader && std::memcmp(data, sqliteHeader, sizeof sqliteHeader) == 0;
    const tp::fuzz::FuzzInputFile input(data, size, gpkg ? QStringLiteral("gpkg") : QStringLiteral("geojson"));
    tp::io::UnitImportOptions options;
    options.path = input.path();
    const tp::io::UnitImportResult result = tp::io::UnitImporter::importUnits(options);
    if (result.ok) {
        // Adjacency must only name units that exist.
        for (const auto& edge : result.adjacency)
            if (edge.unitA < 0 || edge.unitB < 0 || std::size_t(edge.unitA) >= result.units.size() ||
                std::size_t(edge.unitB) >= result.units.size())
                __builtin_trap();
    }
    return 0;
}
