#pragma once
// OptimizerProblem: the territory optimiser's input in flat arrays, built once per run from the
// project, the starting scenario and the options: per unit the value of every chosen measure
// (named accounts taken out and counted for their override territory), accounts and revenue for
// disruption, whether it may move, its centre and region; per territory slot the fixed load of
// its named accounts, the targets, the rep's home; the adjacency as a UnitGraph. Slots are the
// territories that may change (in scope, not locked): 0..slotCount-1; units of other territories
// are fixed (owner -2), unassigned units have owner -1. figures() evaluates any plan in full.
// Immutable after construction; shared read-only by the search threads.

#include "optimizeroptions.h"
#include "optimizerresult.h"

#include "model/project.h"
#include "model/unitgraph.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tp::optimize {

class OptimizerProblem {
    Q_DECLARE_TR_FUNCTIONS(tp::optimize::OptimizerProblem)

public:
    static constexpr int unassigned = -1;
    static constexpr int fixedOwner = -2;

    OptimizerProblem(const Project& project, const Scenario& start, const OptimizerOptions& options);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    const OptimizerOptions& options() const { return m_options; }
    OptimizerOptions::Mode mode() const { return m_options.mode; }
    bool buildsFromScratch() const { return m_options.mode == OptimizerOptions::Mode::Build; }
    bool countsDisruption() const { return !buildsFromScratch() && !m_newTerritories; }
    int unitCount() const { return m_unitCount; }
    int slotCount() const { return m_slotCount; }
    int measureCount() const { return m_measureCount; }
    const UnitGraph& graph() const { return m_graph; }

    // --- units
    const double* values(int unit) const { return m_value.data() + std::size_t(unit) * std::size_t(m_measureCount); }
    double combined(int unit) const { return m_combined[std::size_t(unit)]; } // weighted, target-normalised load
    qint64 accounts(int unit) const { return m_accounts[std::size_t(unit)]; }
    double revenue(int unit) const { return m_revenue[std::size_t(unit)]; }
    bool movable(int unit) const { return m_movable[std::size_t(unit)] != 0; }
    // A rep's home unit stays in its territory (building: from the start; otherwise when it
    // starts there): the slot it is pinned to, or -1.
    int pinnedTo(int unit) const { return m_pinned[std::size_t(unit)]; }
    int startOwner(int unit) const { return m_start[std::size_t(unit)]; } // slot, -1 or -2
    const std::vector<int>& startOwners() const { return m_start; }
    geo::GeoPoint centre(int unit) const { return m_centre[std::size_t(unit)]; }
    bool allowed(int unit, int slot) const {
        return !m_options.keepRegions || m_unitRegion[std::size_t(unit)] == 0
               || m_unitRegion[std::size_t(unit)] == m_slotRegion[std::size_t(slot)];
    }

    // --- slots
    const double* base(int slot) const { return m_base.data() + std::size_t(slot) * std::size_t(m_measureCount); }
    const double* target(int slot) const { return m_target.data() + std::size_t(slot) * std::size_t(m_measureCount); }
    double weight(int m) const { return m_weight[std::size_t(m)]; }
    double tolerance(int m) const { return m_tolerance[std::size_t(m)]; } // fraction, e.g. 0.05
    bool hasHome(int slot) const { return m_hasHome[std::size_t(slot)] != 0; }
    geo::GeoPoint home(int slot) const { return m_home[std::size_t(slot)]; }
    qint64 slotTerritory(int slot) const { return m_slotTerritory[std::size_t(slot)]; }
    const std::vector<Territory>& newTerritories() const { return m_newTerritoryList; }
    QString slotName(int slot) const { return m_slotName[std::size_t(slot)]; }
    QStringList measureNames() const { return m_measureNames; }
    // A unit a slot should start from when building (its rep's home unit), -1 when none.
    int homeUnit(int slot) const { return m_homeUnit[std::size_t(slot)]; }

    double totalAccounts() const { return m_totalAccounts; }
    double totalRevenue() const { return m_totalRevenue; }
    double capAccounts() const { return m_capAccounts; } // < 0: none
    double capRevenue() const { return m_capRevenue; }

    // Excess of one slot beyond its bands (weighted sum over measures) for the given loads.
    double excessOf(int slot, const double* load) const;
    // No plan has less excess: units heavier than a whole band put at least their overweight in
    // some territory (each in a different one, at best).
    double excessLowerBound() const { return m_excessLowerBound; }
    // Full evaluation of a plan (owner per unit as above).
    OptimizerFigures figures(const std::vector<int>& owner) const;
    // Territory id per unit for a plan (new territories as -1 - index).
    std::vector<qint64> territoryIds(const std::vector<int>& owner) const;
    // Why slots stay out of their band, in words.
    QStringList reasons(const std::vector<int>& owner, bool capReached) const;
    std::vector<double> loadsOf(const std::vector<int>& owner) const; // slot x measure

private:
    void fail(const QString& message) {
        if (m_error.isEmpty()) m_error = message;
    }

    OptimizerOptions m_options;
    QString m_error;
    int m_unitCount = 0, m_slotCount = 0, m_measureCount = 0;
    bool m_newTerritories = false;
    UnitGraph m_graph;
    std::vector<double> m_value, m_combined, m_revenue;
    std::vector<qint64> m_accounts;
    std::vector<char> m_movable;
    std::vector<int> m_pinned;
    std::vector<int> m_start;
    std::vector<qint64> m_startTerritory; // territory id per unit at start (0: none)
    std::vector<geo::GeoPoint> m_centre;
    std::vector<qint64> m_unitRegion, m_slotRegion;
    std::vector<double> m_base, m_target, m_weight, m_tolerance;
    std::vector<char> m_hasHome;
    std::vector<geo::GeoPoint> m_home;
    std::vector<int> m_homeUnit;
    std::vector<qint64> m_slotTerritory;
    std::vector<QString> m_slotName;
    std::vector<Territory> m_newTerritoryList;
    QStringList m_measureNames;
    std::vector<QString> m_unitName;
    double m_excessLowerBound = 0.0;
    double m_totalAccounts = 0, m_totalRevenue = 0, m_capAccounts = -1, m_capRevenue = -1;
};

} // namespace tp::optimize
