#pragma once
// Damage done to a closed project file on purpose, for the tests of how damage is met (header
// only): one leaf page of a table made unreadable, the rest of the file as it was.
#include <QFile>
#include <QString>
#include <QtEndian>

#include <sqlite3.h>

namespace tp::testsupport {

// The root page of `table` in the file at `path`, 0 when unknown.
inline qint64 rootPageOf(const QString& path, const QString& table) {
    sqlite3* db = nullptr;
    sqlite3_stmt* st = nullptr;
    qint64 root = 0;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_schema WHERE name = ?1", -1, &st, nullptr) == SQLITE_OK
        && sqlite3_bind_text(st, 1, table.toUtf8().constData(), -1, SQLITE_TRANSIENT) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW)
        root = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return root;
}

// Damages one leaf page of `table` in a closed file: its cell pointers are overwritten, so the
// page's rows cannot be found (the file header and the other pages stay as they were). Which
// leaf: the one the middle cell of the root page leads to.
inline bool corruptLeafOf(const QString& path, const QString& table) {
    const qint64 root = rootPageOf(path, table);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return false;
    QByteArray bytes = file.readAll();
    file.close();
    if (root < 2 || bytes.size() < 100) return false;
    const qint64 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    qint64 page = root;
    for (int depth = 0; depth < 8; ++depth) {
        const qint64 start = (page - 1) * pageSize;
        if (start + pageSize > bytes.size()) return false;
        const auto type = quint8(bytes[start]);
        const int cells = qFromBigEndian<quint16>(bytes.constData() + start + 3);
        if (type == 0x0D) { // leaf of a rowid table: header 8 bytes, then 2 bytes per cell
            if (cells < 2) return false;
            for (int i = 0; i < 2 * cells; ++i) bytes[start + 8 + i] = char(0xFF);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        }
        if (type != 0x05) return false; // interior page: header 12 bytes; cell = 4-byte child page
        const int cellOffset = qFromBigEndian<quint16>(bytes.constData() + start + 12 + 2 * (cells / 2));
        page = qFromBigEndian<quint32>(bytes.constData() + start + cellOffset);
    }
    return false;
}

} // namespace tp::testsupport
