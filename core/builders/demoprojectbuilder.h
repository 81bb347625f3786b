#pragma once
// DemoProjectBuilder: the bundled demo project, built from the demo definition
// (resources/demo-project.json, embedded as :/demo/demo-project.json) and the bundled base map:
// the contiguous US counties (or ZIP3 / ZIP areas) as units, accounts at real ZIP points, 12 reps at their home
// cities, three regions with 12 territories built by the optimiser from the reps' home counties
// (workload within the definition's planTolerancePct, default +-8 %), and a second scenario in
// which the optimiser evens out two East territories (a short handoff list between the two).
// Deterministic for a seed. Stateless; any thread (one GDAL read).

#include "model/project.h"

#include <QString>

#include <optional>

namespace tp::builders {

struct DemoOptions {
    std::optional<quint64> seed;     // default: the definition's seed
    std::optional<int> accountCount; // default: the definition's count (5000)
    // The bundled unit layer (io::UnitImporter::bundledOptions): "counties", or "zip3" / "zips"
    // (approximate ZIP areas; accounts are placed in the area their ZIP names).
    QString units = QStringLiteral("counties");
};

class DemoProjectBuilder {
public:
    static bool build(const DemoOptions& options, Project* out, QString* error);
};

} // namespace tp::builders
