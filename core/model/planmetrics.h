#pragma once
// PlanMetrics: balance of a whole plan (the leaf territories of one scenario) for the engine's
// balance measure. Value type; any thread.

#include <QtGlobal>

#include <limits>

namespace tp {

struct PlanMetrics {
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    int balanceMeasure = -1; // index into the engine's measures
    int territories = 0;     // leaf territories of the scenario
    double total = 0.0;      // balance measure summed over the territories
    double mean = 0.0;
    double min = 0.0;
    double max = 0.0;
    double balanceIndex = nan;           // (max - min) / mean; NaN when the mean is 0
    double coefficientOfVariation = nan; // population standard deviation / mean
    int fragmentedTerritories = 0;       // territories in more than one piece
    // Deviations, balance index and CV are against targets by rep capacity (MetricsEngine::
    // setTargetsByCapacity) rather than against the mean.
    bool capacityTargets = false;
    int unassignedUnits = 0;
    qint64 unassignedAccounts = 0; // no unit, unit without territory, or override to an unknown territory
};

} // namespace tp
