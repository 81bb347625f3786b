#pragma once
// EditFacade: the functions the UI calls to change a plan or its scenarios; the UI never builds
// commands, never reaches the PlanEditor. Each plan edit is built (PlanEditor), applied (file,
// memory, metrics) and pushed as a PlanCommand on the undo stack of its scenario; each scenario
// has its own stack in one QUndoGroup (the current scenario's is active), stored in the project
// file so the history survives reopening. Gestures (paint, boundary drag) preview each step live
// and become one undo step when they end. Scenario operations (create, copy, rename, notes,
// status, plan of record, delete, switch) are logged, not undoable. After each applied change the
// session's SessionNotifier says specifically what changed (units reassigned, territories,
// named accounts, scenarios, the current scenario). undo()/redo() check first and refuse with a
// message (e.g. a territory was locked since). To add an edit: build it in PlanEditor (or a
// writer beside it), apply it here through perform() or a scenario helper, and notify.
// Does not own the session; owns the stacks. GUI thread only.

#include "planeditor.h"
#include "sessionnotifier.h"

#include "model/scenario.h"
#include "model/taskprogress.h"

#include <QObject>
#include <QUndoGroup>

#include <functional>

#include <map>
#include <memory>
#include <optional>

class QUndoStack;

namespace tp {
struct OwnerPlan;
}

namespace tp::optimize {
struct OptimizerResult;
}

namespace tp::session {

class PlanCommand;
class PlanFacts;
class ProjectSession;
class SessionNotifier;

class EditFacade : public QObject {
    Q_OBJECT
public:
    explicit EditFacade(ProjectSession& session, QObject* parent = nullptr);
    ~EditFacade() override;

    ProjectSession& session() { return m_session; }
    const ProjectSession& session() const { return m_session; }
    // The session's notifier and derived facts (for views to subscribe and read).
    SessionNotifier& notifier();
    PlanFacts& facts();
    QUndoGroup* undoGroup() { return &m_group; }
    // The current scenario's stack (restored from the file on first use).
    QUndoStack* stack();

    // --- edits of the current scenario; false and *error when refused (nothing changed)
    bool assignUnits(const std::vector<int>& units, qint64 territoryId, QString* error);
    bool setAccountOverride(qint64 accountId, qint64 territoryId, QString* error);
    // Many units, each to its own territory, as one undo step (e.g. an optimiser's result).
    bool assignEach(const std::vector<PlanEditor::UnitAssignment>& assignments, QString* error);
    qint64 createTerritory(const QString& name, const QString& color, qint64 repId, QString* error);
    bool updateTerritory(const Territory& territory, QString* error); // name, colour, rep, lock, parent
    bool deleteTerritory(qint64 territoryId, QString* error);
    bool mergeTerritories(qint64 intoId, qint64 fromId, QString* error);
    qint64 splitTerritory(qint64 territoryId, const std::vector<int>& units, const QString& newName, QString* error);
    // Colour-blind-safe colours with no two neighbouring territories alike (one undo step).
    bool recolourTerritories(QString* error);

    // --- the rep roster, shared by all scenarios; each call is one undo step on the current
    // scenario's stack; the notifier says repsChanged() (and territoriesChanged() for owners).
    // Returns the new rep's id, 0 when refused.
    qint64 addRep(const Rep& rep, QString* error);
    bool updateRep(const Rep& rep, QString* error);
    // Refused while the rep owns a territory in any scenario.
    bool removeRep(qint64 repId, QString* error);
    // An imported roster as one undo step: each rep that matches one of the roster (same CRM
    // user id, else no id and the same name) updates it, the others are added.
    bool importReps(std::vector<Rep> reps, QString* error, int* added = nullptr, int* changed = nullptr);
    // The rep of the roster an imported rep would update (importReps' rule), nullptr: a new rep.
    const Rep* matchingRep(const Rep& rep) const { return m_editor.matchingRep(rep); }
    // Territory -> rep (0: vacant) for territories of the current scenario, one undo step (e.g.
    // suggested owners).
    bool setTerritoryReps(const std::vector<std::pair<qint64, qint64>>& territoryRep, QString* error);
    // Territories of the current scenario (e.g. a leaving rep's) deleted and their units handed to
    // the neighbouring territories, balanced by the optimiser (NeighbourSplit), one undo step.
    // `runner` runs the optimiser's part (e.g. on a worker behind a progress dialog) and returns
    // false when the user cancelled it (then nothing changes); by default it runs here.
    using TaskRunner = std::function<bool(const std::function<bool(const TaskProgress&)>& work)>;
    bool splitAmongNeighbours(const std::vector<qint64>& territoryIds, QStringList* handoff, QString* error,
                              const TaskRunner& runner = {});
    // Quotas (and their locks) of territories of the current scenario, one undo step.
    bool setQuotas(const std::vector<PlanEditor::QuotaChange>& quotas, QString* error);

    // The project's workload rule (Project Settings), one undo step; with `reapply` the accounts
    // whose workload comes from the rule are recomputed in the same step (workloadRuleChanged(),
    // then accountsChanged()).
    bool setWorkloadRule(const WorkloadRule& rule, bool reapply, QString* error);

    // --- scenarios (logged in the change log, not part of any undo history)
    // A copy of `fromScenarioId` (0: an empty scenario); its id, or 0 and *error.
    qint64 createScenario(const QString& name, qint64 fromScenarioId, QString* error);
    bool renameScenario(qint64 scenarioId, const QString& name, QString* error);
    bool setScenarioNotes(qint64 scenarioId, const QString& notes, QString* error);
    // Approving records who approved and when; reopening an approved one as a draft too.
    bool setScenarioStatus(qint64 scenarioId, Scenario::Status status, QString* error);
    bool setPlanOfRecord(qint64 scenarioId, QString* error);
    // Not the current one, nor the last; its history goes with it.
    bool deleteScenario(qint64 scenarioId, QString* error);
    bool switchScenario(qint64 scenarioId, QString* error);
    // An optimiser's result as a new draft scenario (see OptimizationWriter::writeScenario).
    qint64 createScenarioFromResult(qint64 startScenarioId, const optimize::OptimizerResult& result,
                                    const QString& name, const QString& notes, QString* error);
    // The plan as the CRM's account owners have it (see OwnerPlanWriter) as a new draft scenario;
    // owners without a rep are added to the roster first (one undo step). Its id, or 0 and *error.
    qint64 createScenarioFromOwners(const OwnerPlan& plan, const QString& name, QString* error,
                                    int* repsAdded = nullptr);
    // The result written into the current scenario (matched to `startScenarioId`'s territories)
    // as one undo step. Needs no new territories.
    bool applyResult(qint64 startScenarioId, const optimize::OptimizerResult& result, QString* error);

    // --- teams (logged in the change log, not part of any undo history; see TeamEditor)
    qint64 createTeam(const QString& name, Team::Kind kind, const AccountRule& rule, QString* error);
    bool renameTeam(qint64 teamId, const QString& name, QString* error);
    bool setTeamRule(qint64 teamId, Team::Kind kind, const AccountRule& rule, const QSet<qint64>& included,
                     const QSet<qint64>& excluded, QString* error);
    bool deleteTeam(qint64 teamId, QString* error);
    // Makes another team current (a view's choice, not stored; a gesture under way is cancelled):
    // currentTeamChanged() follows, with the metrics already those of the team.
    bool switchTeam(qint64 teamId, QString* error);

    // --- gestures: previewed step by step, one undo step at the end
    void beginGesture();
    // Moves units in memory (map and metrics follow); refused steps leave the gesture as it was.
    bool gestureAssign(const std::vector<int>& units, qint64 territoryId, QString* error);
    bool gestureActive() const { return m_gesture.has_value(); }
    // Writes the net change as one step; returns false (and undoes the preview) when writing fails.
    bool endGesture(QString* error);
    void cancelGesture();

    // --- history
    bool canUndo();
    bool canRedo();
    bool undo(QString* error);
    bool redo(QString* error);

    // Called by PlanCommand when the stack replays a step.
    bool applyFromHistory(const PlanChange& change, const QString& text);
    // A colour for a new territory that differs from the scenario's others.
    QString nextColor() const;

signals:
    void editRefused(const QString& message);
    // A gesture ended (finished, cancelled or failed), whether or not it changed anything.
    void gestureEnded();

private:
    bool perform(const std::optional<PlanEdit>& edit, QString* error);
    // Makes the change's team current when it is another (undo and redo of another team's step).
    bool switchToTeamOf(const PlanChange& change, QString* error);
    bool finishGesture(QString* error);
    // Tells the notifier what `change` changed.
    void notify(const PlanChange& change, bool live);
    bool scenarioChanged(bool ok, ScenarioChange what, qint64 scenarioId);
    QUndoStack* stackFor(qint64 scenarioId);
    void restore(QUndoStack* stack, qint64 scenarioId);
    void persistPush(qint64 scenarioId, QUndoStack* stack, const PlanCommand& command);

    struct Gesture {
        qint64 scenarioId = 0;
        std::map<int, qint64> original; // unit -> territory before the gesture
    };

    ProjectSession& m_session;
    PlanEditor m_editor;
    QUndoGroup m_group;
    PlanChange takeBack(const Gesture& gesture) const;

    std::map<qint64, QUndoStack*> m_stacks; // owned by m_group's parent (this)
    std::optional<Gesture> m_gesture;
    bool m_restoring = false;
};

} // namespace tp::session
