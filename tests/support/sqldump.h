#pragma once
// SqlDump: every row of every table of an SQLite file as text (tables by name, rows by rowid or
// primary key), read through a fresh connection: what "the project file is as it was" means
// beyond its bytes (the write-ahead log may hold rolled-back frames). Header-only.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

namespace tp::testsupport {

inline QByteArray sqlDump(const QString& path) {
    QByteArray out;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return QByteArrayLiteral("(cannot open)");
    }
    QStringList tables;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name", -1, &st,
                           nullptr)
        == SQLITE_OK)
        while (sqlite3_step(st) == SQLITE_ROW) {
            tables << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
            out += QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 1))) + '\n';
        }
    sqlite3_finalize(st);
    for (const QString& table : tables) {
        // ORDER BY every column: the same rows give the same text whatever their storage order.
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\" ORDER BY 1, 2";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            out += "(cannot read " + table.toUtf8() + ")\n";
            continue;
        }
        out += "-- " + table.toUtf8() + '\n';
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const int type = sqlite3_column_type(st, c);
                if (type == SQLITE_NULL)
                    out += "NULL";
                else if (type == SQLITE_BLOB)
                    out += QByteArray(static_cast<const char*>(sqlite3_column_blob(st, c)), sqlite3_column_bytes(st, c))
                               .toHex();
                else
                    out += QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, c)));
                out += '|';
            }
            out += '\n';
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

} // namespace tp::testsupport
