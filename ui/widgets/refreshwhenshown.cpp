#include "ui/widgets/refreshwhenshown.h"

#include <QEvent>
#include <QWidget>

namespace tp::ui {

RefreshWhenShown::RefreshWhenShown(QWidget* dock, std::function<void()> refresh, int delayMs)
    : QObject(dock), m_dock(dock), m_refresh(std::move(refresh)) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_refresh(); });
    dock->installEventFilter(this);
}

void RefreshWhenShown::changed() {
    if (m_dock->isVisible())
        m_timer.start();
    else
        m_stale = true;
}

void RefreshWhenShown::changedNow() {
    if (m_dock->isVisible())
        m_refresh();
    else
        m_stale = true;
}

void RefreshWhenShown::refreshed() {
    m_stale = false;
    m_timer.stop();
}

bool RefreshWhenShown::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_dock && event->type() == QEvent::Show && m_stale) m_refresh();
    return QObject::eventFilter(watched, event);
}

} // namespace tp::ui
