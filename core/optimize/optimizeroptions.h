#pragma once
// OptimizerOptions: what the territory optimiser is asked to do (mode, measures with weights and
// tolerance bands, disruption cap, compactness, scope, limits) and how it reports back (progress
// callback, cancel flag). OptimizerMeasure names one measure of `catalogue` by index. Value type;
// the callback is called from the optimiser's worker threads; the cancel flag may be set from any
// thread.

#include "model/measuredefinition.h"

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <vector>

namespace tp::optimize {

struct OptimizerFigures;

struct OptimizerMeasure {
    int measure = -1;          // index into OptimizerOptions::catalogue
    double weight = 1.0;       // > 0
    double tolerancePct = 5.0; // the band is target +- tolerance
};

struct OptimizerProgress {
    double seconds = 0.0;
    int restartsDone = 0;
    const OptimizerFigures* best = nullptr; // valid during the callback only
};

struct OptimizerOptions {
    enum class Mode { Rebalance, Build, Fill };
    enum class Compactness { Border, Travel };

    Mode mode = Mode::Rebalance;
    int territoryCount = 0; // Build: 0 = as many as the scenario's territories in scope
    // Measures the composites and `measures` refer to; empty: MeasureDefinition::builtIns().
    std::vector<MeasureDefinition> catalogue;
    // Empty: workload hours +-5 %.
    std::vector<OptimizerMeasure> measures;
    bool targetsByCapacity =
        false; // targets proportional to the rep's capacity (ramped: Rep::rampFactor) instead of the mean
    double maxMovedAccountsPct = -1; // hard disruption caps (rebalance, fill); < 0: none
    double maxMovedRevenuePct = -1;
    Compactness compactness = Compactness::Border;
    std::vector<qint64> onlyTerritories; // scope: these leaf territories (empty: all)
    qint64 regionId = 0;                 // scope: the leaf territories below this region/district
    bool keepRegions = false;            // no unit changes top-level region (hierarchy)
    // Units whose centre lies within this distance of a rep's home stay in the rep's territory
    // (building: from the start; otherwise when they start there). 0: only the home unit itself.
    double homeRadiusKm = 0.0;
    double timeLimitS = 30.0;
    quint64 seed = 1;
    int threads = 2;
    int restarts = 2; // independent runs (seed, seed+1, ...), the best is kept
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(const OptimizerProgress&)> progress; // best-so-far, at most ~10 times a second
};

} // namespace tp::optimize
