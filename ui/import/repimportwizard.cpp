#include "ui/import/repimportwizard.h"

#include "ui/import/importfilepage.h"

#include "model/project.h"
#include "session/editfacade.h"
#include "session/projectsession.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace tp::ui {

namespace {

QString fieldLabel(io::RepField field) {
    switch (field) {
        case io::RepField::Name:
            return RepImportWizard::tr("Name");
        case io::RepField::CrmUserId:
            return RepImportWizard::tr("CRM user id");
        case io::RepField::Email:
            return RepImportWizard::tr("E-mail");
        case io::RepField::Role:
            return RepImportWizard::tr("Role");
        case io::RepField::PostalCode:
            return RepImportWizard::tr("Home ZIP code");
        case io::RepField::HomeLabel:
            return RepImportWizard::tr("Home (place name)");
        case io::RepField::Longitude:
            return RepImportWizard::tr("Home longitude");
        case io::RepField::Latitude:
            return RepImportWizard::tr("Home latitude");
        case io::RepField::CapacityHours:
            return RepImportWizard::tr("Capacity (hours a year)");
        case io::RepField::Quota:
            return RepImportWizard::tr("Quota");
        case io::RepField::Industries:
            return RepImportWizard::tr("Industries");
        case io::RepField::Segments:
            return RepImportWizard::tr("Segments");
        case io::RepField::StartDate:
            return RepImportWizard::tr("Start date");
    }
    return {};
}

QTableWidget* makeTable(const QString& name, const QStringList& headers) {
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells) {
    for (int c = 0; c < int(cells.size()); ++c) table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

} // namespace

RepImportWizard::RepImportWizard(session::EditFacade& facade, const io::PostalCodeIndex* postalCodes, QWidget* parent)
    : QWizard(parent), m_facade(facade), m_postalCodes(postalCodes),
      m_preview(makeTable(QStringLiteral("repPreview"), {tr("Line"), tr("Name"), tr("CRM user id"), tr("Role"),
                                                         tr("Home"), tr("Capacity"), tr("Quota")})),
      m_notes(new QLabel), m_forecast(new QLabel),
      m_rejected(makeTable(QStringLiteral("repRejected"), {tr("Line"), tr("Why it is rejected")})) {
    setObjectName(QStringLiteral("repImportWizard"));
    setWindowTitle(tr("Import Reps"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));

    // The file; Next reads its columns and first reps.
    ImportFilePage::Setup file;
    file.title = tr("Roster file");
    file.subTitle = tr("A CSV, TSV or spreadsheet (XLSX, ODS) with one rep a row.");
    file.dialogTitle = tr("Import Reps");
    file.filter = tr("Rosters (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)");
    file.pathName = QStringLiteral("repImportPath");
    file.errorName = QStringLiteral("repImportError");
    file.load = [this](const QString&, QString* error) { return readFile(error); };
    m_file = new ImportFilePage(std::move(file));
    setPage(FilePage, m_file);

    // The mapping, with the first reps as they will be read.
    auto* mapping = new QWizardPage;
    mapping->setTitle(tr("Columns"));
    mapping->setSubTitle(tr("Which column gives each field; the first reps below show how they will be read."));
    auto* form = new QFormLayout;
    for (int f = 0; f < io::repFieldCount; ++f) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("repColumn_") + io::RepImporter::fieldName(io::RepField(f)));
        m_combos[std::size_t(f)] = combo;
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling) showPreview();
        });
        form->addRow(fieldLabel(io::RepField(f)) + QLatin1Char(':'), combo);
    }
    auto* formWidget = new QWidget;
    formWidget->setLayout(form);
    auto* scroll = new QScrollArea;
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);
    m_notes->setObjectName(QStringLiteral("repMappingNotes"));
    m_notes->setWordWrap(true);
    auto* mappingLayout = new QHBoxLayout(mapping);
    mappingLayout->addWidget(scroll, 2);
    auto* right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addWidget(m_notes);
    mappingLayout->addLayout(right, 3);
    setPage(MappingPage, mapping);

    // The dry run.
    auto* dryRun = new QWizardPage;
    dryRun->setTitle(tr("What the import will do"));
    dryRun->setSubTitle(tr("Nothing is written until you press Import; it is then one step to undo."));
    m_forecast->setObjectName(QStringLiteral("repForecast"));
    m_forecast->setWordWrap(true);
    auto* dryLayout = new QVBoxLayout(dryRun);
    dryLayout->addWidget(m_forecast);
    dryLayout->addWidget(m_rejected, 1);
    setPage(DryRunPage, dryRun);
    // Room for the combo boxes and the preview side by side, within a 1024x700 screen.
    resize(std::max(820, 90 * fontMetrics().averageCharWidth()),
           std::min(620, std::max(560, 30 * fontMetrics().height())));
}

QString RepImportWizard::path() const {
    return m_file->path();
}

io::RepImportResult RepImportWizard::read() const {
    io::RepImportOptions options;
    options.path = path();
    options.postalCodes = m_postalCodes;
    // Every field as the combo boxes say once they are filled ("(not used)": no column).
    if (!m_columns.isEmpty())
        for (int f = 0; f < io::repFieldCount; ++f)
            options.columns.insert(io::RepField(f), m_combos[std::size_t(f)]->currentData().toString());
    return io::RepImporter::importReps(options);
}

bool RepImportWizard::readFile(QString* error) {
    m_columns.clear();
    const io::RepImportResult first = read();
    if (!first.ok) {
        *error = tr("This file cannot be read: %1").arg(first.error);
        return false;
    }
    m_columns = first.columns;
    m_result = first;
    fillMapping();
    return true;
}

void RepImportWizard::initializePage(int id) {
    if (id == MappingPage) showPreview();
    if (id == DryRunPage) runDryRun();
    QWizard::initializePage(id);
}

void RepImportWizard::fillMapping() {
    m_filling = true;
    for (int f = 0; f < io::repFieldCount; ++f) {
        QComboBox* combo = m_combos[std::size_t(f)];
        combo->clear();
        combo->addItem(tr("(not used)"), QString());
        for (const QString& c : m_columns) combo->addItem(c, c);
        const int at = combo->findData(m_result.mapping[std::size_t(f)]);
        combo->setCurrentIndex(at < 0 ? 0 : at);
    }
    m_filling = false;
}

void RepImportWizard::showPreview() {
    m_result = read();
    const QLocale locale;
    const int shown = std::min<int>(int(m_result.reps.size()), 12);
    m_preview->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const Rep& rep = m_result.reps[std::size_t(r)];
        setRow(m_preview, r,
               {QString::number(m_result.lines[std::size_t(r)]), rep.name, rep.crmUserId, Rep::roleName(rep.role),
                rep.homeLabel.isEmpty() && !(rep.home.lon == 0 && rep.home.lat == 0)
                    ? QStringLiteral("%1, %2").arg(rep.home.lat, 0, 'f', 3).arg(rep.home.lon, 0, 'f', 3)
                    : rep.homeLabel,
                locale.toString(rep.capacityHours, 'f', 0), locale.toString(rep.quota, 'f', 0)});
    }
    m_preview->resizeColumnsToContents();
    QStringList notes;
    if (m_combos[std::size_t(io::RepField::Name)]->currentData().toString().isEmpty())
        notes << tr("No name column: every row will be rejected.");
    if (m_combos[std::size_t(io::RepField::CapacityHours)]->currentData().toString().isEmpty())
        notes << tr("No capacity column: capacity will be 0 (no utilisation) for every rep.");
    if (m_combos[std::size_t(io::RepField::CrmUserId)]->currentData().toString().isEmpty())
        notes << tr("No CRM user id column: reps are matched to the roster by name.");
    const bool coordinates = !m_combos[std::size_t(io::RepField::Longitude)]->currentData().toString().isEmpty()
                             && !m_combos[std::size_t(io::RepField::Latitude)]->currentData().toString().isEmpty();
    if (!coordinates && m_combos[std::size_t(io::RepField::PostalCode)]->currentData().toString().isEmpty())
        notes << tr("No home coordinates or ZIP column: reps will have no home (no travel figures).");
    if (!m_result.ok)
        notes << m_result.error;
    else
        notes
            << tr("%n reps read, %1 rows rejected.", nullptr, int(m_result.reps.size())).arg(m_result.rejected.size());
    m_notes->setText(notes.join(QLatin1Char('\n')));
}

void RepImportWizard::runDryRun() {
    m_result = read();
    m_add = m_update = m_unchanged = 0;
    if (!m_result.ok) {
        m_forecast->setText(tr("This file cannot be read: %1").arg(m_result.error));
        m_rejected->setRowCount(0);
        return;
    }
    for (const Rep& rep : m_result.reps) {
        const Rep* known = m_facade.matchingRep(rep);
        if (!known) {
            ++m_add;
            continue;
        }
        Rep same = rep;
        same.id = known->id;
        same.name = same.name.trimmed();
        same.crmUserId = same.crmUserId.trimmed();
        same.email = same.email.trimmed();
        ++(same == *known ? m_unchanged : m_update);
    }
    QStringList parts;
    parts << tr("%n reps to add", nullptr, m_add) << tr("%n to update", nullptr, m_update)
          << tr("%n unchanged", nullptr, m_unchanged) << tr("%n rows rejected", nullptr, int(m_result.rejected.size()));
    QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    for (const QString& w : m_result.warnings) text += QLatin1Char('\n') + w;
    m_forecast->setText(text);
    m_rejected->setRowCount(int(m_result.rejected.size()));
    for (int r = 0; r < int(m_result.rejected.size()); ++r)
        setRow(m_rejected, r,
               {QString::number(m_result.rejected[std::size_t(r)].line), m_result.rejected[std::size_t(r)].reason});
    m_rejected->resizeColumnToContents(0);
}

} // namespace tp::ui
