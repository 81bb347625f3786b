#include "sqlstatement.h"

#include <sqlite3.h>

namespace tp::storage {

SqlStatement::SqlStatement(sqlite3* db, const QByteArray& sql) {
    if (!db) {
        m_error = QStringLiteral("the project file is not open");
        return;
    }
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        // A file whose tables differ from ours ("no such column") ends up here: every later call
        // on this statement is a no-op that fails, never a call into SQLite with a null handle.
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqlStatement::~SqlStatement() {
    sqlite3_finalize(m_stmt);
}

void SqlStatement::bind(int i, qint64 value) {
    if (m_stmt) sqlite3_bind_int64(m_stmt, i, value);
}
void SqlStatement::bind(int i, double value) {
    if (m_stmt) sqlite3_bind_double(m_stmt, i, value);
}

void SqlStatement::bind(int i, const QString& value) {
    if (!m_stmt) return;
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bindBlob(int i, const QByteArray& value) {
    if (!m_stmt) return;
    sqlite3_bind_blob(m_stmt, i, value.constData(), int(value.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bindNull(int i) {
    if (m_stmt) sqlite3_bind_null(m_stmt, i);
}

int SqlStatement::step() {
    if (!m_stmt) return SQLITE_ERROR;
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    else
        m_error.clear();
    return rc;
}

bool SqlStatement::run() {
    int rc = step();
    while (rc == SQLITE_ROW) rc = step();
    reset();
    return rc == SQLITE_DONE;
}

void SqlStatement::reset() {
    if (!m_stmt) return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqlStatement::isNull(int col) const {
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}
qint64 SqlStatement::int64(int col) const {
    return sqlite3_column_int64(m_stmt, col);
}
double SqlStatement::real(int col) const {
    return sqlite3_column_double(m_stmt, col);
}

QString SqlStatement::text(int col) const {
    const QByteArrayView bytes = textBytes(col);
    return bytes.isEmpty() ? QString() : QString::fromUtf8(bytes);
}

QByteArrayView SqlStatement::textBytes(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return QByteArrayView(p, p ? sqlite3_column_bytes(m_stmt, col) : 0);
}

QByteArrayView SqlStatement::blob(int col) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
    return QByteArrayView(p, p ? sqlite3_column_bytes(m_stmt, col) : 0);
}

} // namespace tp::storage
