#pragma once
// ProjectWriter: the SQL that writes each kind of entity to an open project file. It runs inside
// whatever transaction the caller holds (ProjectFile wraps each edit in one) and never commits.
// Unit ids are index + 1; an id of 0 is written as NULL. Does not own the connection; used on
// the thread that owns it.

#include "editlogentry.h"
#include "undorecord.h"

#include "model/project.h"
#include "model/taskprogress.h"

#include <QString>

#include <initializer_list>
#include <optional>
#include <utility>
#include <vector>

namespace tp::storage {

class SqliteConnection;
class SqlStatement;

class ProjectWriter {
public:
    explicit ProjectWriter(SqliteConnection& connection) : m_db(connection) {}

    // Everything in `project` into an empty file.
    bool writeAll(const Project& project, QString* error);

    bool setMeta(const char* key, const QString& value, QString* error);
    bool setMeta(const char* key, qint64 value, QString* error);
    bool setUnitPostalCodes(const UnitPostalCodes& codes, QString* error);

    // Upserts by index + 1, removes units past the end (with their assignments), replaces adjacency.
    bool replaceUnits(const std::vector<Unit>& units, const std::vector<geo::SharedEdge>& adjacency, QString* error);
    // Stops (false, *error "cancelled") when progress is cancelled: the caller rolls back.
    bool upsertAccounts(const std::vector<Account>& accounts, QString* error, const TaskProgress& progress = {});
    // (account id, hours a year): only the workload column.
    bool setAccountWorkloads(const std::vector<std::pair<qint64, double>>& workloads, QString* error);
    // Replaces the rule's rows (the unlisted tiers' and segments' values under the name '').
    bool setWorkloadRule(const WorkloadRule& rule, QString* error);
    bool upsertRep(const Rep& rep, QString* error);
    bool deleteRep(qint64 repId, QString* error);
    // A new row without `position` goes to the end of the list; an existing row keeps its place.
    bool upsertScenario(const Scenario& scenario, std::optional<int> position, QString* error);
    // A team with its rule and its hand-picked accounts (replaced).
    bool upsertTeam(const Team& team, std::optional<int> position, QString* error);
    // The team, its territories in every scenario, their assignments and named accounts.
    bool deleteTeam(qint64 teamId, QString* error);
    bool deleteScenario(qint64 scenarioId, QString* error);
    // Replaces the scenario's unit assignments and overrides (of every team) with those in `scenario`.
    bool replaceAssignments(const Scenario& scenario, QString* error);
    bool upsertTerritory(const Territory& territory, std::optional<int> position, QString* error);
    bool deleteTerritory(qint64 territoryId, QString* error);
    // (unit index, territory id); territory 0 unassigns the unit.
    bool setUnitAssignments(qint64 scenarioId, qint64 teamId, const std::vector<std::pair<int, qint64>>& changes,
                            QString* error);
    bool setOverride(qint64 scenarioId, qint64 teamId, qint64 accountId, qint64 territoryId, QString* error);
    bool removeOverride(qint64 scenarioId, qint64 teamId, qint64 accountId, QString* error);

    bool appendLog(const EditLogEntry& entry, QString* error);
    bool appendUndo(UndoRecord* record, QString* error);
    bool truncateUndo(qint64 scenarioId, int fromPosition, QString* error);
    bool setUndoIndex(qint64 scenarioId, int index, QString* error);

private:
    bool fail(const char* what, std::initializer_list<const SqlStatement*> statements, QString* error) const;

    SqliteConnection& m_db;
};

} // namespace tp::storage
