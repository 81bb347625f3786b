#include "io/export/outputguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace tp::io {
namespace {

struct Identity {
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const Identity&) const = default;
};

// The identity of the file `path` finally names (symbolic links followed); false if none.
bool identityOf(const QString& path, Identity* out) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) return false;
    *out = {st.st_dev, st.st_ino};
    return true;
}

// The absolute path `path` names with its folder's symbolic links and "." / ".." resolved and,
// when `path` itself is a symbolic link (also a dangling one), the link's final target; the
// text itself when the folder does not exist.
QString resolvedPath(const QString& path) {
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops < 40; ++hops) {
        const QFileInfo info(current);
        if (!info.isSymLink()) break;
        const QString target = info.symLinkTarget(); // absolute, one level
        if (target.isEmpty()) break;
        current = target;
    }
    const QFileInfo info(current);
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? QDir::cleanPath(current) : QDir(folder).filePath(info.fileName());
}

} // namespace

OutputGuard::OutputGuard(const QString& projectPath) : m_project(projectPath) {}

OutputGuard::Match OutputGuard::match(const QString& path) const {
    if (m_project.isEmpty()) return Match::None;
    Identity target;
    const bool exists = identityOf(path, &target);
    const QString resolved = exists ? QString() : resolvedPath(path);
    const QString project = exists ? QString() : resolvedPath(m_project);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        Identity identity;
        const bool same = exists ? identityOf(m_project + QLatin1String(suffix), &identity) && identity == target
                                 : resolved == project + QLatin1String(suffix);
        if (same) return *suffix ? Match::SideFile : Match::Project;
    }
    return Match::None;
}

QString OutputGuard::problem(const QString& path) const {
    const QString name = QDir::toNativeSeparators(path);
    switch (match(path)) {
        case Match::None:
            return {};
        case Match::Project:
            return tr("\"%1\" is the open project file; choose another file name.").arg(name);
        case Match::SideFile:
            return tr("\"%1\" is a working file of the open project; choose another file name.").arg(name);
    }
    return {};
}

bool OutputGuard::allows(const QString& path, QString* error) const {
    const QString message = problem(path);
    if (message.isEmpty()) return true;
    if (error) *error = message;
    return false;
}

} // namespace tp::io
