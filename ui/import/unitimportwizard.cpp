#include "ui/import/unitimportwizard.h"

#include "ui/import/importfilepage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace tp::ui {

UnitImportWizard::UnitImportWizard(int unitsNow, int accountsNow, QWidget* parent)
    : QWizard(parent), m_layer(new QComboBox), m_about(new QLabel), m_table(new QTableWidget), m_code(new QComboBox),
      m_name(new QComboBox), m_region(new QComboBox), m_notes(new QLabel), m_unitsNow(unitsNow),
      m_accountsNow(accountsNow) {
    setObjectName(QStringLiteral("unitImportWizard"));
    setWindowTitle(tr("Import Units"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));

    // The file; Next lists its layers.
    ImportFilePage::Setup file;
    file.title = tr("Unit layer file");
    file.subTitle = tr("A GeoPackage, Shapefile, GeoJSON, KML or any other GIS file with polygons.");
    file.dialogTitle = tr("Import Units");
    file.filter = tr("GIS files (*.gpkg *.shp *.geojson *.json *.kml);;All files (*)");
    file.pathName = QStringLiteral("unitImportPath");
    file.errorName = QStringLiteral("unitImportError");
    file.load = [this](const QString&, QString* error) { return readFile(error); };
    m_file = new ImportFilePage(std::move(file));
    setPage(FilePage, m_file);

    auto* layerPage = new QWizardPage;
    layerPage->setTitle(tr("Layer"));
    layerPage->setSubTitle(tr("Which layer holds the units; its fields and first features are shown."));
    m_layer->setObjectName(QStringLiteral("unitLayer"));
    m_about->setObjectName(QStringLiteral("unitLayerAbout"));
    m_about->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("unitLayerPreview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    connect(m_layer, &QComboBox::currentIndexChanged, this, &UnitImportWizard::showLayer);
    auto* layerForm = new QFormLayout;
    layerForm->addRow(tr("&Layer:"), m_layer);
    auto* layerLayout = new QVBoxLayout(layerPage);
    layerLayout->addLayout(layerForm);
    layerLayout->addWidget(m_about);
    layerLayout->addWidget(m_table, 1);
    setPage(LayerPage, layerPage);

    auto* fields = new QWizardPage;
    fields->setTitle(tr("Fields"));
    fields->setSubTitle(tr("Which field gives each unit's code (unique), name and region."));
    m_code->setObjectName(QStringLiteral("unitCodeField"));
    m_name->setObjectName(QStringLiteral("unitNameField"));
    m_region->setObjectName(QStringLiteral("unitRegionField"));
    m_notes->setObjectName(QStringLiteral("unitFieldNotes"));
    m_notes->setWordWrap(true);
    auto* fieldForm = new QFormLayout;
    fieldForm->addRow(tr("&Code:"), m_code);
    fieldForm->addRow(tr("&Name:"), m_name);
    fieldForm->addRow(tr("&Region:"), m_region);
    auto* fieldLayout = new QVBoxLayout(fields);
    fieldLayout->addLayout(fieldForm);
    fieldLayout->addWidget(m_notes);
    fieldLayout->addStretch(1);
    setPage(FieldsPage, fields);
    // Room for the combo boxes and the preview side by side, within a 1024x700 screen.
    resize(std::max(820, 90 * fontMetrics().averageCharWidth()),
           std::min(620, std::max(560, 30 * fontMetrics().height())));
}

QString UnitImportWizard::path() const {
    return m_file->path();
}

const io::UnitLayerInfo* UnitImportWizard::layer() const {
    const int i = m_layer->currentData().toInt();
    return i >= 0 && i < int(m_source.layers.size()) ? &m_source.layers[std::size_t(i)] : nullptr;
}

bool UnitImportWizard::readFile(QString* error) {
    m_source = io::UnitImporter::inspect(path());
    bool any = false;
    for (const io::UnitLayerInfo& l : m_source.layers) any = any || l.polygonal;
    if (!m_source.ok || !any) {
        *error = m_source.ok ? tr("This file has no layer of polygons: units need areas, not points or lines.")
                             : tr("This file cannot be read: %1").arg(m_source.error);
        return false;
    }
    m_layer->blockSignals(true);
    m_layer->clear();
    auto* model = qobject_cast<QStandardItemModel*>(m_layer->model());
    int first = -1;
    for (int i = 0; i < int(m_source.layers.size()); ++i) {
        const io::UnitLayerInfo& l = m_source.layers[std::size_t(i)];
        m_layer->addItem(l.polygonal ? l.name : tr("%1 (%2: not polygons)").arg(l.name, l.geometryType), i);
        if (!l.polygonal && model) model->item(i)->setEnabled(false);
        if (l.polygonal && first < 0) first = i;
    }
    m_layer->setCurrentIndex(first);
    m_layer->blockSignals(false);
    return true;
}

void UnitImportWizard::initializePage(int id) {
    if (id == LayerPage) showLayer();
    if (id == FieldsPage) {
        const io::UnitLayerInfo* l = layer();
        const QStringList fields = l ? l->fields : QStringList();
        auto fill = [&](QComboBox* combo, const QString& none, const QString& chosen) {
            combo->clear();
            if (!none.isEmpty()) combo->addItem(none, QString());
            for (const QString& f : fields) combo->addItem(f, f);
            const int at = combo->findData(chosen);
            combo->setCurrentIndex(at < 0 ? 0 : at);
        };
        fill(m_code, tr("(feature number)"), l ? l->codeField : QString());
        fill(m_name, tr("(same as the code)"), l ? l->nameField : QString());
        fill(m_region, tr("(none)"), QString());
        const QLocale locale;
        QStringList notes;
        notes
            << tr("The %1 units of this project will be replaced by the layer's %2 features; each scenario keeps the "
                  "assignments of units that keep their place, and all %3 accounts are placed in the new units again.")
                   .arg(locale.toString(m_unitsNow))
                   .arg(l && l->featureCount >= 0 ? locale.toString(l->featureCount) : tr("(unknown number of)"))
                   .arg(locale.toString(m_accountsNow));
        notes << tr(
            "Codes must be unique and not empty; invalid polygons are repaired, and projected layers are reprojected.");
        m_notes->setText(notes.join(QLatin1Char('\n')));
    }
    QWizard::initializePage(id);
}

void UnitImportWizard::showLayer() {
    const io::UnitLayerInfo* l = layer();
    m_table->clear();
    if (!l) {
        m_about->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        return;
    }
    const QLocale locale;
    m_about->setText(tr("%1 features · %2 · %n fields", nullptr, int(l->fields.size()))
                         .arg(l->featureCount >= 0 ? locale.toString(l->featureCount) : tr("an unknown number of"),
                              l->geometryType));
    m_table->setColumnCount(int(l->fields.size()));
    m_table->setHorizontalHeaderLabels(l->fields);
    m_table->setRowCount(int(l->sample.size()));
    for (int r = 0; r < int(l->sample.size()); ++r)
        for (int c = 0; c < int(l->sample[std::size_t(r)].size()) && c < int(l->fields.size()); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(l->sample[std::size_t(r)][c]));
    m_table->resizeColumnsToContents();
}

io::UnitImportOptions UnitImportWizard::options() const {
    io::UnitImportOptions o;
    o.path = path();
    if (const io::UnitLayerInfo* l = layer()) o.layer = l->name;
    o.codeField = m_code->currentData().toString();
    o.nameField = m_name->currentData().toString();
    o.regionField = m_region->currentData().toString();
    return o;
}

} // namespace tp::ui
