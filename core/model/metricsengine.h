#pragma once
// MetricsEngine: live balance metrics of one scenario (see DESIGN.md "Balance metrics").
//
// Two levels. When built (and on rebuild()/setMeasures()), accounts are summed per unit once into
// fixed-point rows (MeasureColumns: 128-bit hundredths, so yen-sized sums stay exact; areas in m^2, lengths and distances in whole
// metres). recompute() then goes from unit rows to territory totals; unitsMoved() and
// overrideChanged() change the totals by deltas (old - outflow + inflow). Every total is an integer
// and every double (ratios, means, deviations, composites) is derived from those integers by one
// function in one order, so the delta path and a full recompute agree bit for bit.
//
// Overridden accounts (Scenario::overrides) are taken out of their unit's row and counted for the
// override territory. Travel: each unit caches the integer sum of its accounts' distances to the
// last two rep homes it was measured against; a move to a territory with one of those reps costs
// nothing, another rep costs one haversine per account of the moved unit. The cache is keyed by
// the home location, so a moved home is measured afresh. The first recompute after build measures
// every unit once (1M haversines for 1M accounts; on two threads from 100,000 accounts). A rep whose home is (0, 0), the
// "unknown" value, has no travel (NaN), like a territory without rep.
//
// Teams: the engine measures the project's current team (Project::currentTeamId): its territories,
// its plan, and only the accounts it covers (Team::covers, evaluated once in prepare(); accounts it
// does not cover are in no unit row and their overrides are ignored). After the current team
// changed call currentTeamChanged(): the account rows of a team that was current before come back
// as they were (about 25 MB per team at 1M accounts), so switching back and forth costs a
// recompute, not a rebuild. After a team's rule or hand-picked accounts changed call
// teamAccountsChanged(); after accounts, units or measures changed, rebuild() (which forgets the
// rows kept for other teams).
//
// Holds a const reference to the project, which must outlive it. The notifications are to be
// called AFTER the project changed; the engine takes destinations from the scenario (the truth)
// and origins from its own state. GUI thread (or one thread at a time); not thread-safe.

#include "measurecolumns.h"
#include "measuredefinition.h"
#include "planmetrics.h"
#include "territorymetrics.h"
#include "unitgraph.h"
#include "unitmove.h"

#include "geo/geopoint.h"

#include <QDate>
#include <QHash>

#include <array>
#include <unordered_map>
#include <vector>

namespace tp {

class Project;
struct Scenario;

class MetricsEngine {
public:
    // Prepares the unit rows for the built-in measures and computes the current scenario.
    explicit MetricsEngine(const Project& project);

    // Replaces the measure list (e.g. MeasureDefinition::defaultsFor(project) plus composites).
    // Re-reads the accounts when the set of extra columns changed, then recomputes. Composite terms
    // that point at a composite or outside the list count as 0. Keeps the balance measure index
    // when still valid, else falls back to workload hours (or measure 0).
    void setMeasures(std::vector<MeasureDefinition> measures);
    const std::vector<MeasureDefinition>& measures() const { return m_measures; }
    // Measure used for deviation %, balance index and CV. Default: workload hours.
    void setBalanceMeasure(int measureIndex);
    int balanceMeasure() const { return m_balance; }

    // Targets by capacity: each territory's target is its share of the total in proportion to its
    // rep's capacity, ramped (Rep::rampFactor on `asOf`, default today), so a rep at 60 % time or
    // ramping carries less; deviation % is then against that target, the balance index is the
    // spread of value/target and the CV their deviation from 1. In effect (plan().capacityTargets)
    // only while every territory's rep has a capacity; otherwise the mean, as by default.
    void setTargetsByCapacity(bool on, const QDate& asOf = {});
    bool targetsByCapacityRequested() const { return m_capacityTargets; }

    // Units, adjacency or accounts were replaced or edited: re-prepare unit rows, then recompute.
    void rebuild();
    // The project's current team changed: its account rows as they were when it was last current
    // (or prepared now), then a recompute.
    void currentTeamChanged();
    // Which accounts a team covers changed (its rule, its hand-picked accounts) or it was deleted:
    // rebuilt now if current, else the rows kept for it go.
    void teamAccountsChanged(qint64 teamId);
    // The current team's accounts, as measured (1 per covered account; empty: every account).
    const std::vector<char>& membership() const { return m_member; }
    // Full recompute of a scenario from the unit rows (switches the engine to that scenario).
    void recompute(qint64 scenarioId);
    // Delta updates. A batch may move a unit more than once; each destination is read from the
    // scenario, so UnitMove::from/to only document the edit. Cost: O(neighbours) per unit, plus one
    // haversine per account of the unit when its new rep is not in its travel cache, plus a
    // breadth-first piece count of the territories involved and a refresh of their metrics.
    void unitsMoved(const std::vector<UnitMove>& moves);
    // An account's override was added, removed or changed (territory ids; 0 = no override). The new
    // state is read from Scenario::overrides; the ids only document the edit.
    void overrideChanged(qint64 accountId, qint64 fromTerritory, qint64 toTerritory);
    // Territories added/removed/re-parented, owner rep changed, a rep's home or capacity changed.
    // Rare edits, so this is a full recompute (units that keep their rep keep their travel sums).
    void territoriesChanged();

    qint64 scenarioId() const { return m_scenarioId; }
    // Leaf territories (Level::Territory) of the scenario, in list order.
    const std::vector<TerritoryMetrics>& territories() const { return m_metrics; }
    const TerritoryMetrics* metricsOf(qint64 territoryId) const;
    // Districts and regions of the scenario in list order: sums over their leaf descendants.
    // Area, perimeter, compactness and pieces are of the union of their units. O(units + edges).
    std::vector<TerritoryMetrics> rollUp() const;
    PlanMetrics plan() const { return m_plan; }

    // Per-unit aggregates for thematic maps: the value of a measure over all accounts lying in
    // the unit (named accounts included: the unit's market, whoever owns it), its column sum in
    // natural units (MeasureColumns::Builtin or an extra column), and its area in km^2 (Lambert
    // azimuthal equal-area, as Geodesy::areaM2). Read from the unit rows the engine keeps anyway.
    double unitMeasure(int unit, int measure) const;
    double unitColumn(int unit, int column) const;
    double unitAreaKm2(int unit) const { return double(m_unitAreaM2[std::size_t(unit)]) / 1e6; }
    int unitCount() const { return m_unitCount; }
    // The same sums over the unit's accounts that have no override in the engine's scenario (what
    // the unit brings its owner: the white-space figures), and the leaf territory that owns the
    // unit (0: unassigned). unit in [0, unitCount).
    double unitEffectiveMeasure(int unit, int measure) const;
    double unitEffectiveColumn(int unit, int column) const; // a MeasureColumns column, natural units
    qint64 unitOwner(int unit) const;

private:
    struct TravelCache {
        geo::GeoPoint home;
        qint64 sumM = 0;
        bool valid = false;
    };
    struct OverrideState {
        int slot = 0;       // override territory's slot (may be the unassigned slot)
        int unit = 0;       // the account's unit (or the virtual "no unit" index)
        qint64 travelM = 0; // distance counted for the override territory
    };
    // Inputs of derive() for one leaf territory or roll-up group.
    struct Totals {
        const MeasureColumns::Fixed* columns = nullptr;
        qint64 areaM2 = 0, perimeterM = 0, travelM = 0, travelAccounts = 0, capacity = -1;
        int units = 0, pieces = 0;
    };

    // The current team's accounts by unit, what their unit rows sum and their travel sums:
    // what a team switch swaps out and back in.
    struct TeamRows {
        std::vector<char> member;
        std::vector<int> accountStart, accountIndex;
        std::vector<std::array<TravelCache, 2>> travelCache;
        std::vector<MeasureColumns::Fixed> unitAll;
    };

    void prepare();         // geometry, adjacency, then prepareAccounts(); forgets other teams' rows
    void prepareAccounts(); // the current team's accounts per unit and unit rows; forgets travel sums
    void sumUnitRows();     // fixed-point rows per unit for the current columns
    TeamRows takeTeamRows();
    void restoreTeamRows(TeamRows&& rows);
    void markChanged(int slot);
    void loadSlots(const Scenario* scenario);
    const Scenario* currentScenario() const;
    int slotOfTerritory(qint64 territoryId) const { return m_slotById.value(territoryId, m_unassigned); }
    int targetSlotOfUnit(const Scenario& scenario, int unit) const;
    using Fixed = MeasureColumns::Fixed;
    Fixed* unitRow(std::vector<Fixed>& rows, int unit) { return rows.data() + std::size_t(unit) * std::size_t(m_k); }
    Fixed* slotRow(int slot) { return m_total.data() + std::size_t(slot) * std::size_t(m_k); }
    void addRow(Fixed* target, const Fixed* row, int sign) const;
    qint64 distanceM(const geo::GeoPoint& home, int account) const;
    qint64 unitTravelFor(int unit, const geo::GeoPoint& home); // all accounts of the unit, cached
    qint64 effectiveUnitTravel(int unit, int slot);            // minus its overridden accounts
    void warmTravel(); // the uncached travel sums of every unit's owner, on two threads
    int unitOfAccount(int account) const;
    bool isMember(int account) const { return m_member.empty() || m_member[std::size_t(account)]; }
    void addOverride(int account, int slot);
    void removeOverride(int account);
    void addMember(int slot, int unit);
    void removeMember(int slot, int unit);
    double measureValue(const Fixed* columns, int measure) const;
    void fill(TerritoryMetrics& out, const Totals& totals) const;
    static void setDeviation(TerritoryMetrics& m, double mean, double percentPerUnit);
    // Deviation, balance index and CV against targets by ramped capacity (setTargetsByCapacity).
    void deviateFromCapacityTargets(PlanMetrics& plan);
    // Refills the metrics of changed slots (all after a recompute), then the plan and deviations.
    void derive();

    const Project& m_project;
    std::vector<MeasureDefinition> m_measures;
    std::vector<int> m_measureColumn; // column per measure, -1 for composites
    int m_balance = 0;
    MeasureColumns m_columns;
    int m_k = 0; // columns per row

    // Per unit; index m_unitCount is a virtual unit holding accounts outside every unit.
    int m_unitCount = 0;
    mutable UnitGraph m_graph;    // mutable: piece counting reuses its scratch space
    std::vector<Fixed> m_unitAll; // rows of all accounts of the unit
    std::vector<qint64> m_unitAreaM2, m_unitPerimeterM;
    std::vector<char> m_member;      // per account: covered by the current team (empty: every account)
    std::vector<int> m_accountStart; // CSR: accounts of unit u are m_accountIndex[start[u] .. start[u+1])
    std::vector<int> m_accountIndex;
    std::vector<std::array<TravelCache, 2>> m_travelCache;
    qint64 m_rowsTeam = 0;                             // the team the rows above are of
    std::unordered_map<qint64, TeamRows> m_otherTeams; // rows of teams that were current before

    // Scenario state. Slots 0..n-1 are the leaf territories in list order, slot n is "unassigned".
    qint64 m_scenarioId = 0;
    int m_unassigned = 0;
    QHash<qint64, int> m_slotById;
    std::vector<qint64> m_slotTerritory;
    std::vector<geo::GeoPoint> m_slotHome;
    std::vector<char> m_slotHasHome;
    std::vector<qint64> m_slotCapacity; // hundredths of an hour, -1 without rep
    std::vector<QDate> m_slotStart;     // the rep's start date (ramp), invalid when unknown
    bool m_capacityTargets = false;
    QDate m_asOf;
    std::vector<qint64> m_slotRep;
    std::vector<int> m_owner;                                     // slot per unit (virtual unit: unassigned)
    std::vector<Fixed> m_unitEffective;                           // m_unitAll minus the unit's overridden accounts
    std::vector<qint64> m_unitTravel;                             // what the unit currently adds to its owner's travel
    QHash<int, OverrideState> m_overrides;                        // by account index
    std::unordered_map<int, std::vector<int>> m_overriddenInUnit; // unit -> overridden account indexes
    std::vector<int> m_overrideCount; // per unit, to skip the map lookup for the common case
    std::vector<Fixed> m_total;       // (slots + 1) rows
    std::vector<qint64> m_areaM2, m_perimeterSumM, m_internalM, m_travelM;
    std::vector<int> m_units, m_pieces;
    std::vector<std::vector<int>> m_members; // units per leaf slot (any order)
    std::vector<int> m_memberPos;            // position of a unit in its slot's member list
    std::vector<char> m_dirtyPieces;
    std::vector<int> m_dirtyList;

    std::vector<char> m_changed; // per slot: metrics to refill in derive()
    std::vector<int> m_changedList;
    bool m_allChanged = true;

    std::vector<TerritoryMetrics> m_metrics;
    PlanMetrics m_plan;
};

} // namespace tp
