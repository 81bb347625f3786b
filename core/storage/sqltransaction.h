#pragma once
// SqlTransaction: scope guard for one (possibly nested) transaction on a SqliteConnection;
// rolls back unless commit() succeeded, so an early return or a failed write leaves the file
// exactly as before. Lives on the stack of the thread that owns the connection.

#include <QString>

namespace tp::storage {

class SqliteConnection;

class SqlTransaction {
public:
    SqlTransaction(SqliteConnection& connection, QString* error);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString* error);

private:
    SqliteConnection& m_connection;
    bool m_active = false;
};

} // namespace tp::storage
