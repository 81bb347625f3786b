#pragma once
// ProjectFile: one open *.territory file (SQLite). create() writes a whole project, open() loads
// one; every edit method afterwards is one transaction (optionally with its change-log line), so
// a change reported as done survives the process being killed. Several edits can be grouped into
// a single commit with transaction(). The file never runs code (defensive mode,
// trusted_schema=OFF) and is verified before it is read (SchemaVerifier: no unknown trigger or
// view, our tables and columns); a file failing quick_check opens read-only. The check reads the
// whole file: for a file that needs no upgrade it runs on a worker (QuickCheck) while the
// project is read, and the first write (or the first question about read-only) waits for it,
// so a damaged file is still read-only before anything is written. Every write starts
// with BEGIN IMMEDIATE and is refused when another program has committed since the file was read
// (two programs never overwrite each other: the caller reloads and redoes, or tells the user).
// Owns the sqlite3 handle; use it from one thread at a time (the GUI thread).

#include "editlogentry.h"
#include "projectreader.h"
#include "quickcheck.h"
#include "sqliteconnection.h"
#include "undorecord.h"

#include "model/project.h"
#include "model/taskprogress.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace tp::storage {

class ProjectFile {
public:
    using UnitAssignment = std::pair<int, qint64>; // unit index, territory id (0: unassigned)

    // What the connection runs with, for diagnostics and tests.
    struct ConnectionSettings {
        bool trustedSchema = true;
        bool defensive = false;
        bool foreignKeys = false;
        QString journalMode;
        int synchronous = -1; // 0 OFF, 1 NORMAL, 2 FULL
        int schemaVersion = 0;
        qint32 applicationId = 0;
        bool quickCheckDeferred = false; // quick_check ran on a worker while the project was read
    };

    // Writes `project` to a new file at `path`, replacing an existing one only once the new file
    // is complete (written next to it, then renamed). Ids are stored as they are; units as index + 1.
    static std::unique_ptr<ProjectFile> create(const QString& path, const Project& project, QString* error);
    // Loads everything into *out (untouched on failure). A damaged, foreign or newer file gives
    // nullptr and a message for the user; an older one is upgraded in place. `beforeAccounts`
    // (optional) sees the project before its accounts are read (ProjectReader::BeforeAccounts).
    static std::unique_ptr<ProjectFile> open(const QString& path, Project* out, QString* error,
                                             const ProjectReader::BeforeAccounts& beforeAccounts = {});

    ~ProjectFile();
    ProjectFile(const ProjectFile&) = delete;
    ProjectFile& operator=(const ProjectFile&) = delete;

    QString path() const { return m_path; }

    // Set when PRAGMA quick_check found damage: the file was opened read-only (every edit is
    // refused with this message) and should be recovered into a new file (recoverCopy()).
    // Waits for a check still running on its worker.
    bool isReadOnly() const { return !damage().isEmpty(); }
    QString readOnlyReason() const;
    // Whether quick_check is still running on its worker (isReadOnly() would wait for it).
    bool isCheckPending() const { return m_check && !m_check->isFinished(); }
    // Things the user should know about the file that did not stop it from opening (e.g. the
    // current scenario did not exist and the first one is shown).
    QStringList warnings() const { return m_warnings; }

    // Another program (another connection) has committed to the file since this one read it
    // (PRAGMA data_version). Cheap; the GUI asks before edits and when the file changes.
    bool hasChangedOnDisk() const;
    // An edit was refused because the file had changed since it was read: every further edit is
    // refused too, until the caller reopens the file and re-reads the project.
    bool isOutdated() const { return m_outdated; }
    // Copies this file (change log and undo history included) to newPath and continues there.
    // The file is always up to date with `project`, so `project` only serves as a check that
    // the caller and the file agree on the data's size.
    bool saveAs(const QString& newPath, const Project& project, QString* error);

    // Edits: each is one transaction (or part of the caller's transaction()); `log`, when given,
    // is appended in that same transaction. On failure nothing is written and *error says why.
    // Unit assignments and named accounts belong to one team's plan; without a team, the first
    // team's (Team::defaultId: what a single-team project has).
    bool setUnitAssignments(qint64 scenarioId, qint64 teamId, const std::vector<UnitAssignment>& changes,
                            const EditLogEntry* log = nullptr, QString* error = nullptr);
    bool setUnitAssignments(qint64 scenarioId, const std::vector<UnitAssignment>& changes,
                            const EditLogEntry* log = nullptr, QString* error = nullptr);
    bool setAccountOverride(qint64 scenarioId, qint64 teamId, qint64 accountId, qint64 territoryId,
                            const EditLogEntry* log = nullptr, QString* error = nullptr);
    bool setAccountOverride(qint64 scenarioId, qint64 accountId, qint64 territoryId, const EditLogEntry* log = nullptr,
                            QString* error = nullptr);
    bool removeAccountOverride(qint64 scenarioId, qint64 teamId, qint64 accountId, const EditLogEntry* log = nullptr,
                               QString* error = nullptr);
    bool removeAccountOverride(qint64 scenarioId, qint64 accountId, const EditLogEntry* log = nullptr,
                               QString* error = nullptr);
    // A team (name, kind, rule, hand-picked accounts); a new one goes to the end of the list.
    bool upsertTeam(const Team& team, const EditLogEntry* log = nullptr, QString* error = nullptr);
    // The team with its territories, assignments and named accounts in every scenario.
    bool deleteTeam(qint64 teamId, const EditLogEntry* log = nullptr, QString* error = nullptr);
    bool upsertTerritory(const Territory& territory, const EditLogEntry* log = nullptr, QString* error = nullptr);
    // Its units become unassigned and its overrides are dropped; child territories move to the top.
    bool deleteTerritory(qint64 territoryId, const EditLogEntry* log = nullptr, QString* error = nullptr);
    // Name, status, notes, parent, dates; with `withAssignments` also replaces the scenario's unit
    // assignments and overrides by those in `scenario` (for a new branch: write its territories
    // in the same transaction()).
    bool upsertScenario(const Scenario& scenario, bool withAssignments = false, const EditLogEntry* log = nullptr,
                        QString* error = nullptr);
    // Removes the scenario with its territories, assignments, overrides and undo history.
    bool deleteScenario(qint64 scenarioId, const EditLogEntry* log = nullptr, QString* error = nullptr);
    bool upsertRep(const Rep& rep, const EditLogEntry* log = nullptr, QString* error = nullptr);
    // Territories that named the rep are left without one.
    bool deleteRep(qint64 repId, const EditLogEntry* log = nullptr, QString* error = nullptr);
    // Stops when `progress` is cancelled (nothing written, *error "cancelled"); any thread, as long
    // as no other uses the file meanwhile (an import applied on a worker).
    bool upsertAccounts(const std::vector<Account>& accounts, const EditLogEntry* log = nullptr,
                        QString* error = nullptr, const TaskProgress& progress = {});
    // (account id, hours a year): the workload of existing accounts (a re-applied workload rule).
    bool setAccountWorkloads(const std::vector<std::pair<qint64, double>>& workloads, const EditLogEntry* log = nullptr,
                             QString* error = nullptr);
    // The project's workload rule (Project::workloadRule), and the file column the last import
    // took workload from (Project::workloadColumn).
    bool setWorkloadRule(const WorkloadRule& rule, const EditLogEntry* log = nullptr, QString* error = nullptr);
    bool setWorkloadColumn(const QString& column, const EditLogEntry* log = nullptr, QString* error = nullptr);
    // Units are matched by index; units past the new end lose their assignments.
    bool replaceUnits(const std::vector<Unit>& units, const std::vector<geo::SharedEdge>& adjacency,
                      const EditLogEntry* log = nullptr, QString* error = nullptr);
    // Whether the unit codes are postal codes (written with the units they describe).
    bool setUnitPostalCodes(const UnitPostalCodes& codes, const EditLogEntry* log = nullptr, QString* error = nullptr);
    // Which bundled layer the units came from (Project::unitLayer), written with the units.
    bool setUnitLayer(const QString& layer, const EditLogEntry* log = nullptr, QString* error = nullptr);
    bool setCurrentScenario(qint64 scenarioId, const EditLogEntry* log = nullptr, QString* error = nullptr);
    bool setTitle(const QString& title, const EditLogEntry* log = nullptr, QString* error = nullptr);
    bool appendLog(const EditLogEntry& entry, QString* error = nullptr);

    // Runs `body` (which calls the edit methods above) as one transaction: all or nothing.
    bool transaction(const std::function<bool(QString* error)>& body, QString* error = nullptr);

    // Change log, newest first; limit < 0 reads all; with a scenario id only that scenario's lines.
    std::vector<EditLogEntry> readLog(int limit, std::optional<qint64> scenarioId = std::nullopt) const;

    // Undo history per scenario (0: project-wide commands). A new command at position p is
    // stored with truncateUndoRecords(s, p) + appendUndoRecord(); undoIndex is how many apply.
    bool appendUndoRecord(UndoRecord* record, QString* error = nullptr);
    std::vector<UndoRecord> readUndoRecords(qint64 scenarioId) const;
    bool truncateUndoRecords(qint64 scenarioId, int fromPosition, QString* error = nullptr);
    bool setUndoIndex(qint64 scenarioId, int index, QString* error = nullptr);
    int undoIndex(qint64 scenarioId) const;

    ConnectionSettings connectionSettings() const;

private:
    explicit ProjectFile(QString path) : m_path(std::move(path)) {}
    // Opens the connection; a deferred check (see connect()) starts at once or, with startCheck
    // false, when the caller calls startCheck().
    bool connect(QString* error, bool startCheck = true);
    void startCheck();
    // What quick_check found (empty: sound); takes over the worker's answer once it is there.
    const QString& damage() const;
    // Every edit: refused on a damaged or outdated file; BEGIN IMMEDIATE, then checks that no
    // other program committed since the file was read, writes, logs, commits.
    bool edit(const EditLogEntry* log, QString* error, const std::function<bool(QString*)>& write);
    bool failEdit(QString* error, const QString& detail) const;
    QString outdatedMessage() const;

    QString m_path;
    SqliteConnection m_db;
    mutable QString m_damage;                    // what quick_check said; empty for a sound file
    mutable std::unique_ptr<QuickCheck> m_check; // running on a worker; its answer becomes m_damage
    bool m_checkDeferred = false;
    QStringList m_warnings;
    qint64 m_dataVersion = -1; // PRAGMA data_version when the project in memory was read
    bool m_outdated = false;
};

} // namespace tp::storage
