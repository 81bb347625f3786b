#pragma once
// SessionNotifier: says what changed in an open project, specifically, so each view refreshes
// only what it shows (Subsurface's DiveListNotifier, without a global: the ProjectSession owns
// one and hands it out; it lives and dies with the session, and Qt drops the connections then).
// The EditFacade emits after every edit it applies, undoes or redoes, and while a gesture
// previews; whatever else changes the session (account imports) emits here too. (A new unit layer
// opens the project afresh: a new session.) Every signal comes after the project, the metrics
// and PlanFacts already show the change. To add a kind of change, add a signal here and emit it
// where the change is applied. GUI thread only; listeners connect directly (arguments are references valid during the call).

#include <QList>
#include <QObject>

#include <vector>

namespace tp::session {

// What a territoriesChanged() was about.
struct TerritoryChanges {
    QList<qint64> created, changed, deleted; // changed: name, colour, rep, lock or parent
};

// What a scenariosChanged() was about.
enum class ScenarioChange { Created, Renamed, NotesChanged, StatusChanged, PlanOfRecordChanged, Deleted };

class SessionNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    // `units` of `scenarioId` changed territory. live: a step of a gesture that goes on (only what
    // must follow the mouse reacts: the map's patch, the balance table); the gesture's end and
    // its cancel notify again with live false.
    void unitsReassigned(qint64 scenarioId, const std::vector<int>& units, bool live);
    // Territories of `scenarioId` created, changed or deleted.
    void territoriesChanged(qint64 scenarioId, const tp::session::TerritoryChanges& changes);
    // Named accounts (overrides) of `scenarioId` that changed territory.
    void accountsReassigned(qint64 scenarioId, const QList<qint64>& accountIds);
    // A scenario was created, renamed, ... or deleted (not: made current).
    void scenariosChanged(tp::session::ScenarioChange change, qint64 scenarioId);
    // Another scenario is current (the metrics are already recomputed for it).
    void currentScenarioChanged(qint64 scenarioId);
    // Accounts were added or changed (an import): their indexes in Project::accounts, ascending.
    void accountsChanged(const std::vector<int>& accountIndexes);
    // The rep roster (shared by all scenarios) changed: reps added, changed or removed.
    void repsChanged();
    // The project's workload rule changed (accountsChanged() follows for the accounts whose
    // workload it recomputed).
    void workloadRuleChanged();
    // A team was created, renamed, deleted, or its rule or hand-picked accounts changed (when it
    // is the current team, the metrics are already rebuilt for its accounts).
    void teamsChanged();
    // Another team is current: the scenarios' plans, the territory lists and the metrics are
    // already those of that team. currentScenarioChanged() follows (the plan shown is another), so
    // views that redraw on a scenario switch follow a team switch too.
    void currentTeamChanged(qint64 teamId);
};

} // namespace tp::session
