#pragma once
// fail(error, message): an edit refuses with `message`, stored in the caller's optional error text
// (null: the caller does not want it). Shared by the editors in this layer; any thread.

#include <QString>

namespace tp::session {

inline void fail(QString* error, const QString& message) {
    if (error) *error = message;
}

} // namespace tp::session
