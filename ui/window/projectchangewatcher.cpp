#include "ui/window/projectchangewatcher.h"

#include "session/projectsession.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace tp::ui {

ProjectChangeWatcher::ProjectChangeWatcher(QObject* parent) : QObject(parent) {
    // A commit touches the log several times in a few milliseconds; one check after it settles.
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &ProjectChangeWatcher::check);
    connect(&m_files, &QFileSystemWatcher::fileChanged, this, &ProjectChangeWatcher::hint);
    // The log is created and deleted as connections come and go: watch the folder for that.
    connect(&m_files, &QFileSystemWatcher::directoryChanged, this, &ProjectChangeWatcher::hint);
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive) hint();
        });
}

void ProjectChangeWatcher::watch(session::ProjectSession* session) {
    m_session = session;
    m_settle.stop();
    rewatch();
}

void ProjectChangeWatcher::rewatch() {
    const QStringList old = m_files.files() + m_files.directories();
    if (!old.isEmpty()) m_files.removePaths(old);
    if (!m_session) return;
    const QString path = m_session->path();
    QStringList paths{path, QFileInfo(path).absolutePath()};
    if (QFileInfo::exists(path + QStringLiteral("-wal"))) paths << path + QStringLiteral("-wal");
    m_files.addPaths(paths);
}

void ProjectChangeWatcher::hint() {
    if (!m_session) return;
    // The log file may have appeared or been replaced: keep watching the current one.
    if (QFileInfo::exists(m_session->path() + QStringLiteral("-wal"))
        && !m_files.files().contains(m_session->path() + QStringLiteral("-wal")))
        rewatch();
    m_settle.start();
}

void ProjectChangeWatcher::setHold(bool hold) {
    m_hold = hold;
    if (!hold && m_pending) {
        m_pending = false;
        m_settle.start();
    }
}

bool ProjectChangeWatcher::check() {
    if (m_hold) {
        m_pending = true;
        return false;
    }
    if (!m_session || !m_session->file().hasChangedOnDisk()) return false;
    emit changedOutside();
    return true;
}

} // namespace tp::ui
