#include "projectfilecheck.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QtEndian>

#include <algorithm>

namespace tp::storage {

QString ProjectFileCheck::problem(const QString& path) {
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (path.isEmpty()) return QStringLiteral("No project file was given.");
    if (!info.exists()) return QStringLiteral("The project file \"%1\" does not exist.").arg(name);
    if (info.isDir()) return QStringLiteral("\"%1\" is a folder, not a project file.").arg(name);
    if (info.size() == 0)
        return QStringLiteral("\"%1\" is empty (0 bytes); it is not a Territory Planner project.").arg(name);
    // Checked without opening the file: closing any descriptor of a database file drops every
    // POSIX lock this process holds on it, including those of a connection that is open on it
    // (the one being reloaded), after which another program would take it for unused.
    if (!info.isReadable())
        return QStringLiteral("The project file \"%1\" cannot be read: permission denied.").arg(name);
    if (!info.isWritable())
        return QStringLiteral("The project file \"%1\" is read-only; Territory Planner saves every change to it "
                              "as you go, so it needs write access.")
            .arg(name);
    return {};
}

QString ProjectFileCheck::headerProblem(const QString& path, const QByteArray& header) {
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    // https://www.sqlite.org/fileformat.html#the_database_header
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return QStringLiteral("\"%1\" is not a Territory Planner project (it is not an SQLite database; "
                              "it may be another kind of file or badly damaged).")
            .arg(name);
    const auto be32 = [&header](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
    qint64 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1) pageSize = 65536;
    const quint32 pageCount = be32(28);
    const bool pageCountValid = pageCount != 0 && be32(24) == be32(92);
    // Pages still in a write-ahead log may legitimately be missing from the main file.
    const bool hasWal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    const qint64 claimed = pageSize * qint64(pageCount);
    if (pageCountValid && !hasWal && info.size() < claimed) {
        const QLocale c = QLocale::c();
        const QString says =
            QStringLiteral("its header says it has %1 pages of %2 bytes (%3), but the file holds %4 bytes")
                .arg(pageCount)
                .arg(pageSize)
                .arg(c.formattedDataSize(claimed, 1, QLocale::DataSizeTraditionalFormat))
                .arg(info.size());
        // A copy cut short keeps a header that was right for the whole file; a header claiming
        // far more than any copy could have lost is damaged itself.
        if (claimed > qint64(64) * std::max<qint64>(info.size(), pageSize))
            return QStringLiteral("The project file \"%1\" is damaged: %2. The header itself is wrong, so the file "
                                  "cannot be opened.")
                .arg(name, says);
        return QStringLiteral("The project file \"%1\" is damaged: %2. It was probably cut off while being copied or "
                              "downloaded; copy it again from where it came from.")
            .arg(name, says);
    }
    return {};
}

} // namespace tp::storage
