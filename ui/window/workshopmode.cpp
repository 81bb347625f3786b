#include "ui/window/workshopmode.h"

#include "ui/widgets/balancebar.h"
#include "ui/docks/comparedock.h"
#include "render/labellayer.h"
#include "ui/window/mainwindow.h"
#include "ui/map/mapcanvas.h"
#include "ui/docks/metricsdock.h"
#include "ui/docks/metricstablemodel.h"
#include "render/rephomelayer.h"

#include "model/project.h"
#include "session/editfacade.h"
#include "session/projectsession.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QScreen>
#include <QShortcut>
#include <QStatusBar>
#include <QToolBar>

namespace tp::ui {
namespace {

// High contrast and large type for everything the room can see (dialogs included).
QString styleSheet(double px) {
    return QStringLiteral("QWidget { font-size: %1px; }"
                          "QToolTip { font-size: %1px; }"
                          "QMessageBox, QInputDialog { background: #101418; color: white; }")
        .arg(int(px));
}

} // namespace

WorkshopMode::WorkshopMode(MainWindow* window)
    : QObject(window), m_window(window), m_bar(new BalanceBar), m_barHolder(new QToolBar(QObject::tr("Balance Bar"))) {
    m_barHolder->setObjectName(QStringLiteral("balanceBarHolder"));
    m_barHolder->setMovable(false);
    m_barHolder->addWidget(m_bar);
    m_barHolder->setStyleSheet(QStringLiteral("QToolBar { background: #101418; border: none; padding: 0; }"));
    m_window->addToolBar(Qt::BottomToolBarArea, m_barHolder);
    m_barHolder->hide();
    m_bar->setTextSize(textPx);

    shortcut(Qt::Key_PageDown, [this] { nextScenario(1); });
    shortcut(Qt::Key_N, [this] { nextScenario(1); });
    shortcut(Qt::Key_PageUp, [this] { nextScenario(-1); });
    shortcut(Qt::Key_P, [this] { nextScenario(-1); });
    shortcut(Qt::Key_C, [this] { toggleCompare(); });
    shortcut(Qt::Key_G, [this] { nextTeam(1); });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_G), [this] { nextTeam(-1); });
    shortcut(Qt::Key_T, [this] { nextTerritory(1); });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_T), [this] { nextTerritory(-1); });
    shortcut(Qt::Key_Home, [this] { m_window->canvas()->zoomToProject(); });
    shortcut(Qt::Key_Escape, [this] { leave(); });
}

void WorkshopMode::shortcut(const QKeySequence& key, const std::function<void()>& action) {
    auto* s = new QShortcut(key, m_window);
    s->setContext(Qt::WindowShortcut);
    s->setEnabled(false);
    connect(s, &QShortcut::activated, this, action);
    m_shortcuts.push_back(s);
}

void WorkshopMode::enter(bool fullScreen, QScreen* screen) {
    if (m_active) return;
    m_active = true;
    m_savedState = m_window->saveState();
    m_savedGeometry = m_window->saveGeometry();
    m_savedStyleSheet = m_window->styleSheet();
    m_savedMenuBar = m_window->menuBar()->isVisible();
    m_savedStatusBar = m_window->statusBar()->isVisible();
    m_wasFullScreen = m_window->isFullScreen();
    // Remember what was shown, each widget's own hidden flag (tool bars inside docks too, which
    // restoreState knows nothing about), and the fonts, so leaving restores the window exactly.
    m_savedWidgets.clear();
    for (QWidget* w : m_window->findChildren<QWidget*>())
        m_savedWidgets.push_back({w, w->isHidden(), w->testAttribute(Qt::WA_SetFont), w->font()});
    for (QDockWidget* d : m_window->findChildren<QDockWidget*>()) d->hide();
    for (QToolBar* t : m_window->findChildren<QToolBar*>())
        if (t != m_barHolder) t->hide();
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    m_window->setStyleSheet(styleSheet(textPx));
    MapCanvas* canvas = m_window->canvas();
    canvas->labelLayer()->setTextSize(textPx * 1.3); // titles 29 px, figures 23 px
    canvas->labelLayer()->setPlaceEveryLabel(true);  // no territory unnamed in the room
    canvas->repLayer()->setLabelSize(textPx);
    canvas->setOverlayTextSize(textPx);
    m_barHolder->show();
    for (QShortcut* s : m_shortcuts) s->setEnabled(true);
    if (fullScreen) {
        if (screen) m_window->setGeometry(screen->geometry());
        m_window->showFullScreen();
    }
    refresh();
    canvas->setFocus();
    canvas->refresh();
    emit activeChanged(true);
}

void WorkshopMode::leave() {
    if (!m_active) return;
    m_active = false;
    for (QShortcut* s : m_shortcuts) s->setEnabled(false);
    m_barHolder->hide();
    m_window->setStyleSheet(m_savedStyleSheet);
    MapCanvas* canvas = m_window->canvas();
    canvas->labelLayer()->setTextSize(13.0);
    canvas->labelLayer()->setPlaceEveryLabel(false);
    canvas->repLayer()->setLabelSize(11.0);
    canvas->setOverlayTextSize(11.0);
    if (!m_wasFullScreen && m_window->isFullScreen()) m_window->showNormal();
    // Geometry first, then the docks' sizes within it (restoring the state into the full-screen
    // window would scale the docks to that size).
    m_window->restoreGeometry(m_savedGeometry);
    m_window->restoreState(m_savedState);
    m_window->menuBar()->setVisible(m_savedMenuBar);
    m_window->statusBar()->setVisible(m_savedStatusBar);
    // Explicitly hidden/shown state of each widget (dock tool bars), and fonts: a style sheet
    // font survives its removal in some widgets (headers, spin boxes), so set back what was
    // there: the widget's own font if it had one, else inherit again.
    for (const SavedWidget& s : m_savedWidgets) {
        // Only what enter() hid; the rest (a tool bar's overflow button) follows its layout.
        if (!s.widget || s.widget == m_barHolder
            || !(qobject_cast<QToolBar*>(s.widget) || qobject_cast<QDockWidget*>(s.widget)))
            continue;
        if (s.widget->isHidden() != s.hidden) s.widget->setVisible(!s.hidden);
    }
    for (const SavedWidget& s : m_savedWidgets) {
        if (!s.widget || s.widget->font() == s.font) continue;
        s.widget->setFont(s.ownFont ? s.font : QFont());
        if (s.widget->font() != s.font) s.widget->setFont(s.font);
    }
    m_savedWidgets.clear();
    canvas->refresh();
    emit activeChanged(false);
}

void WorkshopMode::refresh() {
    session::ProjectSession* session = m_window->session();
    if (!m_active || !session) return;
    const MetricsTable* table = m_window->metricsDock()->model()->table();
    const Scenario* s = session->project().currentScenario();
    if (table && s)
        m_bar->setData(QStringLiteral("%1 (%2)").arg(s->name, Scenario::statusName(s->status)), *table,
                       m_window->metricsDock()->model()->colors(), m_window->metricsDock()->tolerancePct());
    QHash<QString, double> before;
    if (m_window->compareDock()->otherScenario())
        for (const ScenarioDiff::TerritoryDelta& d : m_window->compareDock()->diff().territories)
            if (d.inA) before.insert(d.name, d.a.deviationPct);
    m_bar->setComparison(m_window->compareDock()->otherScenario() ? m_window->compareDock()->summary() : QString(),
                         before);
}

void WorkshopMode::nextScenario(int step) {
    session::EditFacade* facade = m_window->facade();
    if (!facade) return;
    const auto& scenarios = facade->session().project().scenarios;
    const int n = int(scenarios.size());
    int index = 0;
    for (int i = 0; i < n; ++i)
        if (scenarios[std::size_t(i)].id == facade->session().project().currentScenarioId) index = i;
    QString error;
    facade->switchScenario(scenarios[std::size_t(((index + step) % n + n) % n)].id, &error);
}

void WorkshopMode::nextTeam(int step) {
    session::EditFacade* facade = m_window->facade();
    if (!facade) return;
    const auto& teams = facade->session().project().teams;
    const int n = int(teams.size());
    int index = 0;
    for (int i = 0; i < n; ++i)
        if (teams[std::size_t(i)].id == facade->session().project().currentTeamId) index = i;
    QString error;
    facade->switchTeam(teams[std::size_t(((index + step) % n + n) % n)].id, &error);
}

void WorkshopMode::toggleCompare() {
    session::ProjectSession* session = m_window->session();
    if (!session) return;
    CompareDock* compare = m_window->compareDock();
    if (compare->otherScenario()) {
        compare->compareWith(0);
        compare->hide(); // the room sees the hatching and the bar, not the dock
    } else {
        // Against the plan of record, or the scenario this one was copied from.
        const Project& p = session->project();
        qint64 other = 0;
        for (const Scenario& s : p.scenarios)
            if (s.planOfRecord && s.id != p.currentScenarioId) other = s.id;
        if (!other && p.currentScenario()) other = p.currentScenario()->parentId;
        for (const Scenario& s : p.scenarios)
            if (!other && s.id != p.currentScenarioId) other = s.id;
        compare->compareWith(other);
        compare->hide();
    }
    refresh();
}

void WorkshopMode::nextTerritory(int step) {
    const MetricsTable* table = m_window->metricsDock()->model()->table();
    if (!table || table->rowCount() == 0) return;
    m_territoryIndex = ((m_territoryIndex + step) % table->rowCount() + table->rowCount()) % table->rowCount();
    m_window->zoomToTerritory(table->territoryId(m_territoryIndex));
}

} // namespace tp::ui
