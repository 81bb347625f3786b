#pragma once
// PlanEditor: the one place where a plan is changed. Every edit is a PlanChange (a difference)
// with a line of text for the change log. The builders check an edit and describe it without
// changing anything; apply() checks it against the current state (locked territories, unknown
// ids), writes it and its log line in one transaction, changes the in-memory project, and
// updates the metrics engine (by deltas when only units and named accounts move). On failure
// nothing changes, in memory or on disk, and *error says why in words for the user. Undo is
// apply(change.inverted()). Does not own the session. GUI thread (or the CLI's main thread).

#include "model/planchange.h"
#include "model/scenario.h"
#include "model/territory.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace tp::session {

class ProjectSession;

struct PlanEdit {
    PlanChange change;
    QString text; // e.g. "Moved 14 counties from Northeast to Mid-Atlantic"
};

class PlanEditor {
    Q_DECLARE_TR_FUNCTIONS(tp::session::PlanEditor)

public:
    using UnitAssignment = std::pair<int, qint64>; // unit index, territory id (0: unassigned)

    explicit PlanEditor(ProjectSession& session) : m_session(session) {}

    // --- builders: nullopt and *error when the edit is not possible; an empty change when
    // there is nothing to do.
    std::optional<PlanEdit> assignUnitsEdit(qint64 scenarioId, const std::vector<UnitAssignment>& assignments,
                                            QString* error) const;
    std::optional<PlanEdit> overrideEdit(qint64 scenarioId, qint64 accountId, qint64 territoryId, QString* error) const;
    // Creates (id 0) or updates a territory: name, colour, rep, parent, lock.
    std::optional<PlanEdit> territoryEdit(Territory territory, QString* error) const;
    // Its units become unassigned and its named accounts return to geography.
    std::optional<PlanEdit> deleteTerritoryEdit(qint64 territoryId, QString* error) const;
    // `fromId`'s units and named accounts go to `intoId`, then `fromId` is deleted.
    std::optional<PlanEdit> mergeTerritoriesEdit(qint64 intoId, qint64 fromId, QString* error) const;
    // A new territory (name, colour, same rep and parent) takes the given units of `territoryId`.
    std::optional<PlanEdit> splitTerritoryEdit(qint64 territoryId, const std::vector<int>& units,
                                               const QString& newName, const QString& newColor, QString* error) const;

    // check(), write(), applyInMemory(): all or nothing.
    bool apply(const PlanChange& change, const QString& text, QString* error);
    // check() and applyInMemory() without writing: live feedback while a gesture goes on; the
    // gesture ends by undoing its previews (preview of the inverse) and applying the net change.
    bool preview(const PlanChange& change, QString* error);
    // Whether the change can be applied to the current state (ids, locks, expected origins).
    bool check(const PlanChange& change, QString* error) const;

    // --- the rep roster (shared by all scenarios; the edit is filed under `scenarioId`, whose
    // undo stack holds it). Names are required and CRM user ids unique; capacity and quota are
    // finite and >= 0; a home must be on Earth (0,0: none).
    // Adds (id 0) or updates a rep.
    std::optional<PlanEdit> repEdit(qint64 scenarioId, Rep rep, QString* error) const;
    // Adds the reps with id 0 and updates those with an id, as one edit (an import).
    std::optional<PlanEdit> repsEdit(qint64 scenarioId, std::vector<Rep> reps, QString* error) const;
    // Refused while the rep owns a territory in any scenario (give those away first).
    std::optional<PlanEdit> removeRepEdit(qint64 scenarioId, qint64 repId, QString* error) const;
    // Gives each listed territory (of `scenarioId`) to a rep (0: vacant), as one edit; e.g. a
    // suggested owner assignment. Territories not listed keep their rep.
    std::optional<PlanEdit> territoryRepsEdit(qint64 scenarioId,
                                              const std::vector<std::pair<qint64, qint64>>& territoryRep,
                                              QString* error) const;
    // Quotas of territories of `scenarioId` (territory id -> quota, and whether it is locked), as
    // one edit (a distribution of the company target).
    struct QuotaChange {
        qint64 territoryId = 0;
        double quota = 0.0;
        bool locked = false;
    };
    std::optional<PlanEdit> quotasEdit(qint64 scenarioId, const std::vector<QuotaChange>& quotas, QString* error) const;
    // The project's workload rule (shared by all scenarios; filed under `scenarioId`); with
    // `reapply` the accounts whose workload comes from the rule are recomputed with it, in the
    // same edit. An empty change when neither the rule nor any workload would change.
    std::optional<PlanEdit> workloadRuleEdit(qint64 scenarioId, const WorkloadRule& rule, bool reapply,
                                             QString* error) const;
    // (account index, new hours) of the accounts a workload change recomputes, only where the
    // hours differ.
    using WorkloadTargets = std::vector<std::pair<int, double>>;
    WorkloadTargets workloadTargets(const PlanChange::WorkloadChange& change) const;
    // Colour changes that give the scenario's neighbouring territories different colours
    // (TerritoryColouring); only territories whose colour changes are listed.
    PlanChange recolourChange(qint64 scenarioId) const;
    // The reps that match `rep` in the roster: same CRM user id, else (no id) the same name.
    const Rep* matchingRep(const Rep& rep) const;

    // --- conveniences: build, then apply.
    bool assignUnits(qint64 scenarioId, const std::vector<UnitAssignment>& assignments, QString* error);
    bool assignUnitsTo(qint64 scenarioId, const std::vector<int>& units, qint64 territoryId, QString* error);
    bool setAccountOverride(qint64 scenarioId, qint64 accountId, qint64 territoryId, QString* error);
    // Returns the territory's id (new for a new one), 0 on failure.
    qint64 saveTerritory(Territory territory, QString* error);

    // --- scenarios (logged, not part of a scenario's undo history)
    // A copy of `fromScenarioId` (its territories get new ids, assignments and overrides follow
    // them), or empty when fromScenarioId is 0. Returns its id, 0 on failure.
    qint64 createScenario(const QString& name, qint64 fromScenarioId, QString* error);
    // Approving records who approved and when in the change log.
    bool setScenarioStatus(qint64 scenarioId, Scenario::Status status, QString* error);
    bool renameScenario(qint64 scenarioId, const QString& name, QString* error);
    bool setScenarioNotes(qint64 scenarioId, const QString& notes, QString* error);
    // Removes a scenario with its territories and history; not the current one, nor the last.
    bool deleteScenario(qint64 scenarioId, QString* error);
    bool setPlanOfRecord(qint64 scenarioId, QString* error);
    bool switchScenario(qint64 scenarioId, QString* error);

    // "Moved 14 counties from Northeast to Mid-Atlantic" (one clause per origin/destination pair).
    QString describeUnitMoves(const std::vector<PlanChange::UnitChange>& moves) const;
    QString unitNoun(int count) const; // "county"/"counties" for the bundled layer, else "unit"/"units"
    static QString currentUser();

private:
    QString territoryName(qint64 id) const;
    bool checkRep(const Rep& rep, const std::vector<Rep>& others, QString* error) const;
    bool checkRepChanges(const PlanChange& change, QString* error) const;
    bool checkScenario(qint64 scenarioId, QString* error) const;
    bool isLeafOf(qint64 territoryId, qint64 scenarioId) const;
    bool write(const PlanChange& change, const QString& text, const WorkloadTargets& workloads, QString* error);
    void applyInMemory(const PlanChange& change, const WorkloadTargets& workloads);

    ProjectSession& m_session;
};

} // namespace tp::session
