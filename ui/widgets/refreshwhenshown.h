#pragma once
// RefreshWhenShown: when a dock whose refresh reads the whole project (every account, every unit)
// redoes it. After a change: shortly after (the delay merges a burst, and an edit's map frame goes
// out first) while the dock is shown; when it is next shown while it is hidden (closed, or behind
// another tab). Watches the dock's Show events (not QDockWidget::visibilityChanged, which reports
// false for a dock shown before its layout placed it). Owned by the dock; GUI thread.

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace tp::ui {

class RefreshWhenShown : public QObject {
public:
    RefreshWhenShown(QWidget* dock, std::function<void()> refresh, int delayMs = 150);

    // Something the dock shows changed: refresh shortly, or when shown.
    void changed();
    // Refresh now while the dock is shown, otherwise when it is next shown.
    void changedNow();
    // The dock refreshed now (its refresh calls this): nothing is pending any more.
    void refreshed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_dock;
    std::function<void()> m_refresh;
    QTimer m_timer;
    bool m_stale = false; // a change arrived while the dock was hidden
};

} // namespace tp::ui
