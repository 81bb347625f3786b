#pragma once
// OutputGuard: refuses output paths that resolve to a protected file: the open project and its
// SQLite side files (-wal, -shm, -journal). Compares file identity (device and inode, following
// symbolic links to their final target), so a symbolic link, a hard link, "dir/../project" or
// another spelling of the same path is caught, not only the same path text. A target that does
// not exist yet is compared by its canonical folder and name (a side file that SQLite has not
// created yet). Every writer of exports, reports, images and project copies asks it, through
// OutputFile. It also carries the TaskProgress of the export it guards: every writer gets the
// guard, so OutputFile::commit() refuses to replace the target once the user cancelled, and the
// writers' row and page loops report through it and stop early.
// Value type; any thread (it looks at the file system on every call).

#include "model/taskprogress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tp::io {

class OutputGuard {
    Q_DECLARE_TR_FUNCTIONS(tp::io::OutputGuard)

public:
    OutputGuard() = default; // protects nothing: a project that lives only in memory
    explicit OutputGuard(const QString& projectPath);

    // Empty when `path` may be written, else a message saying why not.
    QString problem(const QString& path) const;
    bool allows(const QString& path, QString* error) const;
    // True when `path` is the project file itself (any spelling or link), not a side file.
    bool isProjectFile(const QString& path) const { return match(path) == Match::Project; }
    const QString& projectPath() const { return m_project; }

    // The export's progress and cancel flag (default: none, never cancelled).
    void setProgress(const TaskProgress& progress) { m_progress = progress; }
    const TaskProgress& progress() const { return m_progress; }

private:
    enum class Match { None, Project, SideFile };
    Match match(const QString& path) const;
    QString m_project;
    TaskProgress m_progress;
};

} // namespace tp::io
