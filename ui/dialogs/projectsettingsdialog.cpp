#include "projectsettingsdialog.h"

#include "model/project.h"
#include "model/workloadsource.h"
#include "session/editfacade.h"
#include "session/projectsession.h"
#include "ui/tools/editcontroller.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp::ui {

namespace {
constexpr int NameColumn = 0, ValueColumn = 1;

bool isOtherRow(const QTableWidget* table, int row) {
    return row == table->rowCount() - 1;
}
} // namespace

ProjectSettingsDialog::ProjectSettingsDialog(EditController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller), m_preview(new QLabel), m_status(new QLabel), m_reapply(new QCheckBox) {
    setWindowTitle(tr("Project Settings"));
    setObjectName(QStringLiteral("projectSettingsDialog"));
    const session::EditFacade* facade = controller->facade();
    const Project* project = facade ? &facade->session().project() : nullptr;
    const WorkloadRule rule = project ? project->workloadRule : WorkloadRule::standard();

    m_tiers = makeTable(QStringLiteral("workloadTiers"), tr("Tier"), tr("Visits a year"), rule.tiers, rule.otherVisits,
                        tr("(other tiers)"));
    m_segments = makeTable(QStringLiteral("workloadSegments"), tr("Segment"), tr("Hours a visit"), rule.segments,
                           rule.otherHours, tr("(other segments)"));

    auto tableBox = [this](QTableWidget* table, const QString& add, const QString& remove, const QString& name) {
        auto* box = new QVBoxLayout;
        box->addWidget(table, 1);
        auto* buttons = new QHBoxLayout;
        auto* addButton = new QPushButton(add);
        addButton->setObjectName(name + QStringLiteral("Add"));
        auto* removeButton = new QPushButton(remove);
        removeButton->setObjectName(name + QStringLiteral("Remove"));
        connect(addButton, &QPushButton::clicked, this, [this, table] { addRow(table); });
        connect(removeButton, &QPushButton::clicked, this, [this, table] { removeRow(table); });
        buttons->addWidget(addButton);
        buttons->addWidget(removeButton);
        buttons->addStretch(1);
        box->addLayout(buttons);
        return box;
    };
    auto* tables = new QHBoxLayout;
    tables->addLayout(tableBox(m_tiers, tr("Add &Tier"), tr("Remove Tier"), QStringLiteral("workloadTier")));
    tables->addLayout(
        tableBox(m_segments, tr("Add &Segment"), tr("Remove Segment"), QStringLiteral("workloadSegment")));

    auto* explanation =
        new QLabel(tr("Accounts whose file has no workload get hours a year = visits a year (by their tier) × "
                      "hours a visit (by their segment). Imports use this rule; accounts whose workload "
                      "came from a file column keep it."));
    explanation->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("workloadPreview"));
    m_preview->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("workloadStatus"));
    m_status->setWordWrap(true);

    const WorkloadSource source = project ? WorkloadSource::of(*project) : WorkloadSource{};
    m_reapply->setObjectName(QStringLiteral("workloadReapply"));
    m_reapply->setText(
        tr("&Recompute the workload of the %n accounts that take it from the rule", nullptr, source.fromRule));
    m_reapply->setChecked(source.fromRule > 0);
    m_reapply->setEnabled(source.fromRule > 0);
    auto* keep = new QLabel(
        source.fromFile == 0 ? QString()
        : source.column.isEmpty()
            ? tr("%n accounts whose workload was given by the imported file keep it.", nullptr, source.fromFile)
            : tr("%n accounts whose workload came from the file's column “%1” keep it.", nullptr, source.fromFile)
                  .arg(source.column));
    keep->setWordWrap(true);
    keep->setVisible(source.fromFile > 0);

    auto* group = new QGroupBox(tr("Workload from tiers"));
    auto* groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(explanation);
    groupLayout->addLayout(tables, 1);
    groupLayout->addWidget(m_preview);
    groupLayout->addWidget(m_reapply);
    groupLayout->addWidget(keep);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("projectSettingsOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(group, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_tiers, &QTableWidget::itemChanged, this, &ProjectSettingsDialog::update);
    connect(m_segments, &QTableWidget::itemChanged, this, &ProjectSettingsDialog::update);
    resize(std::min(720, 80 * fontMetrics().averageCharWidth()), std::min(600, 34 * fontMetrics().height()));
    update();
}

QTableWidget* ProjectSettingsDialog::makeTable(const QString& name, const QString& nameHeader,
                                               const QString& valueHeader,
                                               const std::vector<WorkloadRule::Entry>& entries, double other,
                                               const QString& otherLabel) {
    auto* table = new QTableWidget(int(entries.size()) + 1, 2);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels({nameHeader, valueHeader});
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    const QLocale locale;
    auto valueItem = [&](double v) {
        auto* item = new QTableWidgetItem(locale.toString(v, 'g', 6));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int r = 0; r < int(entries.size()); ++r) {
        table->setItem(r, NameColumn, new QTableWidgetItem(entries[std::size_t(r)].name));
        table->setItem(r, ValueColumn, valueItem(entries[std::size_t(r)].value));
    }
    auto* otherItem = new QTableWidgetItem(otherLabel);
    otherItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    QFont italic = otherItem->font();
    italic.setItalic(true);
    otherItem->setFont(italic);
    otherItem->setToolTip(tr("The value for accounts whose tier or segment is not listed, or empty"));
    table->setItem(int(entries.size()), NameColumn, otherItem);
    table->setItem(int(entries.size()), ValueColumn, valueItem(other));
    return table;
}

void ProjectSettingsDialog::addRow(QTableWidget* table) {
    const int row = table->rowCount() - 1; // before "other"
    table->insertRow(row);
    auto* value = new QTableWidgetItem(QLocale().toString(0));
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, ValueColumn, value);
    auto* name = new QTableWidgetItem;
    table->setItem(row, NameColumn, name);
    table->setCurrentItem(name);
    table->editItem(name);
    update();
}

void ProjectSettingsDialog::removeRow(QTableWidget* table) {
    const int row = table->currentRow();
    if (row < 0 || isOtherRow(table, row)) return;
    table->removeRow(row);
    update();
}

std::optional<WorkloadRule> ProjectSettingsDialog::rule() const {
    WorkloadRule rule;
    rule.tiers.clear();
    rule.segments.clear();
    const QLocale locale;
    auto read = [&](const QTableWidget* table, std::vector<WorkloadRule::Entry>* entries, double* other) {
        for (int r = 0; r < table->rowCount(); ++r) {
            const QTableWidgetItem* nameItem = table->item(r, NameColumn);
            const QTableWidgetItem* valueItem = table->item(r, ValueColumn);
            const QString name = nameItem ? nameItem->text().trimmed() : QString();
            bool ok = false;
            const QString text = valueItem ? valueItem->text().trimmed() : QString();
            double value = locale.toDouble(text, &ok);
            if (!ok) value = QLocale::c().toDouble(text, &ok);
            if (!ok) {
                m_problem = tr("“%1” is not a number.").arg(text);
                return false;
            }
            if (isOtherRow(table, r))
                *other = value;
            else
                entries->push_back({name, value});
        }
        return true;
    };
    if (!read(m_tiers, &rule.tiers, &rule.otherVisits) || !read(m_segments, &rule.segments, &rule.otherHours))
        return std::nullopt;
    if (!rule.isValid(&m_problem)) return std::nullopt;
    m_problem.clear();
    return rule;
}

void ProjectSettingsDialog::update() {
    const std::optional<WorkloadRule> r = rule();
    m_ok->setEnabled(r.has_value());
    m_status->setText(m_problem);
    if (!r) {
        m_preview->clear();
        return;
    }
    const QLocale locale;
    QStringList examples;
    if (!r->tiers.empty() && !r->segments.empty())
        examples << tr("an account of tier %1 and segment %2: %3 h a year")
                        .arg(r->tiers.front().name, r->segments.front().name,
                             locale.toString(r->hoursPerYear(r->tiers.front().name, r->segments.front().name), 'g', 6));
    examples
        << tr("of another tier and segment: %1 h a year").arg(locale.toString(r->otherVisits * r->otherHours, 'g', 6));
    m_preview->setText(tr("For example: %1.").arg(examples.join(QStringLiteral("; "))));
}

bool ProjectSettingsDialog::apply() {
    session::EditFacade* facade = m_controller->facade();
    const std::optional<WorkloadRule> r = rule();
    if (!facade || !r || !m_controller->mayEdit()) return false;
    QString error;
    if (!facade->setWorkloadRule(*r, m_reapply->isChecked(), &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    return true;
}

} // namespace tp::ui
