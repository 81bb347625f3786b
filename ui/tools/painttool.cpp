#include "ui/tools/painttool.h"

#include "ui/tools/editcontroller.h"
#include "ui/map/mapcanvas.h"

#include "session/editfacade.h"

#include <QKeyEvent>
#include <QCoreApplication>
#include <QMouseEvent>

namespace tp::ui {

void PaintTool::deactivate() {
    if (m_stroke && m_controller->facade()) m_controller->facade()->cancelGesture();
    m_stroke = false;
}

void PaintTool::pressEvent(QMouseEvent* event) {
    session::EditFacade* facade = m_controller->facade();
    if (event->button() != Qt::LeftButton || !facade) return;
    if (m_controller->activeTerritory() == 0) {
        emit m_controller->message(QCoreApplication::translate("tp::ui::MapTools", "Choose the territory to paint with in the Territories dock."));
        return;
    }
    // An approved scenario asks first; the dialog took this press, so the user paints again.
    if (m_controller->requestEdit() != EditController::EditPermission::Allowed) return;
    m_stroke = true;
    m_refused = false;
    m_lastUnit = -1;
    facade->beginGesture();
    paintAt(event->position());
}

void PaintTool::moveEvent(QMouseEvent* event) {
    if (m_stroke) paintAt(event->position());
}

void PaintTool::paintAt(QPointF position) {
    const std::vector<int> units = m_lastUnit < 0 ? std::vector<int>{canvas()->unitAt(position)}
                                                  : canvas()->unitsAlong(m_lastPos, position);
    m_lastPos = position;
    for (int unit : units) {
        if (unit < 0 || unit == m_lastUnit) continue;
        m_lastUnit = unit;
        QString error;
        if (!m_controller->facade()->gestureAssign({unit}, m_controller->activeTerritory(), &error) && !m_refused) {
            m_refused = true;
            emit m_controller->message(error);
        }
    }
}

void PaintTool::releaseEvent(QMouseEvent* event) {
    if (!m_stroke || event->button() != Qt::LeftButton) return;
    m_stroke = false;
    QString error;
    if (!m_controller->facade()->endGesture(&error)) emit m_controller->message(error);
}

bool PaintTool::keyPressEvent(QKeyEvent* event) {
    if (!m_stroke || event->key() != Qt::Key_Escape) return false;
    m_stroke = false;
    m_controller->facade()->cancelGesture();
    return true;
}

} // namespace tp::ui
