#pragma once
// TerritoryMetrics: the balance figures of one territory (or of a district/region roll-up), as the
// metrics engine derives them from its exact integer totals. Ratios are NaN where undefined (no
// rep, no capacity, no area, no accounts). Value type; any thread.

#include <QtGlobal>

#include <limits>
#include <vector>

namespace tp {

struct TerritoryMetrics {
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    qint64 territoryId = 0;
    int units = 0;
    qint64 accounts = 0;
    double revenuePotential = 0.0;
    double revenue = 0.0;
    double pipeline = 0.0;
    double workloadHours = 0.0;
    double capacityHours = nan; // owner rep's capacity (roll-ups: sum over the distinct reps)
    double utilisation = nan;   // workloadHours / capacityHours
    double balanceValue = 0.0;  // value of the engine's balance measure
    double deviationPct = nan;  // (balanceValue - mean) / mean * 100, mean over peers of the same level
    double areaKm2 = 0.0;
    double perimeterKm = 0.0;     // sum of unit perimeters - 2 x borders shared by its own units
    double compactness = nan;     // Polsby-Popper 4 pi A / P^2, 1 for a disc
    int pieces = 0;               // connected pieces in the unit adjacency graph (0 without units)
    double meanTravelKm = nan;    // mean great-circle distance rep home -> accounts
    std::vector<double> measures; // one per engine measure, in the engine's order
};

} // namespace tp
