#include "ui/docks/metricsdock.h"

#include "ui/widgets/balancechart.h"
#include "ui/widgets/comboitems.h"
#include "ui/widgets/frozencolumntableview.h"
#include "ui/docks/metricstablemodel.h"

#include "model/measuredefinition.h"
#include "model/metricsengine.h"
#include "model/workloadsource.h"
#include "session/projectsession.h"
#include "session/sessionnotifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalBlocker>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace tp::ui {

MetricsDock::MetricsDock(QWidget* parent)
    : QDockWidget(tr("Balance"), parent), m_model(new MetricsTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new FrozenColumnTableView), m_headline(new QLabel),
      m_totals(new QLabel), m_workload(new QLabel), m_chart(new BalanceChart), m_tolerance(new QDoubleSpinBox),
      m_rollUp(new QCheckBox(tr("Regions"))), m_byCapacity(new QCheckBox(tr("By capacity"))), m_measure(new QComboBox) {
    setObjectName(QStringLiteral("metricsDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // territory order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Columns fit their contents after each full refresh, not on every cell change: with
    // ResizeToContents the header re-measured all rows of a column on a drag step (150 ms at 500).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->setWordWrap(false);
    m_resizeColumns.setSingleShot(true);
    m_resizeColumns.setInterval(250);
    connect(&m_resizeColumns, &QTimer::timeout, m_view, &QTableView::resizeColumnsToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const MetricsTable* table = m_model->table();
                if (m_showing || !table || !current.isValid()) return;
                const qint64 id = table->territoryId(m_proxy->mapToSource(current).row());
                m_shownTerritory = id;
                emit territoryChosen(id);
            });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const MetricsTable* table = m_model->table();
        if (table && index.isValid()) emit territoryActivated(table->territoryId(m_proxy->mapToSource(index).row()));
    });

    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_workload->setObjectName(QStringLiteral("workloadSource"));
    m_workload->setWordWrap(true);
    m_workload->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tolerance->setRange(1, 50);
    m_tolerance->setDecimals(0);
    m_tolerance->setSuffix(QStringLiteral(" %"));
    m_tolerance->setPrefix(QStringLiteral("± "));
    m_tolerance->setValue(10);
    m_tolerance->setObjectName(QStringLiteral("toleranceSpin"));
    connect(m_tolerance, &QDoubleSpinBox::valueChanged, this, &MetricsDock::setTolerancePct);
    m_rollUp->setObjectName(QStringLiteral("rollUpCheck"));
    m_rollUp->setToolTip(tr("Show regions and districts, summed over their territories"));
    connect(m_rollUp, &QCheckBox::toggled, this, &MetricsDock::setRollUp);
    m_byCapacity->setObjectName(QStringLiteral("byCapacityCheck"));
    m_byCapacity->setToolTip(tr("Measure each territory against its share by its rep's capacity (a rep at part time or "
                                "ramping up in the first six months carries less) instead of against the mean"));
    connect(m_byCapacity, &QCheckBox::toggled, this, &MetricsDock::setTargetsByCapacity);

    m_measure->setObjectName(QStringLiteral("balanceMeasureCombo"));
    m_measure->setToolTip(tr("The measure the territories are balanced on: the deviations, the chart and the map "
                             "labels follow it"));
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_measure->setMinimumContentsLength(12);
    connect(m_measure, &QComboBox::activated, this, [this](int index) { setBalanceMeasure(index); });
    m_headline->setToolTip(tr("Spread: the largest territory's value minus the smallest's, divided by the mean (0 is "
                              "perfect balance; against capacity targets, of each value divided by its target).\n"
                              "Within ±N %: territories whose value is within the tolerance of the mean (or target).\n"
                              "CV: coefficient of variation, the standard deviation divided by the mean."));

    // Two short rows, so the dock stays narrow in small windows.
    auto* controls = new QVBoxLayout;
    auto* measureRow = new QHBoxLayout;
    measureRow->addWidget(new QLabel(tr("Balance on:")));
    measureRow->addWidget(m_measure, 1);
    controls->addLayout(measureRow);
    auto* toleranceRow = new QHBoxLayout;
    toleranceRow->addWidget(new QLabel(tr("Tolerance:")));
    toleranceRow->addWidget(m_tolerance);
    toleranceRow->addStretch(1);
    toleranceRow->addWidget(m_byCapacity);
    toleranceRow->addWidget(m_rollUp);
    controls->addLayout(toleranceRow);

    auto* tablePart = new QWidget;
    auto* tableLayout = new QVBoxLayout(tablePart);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_totals);
    tableLayout->addWidget(m_workload);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(tablePart);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_headline);
    layout->addLayout(controls);
    layout->addWidget(split, 1);
    setWidget(body);
    clear();
}

void MetricsDock::setSession(session::ProjectSession* session) {
    if (m_session) disconnect(&m_session->notifier(), nullptr, this, nullptr);
    m_session = session;
    if (!m_session) return clear();
    const session::SessionNotifier* n = &m_session->notifier();
    auto all = [this] { refresh(m_session->project(), m_session->metrics()); };
    // The workload line follows what it counts: the accounts, the rule and the current team's.
    auto workload = [this] { refreshWorkloadLine(m_session->project(), m_session->metrics()); };
    auto allAndWorkload = [all, workload] {
        all();
        workload();
    };
    connect(n, &session::SessionNotifier::unitsReassigned, this,
            [this, all](qint64, const std::vector<int>&, bool live) {
                if (live)
                    refreshLive(m_session->project(), m_session->metrics()); // the chart waits for the end
                else
                    all();
            });
    connect(n, &session::SessionNotifier::territoriesChanged, this, all);
    connect(n, &session::SessionNotifier::accountsReassigned, this, all);
    connect(n, &session::SessionNotifier::currentScenarioChanged, this, all);
    connect(n, &session::SessionNotifier::currentTeamChanged, this, workload); // the engine has switched
    connect(n, &session::SessionNotifier::accountsChanged, this, allAndWorkload);
    connect(n, &session::SessionNotifier::repsChanged, this, all); // capacities and start dates move the targets
    connect(n, &session::SessionNotifier::workloadRuleChanged, this, allAndWorkload);
    connect(n, &session::SessionNotifier::teamsChanged, this, allAndWorkload); // a team's rule: other accounts count
    if (m_byCapacity->isChecked()) m_session->metrics().setTargetsByCapacity(true);
    allAndWorkload();
}

void MetricsDock::refresh(const Project& project, const MetricsEngine& engine) {
    m_project = &project;
    m_engine = &engine;
    m_model->refresh(project, engine, m_rollUp->isChecked());
    // Measuring the columns costs about as much as the rest of the refresh at 500 territories:
    // at once when the table's shape changed, otherwise once the edit's frame is out.
    const QSize shape(m_model->columnCount(), m_model->rowCount());
    if (shape != m_sizedShape) {
        m_sizedShape = shape;
        m_view->resizeColumnsToContents();
    } else {
        m_resizeColumns.start();
    }
    const MetricsTable* table = m_model->table();
    const auto& measures = engine.measures();
    const int balance = engine.balanceMeasure();
    m_chart->setData(*table, m_model->colors(),
                     balance >= 0 && balance < int(measures.size()) ? measures[std::size_t(balance)].name : QString());
    fillMeasures(engine);
    QString headline = table->balanceSummary(m_tolerance->value());
    if (engine.targetsByCapacityRequested() && !table->plan().capacityTargets)
        headline += QStringLiteral(" · ")
                    + tr("targets by capacity need a capacity for every territory's rep: against the mean");
    m_headline->setText(headline);
    showTerritory(m_shownTerritory);
    QStringList totals;
    for (int c : {int(MetricsTable::Accounts), int(MetricsTable::RevenuePotential), int(MetricsTable::WorkloadHours)})
        totals << QStringLiteral("%1: %2").arg(MetricsTable::header(c), table->totalText(c));
    m_totals->setText(table->totalText(MetricsTable::Territory) + QStringLiteral(" · ")
                      + totals.join(QStringLiteral(" · ")));
}

void MetricsDock::refreshWorkloadLine(const Project& project, const MetricsEngine& engine) {
    // One short line (it wrapped to three in a narrow dock); the rule itself in the tooltip.
    const WorkloadSource source = WorkloadSource::of(project, engine.membership()); // the team's accounts
    m_workload->setText(source.text(project, false));
    m_workload->setToolTip(source.text(project) + QStringLiteral("\n\n")
                           + tr("Hours a year = visits a year by tier × hours a visit by segment, for accounts whose "
                                "file gave no workload. File › Project Settings… changes the rule."));
}

void MetricsDock::fillMeasures(const MetricsEngine& engine) {
    QStringList names;
    for (const MeasureDefinition& m : engine.measures()) names << m.name;
    ComboItems::setItems(m_measure, names, engine.balanceMeasure());
    const QSignalBlocker blocker(m_measure);
    m_measure->setCurrentIndex(engine.balanceMeasure()); // the engine's choice wins
}

void MetricsDock::setBalanceMeasure(int measure) {
    if (!m_session || measure < 0 || measure >= int(m_session->metrics().measures().size())) return;
    if (m_measure->currentIndex() != measure) m_measure->setCurrentIndex(measure);
    if (m_session->metrics().balanceMeasure() == measure) return;
    m_session->metrics().setBalanceMeasure(measure);
    refresh(m_session->project(), m_session->metrics());
    emit deviationsChanged();
}

void MetricsDock::showTerritory(qint64 territoryId) {
    m_shownTerritory = territoryId;
    const MetricsTable* table = m_model->table();
    QModelIndex index;
    for (int r = 0; table && territoryId && r < table->rowCount(); ++r)
        if (table->territoryId(r) == territoryId) index = m_proxy->mapFromSource(m_model->index(r, 0));
    if (index == m_view->currentIndex()) return;
    m_showing = true;
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_showing = false;
}

void MetricsDock::refreshLive(const Project& project, const MetricsEngine& engine) {
    m_project = &project;
    m_engine = &engine;
    m_model->refresh(project, engine, m_rollUp->isChecked());
    m_headline->setText(m_model->table()->balanceSummary(m_tolerance->value()));
}

void MetricsDock::clear() {
    m_project = nullptr;
    m_engine = nullptr;
    m_model->clear();
    m_chart->clearData();
    m_headline->setText(tr("No project open"));
    m_totals->clear();
    m_workload->clear();
    m_workload->setToolTip(QString());
}

QString MetricsDock::headline() const {
    return m_headline->text();
}

QString MetricsDock::workloadText() const {
    return m_workload->text() + QLatin1Char('\n') + m_workload->toolTip();
}

void MetricsDock::setTolerancePct(double tolerance) {
    if (m_tolerance->value() != tolerance) m_tolerance->setValue(tolerance);
    m_model->setTolerancePct(tolerance);
    m_chart->setTolerancePct(tolerance);
    if (m_project && m_engine) refresh(*m_project, *m_engine);
    emit deviationsChanged(); // the map labels mark over / under / within the new band
}

double MetricsDock::tolerancePct() const {
    return m_tolerance->value();
}

void MetricsDock::setTargetsByCapacity(bool on) {
    if (m_byCapacity->isChecked() != on) m_byCapacity->setChecked(on);
    if (!m_session || m_session->metrics().targetsByCapacityRequested() == on) return;
    m_session->metrics().setTargetsByCapacity(on);
    refresh(m_session->project(), m_session->metrics());
    emit deviationsChanged();
}

void MetricsDock::setRollUp(bool rollUp) {
    if (m_rollUp->isChecked() != rollUp) m_rollUp->setChecked(rollUp);
    if (m_project && m_engine) refresh(*m_project, *m_engine);
}

} // namespace tp::ui
