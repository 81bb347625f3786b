#include "ui/docks/coveragedock.h"

#include "ui/widgets/readonlytable.h"
#include "ui/widgets/refreshwhenshown.h"

#include "ui/tools/editcontroller.h"

#include "model/project.h"
#include "session/editfacade.h"
#include "session/projectsession.h"
#include "session/sessionnotifier.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tp::ui {
namespace {

void fillAccount(QTableWidget* table, int row, const Account& a) {
    table->setItem(row, 0, ReadOnlyTable::cell(a.externalId));
    table->setItem(row, 1, ReadOnlyTable::cell(a.name));
    table->setItem(row, 2, ReadOnlyTable::cell(a.segment));
    table->setItem(row, 3, ReadOnlyTable::cell(a.industry));
    table->setItem(row, 4, ReadOnlyTable::cell(a.tier));
}

} // namespace

CoverageDock::CoverageDock(EditController* controller, QWidget* parent)
    : QDockWidget(tr("Coverage"), parent), m_controller(controller), m_summary(new QLabel), m_tabs(new QTabWidget),
      m_teams(ReadOnlyTable::make({tr("Team"), tr("Kind"), tr("Accounts"), tr("In no territory")})),
      m_uncovered(ReadOnlyTable::make({tr("Account"), tr("Name"), tr("Segment"), tr("Industry"), tr("Tier")})),
      m_doubled(
          ReadOnlyTable::make({tr("Account"), tr("Name"), tr("Segment"), tr("Industry"), tr("Tier"), tr("Teams")})) {
    setObjectName(QStringLiteral("coverageDock"));
    m_summary->setWordWrap(true);
    QFont f = m_summary->font();
    f.setBold(true);
    m_summary->setFont(f);
    m_tabs->addTab(m_teams, tr("Teams"));
    m_tabs->addTab(m_uncovered, tr("No primary team"));
    m_tabs->addTab(m_doubled, tr("Two primary teams"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    setWidget(body);
    m_refresher = new RefreshWhenShown(this, [this] { refresh(); });
    connect(m_controller, &EditController::facadeChanged, this, &CoverageDock::subscribe);
    refresh();
}

void CoverageDock::subscribe() {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return refresh();
    const session::SessionNotifier* n = &facade->notifier();
    connect(n, &session::SessionNotifier::unitsReassigned, this, [this](qint64, const std::vector<int>&, bool live) {
        if (!live) m_refresher->changed();
    });
    connect(n, &session::SessionNotifier::territoriesChanged, m_refresher, &RefreshWhenShown::changed);
    connect(n, &session::SessionNotifier::accountsReassigned, m_refresher, &RefreshWhenShown::changed);
    connect(n, &session::SessionNotifier::currentScenarioChanged, m_refresher, &RefreshWhenShown::changed);
    connect(n, &session::SessionNotifier::accountsChanged, m_refresher, &RefreshWhenShown::changed);
    connect(n, &session::SessionNotifier::teamsChanged, m_refresher, &RefreshWhenShown::changed);
    if (isVisible()) return refresh();
    // The last project's figures go at once; the new project's come when the dock is shown.
    m_coverage = TeamCoverage{};
    m_summary->clear();
    for (QTableWidget* t : {m_teams, m_uncovered, m_doubled}) t->setRowCount(0);
    m_refresher->changedNow();
}

QString CoverageDock::summary() const {
    const QLocale locale;
    if (m_coverage.teams.empty()) return tr("No project open.");
    if (m_coverage.isClean())
        return tr("Every account has exactly one primary team (%n primary team(s)).", nullptr, m_coverage.primaryTeams);
    return tr("%1 accounts have no primary team, %2 have two or more.")
        .arg(locale.toString(qlonglong(m_coverage.uncovered.size())),
             locale.toString(qlonglong(m_coverage.doubled.size())));
}

void CoverageDock::refresh() {
    m_refresher->refreshed();
    session::EditFacade* facade = m_controller->facade();
    m_coverage = facade ? TeamCoverage::compute(facade->session().project()) : TeamCoverage{};
    m_summary->setText(summary());
    for (QTableWidget* t : {m_teams, m_uncovered, m_doubled}) t->setRowCount(0);
    if (!facade) return;
    const Project& p = facade->session().project();
    const QLocale locale;
    m_teams->setRowCount(int(p.teams.size()));
    for (std::size_t i = 0; i < p.teams.size() && i < m_coverage.teams.size(); ++i) {
        const Team& t = p.teams[i];
        m_teams->setItem(int(i), 0, ReadOnlyTable::cell(t.name));
        m_teams->setItem(int(i), 1, ReadOnlyTable::cell(t.kind == Team::Kind::Overlay ? tr("overlay") : tr("primary")));
        m_teams->setItem(int(i), 2, ReadOnlyTable::cell(locale.toString(m_coverage.teams[i].covered), true));
        m_teams->setItem(int(i), 3, ReadOnlyTable::cell(locale.toString(m_coverage.teams[i].unassigned), true));
    }
    const int gaps = int(std::min<std::size_t>(m_coverage.uncovered.size(), maxListedRows));
    m_uncovered->setRowCount(gaps);
    for (int r = 0; r < gaps; ++r)
        fillAccount(m_uncovered, r, p.accounts[std::size_t(m_coverage.uncovered[std::size_t(r)])]);
    const int doubles = int(std::min<std::size_t>(m_coverage.doubled.size(), maxListedRows));
    m_doubled->setRowCount(doubles);
    for (int r = 0; r < doubles; ++r) {
        const TeamCoverage::Doubled& d = m_coverage.doubled[std::size_t(r)];
        fillAccount(m_doubled, r, p.accounts[std::size_t(d.account)]);
        QStringList names;
        for (qint64 id : d.teamIds)
            if (const Team* t = p.team(id)) names << t->name;
        m_doubled->setItem(r, 5, ReadOnlyTable::cell(names.join(QStringLiteral(", "))));
    }
    m_tabs->setTabText(1, tr("No primary team (%1)").arg(locale.toString(qlonglong(m_coverage.uncovered.size()))));
    m_tabs->setTabText(2, tr("Two primary teams (%1)").arg(locale.toString(qlonglong(m_coverage.doubled.size()))));
}

} // namespace tp::ui
