#pragma once
// EditLogEntry: one line of the project's change log (who changed what, when, in which
// scenario), written in the same transaction as the edit it describes. Value type; any thread.

#include <QDateTime>
#include <QString>

namespace tp::storage {

struct EditLogEntry {
    QDateTime when; // invalid: the time it is written
    QString user;
    qint64 scenarioId = 0; // 0: not tied to a scenario
    QString kind;          // e.g. "assign-units", "rename-territory"
    QString text;          // one human-readable line
    QString detailsJson;   // machine-readable details (JSON text), may be empty
    qint64 id = 0;         // set when read back
};

} // namespace tp::storage
