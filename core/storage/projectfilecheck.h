#pragma once
// ProjectFileCheck: what can be said about a path before SQLite reads it (missing, a folder,
// empty, unreadable, not an SQLite file, cut short, a header claiming impossible sizes), as a
// message for the user. It never opens the file itself: the caller reads the 100-byte header
// through its SQLite connection (see SqliteConnection::readHeader), because closing a second
// descriptor of a database file would drop the locks of connections already open on it.
// Stateless; any thread.

#include <QByteArray>
#include <QString>

namespace tp::storage {

class ProjectFileCheck {
public:
    // From the file system alone; empty when the file is worth opening.
    static QString problem(const QString& path);
    // From the file's first 100 bytes (fewer for a shorter file); empty when they look like an
    // SQLite database whose size agrees with the file.
    static QString headerProblem(const QString& path, const QByteArray& header);
};

} // namespace tp::storage
