#pragma once
// SchemaVerifier: compares the schema stored in an open project file with the one our own
// migrations build for the same schema version, before anything else reads the file. A project
// file is data; a trigger or a view in it would be code that runs on the user's edits (a trigger
// AFTER INSERT ON edit_log deleting accounts) or data posing as a table (a VIEW named accounts).
// So: every expected table must be a plain table with exactly our columns (name, type, NOT NULL,
// default, primary key, generated or not), foreign keys and rowid kind; every index must be one
// of ours with our columns; no trigger and no view may exist. Extra tables are inert data and
// are ignored. Stateless; any thread (with its own connection).

#include <QString>
#include <QStringList>

namespace tp::storage {

class SqliteConnection;

class SchemaVerifier {
public:
    // What is wrong with the file's schema for `version`, one short clause per problem (e.g.
    // "a trigger \"wipe\" on table edit_log that Territory Planner did not create"); empty when
    // the schema is exactly ours. *error is set (and false returned) when the schema cannot be
    // read at all (a damaged file).
    static bool verify(const SqliteConnection& db, int version, QStringList* problems, QString* error);
};

} // namespace tp::storage
