#include "ui/dialogs/balancedialog.h"

#include "ui/tools/editcontroller.h"

#include "optimize/optimizerreport.h"
#include "optimize/territoryoptimizer.h"
#include "session/editfacade.h"
#include "session/optimizationwriter.h"
#include "session/projectsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace tp::ui {

BalanceDialog::BalanceDialog(EditController* controller, QWidget* parent) : QDialog(parent), m_controller(controller) {
    setWindowTitle(tr("Balance Territories"));
    auto* form = m_form = new QFormLayout;
    m_mode = new QComboBox;
    m_mode->addItem(tr("Rebalance the current plan"), int(optimize::OptimizerOptions::Mode::Rebalance));
    m_mode->addItem(tr("Build territories from scratch"), int(optimize::OptimizerOptions::Mode::Build));
    m_mode->addItem(tr("Fill unassigned units"), int(optimize::OptimizerOptions::Mode::Fill));
    m_mode->setObjectName(QStringLiteral("modeBox"));
    form->addRow(tr("&Mode:"), m_mode);
    m_count = new QSpinBox;
    m_count->setRange(0, 5000);
    m_count->setSpecialValueText(tr("as many as now"));
    m_count->setObjectName(QStringLiteral("territoryCountBox"));
    form->addRow(tr("&Territories to build:"), m_count);
    m_measures = new QTableWidget(0, 3);
    m_measures->setHorizontalHeaderLabels({tr("Measure"), tr("Weight"), tr("Tolerance ±%")});
    m_measures->horizontalHeader()->setSectionResizeMode(MeasureColumn, QHeaderView::Stretch);
    m_measures->horizontalHeader()->setSectionResizeMode(WeightColumn, QHeaderView::ResizeToContents);
    m_measures->horizontalHeader()->setSectionResizeMode(ToleranceColumn, QHeaderView::ResizeToContents);
    m_measures->setWordWrap(false);
    m_measures->verticalHeader()->hide();
    m_measures->setMinimumHeight(150);
    m_measures->setObjectName(QStringLiteral("measureTable"));
    form->addRow(tr("Measures to &balance:"), m_measures);
    auto* capRow = new QHBoxLayout;
    m_capOn = new QCheckBox(tr("Move at most"));
    m_cap = new QDoubleSpinBox;
    m_cap->setRange(0, 100);
    m_cap->setValue(10);
    m_cap->setSuffix(tr(" % of accounts"));
    capRow->addWidget(m_capOn);
    capRow->addWidget(m_cap, 1);
    // A row holding a layout has no buddy of its own: give the label the check box, so its
    // mnemonic works and the ampersand is not shown.
    auto* capLabel = new QLabel(tr("&Disruption:"));
    capLabel->setBuddy(m_capOn);
    form->addRow(capLabel, capRow);
    m_compactness = new QComboBox;
    m_compactness->addItem(tr("Short borders between territories"),
                           int(optimize::OptimizerOptions::Compactness::Border));
    m_compactness->addItem(tr("Little travel from the rep's home"),
                           int(optimize::OptimizerOptions::Compactness::Travel));
    form->addRow(tr("&Compactness:"), m_compactness);
    m_scope = new QComboBox;
    m_scope->addItem(tr("All territories"), AllTerritories);
    m_scope->addItem(tr("Only the territories ticked below"), SelectedTerritories);
    m_scope->addItem(tr("Only one region"), OneRegion);
    form->addRow(tr("&Scope:"), m_scope);
    m_territories = new QListWidget;
    m_territories->setMaximumHeight(120);
    form->addRow(QString(), m_territories);
    m_region = new QComboBox;
    form->addRow(tr("&Region:"), m_region);
    m_timeLimit = new QSpinBox;
    m_timeLimit->setRange(1, 3600);
    m_timeLimit->setValue(30);
    m_timeLimit->setSuffix(tr(" s"));
    form->addRow(tr("Time &limit:"), m_timeLimit);

    m_resultText = new QPlainTextEdit;
    m_resultText->setReadOnly(true);
    m_resultText->setLineWrapMode(QPlainTextEdit::NoWrap); // the before/after table keeps its columns
    // Rows that do not apply are hidden (updateEnabled), so on a 700-pixel screen, in the longer
    // languages too, the result keeps room for its verdict and the before/after table.
    m_resultText->setMinimumHeight(fontMetrics().lineSpacing() * 9);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_resultText->setFont(mono);
    m_resultText->setPlaceholderText(
        tr("The result is written as a new draft scenario and compared with the plan you start from."));

    auto* buttons = new QDialogButtonBox;
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_apply = buttons->addButton(tr("&Apply to the Starting Scenario"), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &BalanceDialog::run);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        QString error;
        if (!applyToStart(&error) && !error.isEmpty()) m_resultText->appendPlainText(error);
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &BalanceDialog::updateEnabled);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &BalanceDialog::updateEnabled);
    connect(m_capOn, &QCheckBox::toggled, this, &BalanceDialog::updateEnabled);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_resultText, 1);
    layout->addWidget(buttons);
    reload();
    // Wide enough that measure names such as "Revenue potential" show whole beside their spin boxes.
    // On a small screen (1024x700) the dialog must still show its buttons: never taller than it.
    QSize size = sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 90, 0));
    if (const QScreen* s = screen()) size = size.boundedTo(s->availableGeometry().size() * 0.9);
    resize(size);
}

BalanceDialog::~BalanceDialog() {
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void BalanceDialog::reload() {
    session::EditFacade* facade = m_controller->facade();
    m_measures->setRowCount(0);
    m_territories->clear();
    m_region->clear();
    if (!facade) return updateEnabled();
    const Project& p = facade->session().project();
    m_catalogue = facade->session().metrics().measures();
    if (m_catalogue.empty()) m_catalogue = MeasureDefinition::builtIns();
    m_measures->setRowCount(int(m_catalogue.size()));
    for (int i = 0; i < int(m_catalogue.size()); ++i) {
        auto* name = new QTableWidgetItem(m_catalogue[std::size_t(i)].name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        name->setCheckState(m_catalogue[std::size_t(i)].kind == MeasureDefinition::Kind::WorkloadHours ? Qt::Checked
                                                                                                       : Qt::Unchecked);
        m_measures->setItem(i, MeasureColumn, name);
        auto* weight = new QDoubleSpinBox;
        weight->setRange(0.01, 100);
        weight->setValue(1.0);
        m_measures->setCellWidget(i, WeightColumn, weight);
        auto* tolerance = new QDoubleSpinBox;
        tolerance->setRange(0, 100);
        tolerance->setValue(5.0);
        tolerance->setSuffix(QStringLiteral(" %"));
        m_measures->setCellWidget(i, ToleranceColumn, tolerance);
    }
    if (const Scenario* s = p.currentScenario()) {
        for (const Territory* t : p.territoriesOf(s->id)) {
            if (t->level == Territory::Level::Territory) {
                auto* item = new QListWidgetItem(t->name, m_territories);
                item->setData(Qt::UserRole, t->id);
                item->setCheckState(t->id == m_controller->activeTerritory() ? Qt::Checked : Qt::Unchecked);
            } else {
                m_region->addItem(t->name, t->id);
            }
        }
    }
    updateEnabled();
}

void BalanceDialog::updateEnabled() {
    const bool idle = !m_thread && m_controller->facade();
    const bool build = m_mode->currentData().toInt() == int(optimize::OptimizerOptions::Mode::Build);
    m_count->setEnabled(idle && build);
    m_cap->setEnabled(idle && m_capOn->isChecked());
    m_territories->setEnabled(idle && m_scope->currentData().toInt() == SelectedTerritories);
    m_region->setEnabled(idle && m_scope->currentData().toInt() == OneRegion && m_region->count() > 0);
    m_form->setRowVisible(m_count, build);
    m_form->setRowVisible(m_territories, m_scope->currentData().toInt() == SelectedTerritories);
    m_form->setRowVisible(m_region, m_scope->currentData().toInt() == OneRegion);
    m_run->setEnabled(idle);
    m_apply->setEnabled(idle && m_resultScenario && m_result.ok && m_result.newTerritories.empty());
}

optimize::OptimizerOptions BalanceDialog::options() const {
    using optimize::OptimizerOptions;
    OptimizerOptions o;
    o.mode = OptimizerOptions::Mode(m_mode->currentData().toInt());
    if (o.mode == OptimizerOptions::Mode::Build) o.territoryCount = m_count->value();
    o.catalogue = m_catalogue;
    for (int i = 0; i < m_measures->rowCount(); ++i) {
        if (m_measures->item(i, MeasureColumn)->checkState() != Qt::Checked) continue;
        o.measures.push_back({i, static_cast<QDoubleSpinBox*>(m_measures->cellWidget(i, WeightColumn))->value(),
                              static_cast<QDoubleSpinBox*>(m_measures->cellWidget(i, ToleranceColumn))->value()});
    }
    if (m_capOn->isChecked()) o.maxMovedAccountsPct = m_cap->value();
    o.compactness = OptimizerOptions::Compactness(m_compactness->currentData().toInt());
    if (m_scope->currentData().toInt() == SelectedTerritories)
        for (int i = 0; i < m_territories->count(); ++i)
            if (m_territories->item(i)->checkState() == Qt::Checked)
                o.onlyTerritories.push_back(m_territories->item(i)->data(Qt::UserRole).toLongLong());
    if (m_scope->currentData().toInt() == OneRegion) o.regionId = m_region->currentData().toLongLong();
    o.timeLimitS = m_timeLimit->value();
    return o;
}

void BalanceDialog::run() {
    session::EditFacade* facade = m_controller->facade();
    if (m_thread || !facade || !facade->session().project().currentScenario()) return;
    m_running = options();
    if (m_scope->currentData().toInt() == SelectedTerritories && m_running.onlyTerritories.empty()) {
        m_resultText->setPlainText(tr("Tick the territories to balance, or choose another scope."));
        return;
    }
    m_start = facade->session().project().currentScenarioId;
    m_resultScenario = 0;
    m_cancel = false;
    m_running.cancel = &m_cancel;
    const QStringList names = [&] {
        QStringList n;
        for (const optimize::OptimizerMeasure& m : m_running.measures) n << m_catalogue[std::size_t(m.measure)].name;
        return n;
    }();
    // Best-so-far figures come from the worker threads; the label is set on the GUI thread.
    m_running.progress = [this, names](const optimize::OptimizerProgress& p) {
        const QString text = tr("Best plan so far (%1 s):\n%2")
                                 .arg(p.seconds, 0, 'f', 1)
                                 .arg(optimize::OptimizerReport::progressLine(*p.best, names));
        QMetaObject::invokeMethod(
            this,
            [this, text] {
                if (m_progress) m_progress->setLabelText(text);
                emit progressed(text);
            },
            Qt::QueuedConnection);
    };
    m_progress = new QProgressDialog(tr("Looking for a balanced plan…"), tr("&Stop"), 0, 0, this);
    m_progress->setWindowTitle(tr("Balance Territories"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &BalanceDialog::stop);
    m_progress->show();
    const Project* project = &facade->session().project();
    const Scenario start = *project->currentScenario();
    m_thread = QThread::create(
        [this, project, start] { m_result = optimize::TerritoryOptimizer::run(*project, start, m_running); });
    connect(m_thread, &QThread::finished, this, &BalanceDialog::finish);
    updateEnabled();
    m_thread->start();
}

void BalanceDialog::stop() {
    m_cancel = true;
    if (m_progress) m_progress->setLabelText(tr("Stopping; keeping the best plan so far…"));
}

void BalanceDialog::finish() {
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    session::EditFacade* facade = m_controller->facade();
    if (!m_result.ok || !facade) {
        m_resultText->setPlainText(m_result.error);
        updateEnabled();
        return;
    }
    Project& p = facade->session().project();
    const Scenario* start = p.scenario(m_start);
    QString name = tr("%1 (balanced)").arg(start ? start->name : QString());
    for (int i = 2;
         std::any_of(p.scenarios.begin(), p.scenarios.end(), [&](const Scenario& s) { return s.name == name; }); ++i)
        name = tr("%1 (balanced %2)").arg(start ? start->name : QString()).arg(i);
    QString error;
    m_resultScenario = facade->createScenarioFromResult(m_start, m_result, name,
                                                        optimize::OptimizerReport::notes(m_result, m_running), &error);
    // What happened first (the view opens at the top), then the figures.
    QString text = m_resultScenario ? tr("Written as the draft scenario \"%1\".").arg(name) : error;
    text += QStringLiteral("\n\n") + optimize::OptimizerReport::table(m_result);
    m_resultText->setPlainText(text);
    updateEnabled();
    if (m_resultScenario) emit resultReady(m_resultScenario, m_start);
}

bool BalanceDialog::applyToStart(QString* error) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade || !m_resultScenario || m_thread) return false;
    const Project& p = facade->session().project();
    std::vector<session::PlanEditor::UnitAssignment> assignments;
    if (!session::OptimizationWriter::assignmentsFor(p, m_start, m_start, m_result, &assignments, error)) return false;
    if (p.currentScenarioId != m_start && !facade->switchScenario(m_start, error)) return false;
    // Like every edit: an approved starting scenario asks first (a copy to edit, or reopen it).
    if (!m_controller->mayEdit()) return false;
    const qint64 target = p.currentScenarioId; // the start, or the copy made of it
    if (!facade->applyResult(m_start, m_result, error)) return false;
    m_resultText->appendPlainText(
        target == m_start
            ? tr("Applied to the starting scenario as one step (Edit › Undo takes it back).")
            : tr("Applied to %1, a copy of the approved starting scenario, as one step (Edit › Undo takes it back).")
                  .arg(p.scenario(target)->name));
    emit applied(target);
    return true;
}

} // namespace tp::ui
