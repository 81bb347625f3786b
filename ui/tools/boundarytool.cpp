#include "ui/tools/boundarytool.h"

#include "ui/map/mapcanvas.h"
#include "ui/tools/editcontroller.h"

#include "model/project.h"
#include "session/editfacade.h"

#include <QMouseEvent>

namespace tp::ui {

bool BoundaryTool::begin(QMouseEvent* event) {
    session::EditFacade* facade = m_controller->facade();
    const Project* project = canvas()->project();
    if (!facade || !project || !project->currentScenario()) return false;
    const int unit = canvas()->unitAt(event->position());
    if (unit < 0) return false;
    if (m_controller->requestEdit() != EditController::EditPermission::Allowed) return false;  // asked: drag again
    m_grabbed = project->currentScenario()->unitTerritory[std::size_t(unit)];
    if (m_grabbed == 0) return false;
    m_refused = false;
    m_lastUnit = unit;
    m_lastPos = event->position();
    m_controller->setActiveTerritory(m_grabbed);
    facade->beginGesture();
    return true;
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

void BoundaryTool::update(QMouseEvent* event) {
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

void BoundaryTool::finish(QMouseEvent*) {
    QString error;
    if (!m_controller->facade()->endGesture(&error)) emit m_controller->message(error);
}

void BoundaryTool::cancel() {
    if (m_controller->facade()) m_controller->facade()->cancelGesture();
}

} // namespace tp::ui
