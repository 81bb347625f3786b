#include "quotadialog.h"

#include "model/metricsengine.h"
#include "model/project.h"
#include "session/editfacade.h"
#include "session/projectsession.h"
#include "ui/tools/editcontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <numeric>

namespace tp::ui {
namespace {
enum Column { Name, Potential, Revenue, Locked, Quota };
}

QuotaDialog::QuotaDialog(EditController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller), m_target(new QDoubleSpinBox), m_basis(new QComboBox),
      m_weight(new QDoubleSpinBox), m_round(new QComboBox), m_table(new QTableWidget), m_status(new QLabel),
      m_apply(nullptr) {
    setWindowTitle(tr("Set Quotas"));
    setObjectName(QStringLiteral("quotaDialog"));
    m_target->setObjectName(QStringLiteral("quotaTarget"));
    m_target->setRange(0, 1e13);
    m_target->setDecimals(0);
    m_target->setGroupSeparatorShown(true);
    m_basis->setObjectName(QStringLiteral("quotaBasis"));
    m_basis->addItem(tr("Share of revenue potential"), 1.0);
    m_basis->addItem(tr("Share of revenue"), 0.0);
    m_basis->addItem(tr("Weighted mix"), -1.0);
    m_weight->setObjectName(QStringLiteral("quotaPotentialWeight"));
    m_weight->setRange(0, 100);
    m_weight->setDecimals(0);
    m_weight->setValue(50);
    m_weight->setSuffix(tr(" % potential"));
    m_weight->setEnabled(false);
    m_round->setObjectName(QStringLiteral("quotaRounding"));
    for (double step : {1.0, 100.0, 1000.0, 10000.0, 100000.0})
        m_round->addItem(QLocale().toString(step, 'f', 0), step);
    m_round->setCurrentIndex(2);
    m_table->setObjectName(QStringLiteral("quotaTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Territory"), tr("Potential"), tr("Revenue"), tr("Lock"), tr("Quota")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("quotaStatus"));
    m_status->setWordWrap(true);

    session::EditFacade* facade = controller->facade();
    double existing = 0.0;
    if (facade) {
        const Project& p = facade->session().project();
        const MetricsEngine& engine = facade->session().metrics();
        for (const Territory* t : p.territoriesOf(p.currentScenarioId)) {
            if (t->level != Territory::Level::Territory) continue;
            const TerritoryMetrics* m = engine.metricsOf(t->id);
            m_territories.push_back(t->id);
            m_input.push_back({m ? m->revenuePotential : 0.0, m ? m->revenue : 0.0, t->quotaLocked, t->quota});
            existing += t->quota;
        }
        m_filling = true;
        m_table->setRowCount(int(m_territories.size()));
        const QLocale locale;
        for (int r = 0; r < int(m_territories.size()); ++r) {
            const QuotaAllocator::Territory& in = m_input[std::size_t(r)];
            auto cell = [&](int c, const QString& text, bool right) {
                auto* item = new QTableWidgetItem(text);
                item->setFlags(Qt::ItemIsEnabled);
                if (right) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(r, c, item);
            };
            cell(Name, p.territory(m_territories[std::size_t(r)])->name, false);
            cell(Potential, locale.toString(in.potential, 'f', 0), true);
            cell(Revenue, locale.toString(in.revenue, 'f', 0), true);
            auto* lock = new QTableWidgetItem;
            lock->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            lock->setCheckState(in.locked ? Qt::Checked : Qt::Unchecked);
            lock->setToolTip(tr("Locked: keeps the quota typed here"));
            m_table->setItem(r, Locked, lock);
            auto* quota = new QTableWidgetItem(locale.toString(in.lockedQuota, 'f', 0));
            quota->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            quota->setFlags(Qt::ItemIsEnabled | (in.locked ? Qt::ItemIsEditable : Qt::NoItemFlags));
            m_table->setItem(r, Quota, quota);
        }
        m_filling = false;
    }
    m_target->setValue(existing);

    connect(m_target, &QDoubleSpinBox::valueChanged, this, &QuotaDialog::recompute);
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, &QuotaDialog::recompute);
    connect(m_round, &QComboBox::currentIndexChanged, this, &QuotaDialog::recompute);
    connect(m_basis, &QComboBox::currentIndexChanged, this, [this] {
        m_weight->setEnabled(m_basis->currentData().toDouble() < 0);
        recompute();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling) return;
        const std::size_t r = std::size_t(item->row());
        if (item->column() == Locked) {
            m_input[r].locked = item->checkState() == Qt::Checked;
            m_input[r].lockedQuota = m_preview.size() > r ? m_preview[r] : m_input[r].lockedQuota;
            m_filling = true;
            m_table->item(item->row(), Quota)
                ->setFlags(Qt::ItemIsEnabled | (m_input[r].locked ? Qt::ItemIsEditable : Qt::NoItemFlags));
            m_filling = false;
        } else if (item->column() == Quota && m_input[r].locked) {
            bool ok = false;
            const double v = QLocale().toDouble(item->text(), &ok);
            if (ok && v >= 0) m_input[r].lockedQuota = v;
        }
        recompute();
    });

    auto* basisRow = new QHBoxLayout;
    basisRow->addWidget(m_basis, 1);
    basisRow->addWidget(m_weight);
    auto* form = new QFormLayout;
    form->addRow(tr("Company &target:"), m_target);
    form->addRow(tr("&Distribute by:"), basisRow);
    form->addRow(tr("&Round to:"), m_round);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("quotaApply"));
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (apply()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(std::min(620, 62 * fontMetrics().averageCharWidth()), std::min(560, 30 * fontMetrics().height()));
    recompute();
}

void QuotaDialog::recompute() {
    const double weight =
        m_basis->currentData().toDouble() < 0 ? m_weight->value() / 100.0 : m_basis->currentData().toDouble();
    const QuotaAllocator::Result result =
        QuotaAllocator::allocate(m_input, {m_target->value(), weight, m_round->currentData().toDouble()});
    m_apply->setEnabled(result.ok && !m_territories.empty());
    if (!result.ok) {
        m_status->setText(result.error);
        m_preview.clear();
        return;
    }
    m_preview = result.quotas;
    m_filling = true;
    const QLocale locale;
    for (int r = 0; r < int(m_preview.size()); ++r)
        m_table->item(r, Quota)->setText(locale.toString(m_preview[std::size_t(r)], 'f', 0));
    m_filling = false;
    m_status->setText(tr("%1 territories, %2 in all.")
                          .arg(m_preview.size())
                          .arg(locale.toString(std::accumulate(m_preview.begin(), m_preview.end(), 0.0), 'f', 0)));
}

bool QuotaDialog::apply() {
    session::EditFacade* facade = m_controller->facade();
    if (!facade || m_preview.size() != m_territories.size() || !m_controller->mayEdit()) return false;
    // The guard may have copied the scenario: the same territories are found there by name.
    const Project& p = facade->session().project();
    std::vector<session::PlanEditor::QuotaChange> quotas;
    for (std::size_t i = 0; i < m_territories.size(); ++i) {
        qint64 id = m_territories[i];
        const Territory* t = p.territory(id);
        if (!t || t->scenarioId != p.currentScenarioId)
            for (const Territory* other : p.territoriesOf(p.currentScenarioId))
                if (t && other->name == t->name) id = other->id;
        quotas.push_back({id, m_preview[i], m_input[i].locked});
    }
    QString error;
    if (!facade->setQuotas(quotas, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    return true;
}

} // namespace tp::ui
