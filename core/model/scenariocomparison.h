#pragma once
// ScenarioComparison: what differs between two scenarios of a project. Territories are matched
// by name (copies of a scenario have their own territory ids), so "Florida" in both plans is the
// same territory. Lists the units that change territory, the accounts that change territory or
// rep (named-account overrides included), the per-territory metric deltas and the disruption
// (accounts whose rep changes). O(units + accounts). Stateless; any thread.

#include "territorymetrics.h"

#include <QString>

#include <vector>

namespace tp {

class Project;
struct Scenario;

struct ScenarioDiff {
    struct UnitChange {
        int unit = -1;
        QString from, to; // territory names ("" = unassigned)
    };
    struct AccountChange {
        int account = -1; // index into Project::accounts
        QString fromTerritory, toTerritory, fromRep, toRep;
    };
    struct TerritoryDelta {
        QString name;
        bool inA = false, inB = false;
        TerritoryMetrics a, b; // zeros where the territory is missing
    };

    qint64 scenarioA = 0, scenarioB = 0;
    std::vector<UnitChange> units;
    std::vector<AccountChange> accounts;
    std::vector<TerritoryDelta> territories; // A's order, then territories only in B
    qint64 accountsChangingRep = 0;          // disruption
    qint64 accountsChangingTerritory = 0;
};

class ScenarioComparison {
public:
    // metricsA/metricsB: the leaf-territory metrics of each scenario (MetricsEngine::territories()
    // after recompute of that scenario).
    static ScenarioDiff compare(const Project& project, const Scenario& a, const Scenario& b,
                                const std::vector<TerritoryMetrics>& metricsA,
                                const std::vector<TerritoryMetrics>& metricsB);
};

} // namespace tp
