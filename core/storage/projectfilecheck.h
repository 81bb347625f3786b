#pragma once
// ProjectFileCheck: what can be said about a path before SQLite touches it (missing, a folder,
// empty, unreadable, not an SQLite file, cut short), as a message for the user. Reads at most
// the 100-byte file header. Stateless; any thread.

#include <QString>

namespace tp::storage {

class ProjectFileCheck {
public:
    // Empty when the file looks like an SQLite database worth opening.
    static QString problem(const QString& path);
};

} // namespace tp::storage
