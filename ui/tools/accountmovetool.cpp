#include "ui/tools/accountmovetool.h"

#include "ui/tools/editcontroller.h"
#include "ui/map/mapcanvas.h"

#include "model/project.h"
#include "session/editfacade.h"

#include <QKeyEvent>
#include <QCoreApplication>
#include <QMouseEvent>
#include <QPainter>

namespace tp::ui {

void AccountMoveTool::pressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_controller->facade()) return;
    m_account = canvas()->accountAt(event->position(), 8.0);
    if (m_account < 0) return;
    if (m_controller->requestEdit() != EditController::EditPermission::Allowed) {  // asked: drag again
        m_account = -1;
        return;
    }
    m_from = m_to = canvas()->toWidget(canvas()->project()->accounts[std::size_t(m_account)].location);
    canvas()->setCursor(cursor());
}

void AccountMoveTool::moveEvent(QMouseEvent* event) {
    if (m_account < 0) return;
    m_to = event->position();
    canvas()->update();
}

void AccountMoveTool::releaseEvent(QMouseEvent* event) {
    if (m_account < 0 || event->button() != Qt::LeftButton) return;
    const Project& project = *canvas()->project();
    const Account& account = project.accounts[std::size_t(m_account)];
    m_account = -1;
    canvas()->setCursor(cursor());
    canvas()->update();
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

bool AccountMoveTool::keyPressEvent(QKeyEvent* event) {
    if (m_account < 0 || event->key() != Qt::Key_Escape) return false;
    m_account = -1;
    canvas()->setCursor(cursor());
    canvas()->update();
    return true;
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
