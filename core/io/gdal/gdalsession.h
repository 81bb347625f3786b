#pragma once
// GdalSession: the scope of one GDAL/OGR job on the calling thread. Registers the drivers (GDAL
// makes that idempotent and thread-safe) and installs a thread-local error handler that collects
// GDAL's messages instead of printing them, so an importer can turn them into a clear error or
// warnings. Create one on the stack per import; it must be destroyed on the thread that made it.

#include <QByteArray>
#include <QStringList>

#include <utility>
#include <vector>

namespace tp::io {

class GdalSession {
public:
    GdalSession();
    ~GdalSession();
    GdalSession(const GdalSession&) = delete;
    GdalSession& operator=(const GdalSession&) = delete;

    // The most recent GDAL failure/warning message seen in this session (empty if none).
    QString lastMessage() const { return m_messages.isEmpty() ? QString() : m_messages.last(); }
    const QStringList& messages() const { return m_messages; }
    // A GDAL configuration option for this thread only, restored when the session ends (drivers
    // such as XLSX/ODS take their header rules from configuration, not open options).
    void setThreadConfig(const char* key, const char* value);
    void clearMessages() { m_messages.clear(); }

private:
    static void handler(int errorClass, int errorNumber, const char* message);
    QStringList m_messages;
    std::vector<std::pair<QByteArray, QByteArray>> m_savedConfig; // key, previous value
    std::vector<bool> m_hadConfig;
};

} // namespace tp::io
