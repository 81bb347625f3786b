#pragma once
// SchemaMigrations: the project file's schema as an ordered list of forward steps. Version 0 is
// an empty file; step N brings a file from version N-1 to N. A new file runs every step, an old
// one the steps it lacks, all in one transaction (a failed migration leaves the file as it was).
// PRAGMA user_version holds the version, PRAGMA application_id marks the file as ours.
// Stateless; any thread (with its own connection).

#include <QString>

namespace tp::storage {

class SqliteConnection;

class SchemaMigrations {
public:
    static constexpr qint32 applicationId = 0x54504C4E; // 'TPLN'

    static int latestVersion();
    // What step `toVersion` does, for messages and logs.
    static QString describe(int toVersion);
    // Runs steps from+1 .. to; false (and nothing changed) on failure.
    static bool migrate(SqliteConnection& db, int from, int to, QString* error);
};

} // namespace tp::storage
