#include "ui/window/exportactions.h"
#include "ui/dialogs/reportoptionsdialog.h"

#include "io/export/exportrunner.h"
#include "io/export/exportsource.h"
#include "io/import/datapaths.h"
#include "session/projectsession.h"
#include "ui/widgets/backgroundtask.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QThread>

namespace tp::ui {

ExportActions::ExportActions(QWidget* window, SessionGetter session, QObject* parent)
    : QObject(parent), m_window(window), m_session(std::move(session)) {}

void ExportActions::addTo(QMenu* menu) {
    const QString sheets = tr("Excel workbooks (*.xlsx);;CSV files (*.csv)");
    const QString gis = tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;KML (*.kml)");
    auto add = [&](const QString& name, const QString& text, auto slot) {
        QAction* a = menu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
    };
    add(QStringLiteral("actionExportAccounts"), tr("&Assignment Sheet…"),
        [this, sheets] { exportWithDialog(QStringLiteral("accounts"), tr("Export Assignment Sheet"), sheets); });
    add(QStringLiteral("actionExportCrm"), tr("&CRM Owner List…"),
        [this] { exportWithDialog(QStringLiteral("crm"), tr("Export CRM Owner List"), tr("CSV files (*.csv)")); });
    add(QStringLiteral("actionExportChanges"), tr("C&hange List…"),
        [this, sheets] { exportWithDialog(QStringLiteral("changes"), tr("Export Change List"), sheets); });
    add(QStringLiteral("actionExportSummary"), tr("Territory &Summary…"),
        [this, sheets] { exportWithDialog(QStringLiteral("summary"), tr("Export Territory Summary"), sheets); });
    menu->addSeparator();
    add(QStringLiteral("actionExportBoundaries"), tr("Territory &Boundaries…"),
        [this, gis] { exportWithDialog(QStringLiteral("boundaries"), tr("Export Territory Boundaries"), gis); });
    add(QStringLiteral("actionExportUnits"), tr("&Unit Assignments…"),
        [this, gis] { exportWithDialog(QStringLiteral("units"), tr("Export Unit Assignments"), gis); });
    menu->addSeparator();
    add(QStringLiteral("actionExportReport"), tr("PDF &Report…"),
        [this] { exportWithDialog(QStringLiteral("report"), tr("Export PDF Report"), tr("PDF documents (*.pdf)")); });
    add(QStringLiteral("actionPrintReport"), tr("&Print Report…"), [this] { printWithDialog(); });
}

std::optional<io::ExportSource> ExportActions::source(QString* error, qint64 baseline) const {
    session::ProjectSession* session = m_session();
    if (!session || !session->project().currentScenario()) {
        if (error) *error = tr("No project is open.");
        return std::nullopt;
    }
    const Project& p = session->project();
    return io::ExportSource(p, session->metrics(),
                            baseline < 0 ? io::ExportSource::defaultBaseline(p, p.currentScenarioId) : baseline,
                            io::OutputGuard(session->path()));
}

bool ExportActions::exportTo(const QString& kind, const QString& path, bool territoryPages, QString* error,
                             qint64 baseline, const TaskProgress& progress, const std::optional<ThematicMap>& theme) {
    std::optional<io::ExportSource> from = source(error, baseline);
    if (!from) return false;
    from->setProgress(progress);
    io::ReportOptions options = reportOptions();
    options.territoryPages = territoryPages;
    options.theme = theme;
    options.locale = QLocale(); // the report's texts in the UI language's numbers
    QStringList warnings;
    return io::ExportRunner::run(*from, kind, io::ExportRunner::formatFor(kind, path), path, options, error, &warnings);
}

io::ReportOptions ExportActions::reportOptions() {
    // The dock is read on the GUI thread only; a worker (the export and print tasks) takes the
    // value read when its task was started.
    if (m_tolerance && QThread::currentThread() == thread()) m_reportTolerance = m_tolerance();
    io::ReportOptions options;
    options.baseMapPath = io::DataPaths::basemapPath();
    options.tolerancePct = m_reportTolerance;
    return options;
}

bool ExportActions::printTo(QPagedPaintDevice& device, int dotsPerInch, QString* error, const TaskProgress& progress) {
    std::optional<io::ExportSource> from = source(error);
    if (!from) return false;
    from->setProgress(progress);
    io::PdfReportWriter writer(*from, reportOptions());
    return writer.paint(device, dotsPerInch, error);
}

std::optional<qint64> ExportActions::askBaseline(const QString& kind, const QString& title) {
    session::ProjectSession* session = m_session();
    if (!session || !session->project().currentScenario()) return std::nullopt;
    const Project& p = session->project();
    const qint64 suggested = io::ExportSource::defaultBaseline(p, p.currentScenarioId);
    QStringList names;
    QList<qint64> ids;
    int current = 0;
    for (const Scenario& s : p.scenarios) {
        if (s.id == p.currentScenarioId) continue;
        if (s.id == suggested) current = int(names.size());
        names << (s.planOfRecord ? tr("%1 (plan of record)").arg(s.name) : s.name);
        ids << s.id;
    }
    const bool changes = kind == QLatin1String("changes");
    if (names.isEmpty()) {
        if (changes) {
            QMessageBox::information(m_window, title,
                                     tr("There is no other scenario to compare \"%1\" with: copy the plan "
                                        "in the Scenarios dock first.")
                                         .arg(p.currentScenario()->name));
            return std::nullopt;
        }
        return 0; // an assignment sheet without a previous owner column
    }
    if (!changes) {
        names << tr("(none: no previous owner column)");
        ids << 0;
    }
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("baselineChooser"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(changes ? tr("Compare \"%1\" with:").arg(p.currentScenario()->name)
                                : tr("Previous owners from:"));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(false);
    dialog.setTextValue(names.value(current));
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    const int chosen = int(names.indexOf(dialog.textValue()));
    return chosen < 0 ? std::nullopt : std::optional<qint64>(ids[chosen]);
}

void ExportActions::exportWithDialog(const QString& kind, const QString& title, const QString& filter) {
    session::ProjectSession* session = m_session();
    if (!session) return;
    qint64 baseline = -1;
    if (kind == QLatin1String("changes") || kind == QLatin1String("accounts")) {
        const std::optional<qint64> chosen = askBaseline(kind, title);
        if (!chosen) return;
        baseline = *chosen;
    }
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(m_window, title, QString(), filter, &selectedFilter);
    if (path.isEmpty()) return;
    // The chosen filter's suffix when the name has none.
    if (QFileInfo(path).suffix().isEmpty()) {
        const qsizetype star = selectedFilter.indexOf(QLatin1String("*."));
        if (star >= 0) path += selectedFilter.mid(star + 1, selectedFilter.indexOf(QLatin1Char(')'), star) - star - 1);
    }
    bool territoryPages = false;
    std::optional<ThematicMap> theme;
    if (kind == QLatin1String("report")) {
        const Project& p = session->project();
        const qint64 base = io::ExportSource::defaultBaseline(p, p.currentScenarioId);
        ReportOptionsDialog options(session->metrics().measures(),
                                    m_themeChoice ? m_themeChoice() : ThematicMap::Options{}, base != 0, m_window);
        if (options.exec() != QDialog::Accepted) return;
        territoryPages = options.territoryPages();
        if (std::optional<ThematicMap::Options> chosen = options.theme()) {
            chosen->figure.baseScenario = base;
            theme = ThematicMap::build(p, session->metrics(), *chosen, QLocale::c());
        }
    }
    QString error;
    bool ok = false;
    m_busy = true;
    reportOptions(); // the Balance dock's tolerance, read here for the worker
    const bool done = BackgroundTask::run(
        m_window, title, tr("Writing %1…").arg(QFileInfo(path).fileName()), [&](const TaskProgress& progress) {
            progress.step(tr("Writing %1…").arg(QFileInfo(path).fileName()), -1);
            ok = exportTo(kind, path, territoryPages, &error, baseline, progress, theme);
            return !progress.cancelled();
        });
    m_busy = false;
    emit idle();
    if (!done) {
        emit message(tr("Export cancelled; nothing was written"));
        return;
    }
    if (!ok) {
        QMessageBox::warning(m_window, tr("Export failed"), error);
        return;
    }
    emit message(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void ExportActions::printWithDialog() {
    if (!m_session()) return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted) return;
    // Pages are painted on a worker (QPainter may paint a QPrinter from any thread); a cancel
    // aborts the print job.
    QString error;
    bool ok = false;
    m_busy = true;
    reportOptions(); // the Balance dock's tolerance, read here for the worker
    const bool done = BackgroundTask::run(m_window, tr("Print Report"), tr("Printing the report…"),
                                          [&](const TaskProgress& progress) {
                                              ok = printTo(printer, printer.resolution(), &error, progress);
                                              if (progress.cancelled()) printer.abort();
                                              return !progress.cancelled();
                                          });
    m_busy = false;
    emit idle();
    if (!done)
        emit message(tr("Printing cancelled"));
    else if (!ok)
        QMessageBox::warning(m_window, tr("Printing failed"), error);
    else
        emit message(tr("Report sent to the printer"));
}

} // namespace tp::ui
