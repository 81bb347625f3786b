#pragma once
// SqlStatement: a prepared sqlite3 statement with typed binds and column reads that avoid
// QVariant (loading a million rows must not allocate per cell more than the strings need).
// Owns the sqlite3_stmt; used on the thread that owns the connection.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace tp::storage {

class SqlStatement {
public:
    SqlStatement(sqlite3* db, const QByteArray& sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // Why preparing or the last step failed, in SQLite's words (e.g. "no such column: details");
    // empty while nothing failed.
    QString error() const { return m_error; }

    // Parameters are numbered from 1, as in SQLite.
    void bind(int i, qint64 value);
    void bind(int i, int value) { bind(i, qint64(value)); }
    void bind(int i, double value);
    void bind(int i, const QString& value);
    void bindBlob(int i, const QByteArray& value);
    void bindNull(int i);
    void bindIdOrNull(int i, qint64 id) { id > 0 ? bind(i, id) : bindNull(i); }
    void bindTextOrNull(int i, const QString& value) { value.isEmpty() ? bindNull(i) : bind(i, value); }

    int step(); // SQLITE_ROW, SQLITE_DONE or an error code (SQLITE_ERROR if preparing failed)
    bool run(); // steps to SQLITE_DONE and resets for the next binding
    void reset();

    // Columns are numbered from 0.
    bool isNull(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    QByteArrayView textBytes(int col) const;
    QByteArrayView blob(int col) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

} // namespace tp::storage
