#pragma once
// ProjectChangeWatcher: notices when another program (the `territory` CLI, a second window)
// commits to the project file that is open here. It watches the file and its write-ahead log
// (QFileSystemWatcher) and checks again when the application becomes active; each hint is
// confirmed with ProjectFile::hasChangedOnDisk() (PRAGMA data_version, which our own writes do
// not change), then changedOutside() is emitted once per change. Hints are merged by a short
// timer. Does not own the session; the owner calls watch() whenever the session changes (nullptr
// to stop). GUI thread only.

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace tp::session {
class ProjectSession;
}

namespace tp::ui {

class ProjectChangeWatcher : public QObject {
    Q_OBJECT
public:
    explicit ProjectChangeWatcher(QObject* parent = nullptr);

    void watch(session::ProjectSession* session);
    // Confirms at once (also used before an edit and by tests).
    bool check();
    // A worker uses the project file's connection (an import being written): checks wait, and
    // one runs when the hold ends.
    void setHold(bool hold);

signals:
    void changedOutside();

private:
    void hint();
    void rewatch();

    session::ProjectSession* m_session = nullptr;
    QFileSystemWatcher m_files;
    QTimer m_settle;
    bool m_hold = false;
    bool m_pending = false;
};

} // namespace tp::ui
