#pragma once
// MainWindow: the application window: the map canvas in the centre with its tool bar (pan,
// select, paint, boundary drag, move account), the balance, territories and history docks,
// menus (File, Edit, View, Help) and a status bar with the coordinates under the cursor. Owns the
// open ProjectSession with its EditFacade (one project at a time) and tells the canvas and docks
// when the plan changes; the work itself is done by core (session, io) and by the canvas, tool
// and dock classes. GUI thread only.

#include "ui/map/maplegend.h"

#include "geo/webmercator.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;

namespace tp {
class Project;
}

namespace tp::session {
class EditFacade;
class ProjectSession;
} // namespace tp::session

namespace tp::ui {

class BalanceDialog;
class CanvasSubscriptions;
class CompareDock;
class DetailsDock;
class LayersDock;
class RepsDock;
class CompareWindow;
class EditController;
class FirstRunHint;
class ThemeLegend;
class ExportActions;
class ImportActions;
class HistoryDock;
class ScenariosDock;
class MapCanvas;
class MapTool;
class MetricsDock;
class ProjectChangeWatcher;
class TerritoriesDock;
class ThemeDock;
class WhiteSpaceDock;
class CoverageDock;
class WorkshopMode;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project file; on failure shows the reason and keeps the current project.
    bool openProject(const QString& path);
    bool openProject(const QString& path, QString* error); // the same, without a message box
    // A file of at least this size is read on a worker, behind a progress dialog, and its map is
    // shown before its accounts are read (projectPreviewed); smaller ones are read at once.
    void setReadOnWorkerFrom(qint64 bytes) { m_readOnWorkerFrom = bytes; }

    session::ProjectSession* session() const { return m_session.get(); }
    session::EditFacade* facade() const { return m_facade.get(); }
    EditController* editController() const { return m_controller; }
    MapCanvas* canvas() const { return m_canvas; }
    MetricsDock* metricsDock() const { return m_metricsDock; }
    TerritoriesDock* territoriesDock() const { return m_territoriesDock; }
    HistoryDock* historyDock() const { return m_historyDock; }
    ScenariosDock* scenariosDock() const { return m_scenariosDock; }
    CompareDock* compareDock() const { return m_compareDock; }
    CompareWindow* compareWindow() const { return m_compareWindow; }
    WorkshopMode* workshopMode() const { return m_workshop; }
    DetailsDock* detailsDock() const { return m_detailsDock; }
    LayersDock* layersDock() const { return m_layersDock; }
    RepsDock* repsDock() const { return m_repsDock; }
    ThemeDock* themeDock() const { return m_themeDock; }
    WhiteSpaceDock* whiteSpaceDock() const { return m_whiteSpaceDock; }
    CoverageDock* coverageDock() const { return m_coverageDock; }
    ExportActions* exports() const { return m_exports; }
    ImportActions* imports() const { return m_imports; }
    // The map at `size` as a PNG file (what File › Export Map writes after its dialogs): never
    // onto the project, every write checked, renamed over `path` when complete.
    bool writeMapImage(const QString& path, const QSize& size, QString* error);
    // The map at `size` with its legend, as the PNG export writes it (GUI thread).
    QImage mapImage(const QSize& size) const;
    void zoomToSelection();
    // Plan › Balance Territories…: shows the optimiser dialog (created on first use, per project).
    BalanceDialog* showBalanceDialog();
    BalanceDialog* balanceDialog() const { return m_balanceDialog; }
    QAction* action(const QString& objectName) const;
    void zoomToTerritory(qint64 territoryId);
    ProjectChangeWatcher* changeWatcher() const { return m_changeWatcher; }
    FirstRunHint* firstRunHint() const { return m_firstRunHint; }
    ThemeLegend* mapLegend() const { return m_mapLegend; }
    // Refreshes the map legend now (it follows view and plan changes shortly after them).
    void updateMapLegend();
    // Another program changed the open project: reads it again (views refresh, the view stays
    // where it was; the undo stacks are rebuilt from the history stored in the file) and says
    // so in the status bar. During a gesture it waits for the gesture to end.
    void reloadChangedProject();

signals:
    // The map shows the project being opened, read but for its accounts (a large file only).
    void projectPreviewed();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Docks beside the map in wide windows, in one tabbed column in narrow ones (< compactBelowPx).
    void arrangeDocks();
    void createActions();
    void createTools();
    void fitToolBarStyle();                    // text beside icons where the tool bars fit, icons only otherwise
    QString firstRunText() const;              // the first-run hint, naming the actions' shortcuts
    MapLegend::State mapLegendState() const;   // what the map legend lists for the current view
    void paintLegendOnto(QImage& image) const; // the PNG export's legend
    void refreshScenarioChooser();
    void refreshTeamChooser();
    // View › Other Team's Borders: (None) and every team but the current one, the shown one checked.
    void fillOtherTeamMenu(QMenu* menu);
    void subscribe();            // to the new session's notifications
    void refreshScenarioViews(); // chooser, title
    void refreshFigures();       // map labels, workshop bar
    void showSideBySide(qint64 leftScenario);
    void undo();
    void redo();
    void setSession(std::unique_ptr<session::ProjectSession> session);
    // While a large project is being opened: its map before its accounts are read (OpenPreview),
    // and back to the project shown before when the opening fails or is cancelled.
    void showOpenPreview(std::shared_ptr<const Project> project);
    void endOpenPreview(geo::MercatorPoint center, double resolution);
    // The file's quick_check runs on a worker while the project is shown: once it has answered,
    // a damaged file's read-only reason goes to the status bar (edits wait for it anyway).
    void reportDamageWhenChecked();
    void projectDataChanged(); // anything may have changed (open, import)
    void updateTitle();
    // Adds every unit the selection encloses to it (Edit › Fill Enclosed Area).
    void fillEnclosedArea();
    void showError(const QString& title, const QString& message);

    void newProject();
    void openProjectDialog();
    void saveProjectAs();
    void exportMapImage();
    void about();
    void recoverDamagedProject();
    void reloadIfOutdated();

    std::unique_ptr<session::ProjectSession> m_session;
    std::unique_ptr<session::EditFacade> m_facade; // destroyed before the session it edits
    MapCanvas* m_canvas;
    EditController* m_controller;
    MetricsDock* m_metricsDock;
    TerritoriesDock* m_territoriesDock;
    HistoryDock* m_historyDock;
    ScenariosDock* m_scenariosDock;
    CompareDock* m_compareDock;
    CompareWindow* m_compareWindow;
    WorkshopMode* m_workshop = nullptr;
    DetailsDock* m_detailsDock;
    LayersDock* m_layersDock;
    RepsDock* m_repsDock;
    ThemeDock* m_themeDock;
    WhiteSpaceDock* m_whiteSpaceDock;
    CoverageDock* m_coverageDock;
    ExportActions* m_exports = nullptr;
    ImportActions* m_imports = nullptr;
    std::vector<std::unique_ptr<MapTool>> m_tools;
    QActionGroup* m_toolActions = nullptr;
    QComboBox* m_scenarioChooser = nullptr;
    QComboBox* m_teamChooser = nullptr;
    std::vector<QAction*> m_chooserLabels; // " Scenario: ", " Team: " (hidden in narrow windows)
    bool m_docksSized = false;
    bool m_compactDocks = false; // every dock in one tabbed column (narrow windows)
    static constexpr int compactBelowPx = 1200;
    QLabel* m_coordinates;
    QLabel* m_scenarioLabel;
    QMenu* m_viewMenu = nullptr;
    BalanceDialog* m_balanceDialog = nullptr;
    ProjectChangeWatcher* m_changeWatcher = nullptr;
    CanvasSubscriptions* m_canvasSubscriptions = nullptr; // a child of the session's notifier
    std::shared_ptr<const Project> m_openPreview;         // drawn while a project is being opened
    qint64 m_readOnWorkerFrom = 64 * 1024 * 1024;
    bool m_reloadPending = false;
    FirstRunHint* m_firstRunHint = nullptr; // over the canvas
    ThemeLegend* m_mapLegend = nullptr;     // a child of the canvas
    QTimer m_legendTimer;                   // the legend follows pans and edits once they pause
};

} // namespace tp::ui
