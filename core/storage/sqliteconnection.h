#pragma once
// SqliteConnection: one sqlite3 handle, opened with the settings every project file needs:
// defensive mode and trusted_schema=OFF (opening a file never runs code from it), foreign keys,
// a busy timeout, and nested transactions (the outermost is BEGIN IMMEDIATE, inner ones are
// savepoints, so several edits can be grouped into one commit). Owns the handle; used by one
// thread at a time.

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace tp::storage {

class SqliteConnection {
public:
    static constexpr int busyTimeoutMs = 15000;

    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    enum class Access { ReadWrite, ReadOnly };

    // Opens read-write (or read-only); a missing file is created only when `create` is set.
    bool open(const QString& path, bool create, QString* error, Access access = Access::ReadWrite);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }

    // The first `size` bytes of the main database file, read through SQLite's own descriptor
    // (fewer when the file is shorter); nothing is parsed or cached.
    QByteArray readHeader(int size = 100) const;

    bool exec(const char* sql, QString* error);
    // Integer result of a read-only pragma such as "user_version"; false if it cannot be read.
    bool pragmaInt(const char* name, qint64* value, QString* error) const;
    QString pragmaText(const char* name) const;
    QString lastError() const;
    qint64 lastInsertId() const;

    bool begin(QString* error);
    bool commit(QString* error);
    void rollback();
    int transactionDepth() const { return m_depth; }

private:
    QString foreignKeyProblem() const;

    sqlite3* m_db = nullptr;
    int m_depth = 0;
};

} // namespace tp::storage
