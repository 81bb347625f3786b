#pragma once
// ExportActions: the File › Export menu and printing: assignment sheet, CRM owner CSV, change
// list, territory summary, territory boundaries, unit assignments, PDF report (optionally a page
// per territory), print the report through the system print dialog, and the map as an image.
// Comparisons (previous owner, changes) are against the plan of record, or the scenario this one
// was copied from. The work is done by io::ExportRunner; this class asks where to write and
// reports. Owned by the main window; GUI thread only.

#include "io/export/exportsource.h"

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

    // The exports without dialogs (tests, scripts): false and *error on failure.
    bool exportTo(const QString& kind, const QString& path, bool territoryPages, QString* error);
    bool printTo(QPagedPaintDevice& device, int dotsPerInch, QString* error);

signals:
    void message(const QString& text);

private:
    // The open project's current scenario against its default baseline; nullopt when none is open.
    std::optional<io::ExportSource> source(QString* error) const;
    void exportWithDialog(const QString& kind, const QString& title, const QString& filter);
    void printWithDialog();

    QWidget* m_window;
    SessionGetter m_session;
};

} // namespace tp::ui
