#pragma once
// OptimizerFigures / OptimizerResult: what the territory optimiser found. Figures describe one
// plan (balance per measure, disruption against the starting plan, pieces, border length,
// travel); the result holds the best plan as a new unit assignment, the figures before and after,
// and in words why territories stay out of their band. Value types; any thread.

#include "model/territory.h"

#include <QStringList>

#include <vector>

namespace tp::optimize {

struct OptimizerFigures {
    std::vector<double> worstDeviationPct; // per measure: the deviation of largest magnitude (signed)
    int territories = 0;                   // in scope
    int outOfBand = 0;                     // in scope, out of band on any measure
    double excess = 0.0;                   // objective level 1: weighted excess beyond the bands
    qint64 unitsMoved = 0, accountsMoved = 0;
    double revenueMoved = 0.0;
    double accountsMovedPct = 0.0, revenueMovedPct = 0.0; // of the scope's accounts / revenue
    int pieces = 0;                                       // connected pieces summed over the territories in scope
    double borderKm = 0.0;                                // border length between different territories
    double travelKm = 0.0;                                // workload-weighted mean distance unit -> rep home
};

struct OptimizerResult {
    bool ok = false; // false: nothing to optimise (error says why)
    QString error;
    bool cancelled = false; // stopped early: the best plan found so far
    bool allInBand = false;
    // Per unit: the territory id it belongs to in the best plan (0: unassigned). Ids <= -1 refer
    // to newTerritories[-id - 1] (Build with a territory count the scenario does not have).
    std::vector<qint64> unitTerritory;
    std::vector<Territory> newTerritories;
    QStringList measureNames;
    std::vector<double> tolerancesPct;
    OptimizerFigures before, after;
    QStringList reasons; // why territories stay out of band, one sentence each
    double seconds = 0.0;
    int restartsDone = 0;
};

} // namespace tp::optimize
