#include "ui/tools/accountmovetool.h"

#include "ui/map/mapcanvas.h"
#include "ui/tools/editcontroller.h"

#include "model/project.h"
#include "session/editfacade.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QPainter>

namespace tp::ui {

bool AccountMoveTool::begin(QMouseEvent* event) {
    if (!m_controller->facade()) return false;
    m_account = canvas()->accountAt(event->position(), 8.0);
    if (m_account < 0) return false;
    if (m_controller->requestEdit() != EditController::EditPermission::Allowed) { // asked: drag again
        m_account = -1;
        return false;
    }
    m_from = m_to = canvas()->toWidget(canvas()->project()->accounts[std::size_t(m_account)].location);
    canvas()->setCursor(cursor());
    return true;
}

void AccountMoveTool::update(QMouseEvent* event) {
    m_to = event->position();
    canvas()->update();
}

void AccountMoveTool::finish(QMouseEvent* event) {
    const Project& project = *canvas()->project();
    const Account& account = project.accounts[std::size_t(m_account)];
    cancel();
    const int unit = canvas()->unitAt(event->position());
    const Scenario* scenario = project.currentScenario();
    if (unit < 0 || !scenario) return;
    const qint64 target = scenario->unitTerritory[std::size_t(unit)];
    const qint64 geographic = account.unit >= 0 ? scenario->unitTerritory[std::size_t(account.unit)] : 0;
    if (target == 0) {
        emit m_controller->message(QCoreApplication::translate("tp::ui::MapTools", "Drop the account on a territory."));
        return;
    }
    QString error;
    if (!m_controller->facade()->setAccountOverride(account.id, target == geographic ? 0 : target, &error))
        emit m_controller->message(error);
}

void AccountMoveTool::cancel() {
    m_account = -1;
    canvas()->setCursor(cursor());
    canvas()->update();
}

void AccountMoveTool::paint(QPainter& painter) {
    if (m_account < 0) return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x10, 0x6b, 0xd6), 2.0, Qt::DashLine));
    painter.drawLine(m_from, m_to);
    painter.setBrush(QColor(0x10, 0x6b, 0xd6));
    painter.setPen(QPen(Qt::white, 1.5));
    painter.drawEllipse(m_to, 5.0, 5.0);
    painter.restore();
}

} // namespace tp::ui
