#include "gesturetool.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace tp::ui {

void GestureTool::deactivate() {
    if (!m_active) return;
    m_active = false;
    cancel();
}

void GestureTool::pressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    if (m_active) { // a press without its release (e.g. taken by a dialog): the old gesture ends
        m_active = false;
        cancel();
    }
    m_active = begin(event);
}

void GestureTool::moveEvent(QMouseEvent* event) {
    if (m_active)
        update(event);
    else
        hover(event);
}

void GestureTool::releaseEvent(QMouseEvent* event) {
    if (!m_active || event->button() != Qt::LeftButton) return;
    m_active = false;
    finish(event);
}

bool GestureTool::keyPressEvent(QKeyEvent* event) {
    if (event->key() != Qt::Key_Escape) return key(event);
    const bool wasActive = m_active;
    if (m_active) {
        m_active = false;
        cancel();
    }
    return escape(wasActive);
}

} // namespace tp::ui
