#include "ui/docks/comparedock.h"

#include "ui/widgets/readonlytable.h"

#include "ui/tools/editcontroller.h"
#include "ui/map/mapcanvas.h"

#include "model/metricstable.h"
#include "model/project.h"
#include "session/editfacade.h"
#include "session/projectsession.h"
#include "session/sessionnotifier.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tp::ui {
namespace {

QString signedNumber(double v, int decimals = 0, const QString& suffix = {}) {
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    if (std::abs(v) < 0.5 * std::pow(10.0, -decimals)) return QStringLiteral("0") + suffix;
    return (v > 0 ? QStringLiteral("+") : QString()) + c.toString(v, 'f', decimals) + suffix;
}

QString percentChange(double a, double b) {
    if (a == 0) return b == 0 ? QStringLiteral("0%") : QStringLiteral("new");
    return signedNumber((b - a) / a * 100.0, 0, QStringLiteral("%"));
}

} // namespace

CompareDock::CompareDock(EditController* controller, QWidget* parent)
    : QDockWidget(tr("Compare"), parent), m_controller(controller), m_summary(new QLabel),
      m_hatch(new QCheckBox(tr("Hatch changed units"))), m_tabs(new QTabWidget),
      m_territories(ReadOnlyTable::make({tr("Territory"), tr("Accounts"), tr("Δ accounts"), tr("Workload h"),
                                         tr("Δ workload"), tr("Δ potential"), tr("Δ units")})),
      m_units(ReadOnlyTable::make({tr("Unit"), tr("From"), tr("To")})),
      m_accounts(
          ReadOnlyTable::make({tr("Account"), tr("Name"), tr("From"), tr("To"), tr("Rep before"), tr("Rep after")})) {
    setObjectName(QStringLiteral("compareDock"));
    m_summary->setWordWrap(true);
    QFont f = m_summary->font();
    f.setBold(true);
    m_summary->setFont(f);
    m_hatch->setChecked(true);
    connect(m_hatch, &QCheckBox::toggled, this, [this](bool on) {
        std::vector<int> units;
        if (on)
            for (const auto& u : m_diff.units) units.push_back(u.unit);
        m_controller->canvas()->setChangedUnits(std::move(units));
    });
    auto* sideBySide = new QPushButton(tr("Side by side"));
    sideBySide->setObjectName(QStringLiteral("sideBySideButton"));
    connect(sideBySide, &QPushButton::clicked, this, [this] {
        if (m_other) emit sideBySideRequested(m_other);
    });
    auto* stop = new QPushButton(tr("Stop comparing"));
    connect(stop, &QPushButton::clicked, this, [this] { compareWith(0); });
    auto* row = new QHBoxLayout;
    row->addWidget(m_hatch);
    row->addStretch(1);
    row->addWidget(sideBySide);
    row->addWidget(stop);
    m_tabs->addTab(m_territories, tr("Territories"));
    m_tabs->addTab(m_units, tr("Units"));
    m_tabs->addTab(m_accounts, tr("Accounts"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(m_summary);
    layout->addLayout(row);
    layout->addWidget(m_tabs, 1);
    setWidget(body);
    connect(m_controller, &EditController::facadeChanged, this, &CompareDock::subscribe);
    compareWith(0);
}

void CompareDock::subscribe() {
    m_other = 0; // another project: nothing compared yet
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return refresh();
    const session::SessionNotifier* n = &facade->notifier();
    connect(n, &session::SessionNotifier::unitsReassigned, this, [this](qint64, const std::vector<int>&, bool live) {
        if (!live) refresh();
    });
    connect(n, &session::SessionNotifier::territoriesChanged, this, &CompareDock::refresh);
    connect(n, &session::SessionNotifier::accountsReassigned, this, &CompareDock::refresh);
    connect(n, &session::SessionNotifier::scenariosChanged, this, &CompareDock::refresh);
    connect(n, &session::SessionNotifier::currentScenarioChanged, this, &CompareDock::refresh);
    connect(n, &session::SessionNotifier::accountsChanged, this, &CompareDock::refresh);
    refresh();
}

void CompareDock::compareWith(qint64 otherScenarioId) {
    m_other = otherScenarioId;
    refresh();
    if (m_other) {
        show();
        raise();
    }
}

void CompareDock::refresh() {
    session::EditFacade* facade = m_controller->facade();
    const Project* p = facade ? &facade->session().project() : nullptr;
    if (!p || !p->scenario(m_other) || m_other == p->currentScenarioId) {
        m_other = 0;
        m_diff = {};
        m_summary->setText(tr("Choose Compare… in the Scenarios dock to see what differs between two plans."));
        m_controller->canvas()->setChangedUnits({});
        fillTables();
        return;
    }
    // The other scenario is the "before", the current one the "after".
    m_diff = facade->session().compareScenarios(m_other, p->currentScenarioId);
    m_summary->setText(summary());
    std::vector<int> units;
    if (m_hatch->isChecked())
        for (const auto& u : m_diff.units) units.push_back(u.unit);
    m_controller->canvas()->setChangedUnits(std::move(units));
    fillTables();
}

QString CompareDock::summary() const {
    session::EditFacade* facade = m_controller->facade();
    if (!facade || !m_other) return {};
    const Project& p = facade->session().project();
    return tr("%1 → %2: %3 units and %4 accounts change territory; %5 accounts change rep")
        .arg(p.scenario(m_diff.scenarioA)->name, p.scenario(m_diff.scenarioB)->name)
        .arg(m_diff.units.size())
        .arg(m_diff.accountsChangingTerritory)
        .arg(m_diff.accountsChangingRep);
}

void CompareDock::fillTables() {
    const Project* p = m_controller->facade() ? &m_controller->facade()->session().project() : nullptr;
    m_territories->setRowCount(0);
    m_units->setRowCount(0);
    m_accounts->setRowCount(0);
    if (!p || !m_other) return;
    m_territories->setRowCount(int(m_diff.territories.size()));
    for (int r = 0; r < int(m_diff.territories.size()); ++r) {
        const auto& t = m_diff.territories[std::size_t(r)];
        m_territories->setItem(r, 0, ReadOnlyTable::cell(t.name));
        m_territories->setItem(r, 1, ReadOnlyTable::cell(QString::number(t.b.accounts), true));
        m_territories->setItem(r, 2, ReadOnlyTable::cell(signedNumber(double(t.b.accounts - t.a.accounts)), true));
        m_territories->setItem(r, 3, ReadOnlyTable::cell(QLocale::c().toString(t.b.workloadHours, 'f', 0), true));
        m_territories->setItem(r, 4, ReadOnlyTable::cell(percentChange(t.a.workloadHours, t.b.workloadHours), true));
        m_territories->setItem(r, 5,
                               ReadOnlyTable::cell(percentChange(t.a.revenuePotential, t.b.revenuePotential), true));
        m_territories->setItem(r, 6, ReadOnlyTable::cell(signedNumber(double(t.b.units - t.a.units)), true));
        if (t.b.accounts != t.a.accounts || t.b.units != t.a.units)
            for (int c = 0; c < m_territories->columnCount(); ++c) {
                QFont f = m_territories->item(r, c)->font();
                f.setBold(true);
                m_territories->item(r, c)->setFont(f);
            }
    }
    const int units = std::min<int>(int(m_diff.units.size()), maxListedRows);
    m_units->setRowCount(units);
    for (int r = 0; r < units; ++r) {
        const auto& u = m_diff.units[std::size_t(r)];
        const Unit& unit = p->units[std::size_t(u.unit)];
        m_units->setItem(r, 0, ReadOnlyTable::cell(QStringLiteral("%1 (%2)").arg(unit.name, unit.code)));
        m_units->setItem(r, 1, ReadOnlyTable::cell(u.from.isEmpty() ? tr("unassigned") : u.from));
        m_units->setItem(r, 2, ReadOnlyTable::cell(u.to.isEmpty() ? tr("unassigned") : u.to));
    }
    const int accounts = std::min<int>(int(m_diff.accounts.size()), maxListedRows);
    m_accounts->setRowCount(accounts);
    for (int r = 0; r < accounts; ++r) {
        const auto& a = m_diff.accounts[std::size_t(r)];
        const Account& account = p->accounts[std::size_t(a.account)];
        m_accounts->setItem(r, 0, ReadOnlyTable::cell(account.externalId));
        m_accounts->setItem(r, 1, ReadOnlyTable::cell(account.name));
        m_accounts->setItem(r, 2, ReadOnlyTable::cell(a.fromTerritory));
        m_accounts->setItem(r, 3, ReadOnlyTable::cell(a.toTerritory));
        m_accounts->setItem(r, 4, ReadOnlyTable::cell(a.fromRep));
        m_accounts->setItem(r, 5, ReadOnlyTable::cell(a.toRep));
    }
    m_tabs->setTabText(1, tr("Units (%1)").arg(m_diff.units.size()));
    m_tabs->setTabText(2, tr("Accounts (%1)").arg(m_diff.accounts.size()));
}

} // namespace tp::ui
