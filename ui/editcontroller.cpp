#include "editcontroller.h"

#include "mapcanvas.h"

#include "session/editfacade.h"
#include "session/projectsession.h"

namespace tp::ui {

EditController::EditController(MapCanvas* canvas, QObject* parent) : QObject(parent), m_canvas(canvas) {}

void EditController::setFacade(session::EditFacade* facade) {
    m_facade = facade;
    m_activeTerritory = 0;
    m_canvas->setSelection({});
    emit activeTerritoryChanged(0);
    emit selectionChanged();
}

void EditController::setActiveTerritory(qint64 territoryId) {
    if (territoryId == m_activeTerritory) return;
    m_activeTerritory = territoryId;
    emit activeTerritoryChanged(territoryId);
}

const std::vector<int>& EditController::selection() const { return m_canvas->selection(); }

void EditController::setSelection(std::vector<int> units) {
    const std::vector<int> before = m_canvas->selection();
    m_canvas->setSelection(std::move(units));
    if (m_canvas->selection() != before) emit selectionChanged();
}

bool EditController::assignSelection() {
    if (!m_facade || selection().empty()) return false;
    if (m_activeTerritory == 0) {
        emit message(tr("Choose a territory to assign to first (Territories dock)."));
        return false;
    }
    QString error;
    if (!m_facade->assignUnits(selection(), m_activeTerritory, &error)) {
        emit message(error);
        return false;
    }
    return true;
}

} // namespace tp::ui
