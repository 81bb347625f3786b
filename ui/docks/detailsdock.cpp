#include "ui/docks/detailsdock.h"

#include "ui/map/mapinspector.h"

#include "model/project.h"
#include "session/projectsession.h"
#include "session/sessionnotifier.h"

#include <QTextBrowser>

namespace tp::ui {

DetailsDock::DetailsDock(QWidget* parent) : QDockWidget(tr("Details"), parent), m_view(new QTextBrowser) {
    setObjectName(QStringLiteral("detailsDock"));
    m_view->setOpenLinks(false);
    setWidget(m_view);
    showHint();
}

void DetailsDock::setSession(session::ProjectSession* session) {
    if (m_session) disconnect(&m_session->notifier(), nullptr, this, nullptr);
    m_session = session;
    showHint();
    if (!m_session) return;
    const session::SessionNotifier* n = &m_session->notifier();
    // A unit's or account's territory, rep and figures follow the plan; live gesture steps wait
    // for the gesture's end.
    connect(n, &session::SessionNotifier::unitsReassigned, this, [this](qint64, const std::vector<int>&, bool live) {
        if (!live) rewrite();
    });
    connect(n, &session::SessionNotifier::territoriesChanged, this, &DetailsDock::rewrite);
    connect(n, &session::SessionNotifier::accountsReassigned, this, &DetailsDock::rewrite);
    connect(n, &session::SessionNotifier::currentScenarioChanged, this, &DetailsDock::rewrite);
    connect(n, &session::SessionNotifier::accountsChanged, this, &DetailsDock::rewrite);
}

void DetailsDock::showUnit(int unit) {
    m_subject = Subject::Unit;
    m_index = unit;
    rewrite();
}

void DetailsDock::showAccount(int account) {
    m_subject = Subject::Account;
    m_index = account;
    rewrite();
}

void DetailsDock::rewrite() {
    const Project* p = m_session ? &m_session->project() : nullptr;
    if (m_subject == Subject::Unit && p && m_index >= 0 && m_index < int(p->units.size()))
        return showHtml(MapInspector(*m_session).unitDetails(m_index));
    if (m_subject == Subject::Account && p && m_index >= 0 && m_index < int(p->accounts.size()))
        return showHtml(MapInspector(*m_session).accountDetails(m_index));
    if (m_subject != Subject::None) showHint();
}

void DetailsDock::showHint() {
    m_subject = Subject::None;
    m_index = -1;
    showHtml(tr("<p style='color:#5b6670'>Click a county or an account on the map.</p>"));
}

void DetailsDock::showHtml(const QString& html) {
    m_view->setHtml(html);
}

QString DetailsDock::text() const {
    return m_view->toPlainText();
}

} // namespace tp::ui
