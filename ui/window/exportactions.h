#pragma once
// ExportActions: the File › Export menu and printing: assignment sheet, CRM owner CSV, change
// list, territory summary, territory boundaries, unit assignments, PDF report (optionally a page
// per territory and a thematic page, asked in a ReportOptionsDialog), print the report through the system print dialog, and the map as an image.
// The change list and the assignment sheet first ask which scenario to compare with (default: the
// plan of record, or the scenario this one was copied from), then where to write. The work is
// done by io::ExportRunner on a worker (BackgroundTask: progress, Cancel; a cancelled export
// leaves any old file exactly as it was); this class asks and reports. Owned by the main window;
// GUI thread only.

#include "io/export/exportsource.h"
#include "io/report/pdfreportwriter.h"

#include "model/taskprogress.h"
#include "model/thematicmap.h"

#include <QObject>

#include <functional>
#include <optional>

class QMenu;
class QPagedPaintDevice;
class QWidget;

namespace tp::session {
class ProjectSession;
}

namespace tp::ui {

class ExportActions : public QObject {
    Q_OBJECT
public:
    using SessionGetter = std::function<session::ProjectSession*()>;
    ExportActions(QWidget* window, SessionGetter session, QObject* parent = nullptr);

    // Adds the export entries to `menu` (the map image entry stays the window's own).
    void addTo(QMenu* menu);

    // The exports without dialogs (tests, scripts): false and *error on failure. baseline: the
    // scenario to compare with, -1 for the default, 0 for none.
    // theme: the report's thematic page (built on the GUI thread, which owns the engine).
    bool exportTo(const QString& kind, const QString& path, bool territoryPages, QString* error, qint64 baseline = -1,
                  const TaskProgress& progress = {}, const std::optional<ThematicMap>& theme = std::nullopt);
    // The classification the report's thematic page uses by default (the Theme dock's choice).
    void setThemeChoice(std::function<ThematicMap::Options()> choice) { m_themeChoice = std::move(choice); }
    // The balance tolerance (±%) the report marks territories against (the Balance dock's).
    void setTolerance(std::function<double()> tolerancePct) { m_tolerance = std::move(tolerancePct); }
    // Asks which scenario the change list or assignment sheet compares with (a dialog named
    // "baselineChooser"): the id, 0 for none, nullopt when the user cancelled.
    std::optional<qint64> askBaseline(const QString& kind, const QString& title);
    // An export is reading the project on a worker: the session must stay as it is until idle().
    bool busy() const { return m_busy; }
    bool printTo(QPagedPaintDevice& device, int dotsPerInch, QString* error, const TaskProgress& progress = {});

signals:
    void message(const QString& text);
    void idle(); // busy() has become false

private:
    // The report's base map and tolerance (the Balance dock's, see m_reportTolerance).
    io::ReportOptions reportOptions();
    // The open project's current scenario against its default baseline; nullopt when none is open.
    std::optional<io::ExportSource> source(QString* error, qint64 baseline = -1) const;
    void exportWithDialog(const QString& kind, const QString& title, const QString& filter);
    void printWithDialog();

    QWidget* m_window;
    SessionGetter m_session;
    bool m_busy = false;
    std::function<ThematicMap::Options()> m_themeChoice;
    std::function<double()> m_tolerance;
    double m_reportTolerance = 10.0; // m_tolerance's value when last read on the GUI thread
};

} // namespace tp::ui
