#pragma once
// ProjectReader: loads a whole project (and the change log and undo history on request) from an
// open project file, with one prepared statement per table and no per-cell QVariant, because
// opening a million-account project is on the user's critical path (the accounts' repeated texts
// are shared on a worker meanwhile, see AccountDecoder). References the file cannot satisfy (a unit id
// past the end, say) load as "none" rather than indexing out of range. The accounts are read last,
// and what came before them can be shown meanwhile (BeforeAccounts).
// Does not own the connection; used on the thread that owns it.

#include "editlogentry.h"
#include "undorecord.h"

#include "model/project.h"

#include <functional>
#include <optional>
#include <vector>

namespace tp::storage {

class SqliteConnection;

class ProjectReader {
public:
    explicit ProjectReader(const SqliteConnection& connection) : m_db(connection) {}

    // Called on the reading thread with what is read before the accounts: the whole project but
    // its accounts (read last, as they take nearly all the time), not yet reindexed. A view can
    // show a map from it while the accounts are read.
    using BeforeAccounts = std::function<void(const Project&)>;

    // *dataVersion (when given) gets PRAGMA data_version of the snapshot that was read.
    bool load(Project* out, QString* error, qint64* dataVersion = nullptr,
              const BeforeAccounts& beforeAccounts = {}) const;

    // Newest first; limit < 0 reads all. With a scenario id, only that scenario's entries.
    std::vector<EditLogEntry> readLog(int limit, std::optional<qint64> scenarioId) const;
    // Ordered by position.
    std::vector<UndoRecord> readUndo(qint64 scenarioId) const;
    int undoIndex(qint64 scenarioId) const;

private:
    bool loadMeta(Project& p, QString* error) const;
    bool loadWorkloadRule(Project& p, QString* error) const;
    bool loadUnits(Project& p, QString* error) const;
    bool loadAdjacency(Project& p, QString* error) const;
    bool loadReps(Project& p, QString* error) const;
    bool loadAccounts(Project& p, QString* error) const;
    bool loadTeams(Project& p, QString* error) const;
    bool loadScenarios(Project& p, QString* error) const;
    bool hasColumn(const char* table, const char* column) const;
    bool loadTerritories(Project& p, QString* error) const;
    bool loadAssignments(Project& p, QString* error) const;
    bool fail(const char* what, QString* error) const;

    const SqliteConnection& m_db;
};

} // namespace tp::storage
