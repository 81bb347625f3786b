#include "projectfilecheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace tp::storage {

QString ProjectFileCheck::problem(const QString& path) {
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (path.isEmpty()) return QStringLiteral("No project file was given.");
    if (!info.exists()) return QStringLiteral("The project file \"%1\" does not exist.").arg(name);
    if (info.isDir()) return QStringLiteral("\"%1\" is a folder, not a project file.").arg(name);
    if (info.size() == 0)
        return QStringLiteral("\"%1\" is empty (0 bytes); it is not a Territory Planner project.").arg(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("The project file \"%1\" cannot be read: %2.").arg(name, file.errorString());
    if (!info.isWritable())
        return QStringLiteral("The project file \"%1\" is read-only; Territory Planner saves every change to it "
                              "as you go, so it needs write access.").arg(name);

    // https://www.sqlite.org/fileformat.html#the_database_header
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return QStringLiteral("\"%1\" is not a Territory Planner project (it is not an SQLite database; "
                              "it may be another kind of file or badly damaged).").arg(name);
    const auto be32 = [&header](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
    qint64 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1) pageSize = 65536;
    const quint32 pageCount = be32(28);
    const bool pageCountValid = pageCount != 0 && be32(24) == be32(92);
    // Pages still in a write-ahead log may legitimately be missing from the main file.
    const bool hasWal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (pageCountValid && !hasWal && info.size() < pageSize * qint64(pageCount))
        return QStringLiteral("The project file \"%1\" is damaged: it is shorter than it should be (%2 of %3 bytes); "
                              "it was probably cut off while being copied or downloaded.")
            .arg(name).arg(info.size()).arg(pageSize * qint64(pageCount));
    return {};
}

} // namespace tp::storage
