#include "projectfile.h"

#include "projectfilecheck.h"
#include "projectreader.h"
#include "projectwriter.h"
#include "schemaverifier.h"
#include "schemamigrations.h"
#include "sqlstatement.h"
#include "sqltransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

namespace tp::storage {

namespace {

// A stale write-ahead log next to a replaced file would be replayed into the new one.
void removeSidecars(const QString& path) {
    for (const char* suffix : {"-wal", "-shm", "-journal"}) QFile::remove(path + QLatin1String(suffix));
}

// An empty file next to `target` (same file system, so the final rename is atomic).
QString reserveTempFile(const QString& target, QString* error) {
    const QFileInfo info(target);
    if (info.isDir()) {
        *error = QStringLiteral("\"%1\" is a folder; choose a file name for the project.")
                     .arg(QDir::toNativeSeparators(target));
        return {};
    }
    if (!info.absoluteDir().exists()) {
        *error = QStringLiteral("The folder \"%1\" does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return {};
    }
    QTemporaryFile temp(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(info.fileName())));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        *error = QStringLiteral("Cannot write in \"%1\": %2.")
                     .arg(QDir::toNativeSeparators(info.absolutePath()), temp.errorString());
        return {};
    }
    return temp.fileName();
}

bool replaceFile(const QString& temp, const QString& target, QString* error) {
    removeSidecars(target);
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(temp).toStdString()),
                            std::filesystem::path(QFile::encodeName(target).toStdString()), ec);
    if (!ec) return true;
    *error = QStringLiteral("Cannot replace \"%1\": %2.")
                 .arg(QDir::toNativeSeparators(target), QString::fromStdString(ec.message()));
    return false;
}

void discardTemp(const QString& temp) {
    QFile::remove(temp);
    removeSidecars(temp);
}

} // namespace

ProjectFile::~ProjectFile() = default;

std::unique_ptr<ProjectFile> ProjectFile::create(const QString& path, const Project& project, QString* error) {
    QString message;
    const QString temp = reserveTempFile(path, &message);
    if (temp.isEmpty()) {
        if (error) *error = message;
        return nullptr;
    }
    {
        SqliteConnection db;
        QString detail;
        // The temporary file is discarded if anything fails, so it needs no WAL; a large page
        // cache keeps the bulk insert from spilling.
        bool ok = db.open(temp, true, &detail) && db.exec("PRAGMA synchronous=FULL; PRAGMA cache_size=-131072", &detail)
                  && SchemaMigrations::migrate(db, 0, SchemaMigrations::latestVersion(), &detail);
        if (ok) {
            SqlTransaction transaction(db, &detail);
            ok = transaction.isActive() && ProjectWriter(db).writeAll(project, &detail) && transaction.commit(&detail);
        }
        if (!ok) {
            db.close();
            discardTemp(temp);
            if (error)
                *error = QStringLiteral("The project could not be saved to \"%1\": %2")
                             .arg(QDir::toNativeSeparators(path), detail);
            return nullptr;
        }
    }
    if (!replaceFile(temp, path, &message)) {
        discardTemp(temp);
        if (error) *error = message;
        return nullptr;
    }
    std::unique_ptr<ProjectFile> file(new ProjectFile(path));
    if (!file->connect(error)) return nullptr;
    // What the file holds is what the caller has in memory: writes check against this version.
    file->m_db.pragmaInt("data_version", &file->m_dataVersion, nullptr);
    return file;
}

std::unique_ptr<ProjectFile> ProjectFile::open(const QString& path, Project* out, QString* error,
                                               const ProjectReader::BeforeAccounts& beforeAccounts) {
    std::unique_ptr<ProjectFile> file(new ProjectFile(path));
    // The deferred check reads the whole file: it starts once the project is read, which has
    // both cores meanwhile (a million accounts read 0.3 s sooner).
    if (!file->connect(error, false)) return nullptr;
    QString detail;
    Project loaded;
    const bool read = ProjectReader(file->m_db).load(&loaded, &detail, &file->m_dataVersion, beforeAccounts);
    file->startCheck();
    if (!read) {
        if (error) {
            *error = QStringLiteral("The project file \"%1\" is damaged and cannot be opened (%2).")
                         .arg(QDir::toNativeSeparators(path), detail);
            if (!file->damage().isEmpty())
                *error += QStringLiteral(
                              " SQLite's check of the file says: %1. A copy of what can still be read can be saved "
                              "with File \u203a Recover a Damaged Project\u2026 or `territory recover`.")
                              .arg(file->damage());
        }
        return nullptr;
    }
    // A current-scenario pointer that names no scenario (edited by hand, or a scenario deleted by
    // an old version) is not worth refusing the project over: show the first one and say so.
    if (!loaded.scenarios.empty() && !loaded.scenario(loaded.currentScenarioId)) {
        file->m_warnings << QStringLiteral(
                                "The project's current scenario (id %1) does not exist; showing \"%2\" instead.")
                                .arg(loaded.currentScenarioId)
                                .arg(loaded.scenarios.front().name);
        loaded.currentScenarioId = loaded.scenarios.front().id;
    }
    *out = std::move(loaded);
    return file;
}

void ProjectFile::startCheck() {
    if (m_checkDeferred && !m_check && m_damage.isEmpty()) m_check = QuickCheck::start(m_path);
}

bool ProjectFile::connect(QString* error, bool startCheck) {
    auto failWith = [&](const QString& message) {
        m_db.close();
        if (error) *error = message;
        return false;
    };
    m_check.reset();
    m_damage.clear();
    m_warnings.clear();
    m_outdated = false;
    const QString name = QDir::toNativeSeparators(m_path);
    if (QString problem = ProjectFileCheck::problem(m_path); !problem.isEmpty()) return failWith(problem);
    QString detail;
    if (!m_db.open(m_path, false, &detail))
        return failWith(QStringLiteral("The project file \"%1\" cannot be opened: %2.").arg(name, detail));
    // Opening reads nothing yet: the header is checked before SQLite interprets any of it.
    if (QString problem = ProjectFileCheck::headerProblem(m_path, m_db.readHeader()); !problem.isEmpty())
        return failWith(problem);
    qint64 applicationId = 0, version = 0;
    if (!m_db.pragmaInt("application_id", &applicationId, &detail)
        || !m_db.pragmaInt("user_version", &version, &detail))
        return failWith(
            QStringLiteral("The project file \"%1\" is damaged and cannot be opened (%2).").arg(name, detail));
    // Checked before anything is written: a foreign database must stay exactly as it was.
    if (qint32(applicationId) != SchemaMigrations::applicationId)
        return failWith(QStringLiteral("\"%1\" is an SQLite database, but not a Territory Planner project.").arg(name));
    const int latest = SchemaMigrations::latestVersion();
    if (version > latest)
        return failWith(QStringLiteral("This project was saved by a newer version of Territory Planner "
                                       "(schema %1, this version reads up to %2).")
                            .arg(version)
                            .arg(latest));
    if (version < 1)
        return failWith(
            QStringLiteral("The project file \"%1\" is damaged and cannot be opened (it has no schema version).")
                .arg(name));
    // The whole file is checked before any of it is written: a damaged file is opened read-only
    // (every write refused), so nothing more is lost and a recovered copy can be made. A file
    // already in WAL mode at the latest schema needs no write to open, so its check runs on a
    // worker (once the project is read, for open()), and the first write waits for the answer
    // (edit()). Header bytes 18 and 19 (file format write and read versions) are 2 for WAL.
    const QByteArray header = m_db.readHeader();
    const bool inWal = header.size() >= 20 && header[18] == 2 && header[19] == 2;
    m_checkDeferred = inWal && version == latest;
    if (!m_checkDeferred)
        m_damage = QuickCheck::run(m_db);
    else if (startCheck)
        this->startCheck();
    // Before any table is read: the tables must be ours, and nothing in the file may run code.
    QStringList problems;
    if (!SchemaVerifier::verify(m_db, int(version), &problems, &detail))
        return failWith(
            QStringLiteral("The project file \"%1\" is damaged and cannot be opened (%2).").arg(name, detail));
    if (!problems.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(problems.size(), 4);
        QString list = problems.mid(0, shown).join(QStringLiteral("; "));
        if (problems.size() > shown) list += QStringLiteral("; and %1 more").arg(problems.size() - shown);
        return failWith(QStringLiteral("The project file \"%1\" was not opened: its structure is not the one Territory "
                                       "Planner wrote (schema %2), so it may have been altered by another program: %3.")
                            .arg(name)
                            .arg(version)
                            .arg(list));
    }
    if (!m_check && !m_damage.isEmpty()) return true; // read-only: no journal switch, no upgrade
    // With the check still running the file is in WAL mode already and needs no upgrade: the
    // two pragmas below write nothing to it.
    // WAL: a commit is one append to the log, readers never block the writer. synchronous=FULL
    // syncs the log at every commit: edits come at human pace, so the one fsync each costs is not
    // felt, and then "done" survives a power cut or OS crash too, not only a killed process
    // (NORMAL would be enough for the latter).
    if (m_db.pragmaText("journal_mode=WAL").compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0
        || !m_db.exec("PRAGMA synchronous=FULL", &detail)) {
        const int code = sqlite3_errcode(m_db.handle()) & 0xff;
        const QString reason = detail.isEmpty() ? m_db.lastError() : detail;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return failWith(
                QStringLiteral("The project file \"%1\" is damaged and cannot be opened (%2).").arg(name, reason));
        return failWith(QStringLiteral("The project file \"%1\" cannot be opened for writing: %2.").arg(name, reason));
    }
    if (version < latest && !SchemaMigrations::migrate(m_db, int(version), latest, &detail))
        return failWith(QStringLiteral("The project file \"%1\" could not be upgraded: %2").arg(name, detail));
    return true;
}

const QString& ProjectFile::damage() const {
    if (m_check) {
        m_damage = m_check->damage();
        m_check.reset();
    }
    return m_damage;
}

bool ProjectFile::hasChangedOnDisk() const {
    if (!m_db.isOpen() || m_db.transactionDepth() > 0) return false;
    qint64 version = 0;
    return m_db.pragmaInt("data_version", &version, nullptr) && version != m_dataVersion;
}

QString ProjectFile::readOnlyReason() const {
    if (damage().isEmpty()) return {};
    return QStringLiteral(
               "The project file \"%1\" is damaged (SQLite's check of the file says: %2), so it is open "
               "read-only and no change is saved to it. Save a recovered copy (File \u203a Recover a Damaged "
               "Project\u2026, or `territory recover`) and work on that.")
        .arg(QDir::toNativeSeparators(m_path), m_damage);
}

bool ProjectFile::saveAs(const QString& newPath, const Project& project, QString* error) {
    QString message;
    if (QFileInfo(newPath).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) return true;
    {
        SqlStatement units(m_db.handle(), "SELECT COUNT(*) FROM units");
        SqlStatement accounts(m_db.handle(), "SELECT COUNT(*) FROM accounts");
        if (units.step() != SQLITE_ROW || accounts.step() != SQLITE_ROW
            || units.int64(0) != qint64(project.units.size()) || accounts.int64(0) != qint64(project.accounts.size())) {
            if (error)
                *error = QStringLiteral("The project in memory does not match \"%1\"; nothing was written.")
                             .arg(QDir::toNativeSeparators(m_path));
            return false;
        }
    }
    const QString temp = reserveTempFile(newPath, &message);
    if (temp.isEmpty()) {
        if (error) *error = message;
        return false;
    }
    bool ok = false;
    {
        SqliteConnection target;
        if (target.open(temp, true, &message)) {
            sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", m_db.handle(), "main");
            ok = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
            sqlite3_backup_finish(backup);
            if (!ok) message = target.lastError();
        }
    }
    if (!ok || !replaceFile(temp, newPath, &message)) {
        discardTemp(temp);
        if (error)
            *error = QStringLiteral("The project could not be saved to \"%1\": %2")
                         .arg(QDir::toNativeSeparators(newPath), message);
        return false;
    }
    const QString oldPath = m_path;
    m_db.close();
    m_path = newPath;
    if (connect(error)) {
        m_db.pragmaInt("data_version", &m_dataVersion, nullptr);
        return true;
    }
    m_path = oldPath; // keep working on the original
    connect(nullptr);
    return false;
}

bool ProjectFile::edit(const EditLogEntry* log, QString* error, const std::function<bool(QString*)>& write) {
    if (!damage().isEmpty()) {
        if (error) *error = QStringLiteral("The change was not saved. %1").arg(readOnlyReason());
        return false;
    }
    if (m_outdated) {
        if (error) *error = outdatedMessage();
        return false;
    }
    QString detail;
    {
        // Only the outermost transaction checks: inner ones (savepoints) run under its lock.
        const bool outermost = m_db.transactionDepth() == 0;
        SqlTransaction transaction(m_db, &detail);
        if (transaction.isActive() && outermost) {
            // BEGIN IMMEDIATE holds the write lock, so nobody can commit between this check and
            // our COMMIT. data_version changes only when another connection has committed since
            // this one read the file: then what is in memory (ids, units, the scenario list) is
            // stale, and writing it would overwrite the other program's work.
            qint64 version = 0;
            if (!m_db.pragmaInt("data_version", &version, &detail)) return failEdit(error, detail);
            if (version != m_dataVersion) {
                m_outdated = true;
                if (error) *error = outdatedMessage();
                return false;
            }
        }
        if (transaction.isActive() && write(&detail) && (!log || ProjectWriter(m_db).appendLog(*log, &detail))
            && transaction.commit(&detail))
            return true;
        if (m_outdated) { // a nested edit found the file changed: keep its message
            if (error) *error = outdatedMessage();
            return false;
        }
    }
    return failEdit(error, detail);
}

bool ProjectFile::failEdit(QString* error, const QString& detail) const {
    if (error)
        *error =
            QStringLiteral("The change could not be saved to \"%1\": %2").arg(QDir::toNativeSeparators(m_path), detail);
    return false;
}

QString ProjectFile::outdatedMessage() const {
    return QStringLiteral("The project \"%1\" was changed by another program since it was read; nothing was saved. "
                          "Reload the project and make the change again.")
        .arg(QDir::toNativeSeparators(m_path));
}

bool ProjectFile::setUnitAssignments(qint64 scenarioId, qint64 teamId, const std::vector<UnitAssignment>& changes,
                                     const EditLogEntry* log, QString* error) {
    return edit(log, error,
                [&](QString* e) { return ProjectWriter(m_db).setUnitAssignments(scenarioId, teamId, changes, e); });
}

bool ProjectFile::setUnitAssignments(qint64 scenarioId, const std::vector<UnitAssignment>& changes,
                                     const EditLogEntry* log, QString* error) {
    return setUnitAssignments(scenarioId, Team::defaultId, changes, log, error);
}

bool ProjectFile::setAccountOverride(qint64 scenarioId, qint64 teamId, qint64 accountId, qint64 territoryId,
                                     const EditLogEntry* log, QString* error) {
    return edit(log, error, [&](QString* e) {
        return ProjectWriter(m_db).setOverride(scenarioId, teamId, accountId, territoryId, e);
    });
}

bool ProjectFile::setAccountOverride(qint64 scenarioId, qint64 accountId, qint64 territoryId, const EditLogEntry* log,
                                     QString* error) {
    return setAccountOverride(scenarioId, Team::defaultId, accountId, territoryId, log, error);
}

bool ProjectFile::removeAccountOverride(qint64 scenarioId, qint64 teamId, qint64 accountId, const EditLogEntry* log,
                                        QString* error) {
    return edit(log, error,
                [&](QString* e) { return ProjectWriter(m_db).removeOverride(scenarioId, teamId, accountId, e); });
}

bool ProjectFile::removeAccountOverride(qint64 scenarioId, qint64 accountId, const EditLogEntry* log, QString* error) {
    return removeAccountOverride(scenarioId, Team::defaultId, accountId, log, error);
}

bool ProjectFile::upsertTeam(const Team& team, const EditLogEntry* log, QString* error) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).upsertTeam(team, std::nullopt, e); });
}

bool ProjectFile::deleteTeam(qint64 teamId, const EditLogEntry* log, QString* error) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).deleteTeam(teamId, e); });
}

bool ProjectFile::upsertTerritory(const Territory& territory, const EditLogEntry* log, QString* error) {
    return edit(log, error,
                [&](QString* e) { return ProjectWriter(m_db).upsertTerritory(territory, std::nullopt, e); });
}

bool ProjectFile::deleteTerritory(qint64 territoryId, const EditLogEntry* log, QString* error) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).deleteTerritory(territoryId, e); });
}

bool ProjectFile::upsertScenario(const Scenario& scenario, bool withAssignments, const EditLogEntry* log,
                                 QString* error) {
    return edit(log, error, [&](QString* e) {
        ProjectWriter writer(m_db);
        return writer.upsertScenario(scenario, std::nullopt, e)
               && (!withAssignments || writer.replaceAssignments(scenario, e));
    });
}

bool ProjectFile::deleteScenario(qint64 scenarioId, const EditLogEntry* log, QString* error) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).deleteScenario(scenarioId, e); });
}

bool ProjectFile::upsertRep(const Rep& rep, const EditLogEntry* log, QString* error) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).upsertRep(rep, e); });
}

bool ProjectFile::deleteRep(qint64 repId, const EditLogEntry* log, QString* error) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).deleteRep(repId, e); });
}

bool ProjectFile::upsertAccounts(const std::vector<Account>& accounts, const EditLogEntry* log, QString* error,
                                 const TaskProgress& progress) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).upsertAccounts(accounts, e, progress); });
}

bool ProjectFile::setAccountWorkloads(const std::vector<std::pair<qint64, double>>& workloads, const EditLogEntry* log,
                                      QString* error) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).setAccountWorkloads(workloads, e); });
}

bool ProjectFile::setWorkloadRule(const WorkloadRule& rule, const EditLogEntry* log, QString* error) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).setWorkloadRule(rule, e); });
}

bool ProjectFile::setWorkloadColumn(const QString& column, const EditLogEntry* log, QString* error) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).setMeta("workload_column", column, e); });
}

bool ProjectFile::replaceUnits(const std::vector<Unit>& units, const std::vector<geo::SharedEdge>& adjacency,
                               const EditLogEntry* log, QString* error) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).replaceUnits(units, adjacency, e); });
}

bool ProjectFile::setUnitPostalCodes(const UnitPostalCodes& codes, const EditLogEntry* log, QString* error) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).setUnitPostalCodes(codes, e); });
}

bool ProjectFile::setUnitLayer(const QString& layer, const EditLogEntry* log, QString* error) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).setMeta("unit_layer", layer, e); });
}

bool ProjectFile::setCurrentScenario(qint64 scenarioId, const EditLogEntry* log, QString* error) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).setMeta("current_scenario", scenarioId, e); });
}

bool ProjectFile::setTitle(const QString& title, const EditLogEntry* log, QString* error) {
    return edit(log, error, [&](QString* e) { return ProjectWriter(m_db).setMeta("title", title, e); });
}

bool ProjectFile::appendLog(const EditLogEntry& entry, QString* error) {
    return edit(&entry, error, [](QString*) { return true; });
}

bool ProjectFile::transaction(const std::function<bool(QString*)>& body, QString* error) {
    return edit(nullptr, error, [&](QString* detail) {
        if (body(detail)) return true;
        // An edit inside already said which file could not be saved; this transaction says it
        // again, so keep only the reason (else: "could not be saved …: could not be saved …").
        const QString prefix =
            QStringLiteral("The change could not be saved to \"%1\": ").arg(QDir::toNativeSeparators(m_path));
        while (detail->startsWith(prefix)) detail->remove(0, prefix.size());
        return false;
    });
}

std::vector<EditLogEntry> ProjectFile::readLog(int limit, std::optional<qint64> scenarioId) const {
    return ProjectReader(m_db).readLog(limit, scenarioId);
}

bool ProjectFile::appendUndoRecord(UndoRecord* record, QString* error) {
    return edit(nullptr, error, [&](QString* e) { return ProjectWriter(m_db).appendUndo(record, e); });
}

std::vector<UndoRecord> ProjectFile::readUndoRecords(qint64 scenarioId) const {
    return ProjectReader(m_db).readUndo(scenarioId);
}

bool ProjectFile::truncateUndoRecords(qint64 scenarioId, int fromPosition, QString* error) {
    return edit(nullptr, error,
                [&](QString* e) { return ProjectWriter(m_db).truncateUndo(scenarioId, fromPosition, e); });
}

bool ProjectFile::setUndoIndex(qint64 scenarioId, int index, QString* error) {
    return edit(nullptr, error, [&](QString* e) { return ProjectWriter(m_db).setUndoIndex(scenarioId, index, e); });
}

int ProjectFile::undoIndex(qint64 scenarioId) const {
    return ProjectReader(m_db).undoIndex(scenarioId);
}

ProjectFile::ConnectionSettings ProjectFile::connectionSettings() const {
    ConnectionSettings s;
    qint64 value = 0;
    if (m_db.pragmaInt("trusted_schema", &value, nullptr)) s.trustedSchema = value != 0;
    if (m_db.pragmaInt("foreign_keys", &value, nullptr)) s.foreignKeys = value != 0;
    if (m_db.pragmaInt("synchronous", &value, nullptr)) s.synchronous = int(value);
    if (m_db.pragmaInt("user_version", &value, nullptr)) s.schemaVersion = int(value);
    if (m_db.pragmaInt("application_id", &value, nullptr)) s.applicationId = qint32(value);
    s.journalMode = m_db.pragmaText("journal_mode");
    s.quickCheckDeferred = m_checkDeferred;
    int defensive = 0;
    sqlite3_db_config(m_db.handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    s.defensive = defensive != 0;
    return s;
}

} // namespace tp::storage
