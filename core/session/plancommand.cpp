#include "plancommand.h"

#include "editfacade.h"

namespace tp::session {

PlanCommand::PlanCommand(EditFacade& facade, PlanChange change, const QString& text)
    : m_facade(facade), m_change(std::move(change)) {
    setText(text);
}

void PlanCommand::redo() {
    if (m_silent || m_applied) {
        m_applied = true;
        return;
    }
    m_applied = m_facade.applyFromHistory(m_change, text());
}

void PlanCommand::undo() {
    if (m_silent) {
        m_applied = false;
        return;
    }
    if (m_facade.applyFromHistory(m_change.inverted(), QStringLiteral("Undo: ") + text())) m_applied = false;
}

} // namespace tp::session
