#include "ui/window/mainwindow.h"

#include "ui/window/openpreview.h"
#include "model/freedmemory.h"

#include "ui/dialogs/balancedialog.h"
#include "ui/dialogs/newprojectdialog.h"

#include "ui/tools/accountmovetool.h"
#include "ui/tools/boundarytool.h"
#include "ui/docks/comparedock.h"
#include "ui/docks/coveragedock.h"
#include "ui/window/comparewindow.h"
#include "ui/docks/detailsdock.h"
#include "ui/docks/layersdock.h"
#include "ui/map/mapinspector.h"
#include "ui/tools/editcontroller.h"
#include "ui/window/exportactions.h"
#include "ui/window/importactions.h"
#include "ui/widgets/backgroundtask.h"
#include "ui/docks/historydock.h"
#include "ui/map/mapcanvas.h"
#include "ui/docks/metricsdock.h"
#include "ui/tools/painttool.h"
#include "ui/window/projectchangewatcher.h"
#include "ui/dialogs/ownerplandialog.h"
#include "ui/dialogs/projectsettingsdialog.h"
#include "ui/dialogs/quotadialog.h"
#include "ui/dialogs/suggestownersdialog.h"
#include "ui/docks/repsdock.h"
#include "ui/docks/scenariosdock.h"
#include "ui/tools/selecttool.h"
#include "ui/map/canvassubscriptions.h"
#include "render/labellayer.h"
#include "ui/docks/territoriesdock.h"
#include "ui/docks/whitespacedock.h"
#include "render/territorylabeller.h"
#include "ui/map/tilesource.h"
#include "ui/window/workshopmode.h"
#include "ui/widgets/iconset.h"
#include "ui/widgets/firstrunhint.h"
#include "ui/widgets/themelegend.h"
#include "render/accountlayer.h"
#include "render/highlightlayer.h"
#include "ui/map/maplegend.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/docks/themedock.h"

#include "io/import/accountimporter.h"
#include "model/measuredefinition.h"
#include "model/scenariocomparison.h"
#include "model/territoryanchors.h"
#include "model/territorymetrics.h"
#include "model/unitgroups.h"
#include "builders/blankprojectbuilder.h"
#include "io/import/datapaths.h"
#include "io/export/outputguard.h"
#include "io/export/pngimagewriter.h"
#include "io/import/unitimporter.h"
#include "session/accountimportapplier.h"
#include "session/editfacade.h"
#include "session/enclosedunits.h"
#include "session/planfacts.h"
#include "session/projectsession.h"
#include "session/sessionnotifier.h"
#include "session/unitlayerreplacer.h"
#include "storage/projectrecovery.h"

#include <boost/geometry/algorithms/expand.hpp>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QStatusBar>
#include <QPainter>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace tp::ui {
namespace {

const char* const projectFilter = QT_TRANSLATE_NOOP("tp::ui::MainWindow", "Territory projects (*.territory)");

QString withSuffix(QString path) {
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".territory");
    return path;
}

QString formatCoordinate(double value, char positive, char negative) {
    return QStringLiteral("%1° %2").arg(std::abs(value), 0, 'f', 4).arg(QLatin1Char(value >= 0 ? positive : negative));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_canvas(new MapCanvas), m_controller(new EditController(m_canvas, this)),
      m_metricsDock(new MetricsDock(this)), m_territoriesDock(new TerritoriesDock(m_controller, this)),
      m_historyDock(new HistoryDock(this)), m_scenariosDock(new ScenariosDock(m_controller, this)),
      m_compareDock(new CompareDock(m_controller, this)), m_compareWindow(new CompareWindow(this)),
      m_detailsDock(new DetailsDock(this)), m_layersDock(new LayersDock(m_canvas, this)),
      m_repsDock(new RepsDock(m_controller, this)), m_themeDock(new ThemeDock(m_controller, m_canvas, this)),
      m_whiteSpaceDock(new WhiteSpaceDock(m_controller, this)), m_coverageDock(new CoverageDock(m_controller, this)),
      m_coordinates(new QLabel), m_scenarioLabel(new QLabel) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/territory-planner.svg")));
    setCentralWidget(m_canvas);
    addDockWidget(Qt::RightDockWidgetArea, m_metricsDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_territoriesDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_historyDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_scenariosDock);
    tabifyDockWidget(m_historyDock, m_scenariosDock);
    addDockWidget(Qt::RightDockWidgetArea, m_compareDock);
    tabifyDockWidget(m_metricsDock, m_compareDock);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    tabifyDockWidget(m_compareDock, m_detailsDock);
    addDockWidget(Qt::RightDockWidgetArea, m_whiteSpaceDock);
    tabifyDockWidget(m_detailsDock, m_whiteSpaceDock);
    addDockWidget(Qt::RightDockWidgetArea, m_coverageDock);
    tabifyDockWidget(m_whiteSpaceDock, m_coverageDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_layersDock);
    tabifyDockWidget(m_scenariosDock, m_layersDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_repsDock);
    tabifyDockWidget(m_territoriesDock, m_repsDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_themeDock);
    tabifyDockWidget(m_layersDock, m_themeDock);
    m_territoriesDock->raise();
    m_metricsDock->raise();
    m_scenariosDock->raise();
    connect(m_scenariosDock, &ScenariosDock::compareRequested, this,
            [this](qint64 other) { m_compareDock->compareWith(other); });
    connect(m_compareDock, &CompareDock::sideBySideRequested, this, &MainWindow::showSideBySide);
    // Inspecting the map: hover for a tooltip, click (pan tool) for details and a selection.
    m_canvas->setToolTipProvider([this](QPointF at) -> QString {
        if (!m_session) return {};
        const MapInspector inspector(*m_session);
        if (const int account = m_canvas->accountAt(at); account >= 0) return inspector.accountToolTip(account);
        return inspector.unitToolTip(m_canvas->unitAt(at));
    });
    // One territory is chosen everywhere: a click on the map (its unit's territory), a row of the
    // Balance table or of the Territories dock makes it the active one (painted with), and the
    // others follow.
    auto choose = [this](qint64 territoryId) {
        const Territory* t = m_session ? m_session->project().territory(territoryId) : nullptr;
        if (t && t->level == Territory::Level::Territory) m_controller->setActiveTerritory(territoryId);
    };
    connect(m_canvas, &MapCanvas::unitClicked, this, [this, choose](int unit) {
        if (!m_session) return;
        m_controller->setSelection({unit});
        const Scenario* shown = m_session->project().scenario(m_canvas->shownScenario());
        if (shown && unit >= 0 && std::size_t(unit) < shown->unitTerritory.size()
            && shown->id == m_session->project().currentScenarioId)
            choose(shown->unitTerritory[std::size_t(unit)]);
        m_detailsDock->showUnit(unit);
        m_detailsDock->raise();
    });
    connect(m_metricsDock, &MetricsDock::territoryChosen, this, choose);
    connect(m_controller, &EditController::activeTerritoryChanged, m_metricsDock, &MetricsDock::showTerritory);
    connect(m_canvas, &MapCanvas::accountClicked, this, [this](int account) {
        if (!m_session) return;
        m_detailsDock->showAccount(account);
        m_detailsDock->raise();
    });
    connect(m_controller, &EditController::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
        reloadIfOutdated();
    });
    m_canvas->loadBaseMapAsync(io::DataPaths::basemapPath());
    connect(m_canvas, &MapCanvas::baseMapLoaded, this, [this](bool ok, const QString& message) {
        if (!ok) statusBar()->showMessage(tr("Base map not available: %1").arg(message));
    });

    m_coordinates->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000.0000° W, 00.0000° N")) + 12);
    m_coordinates->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addWidget(m_scenarioLabel);
    statusBar()->addPermanentWidget(m_coordinates);
    connect(m_canvas, &MapCanvas::cursorMoved, this, [this](geo::GeoPoint p) {
        m_coordinates->setText(formatCoordinate(p.lon, 'E', 'W') + QStringLiteral(", ")
                               + formatCoordinate(p.lat, 'N', 'S'));
    });
    connect(m_metricsDock, &MetricsDock::territoryActivated, this, &MainWindow::zoomToTerritory);
    connect(m_metricsDock, &MetricsDock::deviationsChanged, this, [this] {
        if (m_session) refreshFigures();
    });

    m_changeWatcher = new ProjectChangeWatcher(this);
    connect(m_changeWatcher, &ProjectChangeWatcher::changedOutside, this, &MainWindow::reloadChangedProject);
    m_exports = new ExportActions(
        this, [this] { return m_session.get(); }, this);
    connect(m_exports, &ExportActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    m_exports->setThemeChoice([this] { return m_themeDock->options(); });
    m_exports->setTolerance([this] { return m_metricsDock->tolerancePct(); });
    m_imports = new ImportActions(
        this, [this] { return m_session.get(); }, this);
    connect(m_imports, &ImportActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_imports, &ImportActions::reloadRequested, this, &MainWindow::reloadChangedProject);
    connect(m_imports, &ImportActions::fileInUse, m_changeWatcher, &ProjectChangeWatcher::setHold);
    auto retryReload = [this] {
        if (m_reloadPending) reloadChangedProject();
    };
    connect(m_imports, &ImportActions::idle, this, retryReload);
    connect(m_exports, &ExportActions::idle, this, retryReload);
    connect(m_imports, &ImportActions::unitsReplaced, this, [this] {
        // New units: a fresh session and undo history.
        if (m_session) openProject(m_session->path());
    });
    createActions();
    createTools();
    m_firstRunHint = new FirstRunHint(m_canvas, this);
    m_firstRunHint->setText(firstRunText());
    // The map legend in territory mode (the theme dock floats its own in theme mode).
    m_mapLegend = new ThemeLegend(this);
    m_mapLegend->setObjectName(QStringLiteral("mapLegend"));
    m_mapLegend->setAnchor(m_canvas);
    m_mapLegend->setCorner(Qt::BottomRightCorner);
    m_mapLegend->setCollapsible(true);
    m_mapLegend->setFont(m_canvas->font());
    connect(m_mapLegend, &ThemeLegend::collapsedChanged, this,
            [](bool collapsed) { QSettings().setValue(QStringLiteral("map/legendCollapsed"), collapsed); });
    m_legendTimer.setSingleShot(true);
    m_legendTimer.setInterval(150);
    connect(&m_legendTimer, &QTimer::timeout, this, &MainWindow::updateMapLegend);
    connect(m_canvas, &MapCanvas::viewChanged, &m_legendTimer, qOverload<>(&QTimer::start));
    connect(m_canvas, &MapCanvas::layerVisibilityChanged, &m_legendTimer, qOverload<>(&QTimer::start));
    m_canvas->installEventFilter(this);
    m_workshop = new WorkshopMode(this);
    // Actions stay reachable by keyboard when menus and tool bars are hidden (workshop mode).
    for (QAction* a : findChildren<QAction*>())
        if (!a->shortcut().isEmpty()) addAction(a);
    const QRect available = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                             : QRect(0, 0, 1600, 1000);
    resize(available.size().boundedTo(QSize(1600, 1000)) * 0.9);
    updateTitle();
}

MainWindow::~MainWindow() {
    m_compareWindow->detach();
    m_controller->setFacade(nullptr);
    m_historyDock->setUndoGroup(nullptr);
    m_canvas->setMapTool(nullptr);
    m_canvas->setProject(nullptr);
}

QAction* MainWindow::action(const QString& objectName) const {
    return findChild<QAction*>(objectName);
}

void MainWindow::createActions() {
    auto add = [this](QMenu* menu, const QString& name, const QString& text, auto slot, QKeySequence shortcut = {}) {
        QAction* a = menu->addAction(text);
        a->setObjectName(name);
        if (!shortcut.isEmpty()) a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    add(file, QStringLiteral("actionNew"), tr("&New Project…"), &MainWindow::newProject, QKeySequence::New)
        ->setIcon(IconSet::icon(QStringLiteral("document-new")));
    add(file, QStringLiteral("actionOpen"), tr("&Open…"), &MainWindow::openProjectDialog, QKeySequence::Open)
        ->setIcon(IconSet::icon(QStringLiteral("document-open")));
    add(file, QStringLiteral("actionSaveAs"), tr("Save &As…"), &MainWindow::saveProjectAs, QKeySequence::SaveAs)
        ->setIcon(IconSet::icon(QStringLiteral("document-save-as")));
    add(file, QStringLiteral("actionRecover"), tr("&Recover a Damaged Project…"), &MainWindow::recoverDamagedProject);
    add(file, QStringLiteral("actionProjectSettings"), tr("Project Se&ttings…"), [this] {
        if (!m_facade) return;
        ProjectSettingsDialog dialog(m_controller, this);
        dialog.exec();
    });
    file->addSeparator();
    QMenu* import = file->addMenu(tr("&Import"));
    m_imports->addTo(import);
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    m_exports->addTo(exportMenu);
    exportMenu->addSeparator();
    add(exportMenu, QStringLiteral("actionExportMapImage"), tr("Map as &Image…"), &MainWindow::exportMapImage);
    file->addSeparator();
    add(file, QStringLiteral("actionQuit"), tr("&Quit"), &MainWindow::close, QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = add(edit, QStringLiteral("actionUndo"), tr("&Undo"), &MainWindow::undo, QKeySequence::Undo);
    QAction* redo = add(edit, QStringLiteral("actionRedo"), tr("&Redo"), &MainWindow::redo, QKeySequence::Redo);
    undo->setIcon(IconSet::icon(QStringLiteral("edit-undo")));
    redo->setIcon(IconSet::icon(QStringLiteral("edit-redo")));
    undo->setEnabled(false);
    redo->setEnabled(false);
    edit->addSeparator();
    add(
        edit, QStringLiteral("actionSelectNone"), tr("Select &None"), [this] { m_controller->clearSelection(); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    // ZIP areas: the selection grown to every unit of the counties / states it touches.
    auto growSelection = [this](UnitGroups::Level level) {
        if (!m_session) return;
        m_controller->setSelection(UnitGroups::grow(m_session->project().units, m_controller->selection(), level));
    };
    add(edit, QStringLiteral("actionSelectCounties"), tr("Select Whole Co&unties"),
        [growSelection] { growSelection(UnitGroups::Level::County); });
    add(edit, QStringLiteral("actionSelectStates"), tr("Select Whole S&tates"),
        [growSelection] { growSelection(UnitGroups::Level::State); });
    // Select › Fill Enclosed Area: a ring drawn with the Select tool becomes the area it encloses.
    add(
        edit, QStringLiteral("actionFillEnclosed"), tr("&Fill Enclosed Area"), [this] { fillEnclosedArea(); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    add(edit, QStringLiteral("actionRecolour"), tr("Re&colour Territories"), [this] {
        QString error;
        if (m_facade && !m_facade->recolourTerritories(&error) && !error.isEmpty())
            statusBar()->showMessage(error, 8000);
    });

    QMenu* plan = menuBar()->addMenu(tr("&Plan"));
    add(
        plan, QStringLiteral("actionBalanceTerritories"), tr("&Balance Territories…"), [this] { showBalanceDialog(); },
        QKeySequence(Qt::CTRL | Qt::Key_B));
    add(plan, QStringLiteral("actionSetQuotas"), tr("Set &Quotas…"), [this] {
        if (!m_facade) return;
        QuotaDialog dialog(m_controller, this);
        dialog.exec();
    });
    add(plan, QStringLiteral("actionPlanSuggestOwners"), tr("Suggest &Owners…"), [this] {
        if (!m_facade) return;
        SuggestOwnersDialog dialog(m_controller, this);
        dialog.exec();
    });
    add(plan, QStringLiteral("actionPlanFromOwners"), tr("Plan from CRM O&wners…"), [this] {
        if (!m_facade) return;
        OwnerPlanDialog dialog(m_controller, this);
        dialog.exec();
    });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    add(
        m_viewMenu, QStringLiteral("actionZoomToProject"), tr("Zoom to &Project"),
        [this] { m_canvas->zoomToProject(); }, QKeySequence(Qt::CTRL | Qt::Key_0))
        ->setIcon(IconSet::icon(QStringLiteral("zoom-project")));
    add(
        m_viewMenu, QStringLiteral("actionZoomToSelection"), tr("Zoom to &Selection"), [this] { zoomToSelection(); },
        QKeySequence(Qt::CTRL | Qt::Key_9));
    add(
        m_viewMenu, QStringLiteral("actionZoomIn"), tr("Zoom &In"), [this] { m_canvas->zoomIn(); },
        QKeySequence::ZoomIn)
        ->setIcon(IconSet::icon(QStringLiteral("zoom-in")));
    add(
        m_viewMenu, QStringLiteral("actionZoomOut"), tr("Zoom &Out"), [this] { m_canvas->zoomOut(); },
        QKeySequence::ZoomOut)
        ->setIcon(IconSet::icon(QStringLiteral("zoom-out")));
    m_viewMenu->addAction(m_themeDock->toggleAction());
    // Another team's borders as an outline over the current team's map (filled when shown).
    QMenu* otherTeam = m_viewMenu->addMenu(tr("Other &Team's Borders"));
    otherTeam->setObjectName(QStringLiteral("otherTeamMenu"));
    connect(otherTeam, &QMenu::aboutToShow, this, [this, otherTeam] { fillOtherTeamMenu(otherTeam); });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_metricsDock->toggleViewAction());
    m_viewMenu->addAction(m_territoriesDock->toggleViewAction());
    m_viewMenu->addAction(m_historyDock->toggleViewAction());
    m_viewMenu->addAction(m_scenariosDock->toggleViewAction());
    m_viewMenu->addAction(m_compareDock->toggleViewAction());
    m_viewMenu->addAction(m_detailsDock->toggleViewAction());
    m_viewMenu->addAction(m_layersDock->toggleViewAction());
    m_viewMenu->addAction(m_repsDock->toggleViewAction());
    m_viewMenu->addAction(m_whiteSpaceDock->toggleViewAction());
    m_viewMenu->addAction(m_coverageDock->toggleViewAction());
    m_viewMenu->addSeparator();
    // Online tiles: off by default (the app works offline); the choice and the server are kept.
    QAction* tiles = add(m_viewMenu, QStringLiteral("actionOnlineTiles"), tr("Online Map &Tiles"), [this](bool on) {
        TileSource source = m_canvas->tileSource();
        source.enabled = on;
        m_canvas->setTileSource(source);
        QSettings().setValue(QStringLiteral("map/tilesEnabled"), on);
    });
    tiles->setCheckable(true);
    add(m_viewMenu, QStringLiteral("actionTileServer"), tr("Tile &Server…"), [this] {
        bool ok = false;
        const QString url = QInputDialog::getText(
            this, tr("Tile Server"), tr("XYZ URL template ({z}, {x}, {y}); mind the server's usage policy:"),
            QLineEdit::Normal, m_canvas->tileSource().urlTemplate, &ok);
        if (!ok || url.trimmed().isEmpty()) return;
        TileSource source = m_canvas->tileSource();
        source.urlTemplate = url.trimmed();
        m_canvas->setTileSource(source);
        QSettings().setValue(QStringLiteral("map/tileUrl"), source.urlTemplate);
    });
    {
        QSettings settings;
        TileSource source;
        source.urlTemplate = settings.value(QStringLiteral("map/tileUrl"), source.urlTemplate).toString();
        source.enabled = settings.value(QStringLiteral("map/tilesEnabled"), false).toBool();
        tiles->setChecked(source.enabled);
        m_canvas->setTileSource(source);
    }
    m_viewMenu->addSeparator();
    add(
        m_viewMenu, QStringLiteral("actionWorkshopMode"), tr("&Workshop Mode"),
        [this] {
            if (m_workshop->isActive()) return m_workshop->leave();
            // With a projector attached: choose the screen the room sees.
            const QList<QScreen*> screens = QGuiApplication::screens();
            QScreen* screen = this->screen();
            if (screens.size() > 1) {
                QStringList names;
                for (QScreen* s : screens)
                    names
                        << QStringLiteral("%1 (%2 × %3)").arg(s->name()).arg(s->size().width()).arg(s->size().height());
                bool ok = false;
                const QString chosen = QInputDialog::getItem(this, tr("Workshop Mode"), tr("Show on screen:"), names,
                                                             int(screens.indexOf(screen)), false, &ok);
                if (!ok) return;
                screen = screens[names.indexOf(chosen)];
            }
            m_workshop->enter(true, screen);
        },
        QKeySequence(Qt::Key_F5))
        ->setIcon(IconSet::icon(QStringLiteral("workshop")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(
        help, QStringLiteral("actionShortcuts"), tr("&Keyboard Shortcuts"),
        [this] {
            ShortcutsDialog dialog(this, this);
            dialog.exec();
        },
        QKeySequence(Qt::Key_F1))
        ->setIcon(IconSet::icon(QStringLiteral("help-keys")));
    add(help, QStringLiteral("actionGettingStarted"), tr("&Getting Started"), [this] {
        m_firstRunHint->setText(firstRunText());
        m_firstRunHint->place();
        m_firstRunHint->show();
        m_firstRunHint->raise();
    });
    help->addSeparator();
    add(help, QStringLiteral("actionAbout"), tr("&About Territory Planner"), &MainWindow::about);
}

void MainWindow::fitToolBarStyle() {
    // The main actions (file, undo, zoom, workshop) as icons, as in most applications; the map
    // tools with their names beside the icons while both bars fit the window's width, icons only
    // otherwise (the tooltips name them and their keys).
    auto* main = findChild<QToolBar*>(QStringLiteral("mainToolBar"), Qt::FindDirectChildrenOnly);
    auto* tools = findChild<QToolBar*>(QStringLiteral("toolsToolBar"), Qt::FindDirectChildrenOnly);
    if (!main || !tools) return;
    main->setToolButtonStyle(Qt::ToolButtonIconOnly);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_scenarioChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (m_teamChooser) m_teamChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QAction* label : m_chooserLabels) label->setVisible(true);
    auto fits = [&] { return main->sizeHint().width() + tools->sizeHint().width() + 48 <= width(); };
    if (fits()) return;
    tools->setToolButtonStyle(Qt::ToolButtonIconOnly);
    if (fits()) return;
    // Still too wide: the scenario and team choosers show the start of the name (their lists show
    // all), without their labels (their tooltips say what they choose).
    m_scenarioChooser->setMinimumContentsLength(10);
    m_scenarioChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    if (m_teamChooser) {
        m_teamChooser->setMinimumContentsLength(8);
        m_teamChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    if (fits()) return;
    for (QAction* label : m_chooserLabels) label->setVisible(false);
    if (fits()) return;
    m_scenarioChooser->setMinimumContentsLength(6);
    if (m_teamChooser) m_teamChooser->setMinimumContentsLength(5);
}

QString MainWindow::firstRunText() const {
    // The keys come from the actions, so the hint names the shortcuts that work.
    auto key = [this](const char* name) {
        const QAction* a = action(QString::fromLatin1(name));
        return a ? a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped() : QString();
    };
    return tr("<b>Getting started</b><br>A demo project opens at the first start. Start your own with File › New "
              "Project (%1) "
              "or open one (%2).<ul style=\"margin-left: 12px; -qt-list-indent: 0\">"
              "<li>Choose a territory in the Territories dock, then paint units into it with Paint (%3).</li>"
              "<li>Drag the border between two territories with Move Border (%4).</li>"
              "<li>Show the plan to a room in workshop mode (%5; Esc leaves).</li>"
              "<li>Undo any change with %6.</li></ul>All keys: Help › Keyboard Shortcuts (%7).")
        .arg(key("actionNew"), key("actionOpen"), key("toolPaint"), key("toolBoundary"), key("actionWorkshopMode"),
             key("actionUndo"), key("actionShortcuts"));
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    arrangeDocks();
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    fitToolBarStyle();
    if (isVisible()) arrangeDocks();
}

void MainWindow::arrangeDocks() {
    if (m_workshop && m_workshop->isActive()) return; // it restores the window as it found it
    // Narrow windows keep at least half the width for the map: every dock in one tabbed column.
    // A margin between the two widths keeps a window resized around them from flipping.
    const bool compact = width() < compactBelowPx ? true : width() >= compactBelowPx + 100 ? false : m_compactDocks;
    if (m_docksSized && compact == m_compactDocks) return;
    const bool first = !m_docksSized;
    // The first-run hint floats over the map: shown once the docks have their places (re-docking
    // them afterwards would stack them over it).
    if (first) QTimer::singleShot(0, m_firstRunHint, [hint = m_firstRunHint] { hint->showIfFirstRun(); });
    m_docksSized = true;
    m_compactDocks = compact;
    const std::vector<std::vector<QDockWidget*>> leftGroups = {
        {m_territoriesDock, m_repsDock}, {m_historyDock, m_scenariosDock, m_layersDock, m_themeDock}};
    if (compact) {
        for (const auto& group : leftGroups)
            for (QDockWidget* d : group) {
                if (d->isFloating() || dockWidgetArea(d) == Qt::RightDockWidgetArea) continue;
                addDockWidget(Qt::RightDockWidgetArea, d);
                tabifyDockWidget(m_metricsDock, d);
            }
        m_metricsDock->raise();
        resizeDocks({m_metricsDock}, {width() * 2 / 5}, Qt::Horizontal);
        return;
    }
    if (!first)
        for (const auto& group : leftGroups)
            for (std::size_t i = 0; i < group.size(); ++i) {
                if (group[i]->isFloating()) continue;
                addDockWidget(Qt::LeftDockWidgetArea, group[i]);
                if (i > 0) tabifyDockWidget(group[0], group[i]);
            }
    if (!first) {
        m_territoriesDock->raise();
        m_scenariosDock->raise();
        m_metricsDock->raise();
    }
    // A third of the width for the docks, the rest for the map.
    resizeDocks({m_territoriesDock, m_metricsDock}, {std::max(300, width() / 5), std::max(420, width() * 3 / 10)},
                Qt::Horizontal);
}

void MainWindow::createTools() {
    // The main actions first (file, undo, zoom, workshop), then the map tools and what they work
    // with (the active territory: assign the selection, lock, a new territory). Icons with text
    // beside them where the window is wide enough (see fitToolBarStyle).
    QToolBar* main = addToolBar(tr("Main"));
    main->setObjectName(QStringLiteral("mainToolBar"));
    for (const char* name : std::initializer_list<const char*>{
             "actionNew", "actionOpen", "actionSaveAs", nullptr, "actionUndo", "actionRedo", nullptr, "actionZoomIn",
             "actionZoomOut", "actionZoomToProject", nullptr, "actionWorkshopMode", "actionCompareScenario"}) {
        if (!name) {
            main->addSeparator();
            continue;
        }
        if (QAction* a = action(QString::fromLatin1(name))) main->addAction(a);
    }
    QToolBar* bar = addToolBar(tr("Tools"));
    bar->setObjectName(QStringLiteral("toolsToolBar"));
    m_toolActions = new QActionGroup(this);
    auto addTool = [&](const QString& name, const QString& text, const QString& tip, QKeySequence key, MapTool* tool) {
        QAction* a = bar->addAction(text);
        const QHash<QString, QString> icons{{QStringLiteral("toolPan"), QStringLiteral("tool-pan")},
                                            {QStringLiteral("toolSelect"), QStringLiteral("tool-select")},
                                            {QStringLiteral("toolPaint"), QStringLiteral("tool-paint")},
                                            {QStringLiteral("toolBoundary"), QStringLiteral("tool-border")},
                                            {QStringLiteral("toolMoveAccount"), QStringLiteral("tool-account")}};
        a->setIcon(IconSet::icon(icons.value(name)));
        a->setObjectName(name);
        a->setCheckable(true);
        a->setShortcut(key);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        m_toolActions->addAction(a);
        if (tool) m_tools.emplace_back(tool);
        connect(a, &QAction::triggered, this, [this, tool] { m_canvas->setMapTool(tool); });
        return a;
    };
    addTool(QStringLiteral("toolPan"), tr("Pan"), tr("Drag to move the map; click to inspect"), QKeySequence(Qt::Key_V),
            nullptr)
        ->setChecked(true);
    addTool(QStringLiteral("toolSelect"), tr("Select"),
            tr("Click, drag a rectangle, or Shift-drag a lasso to select units"), QKeySequence(Qt::Key_S),
            new SelectTool(m_canvas, m_controller));
    addTool(QStringLiteral("toolPaint"), tr("Paint"),
            tr("Click or drag over units to give them to the chosen territory"), QKeySequence(Qt::Key_B),
            new PaintTool(m_canvas, m_controller));
    addTool(QStringLiteral("toolBoundary"), tr("Move Border"), tr("Grab a territory at its border and drag the border"),
            QKeySequence(Qt::Key_D), new BoundaryTool(m_canvas, m_controller));
    addTool(QStringLiteral("toolMoveAccount"), tr("Move Account"),
            tr("Drag an account onto another territory (named account)"), QKeySequence(Qt::Key_M),
            new AccountMoveTool(m_canvas, m_controller));
    bar->addSeparator();
    // The Territories dock's actions on the active territory, always in reach.
    for (const char* name : {"actionAssignSelection", "actionNewTerritory", "actionLockTerritory"})
        if (QAction* a = action(QString::fromLatin1(name))) bar->addAction(a);
    bar->addSeparator();
    bar->addAction(m_themeDock->territoriesAction());
    bar->addAction(m_themeDock->themeAction());
    bar->addSeparator();
    m_chooserLabels.push_back(bar->addWidget(new QLabel(tr(" Scenario: "))));
    m_scenarioChooser = new QComboBox;
    m_scenarioChooser->setObjectName(QStringLiteral("scenarioChooser"));
    m_scenarioChooser->setToolTip(tr("The scenario shown and edited"));
    m_scenarioChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_scenarioChooser);
    connect(m_scenarioChooser, &QComboBox::activated, this, [this](int index) {
        if (!m_facade) return;
        QString error;
        if (!m_facade->switchScenario(m_scenarioChooser->itemData(index).toLongLong(), &error))
            showError(tr("Cannot switch scenario"), error);
    });
    // The team (territory model) whose territories the map fills and the figures count.
    m_chooserLabels.push_back(bar->addWidget(new QLabel(tr(" Team: "))));
    m_teamChooser = new QComboBox;
    m_teamChooser->setObjectName(QStringLiteral("teamChooser"));
    m_teamChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_teamChooser->setToolTip(tr("The team whose territories the map fills and whose accounts the figures count"));
    bar->addWidget(m_teamChooser);
    connect(m_teamChooser, &QComboBox::activated, this, [this](int index) {
        if (!m_facade) return;
        QString error;
        if (!m_facade->switchTeam(m_teamChooser->itemData(index).toLongLong(), &error))
            showError(tr("Cannot switch team"), error);
    });
}

void MainWindow::fillOtherTeamMenu(QMenu* menu) {
    menu->clear();
    auto* group = new QActionGroup(menu);
    const auto add = [&](const QString& text, qint64 team) {
        QAction* a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(m_canvas->referenceTeam() == team);
        a->setData(team);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, team] { m_canvas->setReferenceTeam(team); });
    };
    add(tr("(None)"), 0);
    if (!m_session) return;
    for (const Team& t : m_session->project().teams)
        if (t.id != m_session->project().currentTeamId)
            add(t.kind == Team::Kind::Overlay ? tr("%1 (overlay)").arg(t.name) : t.name, t.id);
    if (menu->actions().size() == 1) menu->addAction(tr("The project has one team"))->setEnabled(false);
}

void MainWindow::refreshTeamChooser() {
    m_teamChooser->clear();
    if (!m_session) return;
    for (const Team& t : m_session->project().teams) {
        m_teamChooser->addItem(t.kind == Team::Kind::Overlay ? tr("%1 (overlay)").arg(t.name) : t.name, t.id);
        if (t.id == m_session->project().currentTeamId) m_teamChooser->setCurrentIndex(m_teamChooser->count() - 1);
    }
    fitToolBarStyle();
}

void MainWindow::refreshScenarioChooser() {
    m_scenarioChooser->clear();
    if (!m_session) return;
    for (const Scenario& s : m_session->project().scenarios) {
        m_scenarioChooser->addItem(QStringLiteral("%1 (%2)").arg(s.name, Scenario::statusName(s.status)), s.id);
        if (s.id == m_session->project().currentScenarioId)
            m_scenarioChooser->setCurrentIndex(m_scenarioChooser->count() - 1);
    }
    fitToolBarStyle(); // the chooser's width follows the names
}

void MainWindow::undo() {
    QString error;
    if (m_facade && !m_facade->undo(&error) && !error.isEmpty())
        statusBar()->showMessage(tr("Cannot undo: %1").arg(error), 8000);
}

void MainWindow::redo() {
    QString error;
    if (m_facade && !m_facade->redo(&error) && !error.isEmpty())
        statusBar()->showMessage(tr("Cannot redo: %1").arg(error), 8000);
}

bool MainWindow::openProject(const QString& path) {
    QString error;
    if (openProject(path, &error)) return true;
    if (!error.isEmpty()) showError(tr("Cannot open project"), error); // empty: the user cancelled
    return false;
}

bool MainWindow::openProject(const QString& path, QString* error) {
    std::unique_ptr<session::ProjectSession> session;
    // A large project is read on a worker while the window repaints and a progress dialog says
    // so; Cancel drops what was read (the file is read, not changed: the project shown stays).
    // The map shows the new project's territories as soon as they are read, before its accounts.
    if (isVisible() && QFileInfo(path).size() >= m_readOnWorkerFrom) {
        QString openError;
        const geo::MercatorPoint center = m_canvas->center();
        const double resolution = m_canvas->resolution();
        OpenPreview preview([this](std::shared_ptr<const Project> project) { showOpenPreview(std::move(project)); });
        const bool done =
            BackgroundTask::run(this, tr("Open Project"), tr("Reading %1…").arg(QFileInfo(path).fileName()),
                                [&](const TaskProgress& progress) {
                                    session = session::ProjectSession::open(path, &openError, preview.reader());
                                    return !progress.cancelled();
                                });
        if (!done || !session) {
            if (preview.wasShown()) endOpenPreview(center, resolution); // the project shown before, again
            if (error) *error = done ? openError : QString();
            return false;
        }
        if (error) *error = openError;
    } else {
        session = session::ProjectSession::open(path, error);
    }
    if (!session) return false;
    QStringList warnings = session->openWarnings();
    const bool checked = !session->file().isCheckPending(); // else: not waited for before the first frame
    if (checked && session->file().isReadOnly())
        warnings.prepend(session->file().readOnlyReason()); // damaged: say so first
    setSession(std::move(session));
    if (!warnings.isEmpty()) statusBar()->showMessage(warnings.join(QLatin1Char(' ')), 30000);
    if (!checked) reportDamageWhenChecked();
    return true;
}

void MainWindow::showOpenPreview(std::shared_ptr<const Project> project) {
    // The shown session's views stop drawing on the canvas: its notifications would name units
    // of its own project. The progress dialog keeps the window from being used meanwhile.
    m_canvasSubscriptions = nullptr;
    m_canvas->setMapTool(nullptr);
    m_canvas->setReferenceTeam(0);
    m_canvas->setProject(nullptr);
    m_openPreview = std::move(project);
    m_canvas->setProject(m_openPreview.get());
    m_canvas->zoomToProject();
    emit projectPreviewed();
}

void MainWindow::endOpenPreview(geo::MercatorPoint center, double resolution) {
    // The opening failed or was cancelled: the session shown before comes back, as it was read
    // (its undo history is in its file), at the view it had; its selection is not kept.
    std::unique_ptr<session::ProjectSession> shown = std::move(m_session);
    setSession(std::move(shown));
    if (m_session) m_canvas->setView(center, resolution);
}

void MainWindow::reportDamageWhenChecked() {
    if (!m_session) return;
    if (m_session->file().isCheckPending()) {
        QTimer::singleShot(100, this, [this, session = m_session.get()] {
            if (m_session.get() == session) reportDamageWhenChecked();
        });
        return;
    }
    if (m_session->file().isReadOnly()) statusBar()->showMessage(m_session->file().readOnlyReason(), 30000);
}

void MainWindow::setSession(std::unique_ptr<session::ProjectSession> session) {
    m_imports->closeWizard(); // it was made for the session being closed
    delete m_balanceDialog;   // it belongs to the project being closed (waits for a run to stop)
    m_balanceDialog = nullptr;
    m_changeWatcher->watch(nullptr);
    m_reloadPending = false;
    m_compareWindow->detach();
    m_canvas->setMapTool(nullptr);
    m_toolActions->actions().constFirst()->setChecked(true);
    m_controller->setFacade(nullptr);
    m_historyDock->setUndoGroup(nullptr);
    m_canvasSubscriptions = nullptr; // goes with the session's notifier
    m_metricsDock->setSession(nullptr);
    m_detailsDock->setSession(nullptr);
    m_canvas->setProject(nullptr);
    if (m_openPreview) { // shown while this session was being read
        m_openPreview.reset();
        FreedMemory::release(); // else its map's pages stay resident beside the session's
    }
    m_facade.reset();
    m_session = std::move(session);
    m_layersDock->setProject(nullptr);
    if (!m_session) {
        m_compareDock->compareWith(0);
        refreshScenarioViews();
        return;
    }
    m_facade = std::make_unique<session::EditFacade>(*m_session);
    // Each view subscribes to the notifications it needs; the order matters where one view reads
    // another: the balance dock's figures first (the labels and the workshop bar read them), then
    // the docks that edit through the controller (the compare dock's summary is read by the
    // workshop bar), then the map, then what this window shows itself.
    m_metricsDock->setSession(m_session.get());
    m_detailsDock->setSession(m_session.get());
    m_controller->setFacade(m_facade.get());
    m_historyDock->setUndoGroup(m_facade->undoGroup());
    QUndoGroup* group = m_facade->undoGroup();
    auto updateUndo = [this, group] {
        action(QStringLiteral("actionUndo"))->setEnabled(group->canUndo());
        action(QStringLiteral("actionRedo"))->setEnabled(group->canRedo());
        action(QStringLiteral("actionUndo"))
            ->setText(group->canUndo() ? tr("&Undo %1").arg(group->undoText()) : tr("&Undo"));
        action(QStringLiteral("actionRedo"))
            ->setText(group->canRedo() ? tr("&Redo %1").arg(group->redoText()) : tr("&Redo"));
    };
    connect(group, &QUndoGroup::indexChanged, this, updateUndo);
    connect(group, &QUndoGroup::activeStackChanged, this, updateUndo);
    updateUndo();
    subscribe();
    connect(m_facade.get(), &session::EditFacade::editRefused, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
        reloadIfOutdated();
    });
    m_canvas->setReferenceTeam(0); // team ids are the old project's
    m_canvas->setProject(&m_session->project());
    m_canvas->zoomToProject();
    m_compareDock->compareWith(0);
    projectDataChanged();
    m_changeWatcher->watch(m_session.get());
}

void MainWindow::reloadIfOutdated() {
    // An edit was refused because another program wrote first: read its work (after the tool
    // that asked has returned; reloading replaces the facade it is using). The user redoes it.
    if (m_session && m_session->file().isOutdated())
        QMetaObject::invokeMethod(this, &MainWindow::reloadChangedProject, Qt::QueuedConnection);
}

void MainWindow::reloadChangedProject() {
    // Several hints may arrive for one change (the watcher, a refused edit): reload once.
    if (!m_session || (!m_session->file().isOutdated() && !m_session->file().hasChangedOnDisk())) return;
    if (m_facade && m_facade->gestureActive()) {
        m_reloadPending = true; // called again when the gesture ends
        return;
    }
    if (m_imports->busy() || m_exports->busy()) {
        m_reloadPending = true; // an import or export reads the project on a worker; idle() calls again
        return;
    }
    const geo::MercatorPoint center = m_canvas->center();
    const double resolution = m_canvas->resolution();
    QString error;
    auto fresh = session::ProjectSession::open(m_session->path(), &error);
    if (!fresh) {
        // Keep what is shown; its edits are refused until the file can be read again.
        statusBar()->showMessage(
            tr("The project was changed by another program and could not be read again: %1").arg(error));
        return;
    }
    setSession(std::move(fresh));
    m_canvas->setView(center, resolution);
    statusBar()->showMessage(tr("The project was changed by another program; it was reloaded."), 15000);
}

void MainWindow::recoverDamagedProject() {
    const QString damaged =
        m_session && m_session->file().isReadOnly()
            ? m_session->path()
            : QFileDialog::getOpenFileName(this, tr("Recover a Damaged Project"), QString(), tr(projectFilter));
    if (damaged.isEmpty()) return;
    const QFileInfo info(damaged);
    const QString target = withSuffix(QFileDialog::getSaveFileName(
        this, tr("Save the Recovered Copy As"),
        info.absoluteDir().filePath(info.completeBaseName() + tr(" (recovered)")), tr(projectFilter)));
    if (target.isEmpty()) return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString report, error;
    const bool ok = storage::ProjectRecovery::saveRecoveredCopy(damaged, target, &report, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) return showError(tr("Recovery failed"), error);
    if (!openProject(target)) return;
    QMessageBox::information(
        this, tr("Recovered copy saved"),
        tr("A recovered copy was saved as %1 and opened.\n\n%2").arg(QDir::toNativeSeparators(target), report));
}

void MainWindow::subscribe() {
    session::SessionNotifier* n = &m_session->notifier();
    m_canvasSubscriptions = new CanvasSubscriptions(m_canvas, *n, m_session->facts());
    // The labels and the workshop bar show figures: they follow every complete change of the plan.
    connect(n, &session::SessionNotifier::unitsReassigned, this, [this](qint64, const std::vector<int>&, bool live) {
        if (!live) refreshFigures();
    });
    connect(n, &session::SessionNotifier::territoriesChanged, this, &MainWindow::refreshFigures);
    connect(n, &session::SessionNotifier::accountsReassigned, this, &MainWindow::refreshFigures);
    connect(n, &session::SessionNotifier::currentScenarioChanged, this, &MainWindow::refreshFigures);
    // The scenario chooser and the title name scenarios.
    connect(n, &session::SessionNotifier::scenariosChanged, this, &MainWindow::refreshScenarioViews);
    connect(n, &session::SessionNotifier::currentScenarioChanged, this, &MainWindow::refreshScenarioViews);
    connect(n, &session::SessionNotifier::accountsChanged, this, &MainWindow::projectDataChanged);
    // A team's rule decides which accounts the map shows and the figures count.
    connect(n, &session::SessionNotifier::teamsChanged, this, &MainWindow::projectDataChanged);
    // Another team: its accounts on the map, its territories filled (the rest follows
    // currentScenarioChanged, which comes next).
    connect(n, &session::SessionNotifier::currentTeamChanged, this, [this] { m_canvas->projectChanged(); });
    // Another program wrote during a gesture: read its work once the gesture is over (after the
    // tool that ended it has returned: reloading replaces the facade it is using).
    connect(
        m_facade.get(), &session::EditFacade::gestureEnded, this,
        [this] {
            if (m_reloadPending) reloadChangedProject();
        },
        Qt::QueuedConnection);
}

void MainWindow::projectDataChanged() {
    if (!m_session) return;
    m_canvasSubscriptions->updateStrayMarks();
    m_canvas->projectChanged();
    m_layersDock->setProject(&m_session->project()); // accounts may have changed
    refreshFigures();
    refreshScenarioViews();
}

void MainWindow::refreshFigures() {
    const Project& p = m_session->project();
    const std::vector<int>* stray = p.currentScenario() ? &m_session->facts().strayUnits(p.currentScenarioId) : nullptr;
    m_canvas->labelLayer()->setLabels(
        render::TerritoryLabeller::labels(p, m_session->metrics(), m_metricsDock->tolerancePct(), stray));
    m_canvas->refresh();
    if (m_workshop) m_workshop->refresh();
    m_legendTimer.start();
}

MapLegend::State MainWindow::mapLegendState() const {
    MapLegend::State state;
    if (!m_session) return state;
    const Project& p = m_session->project();
    const geo::GeoPoint a = m_canvas->toGeo(QPointF(0, 0)),
                        b = m_canvas->toGeo(QPointF(m_canvas->width(), m_canvas->height()));
    MapLegend::territoriesInView(
        p, geo::Box({std::min(a.lon, b.lon), std::min(a.lat, b.lat)}, {std::max(a.lon, b.lon), std::max(a.lat, b.lat)}),
        &state);
    state.segments = MapLegend::segmentsOf(p);
    state.accountsShown = m_canvas->accountLayer()->isVisible();
    const auto points = m_canvas->accountLayer()->points();
    state.sizedAccounts = points && !points->position.empty() && points->sizeClass.size() == points->position.size();
    state.comparing = !m_canvas->highlightLayer()->marks().changed.empty();
    state.tolerancePct = m_metricsDock->tolerancePct();
    return state;
}

void MainWindow::updateMapLegend() {
    m_legendTimer.stop();
    if (!m_session || m_themeDock->isThemeShown()) {
        m_mapLegend->hide();
        return;
    }
    m_mapLegend->setLegend(MapLegend::title(), QString(), MapLegend::rows(mapLegendState(), m_canvas->style()));
    // Folded as the user left it; until they choose, folded where it would cover half the map.
    const QVariant folded = QSettings().value(QStringLiteral("map/legendCollapsed"));
    if (folded.isValid()) {
        const QSignalBlocker quiet(m_mapLegend);
        m_mapLegend->setCollapsed(folded.toBool());
    } else {
        const QSignalBlocker quiet(m_mapLegend);
        m_mapLegend->setCollapsed(false);
        m_mapLegend->setCollapsed(m_mapLegend->sizeHint().height() > m_canvas->height() / 2);
    }
    m_mapLegend->show();
    m_mapLegend->raise();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_canvas && (event->type() == QEvent::Resize || event->type() == QEvent::Move)) m_mapLegend->place();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::zoomToSelection() {
    if (!m_session || m_controller->selection().empty()) return;
    const Project& p = m_session->project();
    geo::Box box = p.units[std::size_t(m_controller->selection().front())].bounds;
    for (int u : m_controller->selection()) boost::geometry::expand(box, p.units[std::size_t(u)].bounds);
    m_canvas->zoomToExtent(box);
}

void MainWindow::zoomToTerritory(qint64 territoryId) {
    if (!m_session || !m_session->project().currentScenario()) return;
    const Project& p = m_session->project();
    const auto anchors =
        TerritoryAnchors::compute(p, *p.currentScenario(), &m_session->facts().strayUnits(p.currentScenarioId));
    if (auto it = anchors.constFind(territoryId); it != anchors.constEnd()) m_canvas->zoomToExtent(it->bounds);
}

BalanceDialog* MainWindow::showBalanceDialog() {
    if (!m_session) return nullptr;
    if (!m_balanceDialog) {
        m_balanceDialog = new BalanceDialog(m_controller, this);
        // The result is a new draft scenario: show it, compared with the plan it started from.
        connect(m_balanceDialog, &BalanceDialog::resultReady, this, [this](qint64 result, qint64 start) {
            QString error;
            if (!m_facade->switchScenario(result, &error)) statusBar()->showMessage(error, 8000);
            m_compareDock->compareWith(start);
            m_compareDock->show();
            m_compareDock->raise();
        });
    } else if (!m_balanceDialog->isRunning()) {
        m_balanceDialog->reload();
    }
    m_balanceDialog->show();
    m_balanceDialog->raise();
    return m_balanceDialog;
}

void MainWindow::refreshScenarioViews() {
    refreshScenarioChooser();
    refreshTeamChooser();
    updateTitle();
}

void MainWindow::showSideBySide(qint64 leftScenario) {
    if (!m_session) return;
    const Project& p = m_session->project();
    auto title = [&](qint64 id) {
        const Scenario* s = p.scenario(id);
        return s ? QStringLiteral("%1 (%2)").arg(s->name, Scenario::statusName(s->status)) : QString();
    };
    std::vector<int> changed;
    for (const auto& u : m_compareDock->diff().units) changed.push_back(u.unit);
    m_compareWindow->show(p, leftScenario, p.currentScenarioId, title(leftScenario), title(p.currentScenarioId),
                          std::move(changed), io::DataPaths::basemapPath(), m_session->facts().strayUnits(leftScenario),
                          m_session->facts().strayUnits(p.currentScenarioId));
    // Each side's labels from its own figures (the comparison holds both).
    const ScenarioDiff& diff = m_compareDock->diff();
    const Scenario* left = p.scenario(leftScenario);
    if (left && diff.scenarioA == leftScenario && diff.scenarioB == p.currentScenarioId) {
        std::vector<TerritoryMetrics> before, after;
        for (const ScenarioDiff::TerritoryDelta& d : diff.territories) {
            if (d.inA) before.push_back(d.a);
            if (d.inB) after.push_back(d.b);
        }
        const auto& measures = m_session->metrics().measures();
        const int balance = m_session->metrics().balanceMeasure();
        const bool hours = balance >= 0 && balance < int(measures.size())
                           && measures[std::size_t(balance)].kind == MeasureDefinition::Kind::WorkloadHours;
        const double tolerance = m_metricsDock->tolerancePct();
        m_compareWindow->setLabels(
            render::TerritoryLabeller::labels(p, *left, before, hours, tolerance,
                                              &m_session->facts().strayUnits(leftScenario)),
            render::TerritoryLabeller::labels(p, *p.currentScenario(), after, hours, tolerance,
                                              &m_session->facts().strayUnits(p.currentScenarioId)));
    }
}

void MainWindow::updateTitle() {
    if (!m_session) {
        setWindowTitle(tr("Territory Planner"));
        m_scenarioLabel->setText(tr("No project open"));
        return;
    }
    const Project& p = m_session->project();
    const Scenario* s = p.currentScenario();
    setWindowTitle(QStringLiteral("%1 — %2").arg(QFileInfo(m_session->path()).fileName(), tr("Territory Planner")));
    m_scenarioLabel->setText(tr("%1 · scenario: %2 (%3) · %Ln accounts", nullptr, int(p.accounts.size()))
                                 .arg(p.title.isEmpty() ? QFileInfo(m_session->path()).completeBaseName() : p.title,
                                      s ? s->name : tr("none"), s ? Scenario::statusName(s->status) : QString()));
}

void MainWindow::fillEnclosedArea() {
    if (!m_session) return;
    const std::vector<int> enclosed = session::EnclosedUnits::of(m_session->project(), m_controller->selection());
    if (enclosed.empty()) {
        statusBar()->showMessage(tr("The selection encloses no units: select a closed ring of units first."), 8000);
        return;
    }
    std::vector<int> selection = m_controller->selection();
    selection.insert(selection.end(), enclosed.begin(), enclosed.end());
    m_controller->setSelection(std::move(selection));
    statusBar()->showMessage(tr("Added %n enclosed unit(s) to the selection.", "", int(enclosed.size())), 8000);
}

void MainWindow::showError(const QString& title, const QString& message) {
    QMessageBox::warning(this, title, message);
}

void MainWindow::newProject() {
    NewProjectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    const QString path = dialog.projectPath();
    if (QFileInfo::exists(path)
        && QMessageBox::question(this, tr("New Project"),
                                 tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    io::UnitImportOptions units;
    switch (dialog.units()) {
        case NewProjectDialog::Units::Counties:
            units = io::UnitImporter::bundledOptions(QStringLiteral("counties"));
            break;
        case NewProjectDialog::Units::Zip3:
            units = io::UnitImporter::bundledOptions(QStringLiteral("zip3"));
            break;
        case NewProjectDialog::Units::Zips:
            units = io::UnitImporter::bundledOptions(QStringLiteral("zips"));
            break;
        case NewProjectDialog::Units::File:
            units.path = dialog.unitFile();
            break;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Project project;
    QString error;
    std::unique_ptr<session::ProjectSession> session;
    if (builders::BlankProjectBuilder::build(QFileInfo(path).completeBaseName(), units, &project, &error))
        session = session::ProjectSession::create(path, std::move(project), &error);
    QApplication::restoreOverrideCursor();
    if (!session) return showError(tr("Cannot create project"), error);
    setSession(std::move(session));
}

void MainWindow::openProjectDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), tr(projectFilter));
    if (!path.isEmpty()) openProject(path);
}

void MainWindow::saveProjectAs() {
    if (!m_session) return;
    const QString path =
        withSuffix(QFileDialog::getSaveFileName(this, tr("Save Project As"), QString(), tr(projectFilter)));
    if (path.isEmpty()) return;
    QString error;
    if (!m_session->saveAs(path, &error)) return showError(tr("Cannot save project"), error);
    updateTitle();
    statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportMapImage() {
    bool ok = false;
    const QStringList sizes{QStringLiteral("1920 × 1080"), QStringLiteral("2560 × 1440"), QStringLiteral("3840 × 2160"),
                            tr("Window size (%1 × %2)").arg(m_canvas->width()).arg(m_canvas->height())};
    const QString choice = QInputDialog::getItem(this, tr("Export Map"), tr("Image size:"), sizes, 0, false, &ok);
    if (!ok) return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Map"), QStringLiteral("map.png"), tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    const int index = int(sizes.indexOf(choice));
    const QSize size = index == 0   ? QSize(1920, 1080)
                       : index == 1 ? QSize(2560, 1440)
                       : index == 2 ? QSize(3840, 2160)
                                    : m_canvas->size();
    // Rendered here (the canvas's layers), encoded and written on a worker: a 4K PNG takes a second.
    const QImage image = mapImage(size);
    io::OutputGuard guard(m_session ? m_session->path() : QString());
    QString error;
    bool saved = false;
    const bool done = BackgroundTask::run(this, tr("Export Map"), tr("Writing %1…").arg(QFileInfo(path).fileName()),
                                          [&](const TaskProgress& progress) {
                                              guard.setProgress(progress);
                                              saved = io::PngImageWriter::write(image, path, guard, &error);
                                              return !progress.cancelled();
                                          });
    if (!done) {
        statusBar()->showMessage(tr("Export cancelled; nothing was written"), 5000);
        return;
    }
    if (!saved) return showError(tr("Export failed"), error);
    statusBar()->showMessage(tr("Map exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

bool MainWindow::writeMapImage(const QString& path, const QSize& size, QString* error) {
    return io::PngImageWriter::write(mapImage(size), path, io::OutputGuard(m_session ? m_session->path() : QString()),
                                     error);
}

QImage MainWindow::mapImage(const QSize& size) const {
    QImage image = m_canvas->renderToImage(size);
    paintLegendOnto(image);
    return image;
}

void MainWindow::paintLegendOnto(QImage& image) const {
    // The legend the window shows (the map's, or the theme's in theme mode), unfolded, in the
    // bottom-right corner above the attribution, its type scaled with the image.
    if (!m_session) return;
    QString title, subtitle;
    std::vector<ThemeLegend::Entry> rows;
    if (m_themeDock->isThemeShown()) {
        const ThemeLegend* theme = m_themeDock->legend();
        title = theme->title();
        subtitle = theme->subtitle();
        rows = theme->entries();
    } else {
        title = MapLegend::title();
        rows = MapLegend::rows(mapLegendState(), m_canvas->style());
    }
    if (rows.empty()) return;
    QFont font = m_canvas->font();
    font.setPixelSize(std::max(11, image.height() / 80));
    const QSize size = ThemeLegend::sizeFor(font, title, subtitle, rows);
    const int margin = font.pixelSize() * 2;
    const QRect rect(image.width() - margin - size.width(), image.height() - 2 * margin - size.height(), size.width(),
                     size.height());
    QPainter painter(&image);
    ThemeLegend::paintLegend(painter, rect, font, title, subtitle, rows);
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Territory Planner"),
        tr("<h3>Territory Planner %1</h3><p>Sales territory design on a map, fully offline.</p>"
           "<p>Base map: US Atlas and World Atlas (Natural Earth, US Census Bureau); ZIP code points from "
           "the zipcodes package.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace tp::ui
