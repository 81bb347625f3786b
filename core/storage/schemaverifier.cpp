#include "schemaverifier.h"

#include "schemamigrations.h"
#include "sqliteconnection.h"
#include "sqlstatement.h"

#include <sqlite3.h>

#include <map>

namespace tp::storage {

namespace {

struct Column {
    QString declaration; // "TEXT NOT NULL DEFAULT '' PRIMARY KEY", as far as it matters
};

struct Object {
    QString type;  // table, index, trigger, view
    QString table; // the table it belongs to (itself for a table)
    QString sql;
    // Tables:
    std::map<QString, Column> columns;
    QStringList columnOrder;
    QString foreignKeys;
    QString rowidKind;
    // Indexes:
    QString indexDefinition;
};

using Schema = std::map<QString, Object>;

QString simplified(const QString& sql) {
    return sql.simplified();
}

bool isPlainTable(const Object& o) {
    return o.type == QLatin1String("table")
           && simplified(o.sql).startsWith(QLatin1String("CREATE TABLE"), Qt::CaseInsensitive);
}

bool readTable(sqlite3* db, Object* o, QString* error) {
    SqlStatement columns(db, "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1)");
    columns.bind(1, o->table);
    int rc;
    while ((rc = columns.step()) == SQLITE_ROW) {
        QString d = columns.text(1).toUpper();
        if (columns.int64(2)) d += QStringLiteral(" NOT NULL");
        if (!columns.isNull(3)) d += QStringLiteral(" DEFAULT ") + columns.text(3);
        if (columns.int64(4)) d += QStringLiteral(" PRIMARY KEY#%1").arg(columns.int64(4));
        if (columns.int64(5)) d += QStringLiteral(" GENERATED/HIDDEN(%1)").arg(columns.int64(5));
        o->columns[columns.text(0)] = Column{d.trimmed()};
        o->columnOrder << columns.text(0);
    }
    if (rc != SQLITE_DONE) {
        *error = columns.error();
        return false;
    }
    SqlStatement keys(db, "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete, \"match\" "
                          "FROM pragma_foreign_key_list(?1) ORDER BY id, seq");
    keys.bind(1, o->table);
    while ((rc = keys.step()) == SQLITE_ROW) {
        for (int c = 0; c < 8; ++c) o->foreignKeys += keys.text(c) + QLatin1Char('|');
        o->foreignKeys += QLatin1Char(';');
    }
    if (rc != SQLITE_DONE) {
        *error = keys.error();
        return false;
    }
    SqlStatement kind(db, "SELECT wr, strict FROM pragma_table_list(?1) WHERE schema = 'main'");
    kind.bind(1, o->table);
    if (kind.step() == SQLITE_ROW)
        o->rowidKind =
            QStringLiteral("%1%2").arg(kind.int64(0) ? QStringLiteral("WITHOUT ROWID") : QStringLiteral("rowid"),
                                       kind.int64(1) ? QStringLiteral(", STRICT") : QString());
    return true;
}

bool readIndex(sqlite3* db, Object* o, const QString& name, QString* error) {
    SqlStatement list(db, "SELECT \"unique\", origin, partial FROM pragma_index_list(?1) WHERE name = ?2");
    list.bind(1, o->table);
    list.bind(2, name);
    if (list.step() == SQLITE_ROW)
        o->indexDefinition =
            QStringLiteral("unique=%1 origin=%2 partial=%3 (").arg(list.text(0), list.text(1), list.text(2));
    SqlStatement columns(db, "SELECT cid, name, \"desc\", coll, key FROM pragma_index_xinfo(?1) ORDER BY seqno");
    columns.bind(1, name);
    int rc;
    while ((rc = columns.step()) == SQLITE_ROW)
        o->indexDefinition +=
            QStringLiteral("%1 %2 %3 %4 %5, ")
                .arg(columns.text(0), columns.text(1), columns.text(2), columns.text(3), columns.text(4));
    if (rc != SQLITE_DONE) {
        *error = columns.error();
        return false;
    }
    o->indexDefinition += QLatin1Char(')');
    return true;
}

bool readSchema(sqlite3* db, Schema* schema, QString* error) {
    SqlStatement st(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        Object o;
        o.type = st.text(0);
        const QString name = st.text(1);
        o.table = st.text(2);
        o.sql = st.text(3);
        // SQLite's own tables (sqlite_sequence, sqlite_stat1) hold no code; automatic indexes
        // of PRIMARY KEY and UNIQUE constraints are compared like ours.
        if (o.type == QLatin1String("table") && name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
            continue;
        (*schema)[name] = o;
    }
    if (rc != SQLITE_DONE) {
        *error = st.error();
        return false;
    }
    // Column lists are read only for plain tables: asking about a virtual table would call into
    // its module.
    for (auto& [name, o] : *schema) {
        if (isPlainTable(o) && !readTable(db, &o, error)) return false;
        if (o.type == QLatin1String("index") && !readIndex(db, &o, name, error)) return false;
    }
    return true;
}

QString quoted(const QString& name) {
    return QLatin1Char('"') + name + QLatin1Char('"');
}

void compareTable(const QString& name, const Object& want, const Object& have, QStringList* problems) {
    for (const QString& column : want.columnOrder) {
        const auto it = have.columns.find(column);
        if (it == have.columns.end())
            *problems << QStringLiteral("the column %1.%2 is missing").arg(name, column);
        else if (it->second.declaration != want.columns.at(column).declaration)
            *problems << QStringLiteral("the column %1.%2 is declared as %3 instead of %4")
                             .arg(name, column, it->second.declaration, want.columns.at(column).declaration);
    }
    for (const QString& column : have.columnOrder)
        if (!want.columns.count(column))
            *problems << QStringLiteral("the table %1 has a column %2 that Territory Planner does not know")
                             .arg(name, quoted(column));
    if (have.foreignKeys != want.foreignKeys)
        *problems
            << QStringLiteral("the references of table %1 to other tables differ from Territory Planner's").arg(name);
    if (have.rowidKind != want.rowidKind)
        *problems
            << QStringLiteral("the table %1 is stored as %2 instead of %3").arg(name, have.rowidKind, want.rowidKind);
}

} // namespace

bool SchemaVerifier::verify(const SqliteConnection& db, int version, QStringList* problems, QString* error) {
    problems->clear();
    Schema have;
    QString detail;
    if (!readSchema(db.handle(), &have, &detail)) {
        if (error) *error = detail.isEmpty() ? db.lastError() : detail;
        return false;
    }
    // What our own migrations build for this version, in a scratch database in memory.
    SqliteConnection reference;
    Schema want;
    if (!reference.open(QStringLiteral(":memory:"), true, &detail)
        || !SchemaMigrations::migrate(reference, 0, version, &detail)
        || !readSchema(reference.handle(), &want, &detail)) {
        if (error) *error = QStringLiteral("the expected schema could not be built: %1").arg(detail);
        return false;
    }

    for (const auto& [name, o] : have) {
        if (o.type == QLatin1String("trigger")) {
            *problems
                << QStringLiteral(
                       "a trigger %1 on table %2 that Territory Planner did not create (it would run on your edits)")
                       .arg(quoted(name), o.table);
        } else if (o.type == QLatin1String("view")) {
            *problems << (want.count(name)
                              ? QStringLiteral("%1 is a view, not the table Territory Planner keeps its data in")
                                    .arg(quoted(name))
                              : QStringLiteral("a view %1 that Territory Planner did not create").arg(quoted(name)));
        } else if (o.type == QLatin1String("index") && !want.count(name)) {
            *problems << QStringLiteral("an index %1 on table %2 that Territory Planner did not create")
                             .arg(quoted(name), o.table);
        } else if (o.type == QLatin1String("table") && !isPlainTable(o) && want.count(name)) {
            *problems << QStringLiteral("%1 is a virtual table, not the table Territory Planner keeps its data in")
                             .arg(quoted(name));
        }
    }
    for (const auto& [name, o] : want) {
        const auto it = have.find(name);
        if (it == have.end()) {
            *problems << (o.type == QLatin1String("index") ? QStringLiteral("the index %1 is missing").arg(quoted(name))
                                                           : QStringLiteral("the table %1 is missing").arg(name));
            continue;
        }
        const Object& h = it->second;
        if (h.type != o.type) {
            if (h.type != QLatin1String("view"))
                *problems << QStringLiteral("%1 is a %2, not a %3").arg(quoted(name), h.type, o.type);
            continue;
        }
        if (o.type == QLatin1String("table")) {
            if (isPlainTable(h)) compareTable(name, o, h, problems);
        } else if (o.type == QLatin1String("index") && (h.table != o.table || h.indexDefinition != o.indexDefinition)) {
            *problems
                << QStringLiteral("the index %1 is defined differently from Territory Planner's").arg(quoted(name));
        }
    }
    return true;
}

} // namespace tp::storage
