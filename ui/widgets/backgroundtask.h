#pragma once
// BackgroundTask: runs one piece of long work (an import, an export, opening a project) on a
// worker thread while a window-modal progress dialog says what is happening and offers Cancel.
// run() returns when the work has finished; meanwhile the event loop keeps running, so every
// window repaints, while the modal dialog keeps the user from editing what the work reads.
// Cancel sets the work's TaskProgress flag; the work stops at its next check and leaves
// everything as it was (see TaskProgress). The dialog shows at once: before it does, nothing would keep
// the user from editing the project the work reads. Owns the worker thread and the dialog for the duration of run(); GUI thread.

#include "model/taskprogress.h"

#include <QObject>
#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

namespace tp::ui {

class BackgroundTask : public QObject {
    Q_OBJECT
public:
    // Returns false when it stopped because it was cancelled (and left everything as it was),
    // true when it ran to its end (successfully or with an error it keeps for the caller).
    using Work = std::function<bool(const TaskProgress& progress)>;

    // Runs `work` and returns what it returned: false when the user cancelled it and the work
    // stopped (by the time run() returns). The dialog's object name is "taskProgress".
    static bool run(QWidget* parent, const QString& title, const QString& label, const Work& work);

signals:
    void progressed(const QString& step, double fraction);

private:
    BackgroundTask() = default;
    void show(const QString& step, double fraction);
    QProgressDialog* m_dialog = nullptr;
};

} // namespace tp::ui
