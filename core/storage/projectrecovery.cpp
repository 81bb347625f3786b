#include "projectrecovery.h"

#include "projectfilecheck.h"
#include "schemamigrations.h"
#include "schemaverifier.h"
#include "sqliteconnection.h"
#include "sqlstatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <filesystem>
#include <limits>
#include <memory>

namespace tp::storage {

namespace {

struct StatementDeleter {
    void operator()(sqlite3_stmt* st) const { sqlite3_finalize(st); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

Statement prepare(sqlite3* db, const QByteArray& sql) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &st, nullptr);
    return Statement(st);
}

QByteArray quotedName(const QString& name) {
    QString q = name;
    return '"' + q.replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8() + '"';
}

struct TableCopy {
    qint64 copied = 0;
    QStringList lost; // "ids 1235 to 1400", "the rows after id 77"
};

// Copies one table row by row. The values are passed through untouched (sqlite3_value), so
// every type and every byte stays as it was.
bool copyTable(sqlite3* from, sqlite3* to, const QString& table, TableCopy* result, QString* error) {
    QStringList columns;
    bool withoutRowid = false;
    {
        Statement info = prepare(to, "SELECT name FROM pragma_table_info(?1)");
        sqlite3_bind_text(info.get(), 1, table.toUtf8().constData(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(info.get()) == SQLITE_ROW)
            columns << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(info.get(), 0)));
        Statement kind = prepare(to, "SELECT wr FROM pragma_table_list(?1) WHERE schema = 'main'");
        sqlite3_bind_text(kind.get(), 1, table.toUtf8().constData(), -1, SQLITE_TRANSIENT);
        withoutRowid = sqlite3_step(kind.get()) == SQLITE_ROW && sqlite3_column_int(kind.get(), 0) != 0;
    }
    QByteArray list;
    QByteArray marks;
    for (const QString& c : columns) {
        list += (list.isEmpty() ? "" : ", ") + quotedName(c);
        marks += marks.isEmpty() ? "?" : ", ?";
    }
    Statement insert = prepare(to, "INSERT INTO " + quotedName(table) + "(" + list + ") VALUES(" + marks + ")");
    if (!insert) {
        *error = QString::fromUtf8(sqlite3_errmsg(to));
        return false;
    }
    const int n = int(columns.size());
    auto copyRow = [&](sqlite3_stmt* row, int first) {
        for (int i = 0; i < n; ++i) sqlite3_bind_value(insert.get(), i + 1, sqlite3_column_value(row, first + i));
        const int rc = sqlite3_step(insert.get());
        sqlite3_reset(insert.get());
        if (rc != SQLITE_DONE) {
            *error = QStringLiteral("%1: %2").arg(table, QString::fromUtf8(sqlite3_errmsg(to)));
            return false;
        }
        ++result->copied;
        return true;
    };

    if (withoutRowid) {
        // No rowid to seek past the damage with: keep what comes before it.
        Statement rows = prepare(from, "SELECT " + list + " FROM " + quotedName(table));
        if (!rows) {
            result->lost << QStringLiteral("all rows (%1)").arg(QString::fromUtf8(sqlite3_errmsg(from)));
            return true;
        }
        int rc;
        while ((rc = sqlite3_step(rows.get())) == SQLITE_ROW)
            if (!copyRow(rows.get(), 0)) return false;
        if (rc != SQLITE_DONE)
            result->lost << QStringLiteral("the rows after the first %1 (%2)")
                                .arg(result->copied)
                                .arg(QString::fromUtf8(sqlite3_errmsg(from)));
        return true;
    }

    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    Statement rows =
        prepare(from, "SELECT rowid, " + list + " FROM " + quotedName(table) + " WHERE rowid > ?1 ORDER BY rowid");
    Statement next =
        prepare(from, "SELECT rowid FROM " + quotedName(table) + " WHERE rowid > ?1 ORDER BY rowid LIMIT 1");
    if (!rows || !next) {
        result->lost << QStringLiteral("all rows (%1)").arg(QString::fromUtf8(sqlite3_errmsg(from)));
        return true;
    }
    qint64 after = lowest; // the last rowid copied
    for (;;) {
        sqlite3_reset(rows.get());
        sqlite3_bind_int64(rows.get(), 1, after);
        int rc;
        while ((rc = sqlite3_step(rows.get())) == SQLITE_ROW) {
            if (!copyRow(rows.get(), 1)) return false;
            after = sqlite3_column_int64(rows.get(), 0);
        }
        if (rc == SQLITE_DONE) return true;
        // A damaged page: seek further and further past the last good row until a row can be
        // read again (the pages above the damaged one lead around it) or nothing is left.
        bool resumed = false;
        for (qint64 gap = 1; gap > 0 && after <= highest - gap; gap *= 2) {
            sqlite3_reset(next.get());
            sqlite3_bind_int64(next.get(), 1, after + gap);
            const int found = sqlite3_step(next.get());
            if (found == SQLITE_DONE) break;
            if (found != SQLITE_ROW) continue;
            const qint64 resume = sqlite3_column_int64(next.get(), 0);
            result->lost << (after == lowest ? QStringLiteral("the rows before id %1").arg(resume)
                                             : QStringLiteral("ids %1 to %2").arg(after + 1).arg(resume - 1));
            after = resume - 1;
            resumed = true;
            break;
        }
        if (!resumed) {
            result->lost << (after == lowest ? QStringLiteral("all rows")
                                             : QStringLiteral("the rows after id %1").arg(after));
            return true;
        }
    }
}

// Rows whose references point at lost rows: dropped, or the optional reference cleared.
constexpr const char* dropOrphans = R"sql(
DELETE FROM unit_adjacency WHERE unit_a NOT IN (SELECT id FROM units) OR unit_b NOT IN (SELECT id FROM units);
UPDATE scenarios SET parent_id = NULL WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM scenarios);
DELETE FROM territories WHERE scenario_id NOT IN (SELECT id FROM scenarios);
UPDATE territories SET rep_id = NULL WHERE rep_id IS NOT NULL AND rep_id NOT IN (SELECT id FROM reps);
UPDATE territories SET parent_id = NULL WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM territories);
DELETE FROM unit_assignments WHERE scenario_id NOT IN (SELECT id FROM scenarios) OR unit_id NOT IN (SELECT id FROM units)
    OR territory_id NOT IN (SELECT id FROM territories);
DELETE FROM account_overrides WHERE scenario_id NOT IN (SELECT id FROM scenarios)
    OR account_id NOT IN (SELECT id FROM accounts) OR territory_id NOT IN (SELECT id FROM territories);
)sql";

constexpr const char* dropUndoOrphans = R"sql(
DELETE FROM undo_history WHERE scenario_id IS NOT NULL AND scenario_id NOT IN (SELECT id FROM scenarios);
)sql";

// Units are addressed by index: ids must run 1..n. After a lost page they are renumbered (via
// negative ids, so no two rows ever share an id on the way), and every reference follows.
constexpr const char* renumberUnits = R"sql(
CREATE TEMP TABLE unit_ids AS SELECT id AS old, ROW_NUMBER() OVER (ORDER BY id) AS new FROM units;
UPDATE units SET id = -(SELECT new FROM unit_ids WHERE old = units.id);
UPDATE units SET id = -id;
UPDATE unit_adjacency SET unit_a = -(SELECT new FROM unit_ids WHERE old = unit_a), unit_b = -(SELECT new FROM unit_ids WHERE old = unit_b);
UPDATE unit_adjacency SET unit_a = -unit_a, unit_b = -unit_b;
UPDATE unit_assignments SET unit_id = -(SELECT new FROM unit_ids WHERE old = unit_id);
UPDATE unit_assignments SET unit_id = -unit_id;
UPDATE accounts SET unit_id = (SELECT new FROM unit_ids WHERE old = accounts.unit_id) WHERE unit_id IS NOT NULL;
DROP TABLE unit_ids;
)sql";

QString firstLine(sqlite3* db, const char* sql) {
    Statement st = prepare(db, sql);
    if (!st) return QString::fromUtf8(sqlite3_errmsg(db));
    if (sqlite3_step(st.get()) != SQLITE_ROW) return {};
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 0)));
}

qint64 count(sqlite3* db, const char* sql) {
    Statement st = prepare(db, sql);
    return st && sqlite3_step(st.get()) == SQLITE_ROW ? sqlite3_column_int64(st.get(), 0) : -1;
}

bool buildCopy(const QString& damagedPath, const QString& temp, QString* report, QString* error) {
    SqliteConnection source;
    QString detail;
    if (!source.open(damagedPath, false, &detail)) {
        *error = detail;
        return false;
    }
    qint64 applicationId = 0, version = 0;
    if (!source.pragmaInt("application_id", &applicationId, &detail)
        || !source.pragmaInt("user_version", &version, &detail)) {
        *error = QStringLiteral("not even the file's header can be read (%1)").arg(detail);
        return false;
    }
    if (qint32(applicationId) != SchemaMigrations::applicationId || version < 1
        || version > SchemaMigrations::latestVersion()) {
        *error = QStringLiteral("it is not a Territory Planner project of a version this program knows");
        return false;
    }
    QStringList problems;
    if (!SchemaVerifier::verify(source, int(version), &problems, &detail)) {
        *error = QStringLiteral("the list of its tables cannot be read (%1)").arg(detail);
        return false;
    }
    if (!problems.isEmpty()) {
        *error = QStringLiteral("its structure is not the one Territory Planner wrote: %1")
                     .arg(problems.join(QStringLiteral("; ")));
        return false;
    }

    SqliteConnection target;
    if (!target.open(temp, true, &detail) || !SchemaMigrations::migrate(target, 0, int(version), &detail)
        || !target.exec("PRAGMA foreign_keys=OFF", &detail) || !target.begin(&detail)) {
        *error = detail;
        return false;
    }
    QStringList tables;
    {
        Statement st =
            prepare(target.handle(),
                    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name");
        while (sqlite3_step(st.get()) == SQLITE_ROW)
            tables << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 0)));
    }
    QStringList kept, lost;
    for (const QString& table : tables) {
        TableCopy copy;
        if (!copyTable(source.handle(), target.handle(), table, &copy, error)) return false;
        kept << QStringLiteral("%1 %2").arg(copy.copied).arg(table);
        if (!copy.lost.isEmpty()) lost << QStringLiteral("%1: %2").arg(table, copy.lost.join(QStringLiteral(", ")));
    }
    const qint64 before = sqlite3_total_changes64(target.handle());
    if (!target.exec(dropOrphans, &detail) || (version >= 2 && !target.exec(dropUndoOrphans, &detail))) {
        *error = detail;
        return false;
    }
    const qint64 orphans = sqlite3_total_changes64(target.handle()) - before;
    const qint64 units = count(target.handle(), "SELECT COUNT(*) FROM units");
    const bool gaps = units != count(target.handle(), "SELECT COALESCE(MAX(id), 0) FROM units");
    if ((gaps && !target.exec(renumberUnits, &detail)) || !target.commit(&detail)
        || !target.exec("PRAGMA foreign_keys=ON", &detail)
        || (version < SchemaMigrations::latestVersion()
            && !SchemaMigrations::migrate(target, int(version), SchemaMigrations::latestVersion(), &detail))) {
        *error = detail;
        return false;
    }
    if (const QString fk = firstLine(target.handle(), "SELECT \"table\" FROM pragma_foreign_key_check");
        !fk.isEmpty()) {
        *error = QStringLiteral("the copy still has rows of %1 that refer to missing rows").arg(fk);
        return false;
    }
    if (const QString check = firstLine(target.handle(), "PRAGMA integrity_check"); check != QLatin1String("ok")) {
        *error = QStringLiteral("the copy fails SQLite's integrity check (%1)").arg(check);
        return false;
    }
    *report =
        QStringLiteral("Kept %1.").arg(kept.join(QStringLiteral(", ")).replace(QLatin1Char('_'), QLatin1Char(' ')));
    *report += lost.isEmpty() ? QStringLiteral(" Nothing that could be seen was lost.")
                              : QStringLiteral(" Could not be read: %1.").arg(lost.join(QStringLiteral("; ")));
    if (orphans > 0)
        *report += QStringLiteral(" %1 rows that referred to lost rows were dropped or cleared.").arg(orphans);
    if (gaps) *report += QStringLiteral(" The units were renumbered.");
    return true;
}

} // namespace

bool ProjectRecovery::saveRecoveredCopy(const QString& damagedPath, const QString& targetPath, QString* report,
                                        QString* error) {
    auto failWith = [&](const QString& reason) {
        if (error)
            *error = QStringLiteral("No recovered copy of \"%1\" could be made: %2.")
                         .arg(QDir::toNativeSeparators(damagedPath), reason);
        return false;
    };
    const QFileInfo source(damagedPath), target(targetPath);
    if (!source.isFile()) return failWith(QStringLiteral("it does not exist"));
    if (target.exists() && (target.canonicalFilePath() == source.canonicalFilePath() || target.isDir()))
        return failWith(QStringLiteral("choose a new file for the copy, not the damaged file itself or a folder"));
    if (!target.absoluteDir().exists())
        return failWith(
            QStringLiteral("the folder \"%1\" does not exist").arg(QDir::toNativeSeparators(target.absolutePath())));
    QString temp;
    {
        QTemporaryFile file(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(target.fileName())));
        file.setAutoRemove(false);
        if (!file.open()) return failWith(file.errorString());
        temp = file.fileName();
    }
    auto discard = [&] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) QFile::remove(temp + QLatin1String(suffix));
    };
    QString summary, reason;
    if (!buildCopy(damagedPath, temp, &summary, &reason)) {
        discard();
        return failWith(reason);
    }
    for (const char* suffix : {"-wal", "-shm", "-journal"}) QFile::remove(targetPath + QLatin1String(suffix));
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(temp).toStdString()),
                            std::filesystem::path(QFile::encodeName(targetPath).toStdString()), ec);
    if (ec) {
        discard();
        return failWith(QString::fromStdString(ec.message()));
    }
    if (report) *report = summary;
    return true;
}

} // namespace tp::storage
