#include "sqliteconnection.h"

#include "sqlstatement.h"

#include <QFile>

#include <sqlite3.h>

#include <algorithm>

namespace tp::storage {

SqliteConnection::~SqliteConnection() {
    close();
}

bool SqliteConnection::open(const QString& path, bool create, QString* error, Access access) {
    close();
    int flags = (access == Access::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
    if (create) flags |= SQLITE_OPEN_CREATE;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        if (error) *error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Before anything reads the schema: a project file is data, never code.
    int on = 0;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, &on);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    // Another program writing the same file holds the write lock for the length of its commit
    // (seconds for a large import): wait for it instead of failing with "database is locked".
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    // cell_size_check: damaged b-tree pages are reported as damage rather than read further.
    if (!on || !exec("PRAGMA trusted_schema=OFF; PRAGMA foreign_keys=ON; PRAGMA cell_size_check=ON;", error)) {
        if (error && !on) *error = QStringLiteral("SQLite refused defensive mode");
        close();
        return false;
    }
    return true;
}

QByteArray SqliteConnection::readHeader(int size) const {
    sqlite3_file* file = nullptr;
    if (!m_db || sqlite3_file_control(m_db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file
        || !file->pMethods)
        return {};
    QByteArray bytes(size, '\0');
    const int rc = file->pMethods->xRead(file, bytes.data(), size, 0);
    if (rc == SQLITE_OK) return bytes;
    if (rc != SQLITE_IOERR_SHORT_READ) return {};
    // A short read zero-fills the rest: keep what the file has.
    sqlite3_int64 fileSize = 0;
    if (file->pMethods->xFileSize(file, &fileSize) != SQLITE_OK) return {};
    bytes.truncate(int(std::min<sqlite3_int64>(fileSize, size)));
    return bytes;
}

void SqliteConnection::close() {
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_depth = 0;
}

bool SqliteConnection::exec(const char* sql, QString* error) {
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK) return true;
    if (error) *error = message ? QString::fromUtf8(message) : lastError();
    sqlite3_free(message);
    return false;
}

bool SqliteConnection::pragmaInt(const char* name, qint64* value, QString* error) const {
    SqlStatement st(m_db, QByteArray("PRAGMA ") + name);
    if (!st.isValid()) {
        if (error) *error = lastError();
        return false;
    }
    const int rc = st.step();
    if (rc != SQLITE_ROW) {
        if (error) *error = lastError();
        return false;
    }
    *value = st.int64(0);
    return true;
}

QString SqliteConnection::pragmaText(const char* name) const {
    SqlStatement st(m_db, QByteArray("PRAGMA ") + name);
    return st.isValid() && st.step() == SQLITE_ROW ? st.text(0) : QString();
}

QString SqliteConnection::lastError() const {
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("the project file is not open");
}

qint64 SqliteConnection::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

bool SqliteConnection::begin(QString* error) {
    if (m_depth == 0) {
        // IMMEDIATE takes the write lock up front, so a busy file waits instead of failing later.
        // Deferred foreign keys let one transaction write rows in any order.
        if (!exec("BEGIN IMMEDIATE; PRAGMA defer_foreign_keys=ON;", error)) {
            if ((sqlite3_extended_errcode(m_db) & 0xff) == SQLITE_BUSY && error)
                *error = QStringLiteral("another program has been writing to the project file for more than %1 s; "
                                        "nothing was saved, try again")
                             .arg(busyTimeoutMs / 1000);
            if (!sqlite3_get_autocommit(m_db)) exec("ROLLBACK", nullptr);
            return false;
        }
    } else if (!exec(QByteArray("SAVEPOINT tp").append(QByteArray::number(m_depth)).constData(), error)) {
        return false;
    }
    ++m_depth;
    return true;
}

bool SqliteConnection::commit(QString* error) {
    if (m_depth <= 0) return false;
    if (m_depth > 1) {
        if (!exec(QByteArray("RELEASE tp").append(QByteArray::number(m_depth - 1)).constData(), error)) return false;
        --m_depth;
        return true;
    }
    if (!exec("COMMIT", error)) {
        // A failed COMMIT (deferred foreign key, disk full) leaves the transaction open.
        if (error && sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_FOREIGNKEY) *error = foreignKeyProblem();
        return false;
    }
    m_depth = 0;
    return true;
}

void SqliteConnection::rollback() {
    if (m_depth <= 0) return;
    if (m_depth > 1) {
        const QByteArray name = QByteArray("tp").append(QByteArray::number(m_depth - 1));
        exec(("ROLLBACK TO " + name + "; RELEASE " + name).constData(), nullptr);
        --m_depth;
        return;
    }
    if (!sqlite3_get_autocommit(m_db)) exec("ROLLBACK", nullptr);
    m_depth = 0;
}

QString SqliteConnection::foreignKeyProblem() const {
    SqlStatement st(m_db, "PRAGMA foreign_key_check");
    if (st.isValid() && st.step() == SQLITE_ROW) {
        const QString row = st.isNull(1) ? QString() : QStringLiteral(" (row %1)").arg(st.int64(1));
        return QStringLiteral("a row of %1%2 refers to a missing row of %3").arg(st.text(0), row, st.text(2));
    }
    return QStringLiteral("FOREIGN KEY constraint failed");
}

} // namespace tp::storage
