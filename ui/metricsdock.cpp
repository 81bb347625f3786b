#include "metricsdock.h"

#include "metricstablemodel.h"

#include "model/metricsengine.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace tp::ui {

MetricsDock::MetricsDock(QWidget* parent)
    : QDockWidget(tr("Balance"), parent), m_model(new MetricsTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView), m_headline(new QLabel), m_totals(new QLabel) {
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
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
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

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_headline);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    setWidget(body);
    clear();
}

void MetricsDock::refresh(const Project& project, const MetricsEngine& engine) {
    m_model->refresh(project, engine);
    const MetricsTable* table = m_model->table();
    m_headline->setText(table->balanceSummary());
    QStringList totals;
    for (int c : {int(MetricsTable::Accounts), int(MetricsTable::RevenuePotential), int(MetricsTable::WorkloadHours)})
        totals << QStringLiteral("%1: %2").arg(MetricsTable::header(c), table->totalText(c));
    m_totals->setText(table->totalText(MetricsTable::Territory) + QStringLiteral(" · ") + totals.join(QStringLiteral(" · ")));
}

void MetricsDock::clear() {
    m_model->clear();
    m_headline->setText(tr("No project open"));
    m_totals->clear();
}

QString MetricsDock::headline() const { return m_headline->text(); }

} // namespace tp::ui
