#pragma once
// PlanEditor: the one place where a plan is changed. Each function checks the edit (locked
// territories, unknown ids), applies it to the in-memory project, writes it with one change-log
// line in one transaction, and updates the metrics engine by deltas when the edit touches its
// scenario. On any failure nothing changes, in memory or on disk, and *error says why in words
// for the user. Edits are "set to" operations, so undoing one is the same call with the old
// values (the undo commands build on this). Does not own the session. GUI thread (or the CLI's
// main thread).

#include "model/scenario.h"
#include "model/territory.h"

#include <QString>

#include <utility>
#include <vector>

namespace tp::session {

class ProjectSession;

class PlanEditor {
public:
    using UnitAssignment = std::pair<int, qint64>;  // unit index, territory id (0: unassigned)

    explicit PlanEditor(ProjectSession& session) : m_session(session) {}

    // Sets the territory of each listed unit. Units already there are skipped; refused when a
    // locked territory would gain or lose a unit. `description` (optional) is the log line;
    // by default e.g. "Moved 14 units from Northeast to Mid-Atlantic".
    bool assignUnits(qint64 scenarioId, const std::vector<UnitAssignment>& assignments, QString* error,
                     const QString& description = {});
    // Gives every listed unit to one territory (0: unassign).
    bool assignUnitsTo(qint64 scenarioId, const std::vector<int>& units, qint64 territoryId, QString* error);
    // Makes an account a named account of a territory regardless of geography; 0 removes the override.
    bool setAccountOverride(qint64 scenarioId, qint64 accountId, qint64 territoryId, QString* error);

    // A new scenario: a copy of `fromScenarioId` (its territories get new ids, assignments and
    // overrides follow them), or empty (no territories) when fromScenarioId is 0. Returns its id, 0 on failure.
    qint64 createScenario(const QString& name, qint64 fromScenarioId, QString* error);
    // Approving records who approved and when in the change log.
    bool setScenarioStatus(qint64 scenarioId, Scenario::Status status, QString* error);
    bool renameScenario(qint64 scenarioId, const QString& name, QString* error);
    bool setPlanOfRecord(qint64 scenarioId, QString* error);
    bool switchScenario(qint64 scenarioId, QString* error);

    // Adds or replaces a territory (a new one when territory.id is 0; returns its id, 0 on failure).
    qint64 saveTerritory(Territory territory, QString* error);

    static QString currentUser();

private:
    QString unitNoun(int count) const;
    bool checkScenario(qint64 scenarioId, QString* error) const;

    ProjectSession& m_session;
};

} // namespace tp::session
