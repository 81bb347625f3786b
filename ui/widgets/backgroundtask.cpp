#include "ui/widgets/backgroundtask.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <cmath>

namespace tp::ui {

void BackgroundTask::show(const QString& step, double fraction) {
    if (!m_dialog) return;
    if (!step.isEmpty()) m_dialog->setLabelText(step);
    if (fraction < 0) {
        m_dialog->setRange(0, 0); // busy indicator: the work cannot tell how far it is
    } else {
        if (m_dialog->maximum() != 1000) m_dialog->setRange(0, 1000);
        m_dialog->setValue(int(std::lround(fraction * 1000)));
    }
}

bool BackgroundTask::run(QWidget* parent, const QString& title, const QString& label, const Work& work) {
    BackgroundTask task;
    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("taskProgress"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(0);
    dialog.setMinimumWidth(420);
    dialog.hide(); // QProgressDialog shows itself on its own timer otherwise
    task.m_dialog = &dialog;

    // Progress arrives on the worker; the queued connection hands it to this thread.
    connect(&task, &BackgroundTask::progressed, &task, &BackgroundTask::show, Qt::QueuedConnection);
    TaskProgress progress([&task](const QString& step, double fraction) { emit task.progressed(step, fraction); });
    connect(&dialog, &QProgressDialog::canceled, &task, [&] {
        progress.cancel();
        dialog.setLabelText(tr("Cancelling…"));
        dialog.setCancelButtonText(QString()); // nothing more to press: the work stops at its next check
    });

    QEventLoop loop;
    bool completed = false;
    QThread* thread = QThread::create([&work, &completed, progress] { completed = work(progress); });
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    dialog.show();
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    // Progress still queued for the dialog is dropped with the task.
    task.m_dialog = nullptr;
    return completed;
}

} // namespace tp::ui
