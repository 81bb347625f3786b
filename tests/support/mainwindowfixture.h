#pragma once
// Fixtures for the GUI tests that drive the main window (header-only; for tests that link
// tp_ui): a demo copy opened in a shown window, the next modal dialog handed to a callback
// (exec() blocks the test), screenshots on request (TP_SCREENSHOT_DIR), and a watcher of the
// window's task progress dialog that counts the canvas's repaints while it is up.
#include "ui/map/mapcanvas.h"
#include "ui/window/mainwindow.h"

#include "support/democopy.h"

#include <QApplication>
#include <QEvent>
#include <QProgressDialog>
#include <QTest>
#include <QTimer>

#include <functional>

namespace tp::testsupport {

// `path` opened in `window`, shown at 1280x720.
inline bool showProject(ui::MainWindow& window, const QString& path) {
    window.resize(1280, 720);
    window.show();
    return QTest::qWaitForWindowExposed(&window) && window.openProject(path);
}

// A copy of the demo at `path` (a draft by default, so the tools edit without asking), opened in
// `window` as showProject does.
inline bool showDemoCopy(ui::MainWindow& window, const QString& path, DemoScenario scenario = DemoScenario::Draft) {
    return copyDemo(path, scenario) && showProject(window, path);
}

// Runs `fill` on the next modal dialog of type T once it is shown.
template <typename T>
void whenModal(std::function<void(T*)> fill) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, fill] {
        if (auto* d = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fill(d);
        }
    });
    timer->start();
}

// Saves `widget` as TP_SCREENSHOT_DIR/`name` when that variable is set.
inline void screenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("TP_SCREENSHOT_DIR");
    if (!dir.isEmpty()) widget->grab().save(dir + QLatin1Char('/') + name);
}

// Every `intervalMs` while the window's task progress dialog ("taskProgress") is up: asks the
// canvas to repaint, counts the tick and hands `onTick` the dialog; counts the canvas's paint
// events meanwhile.
class ProgressWatcher : public QObject {
public:
    ProgressWatcher(ui::MainWindow* window, int intervalMs, std::function<void(QProgressDialog*)> onTick)
        : m_window(window), m_onTick(std::move(onTick)) {
        window->canvas()->installEventFilter(this);
        connect(&m_timer, &QTimer::timeout, this, &ProgressWatcher::tick);
        m_timer.start(intervalMs);
    }
    int paints = 0; // of the canvas while the dialog was up
    int ticks = 0;  // with the dialog up

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint && dialog()) ++paints;
        return false;
    }

private:
    QProgressDialog* dialog() const {
        for (QProgressDialog* d : m_window->findChildren<QProgressDialog*>(QStringLiteral("taskProgress")))
            if (d->isVisible()) return d;
        return nullptr;
    }
    void tick() {
        QProgressDialog* d = dialog();
        if (!d) return;
        ++ticks;
        m_window->canvas()->update();
        if (m_onTick) m_onTick(d);
    }

    ui::MainWindow* m_window;
    std::function<void(QProgressDialog*)> m_onTick;
    QTimer m_timer;
};

} // namespace tp::testsupport
