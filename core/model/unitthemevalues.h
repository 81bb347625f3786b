#pragma once
// UnitThemeValues: the per-unit value of the figure a thematic map shows, for the metrics
// engine's (current) scenario. NaN means "no data" (its own legend class, never 0).
//  - Total: a measure (potential, revenue, accounts, workload, any extra or composite measure)
//    over all accounts lying in the unit, named accounts included (the unit's market).
//  - Density: that total per km^2 of the unit (areas: Lambert azimuthal equal-area, as the engine
//    and Geodesy::areaM2 compute them); units without area have no value.
//  - Penetration: revenue / revenue potential, no value where the potential is 0.
//  - Coverage: the unit's workload hours / capacity of the rep owning its territory; no value
//    for unassigned units, territories without rep and reps without capacity.
//  - Change: the measure's total of the territory owning the unit now minus that of the
//    territory owning it in the base scenario (how the load of the territory covering each place
//    changes); no value where the unit is unassigned in either plan.
// Reads the engine's per-unit rows (MetricsEngine::unitMeasure), so nothing is re-summed from
// accounts. Stateless; GUI thread (or the thread owning the engine).

#include <QString>
#include <QtGlobal>

#include <vector>

namespace tp {

class MetricsEngine;
class Project;
struct MeasureDefinition;

class UnitThemeValues {
public:
    enum class Kind { Total, Density, Penetration, Coverage, Change };
    struct Figure {
        Kind kind = Kind::Total;
        int measure = 1;         // Total, Density, Change: index into the engine's measures (1: potential)
        qint64 baseScenario = 0; // Change: the scenario compared with (0: none, no values)
        friend bool operator==(const Figure&, const Figure&) = default;
    };

    // One value per unit. Change moves the engine to the base scenario and back (two full
    // recomputes from the unit rows, about 1 ms each at 1M accounts), hence the non-const engine.
    static std::vector<double> compute(const Project& project, MetricsEngine& engine, const Figure& figure);

    static bool isRatio(Kind kind) { return kind == Kind::Penetration || kind == Kind::Coverage; } // shown in %
    static bool isSigned(Kind kind) { return kind == Kind::Change; } // diverging ramp, centred on 0
    // e.g. "Revenue potential", "Revenue potential per km²", "Penetration (revenue / potential)".
    static QString name(const Figure& figure, const std::vector<MeasureDefinition>& measures);
    // CLI and settings spelling: "potential", "density:potential", "penetration", "coverage",
    // "change:workload" (measures by key — accounts, potential, revenue, pipeline, workload — or
    // by name, case-insensitive). The base scenario of a change is set by the caller.
    static bool parse(const QString& text, const std::vector<MeasureDefinition>& measures, Figure* figure,
                      QString* error);
    static QString key(const Figure& figure, const std::vector<MeasureDefinition>& measures);
};

} // namespace tp
