#include "ui/tools/boundarytool.h"

#include "ui/tools/editcontroller.h"
#include "ui/map/mapcanvas.h"

#include "model/project.h"
#include "session/editfacade.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace tp::ui {

void BoundaryTool::deactivate() {
    if (m_dragging && m_controller->facade()) m_controller->facade()->cancelGesture();
    m_dragging = false;
}

void BoundaryTool::pressEvent(QMouseEvent* event) {
    session::EditFacade* facade = m_controller->facade();
    const Project* project = canvas()->project();
    if (event->button() != Qt::LeftButton || !facade || !project || !project->currentScenario()) return;
    const int unit = canvas()->unitAt(event->position());
    if (unit < 0) return;
    if (m_controller->requestEdit() != EditController::EditPermission::Allowed) return;  // asked: drag again
    m_grabbed = project->currentScenario()->unitTerritory[std::size_t(unit)];
    if (m_grabbed == 0) return;
    m_dragging = true;
    m_refused = false;
    m_lastUnit = unit;
    m_lastPos = event->position();
    m_controller->setActiveTerritory(m_grabbed);
    facade->beginGesture();
}

bool BoundaryTool::touchesGrabbed(int unit) const {
    const Project& project = *canvas()->project();
    const std::vector<qint64>& owner = project.currentScenario()->unitTerritory;
    for (const geo::SharedEdge& e : project.adjacency) {
        // Adjacency is sorted by unitA; a linear scan is fine for one unit per mouse move over
        // a few thousand edges, and exact for tens of thousands.
        if (e.unitA == unit && owner[std::size_t(e.unitB)] == m_grabbed) return true;
        if (e.unitB == unit && owner[std::size_t(e.unitA)] == m_grabbed) return true;
    }
    return false;
}

void BoundaryTool::moveEvent(QMouseEvent* event) {
    if (!m_dragging) return;
    for (int unit : canvas()->unitsAlong(m_lastPos, event->position())) {
        if (unit == m_lastUnit) continue;
        m_lastUnit = unit;
        const qint64 owner = canvas()->project()->currentScenario()->unitTerritory[std::size_t(unit)];
        if (owner == m_grabbed || !touchesGrabbed(unit)) continue;
        QString error;
        if (!m_controller->facade()->gestureAssign({unit}, m_grabbed, &error) && !m_refused) {
            m_refused = true;
            emit m_controller->message(error);
        }
    }
    m_lastPos = event->position();
}

void BoundaryTool::releaseEvent(QMouseEvent* event) {
    if (!m_dragging || event->button() != Qt::LeftButton) return;
    m_dragging = false;
    QString error;
    if (!m_controller->facade()->endGesture(&error)) emit m_controller->message(error);
}

bool BoundaryTool::keyPressEvent(QKeyEvent* event) {
    if (!m_dragging || event->key() != Qt::Key_Escape) return false;
    m_dragging = false;
    m_controller->facade()->cancelGesture();
    return true;
}

} // namespace tp::ui
