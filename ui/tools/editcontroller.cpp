#include "ui/tools/editcontroller.h"

#include "ui/map/mapcanvas.h"

#include "session/editfacade.h"
#include "session/projectsession.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace tp::ui {

EditController::EditController(MapCanvas* canvas, QObject* parent) : QObject(parent), m_canvas(canvas) {}

void EditController::setFacade(session::EditFacade* facade) {
    m_facade = facade;
    m_activeTerritory = 0;
    m_canvas->setSelection({});
    emit activeTerritoryChanged(0);
    emit selectionChanged();
    emit facadeChanged();
}

void EditController::setActiveTerritory(qint64 territoryId) {
    if (territoryId == m_activeTerritory) return;
    m_activeTerritory = territoryId;
    emit activeTerritoryChanged(territoryId);
}

const std::vector<int>& EditController::selection() const {
    return m_canvas->selection();
}

void EditController::setSelection(std::vector<int> units) {
    const std::vector<int> before = m_canvas->selection();
    m_canvas->setSelection(std::move(units));
    if (m_canvas->selection() != before) emit selectionChanged();
}

EditController::EditPermission EditController::requestEdit() {
    if (!m_facade) return EditPermission::Refused;
    const Project& p = m_facade->session().project();
    const Scenario* current = p.currentScenario();
    if (!current || current->status != Scenario::Status::Approved) return EditPermission::Allowed;

    QMessageBox box(QMessageBox::Question, tr("Approved Scenario"),
                    tr("%1 is approved. Edit a copy, or reopen it as a draft (this is logged)?").arg(current->name),
                    QMessageBox::NoButton, m_canvas->window());
    box.setObjectName(QStringLiteral("approvedScenarioGuard"));
    QPushButton* copy = box.addButton(tr("Make a copy to edit"), QMessageBox::AcceptRole);
    copy->setObjectName(QStringLiteral("makeCopyButton"));
    QPushButton* reopen = box.addButton(tr("Reopen as draft"), QMessageBox::DestructiveRole);
    reopen->setObjectName(QStringLiteral("reopenButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(copy);
    box.exec();

    const qint64 scenarioId = current->id;
    QString error;
    if (box.clickedButton() == reopen) {
        if (!m_facade->setScenarioStatus(scenarioId, Scenario::Status::Draft, &error)) {
            emit message(error);
            return EditPermission::Refused;
        }
        emit message(tr("%1 reopened as a draft.").arg(current->name));
        return EditPermission::Asked;
    }
    if (box.clickedButton() != copy) return EditPermission::Refused;

    // The copy's territories are made in the same order as the original's.
    int activeIndex = -1;
    const std::vector<const Territory*> before = p.territoriesOf(scenarioId);
    for (std::size_t i = 0; i < before.size(); ++i)
        if (before[i]->id == m_activeTerritory) activeIndex = int(i);
    const QString name = tr("%1 (copy)").arg(current->name);
    const qint64 id = m_facade->createScenario(name, scenarioId, &error);
    if (id == 0 || !m_facade->switchScenario(id, &error)) {
        emit message(error);
        return EditPermission::Refused;
    }
    const std::vector<const Territory*> after = p.territoriesOf(id);
    setActiveTerritory(activeIndex >= 0 && activeIndex < int(after.size()) ? after[std::size_t(activeIndex)]->id : 0);
    emit message(tr("Now editing %1; the approved scenario is unchanged.").arg(name));
    return EditPermission::Asked;
}

bool EditController::assignSelection() {
    if (!m_facade || selection().empty() || !mayEdit()) return false;
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
