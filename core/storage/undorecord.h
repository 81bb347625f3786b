#pragma once
// UndoRecord: one serialized undo command of a scenario's undo stack, stored so the undo history
// survives closing and reopening the project. `position` is the command's index on the stack.
// The payload format belongs to the command layer; storage keeps it as opaque JSON text.
// Value type; any thread.

#include <QString>

namespace tp::storage {

struct UndoRecord {
    qint64 scenarioId = 0; // 0: project-wide commands
    int position = 0;
    QString kind;
    QString text; // what the Undo menu shows
    QString payloadJson;
    qint64 id = 0; // set when written or read back
};

} // namespace tp::storage
