#include "ui/import/accountimportwizard.h"

#include "ui/import/importdryrunpage.h"
#include "ui/import/importfilepage.h"
#include "ui/import/importlocationpage.h"
#include "ui/import/importmappingpage.h"
#include "ui/import/importsourcepage.h"
#include "ui/widgets/backgroundtask.h"

#include "session/projectsession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace tp::ui {

AccountImportWizard::AccountImportWizard(session::ProjectSession& session, QSettings& settings, QWidget* parent)
    : QWizard(parent), m_session(session), m_memory(settings) {
    setObjectName(QStringLiteral("accountImportWizard"));
    setWindowTitle(tr("Import Accounts"));
    setWizardStyle(QWizard::ClassicStyle); // the same on every platform, and compact
    setOption(QWizard::NoBackButtonOnStartPage);
    // The page's texts keep the context they were translated in.
    auto text = [](const char* source) { return QCoreApplication::translate("tp::ui::ImportFilePage", source); };
    ImportFilePage::Setup file;
    file.title = text("Choose the file");
    file.subTitle =
        text("A CRM export or any table of accounts: CSV or text, Excel, OpenDocument, or a GIS layer of points.");
    file.intro = text("Nothing is written to the project before the last page, which shows what the import will do.");
    file.placeholder = text("Path of the accounts file");
    file.dialogTitle = text("Import Accounts");
    file.filter = text("Account tables and GIS files (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg *.shp "
                       "*.geojson *.json *.kml);;All files (*)");
    file.pathName = QStringLiteral("importPath");
    file.browseName = QStringLiteral("importBrowse");
    file.errorName = QStringLiteral("importFileError");
    file.load = [this](const QString& path, QString* error) {
        if (path != m_path) {
            m_path = path;
            m_layer.clear();
        }
        return loadPreview(error);
    };
    setPage(FilePage, new ImportFilePage(std::move(file), this));
    setPage(SourcePage, new ImportSourcePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(LocationPage, new ImportLocationPage(this));
    setPage(DryRunPage, new ImportDryRunPage(this));
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(860, 600);
}

void AccountImportWizard::setIgnored(const QString& column, bool ignored) {
    m_ignored.removeAll(column);
    if (ignored) m_ignored << column;
}

io::AccountImportOptions AccountImportWizard::options() const {
    io::AccountImportOptions o;
    o.path = m_path;
    o.layer = m_layer;
    o.mapping = m_mapping;
    o.ignoredColumns = m_ignored;
    o.location = m_location;
    o.fixSwappedCoordinates = m_fixSwapped;
    o.acceptLatin1 = m_encoding != Encoding::Utf8;
    o.windows1252 = m_encoding == Encoding::Windows1252;
    o.workloadRule = m_session.project().workloadRule;
    return o;
}

bool AccountImportWizard::loadPreview(QString* error) {
    io::AccountImportOptions o = options();
    o.mapping = {}; // detect, to offer what the file suggests
    o.maxRows = 20;
    o.sampleRows = 20;
    o.requireLocation = false;
    io::AccountImportResult preview = io::AccountImporter::importAccounts(o);
    if (!preview.ok) {
        if (error) *error = preview.error;
        return false;
    }
    m_preview = std::move(preview);
    if (m_layer.isEmpty()) m_layer = m_preview.layer;
    if (m_preview.columns != m_previewColumns) {
        m_previewColumns = m_preview.columns;
        resetMapping();
    }
    m_hasDryRun = false;
    return true;
}

void AccountImportWizard::resetMapping() {
    m_mapping = {};
    m_ignored.clear();
    m_remembered = false;
    if (const auto entry = m_memory.recall(m_previewColumns)) {
        m_mapping = entry->mapping;
        m_ignored = entry->ignoredColumns;
        m_remembered = true;
    }
    // Every field explicit from here on: what the combo boxes show is what is imported.
    io::ColumnMapping detected = m_remembered ? m_mapping : m_preview.mapping;
    if (m_remembered) detected.detect(m_previewColumns);
    for (int f = 0; f < io::accountFieldCount; ++f)
        m_mapping.setColumn(io::AccountField(f), detected.column(io::AccountField(f)));
    const bool coordinates =
        m_preview.hasGeometry
        || (m_mapping.isMapped(io::AccountField::Longitude) && m_mapping.isMapped(io::AccountField::Latitude));
    const bool postal = m_mapping.isMapped(io::AccountField::PostalCode);
    m_location = coordinates && postal ? io::LocationSource::CoordinatesFirst
                 : postal              ? io::LocationSource::PostalCodeOnly
                                       : io::LocationSource::CoordinatesFirst;
}

bool AccountImportWizard::hasLocationSource(io::LocationSource source) const {
    const bool coordinates =
        m_preview.hasGeometry
        || (m_mapping.isMapped(io::AccountField::Longitude) && m_mapping.isMapped(io::AccountField::Latitude));
    const bool postal = m_mapping.isMapped(io::AccountField::PostalCode);
    switch (source) {
        case io::LocationSource::CoordinatesOnly:
            return coordinates;
        case io::LocationSource::PostalCodeOnly:
            return postal;
        case io::LocationSource::CoordinatesFirst:
        case io::LocationSource::PostalCodeFirst:
            return coordinates && postal;
    }
    return false;
}

bool AccountImportWizard::runDryRun() {
    m_hasDryRun = false;
    io::AccountImportOptions o = options();
    const Project& project = m_session.project();
    io::AccountImportResult result;
    session::AccountImportForecast forecast;
    emit workStarted();
    const bool done =
        BackgroundTask::run(this, tr("Import Accounts"), tr("Reading %1…").arg(QFileInfo(m_path).fileName()),
                            [&](const TaskProgress& progress) {
                                o.progress = progress.sub(0.0, 0.8);
                                result = io::AccountImporter::importAccounts(o);
                                if (result.cancelled) return false;
                                if (!result.ok) return true;
                                forecast = session::AccountImportDryRun::run(project, result, progress.sub(0.8, 1.0));
                                return !forecast.cancelled;
                            });
    emit workFinished();
    m_result = std::move(result);
    m_forecast = std::move(forecast);
    m_hasDryRun = done;
    return done;
}

void AccountImportWizard::accept() {
    if (m_hasDryRun && m_result.ok) m_memory.remember(m_previewColumns, {m_mapping, m_ignored});
    QWizard::accept();
}

} // namespace tp::ui
