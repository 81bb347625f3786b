#include "ui/docks/historydock.h"

#include <QUndoGroup>
#include <QUndoView>

namespace tp::ui {

HistoryDock::HistoryDock(QWidget* parent) : QDockWidget(tr("History"), parent), m_view(new QUndoView) {
    setObjectName(QStringLiteral("historyDock"));
    m_view->setEmptyLabel(tr("<opened>"));
    m_view->setAlternatingRowColors(true);
    setWidget(m_view);
}

void HistoryDock::setUndoGroup(QUndoGroup* group) {
    m_view->setGroup(group);
}

} // namespace tp::ui
