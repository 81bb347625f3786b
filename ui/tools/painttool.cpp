#include "ui/tools/painttool.h"

#include "ui/map/mapcanvas.h"
#include "ui/tools/editcontroller.h"

#include "session/editfacade.h"

#include <QCoreApplication>
#include <QMouseEvent>

namespace tp::ui {

bool PaintTool::begin(QMouseEvent* event) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return false;
    if (m_controller->activeTerritory() == 0) {
        emit m_controller->message(QCoreApplication::translate("tp::ui::MapTools", "Choose the territory to paint with in the Territories dock."));
        return false;
    }
    // An approved scenario asks first; the dialog took this press, so the user paints again.
    if (m_controller->requestEdit() != EditController::EditPermission::Allowed) return false;
    m_refused = false;
    m_lastUnit = -1;
    facade->beginGesture();
    paintAt(event->position());
    return true;
}

void PaintTool::update(QMouseEvent* event) { paintAt(event->position()); }

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

void PaintTool::finish(QMouseEvent*) {
    QString error;
    if (!m_controller->facade()->endGesture(&error)) emit m_controller->message(error);
}

void PaintTool::cancel() {
    if (m_controller->facade()) m_controller->facade()->cancelGesture();
}

} // namespace tp::ui
