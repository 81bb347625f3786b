#include "sqltransaction.h"

#include "sqliteconnection.h"

namespace tp::storage {

SqlTransaction::SqlTransaction(SqliteConnection& connection, QString* error)
    : m_connection(connection), m_active(connection.begin(error)) {}

SqlTransaction::~SqlTransaction() {
    if (m_active) m_connection.rollback();
}

bool SqlTransaction::commit(QString* error) {
    if (!m_active) return false;
    if (!m_connection.commit(error)) return false; // the destructor rolls back
    m_active = false;
    return true;
}

} // namespace tp::storage
