#include "io/export/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace tp::io {
namespace {

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

QString errnoText(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

// fsync of a file or folder; the reason when it fails.
QString syncPath(const QString& path, bool folder) {
    const int fd =
        ::open(QFile::encodeName(path).constData(), (folder ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0) return errnoText(errno);
    QString reason;
    if (::fsync(fd) != 0 && !(folder && errno == EINVAL)) reason = errnoText(errno);
    if (::close(fd) != 0 && reason.isEmpty()) reason = errnoText(errno);
    return reason;
}

} // namespace

OutputFile::OutputFile(const QString& target, OutputGuard guard) : m_target(target), m_guard(std::move(guard)) {}

OutputFile::~OutputFile() {
    if (m_temp && !m_committed) m_temp->remove();
}

QString OutputFile::failure(const QString& reason) const {
    QString text = reason.trimmed();
    while (text.endsWith(QLatin1Char('.'))) text.chop(1);
    return tr("Cannot write \"%1\": %2.").arg(native(m_target), text);
}

bool OutputFile::open(QString* error) {
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return false;
    };
    if (m_target.isEmpty()) return fail(tr("No file name was given to write."));
    if (QString problem = m_guard.problem(m_target); !problem.isEmpty()) return fail(problem);
    const QFileInfo info(m_target);
    if (info.isDir()) return fail(failure(tr("it is a folder")));
    // A device or pipe (/dev/full, a FIFO) would be replaced by the rename, not written.
    if (info.exists() && !info.isFile()) return fail(failure(tr("it is not a regular file")));
    const QDir folder = info.absoluteDir();
    if (!folder.exists()) return fail(failure(tr("the folder \"%1\" does not exist").arg(native(folder.path()))));
    m_temp = std::make_unique<QTemporaryDir>(folder.filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(info.fileName())));
    if (!m_temp->isValid()) {
        const QString reason = m_temp->errorString();
        m_temp.reset();
        return fail(failure(tr("cannot create a file in \"%1\" (%2)").arg(native(folder.path()), reason)));
    }
    return true;
}

QString OutputFile::tempFolder() const {
    return m_temp ? m_temp->path() : QString();
}

QString OutputFile::tempPath() const {
    return m_temp ? m_temp->filePath(QFileInfo(m_target).fileName()) : QString();
}

bool OutputFile::write(const QByteArray& bytes, QString* error) {
    if (!m_temp && !open(error)) return false;
    QFile file(tempPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error) *error = failure(file.errorString());
        return false;
    }
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            if (error) *error = failure(file.errorString());
            file.close();
            return false;
        }
        done += n;
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        if (error) *error = failure(file.errorString());
        return false;
    }
    return true;
}

bool OutputFile::commit(QString* error) {
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return false;
    };
    if (!m_temp) return fail(failure(tr("the file was not opened")));
    // Cancelled: the temporary folder goes with this object and the old target stays as it was.
    if (m_guard.progress().cancelled()) return fail(failure(tr("the export was cancelled")));
    const QDir temp(m_temp->path());
    const QFileInfo targetInfo(m_target);
    const QString mainName = targetInfo.fileName();
    QStringList names = temp.entryList(QDir::Files | QDir::Hidden | QDir::System);
    if (!names.contains(mainName)) return fail(failure(tr("nothing was written")));
    // The main file last: until it is in place, an old target stays usable.
    names.removeAll(mainName);
    names.append(mainName);
    const QDir folder = targetInfo.absoluteDir();
    for (const QString& name : names) {
        if (const QString reason = syncPath(temp.filePath(name), false); !reason.isEmpty())
            return fail(failure(reason));
        if (QString problem = m_guard.problem(folder.filePath(name)); !problem.isEmpty()) return fail(problem);
    }
    // The side files an old target had and the new one lacks.
    QStringList stale;
    const QString base = targetInfo.completeBaseName();
    for (const QString& suffix : m_sideSuffixes) {
        const QString name = base + QLatin1Char('.') + suffix;
        if (!names.contains(name) && QFileInfo::exists(folder.filePath(name))) stale << folder.filePath(name);
    }
    for (const QString& name : names) {
        const QByteArray from = QFile::encodeName(temp.filePath(name));
        const QByteArray to = QFile::encodeName(folder.filePath(name));
        if (std::rename(from.constData(), to.constData()) != 0)
            return fail(failure(tr("cannot replace \"%1\" (%2)").arg(native(folder.filePath(name)), errnoText(errno))));
    }
    for (const QString& path : stale) QFile::remove(path);
    m_committed = true;
    m_temp->remove();
    syncPath(folder.absolutePath(), true); // the renames themselves; best effort
    return true;
}

} // namespace tp::io
