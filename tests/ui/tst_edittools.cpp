// The editing tools as a planner uses them, with real mouse events on the main window and the
// demo project: click and paint units, select and assign, drag a border, drag an account onto
// another territory, a locked territory refusing with a visible message. Every edit must show in
// the balance table at once and one Undo must restore assignment and figures exactly. Finally a
// killed process loses none of the edits it showed as done.
#include "support/democopy.h"
#include "ui/tools/editcontroller.h"
#include "ui/window/mainwindow.h"
#include "ui/map/mapcanvas.h"
#include "ui/docks/metricsdock.h"
#include "ui/docks/metricstablemodel.h"
#include "ui/docks/territoriesdock.h"

#include "model/metricstable.h"
#include "session/editfacade.h"
#include "session/projectsession.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMouseEvent>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/strategies/strategies.hpp>

using namespace tp;

namespace {

QStringList tableText(const ui::MainWindow& w) {
    const MetricsTable* t = w.metricsDock()->model()->table();
    QStringList rows;
    for (int r = 0; r < t->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < MetricsTable::ColumnCount; ++c) cells << t->text(r, c);
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

qint64 accountsOf(const ui::MainWindow& w, qint64 territory) {
    const MetricsTable* t = w.metricsDock()->model()->table();
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->territoryId(r) == territory) return t->metrics(r).accounts;
    return -1;
}

void send(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers mods = {}) {
    QMouseEvent e(type, pos, w->mapToGlobal(pos), Qt::LeftButton, buttons, mods);
    QApplication::sendEvent(w, &e);
}

void drag(QWidget* w, QPointF from, QPointF to, int steps = 12, Qt::KeyboardModifiers mods = {}) {
    send(w, QEvent::MouseButtonPress, from, Qt::LeftButton, mods);
    for (int i = 1; i <= steps; ++i)
        send(w, QEvent::MouseMove, from + (to - from) * (double(i) / steps), Qt::LeftButton, mods);
    send(w, QEvent::MouseButtonRelease, to, Qt::NoButton, mods);
}

} // namespace

class TestEditTools : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    int m_n = 0;

    const Project& project() const { return m_window->session()->project(); }
    const Scenario& scenario() const { return *project().currentScenario(); }
    ui::MapCanvas* canvas() const { return m_window->canvas(); }
    int unit(const char* code) const { return project().unitIndexByCode(QString::fromLatin1(code)); }
    qint64 owner(int u) const { return scenario().unitTerritory[std::size_t(u)]; }
    qint64 territory(const char* name) const {
        for (const Territory* t : project().territoriesOf(scenario().id))
            if (t->name == QLatin1String(name)) return t->id;
        return 0;
    }
    QPointF centre(int u) const {
        geo::GeoPoint c;
        boost::geometry::centroid(project().units[std::size_t(u)].shape, c);
        return canvas()->toWidget(c);
    }
    void useTool(const char* name) { m_window->action(QString::fromLatin1(name))->trigger(); }
    void undo() { m_window->action(QStringLiteral("actionUndo"))->trigger(); }
    int steps() const { return m_window->facade()->stack()->count(); }
    void zoomWide() {
        canvas()->zoomToExtent(geo::Box(geo::GeoPoint{-114.0, 31.0}, geo::GeoPoint{-94.0, 45.0}));
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->isRenderComplete(), 20000);
    }

private slots:
    void init() {
        const QString path = m_dir.filePath(QStringLiteral("edit%1.territory").arg(++m_n));
        QVERIFY(testsupport::copyDemo(path, testsupport::DemoScenario::Draft));
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1600, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(path));
        // Colorado and its neighbours fill the map.
        canvas()->zoomToExtent(geo::Box(geo::GeoPoint{-109.5, 36.5}, geo::GeoPoint{-101.5, 41.5}));
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->isRenderComplete(), 20000);
    }
    void cleanup() { m_window.reset(); }

    void clickAndPaintThenUndo() {
        const QStringList before = tableText(*m_window);
        const qint64 southwest = territory("Southwest"), mountain = territory("Mountain");
        m_window->editController()->setActiveTerritory(southwest);
        useTool("toolPaint");
        const int denver = unit("08031");
        QCOMPARE(owner(denver), mountain);
        const qint64 accountsBefore = accountsOf(*m_window, southwest);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, centre(denver).toPoint());
        QCOMPARE(owner(denver), southwest);
        QVERIFY(accountsOf(*m_window, southwest) > accountsBefore); // the table followed at once
        QCOMPARE(steps(), 1);
        undo();
        QCOMPARE(owner(denver), mountain);
        QCOMPARE(tableText(*m_window), before);

        // A stroke across three counties west of Denver is one step.
        const int jefferson = unit("08059"), clearCreek = unit("08019"), summit = unit("08117");
        drag(canvas(), centre(denver), centre(summit), 40);
        for (int u : {denver, jefferson, summit}) QCOMPARE(owner(u), southwest);
        QCOMPARE(owner(clearCreek), southwest);
        QCOMPARE(steps(), 1); // the undone click was replaced
        QVERIFY(m_window->facade()->stack()->text(0).startsWith(QStringLiteral("Moved ")));
        undo();
        QCOMPARE(tableText(*m_window), before);
    }

    void selectThenAssign() {
        const QStringList before = tableText(*m_window);
        const qint64 gulf = territory("Gulf Coast");
        useTool("toolSelect");
        // A rectangle around Denver and Arapahoe.
        const QPointF a = centre(unit("08031")), b = centre(unit("08005"));
        const QRectF box = QRectF(a, b).normalized().adjusted(-6, -6, 6, 6);
        drag(canvas(), box.topLeft(), box.bottomRight());
        std::vector<int> selected = m_window->editController()->selection();
        QVERIFY(std::find(selected.begin(), selected.end(), unit("08031")) != selected.end());
        QVERIFY(std::find(selected.begin(), selected.end(), unit("08005")) != selected.end());
        m_window->editController()->setActiveTerritory(gulf);
        m_window->territoriesDock()->action(QStringLiteral("actionAssignSelection"))->trigger();
        for (int u : selected) QCOMPARE(owner(u), gulf);
        QCOMPARE(steps(), 1);
        undo();
        QCOMPARE(tableText(*m_window), before);
        // A lasso (Shift) selects too; Escape clears.
        const QPointF c = centre(unit("08031"));
        send(canvas(), QEvent::MouseButtonPress, c + QPointF(-8, -8), Qt::LeftButton, Qt::ShiftModifier);
        for (QPointF p : {c + QPointF(8, -8), c + QPointF(8, 8), c + QPointF(-8, 8)})
            send(canvas(), QEvent::MouseMove, p, Qt::LeftButton, Qt::ShiftModifier);
        send(canvas(), QEvent::MouseButtonRelease, c + QPointF(-8, 8), Qt::NoButton, Qt::ShiftModifier);
        QCOMPARE(m_window->editController()->selection(), std::vector<int>{unit("08031")});
        QTest::keyClick(canvas(), Qt::Key_Escape);
        QVERIFY(m_window->editController()->selection().empty());
    }

    void dragTheBorder() {
        zoomWide();
        const QStringList before = tableText(*m_window);
        // A Mountain county with a neighbour in another territory: grab their border and push
        // it into the neighbour, past the neighbour's centre.
        int from = -1, into = -1;
        QPointF onBorder;
        const qint64 mountain = territory("Mountain");
        const QRectF view = QRectF(QPointF(0, 0), canvas()->size()).adjusted(20, 20, -20, -20);
        for (const geo::SharedEdge& e : project().adjacency) {
            for (auto [a, b] : {std::pair(e.unitA, e.unitB), std::pair(e.unitB, e.unitA)}) {
                if (from < 0 && owner(a) == mountain && owner(b) != mountain && owner(b) != 0
                    && view.contains(centre(a)) && view.contains(centre(b)) && !e.segments.empty()) {
                    from = a;
                    into = b;
                    const geo::Segment& s = e.segments[e.segments.size() / 2];
                    onBorder = canvas()->toWidget({(s.first.lon + s.second.lon) / 2, (s.first.lat + s.second.lat) / 2});
                }
            }
        }
        QVERIFY(from >= 0);
        const qint64 other = owner(into);
        const QPointF past = onBorder + (centre(into) - onBorder) * 1.2;
        useTool("toolBoundary");
        drag(canvas(), onBorder, past, 30);
        QCOMPARE(owner(into), mountain);
        QCOMPARE(steps(), 1);
        QVERIFY(tableText(*m_window) != before);
        undo();
        QCOMPARE(owner(into), other);
        QCOMPARE(tableText(*m_window), before);
        // Escape during the drag takes it back.
        useTool("toolBoundary");
        send(canvas(), QEvent::MouseButtonPress, onBorder, Qt::LeftButton);
        for (int i = 1; i <= 20; ++i)
            send(canvas(), QEvent::MouseMove, onBorder + (past - onBorder) * (i / 20.0), Qt::LeftButton);
        QCOMPARE(owner(into), mountain); // live
        QTest::keyClick(canvas(), Qt::Key_Escape);
        send(canvas(), QEvent::MouseButtonRelease, past, Qt::NoButton);
        QCOMPARE(owner(into), other);
        QCOMPARE(tableText(*m_window), before);
    }

    void dragAccountOntoAnotherTerritory() {
        zoomWide();
        const QStringList before = tableText(*m_window);
        // An account in view, in a Mountain county, goes to a neighbouring territory in view.
        const QRectF view = QRectF(QPointF(0, 0), canvas()->size()).adjusted(20, 20, -20, -20);
        int target = -1;
        for (std::size_t u = 0; u < project().units.size() && target < 0; ++u)
            if (owner(int(u)) != territory("Mountain") && owner(int(u)) != 0 && view.contains(centre(int(u))))
                target = int(u);
        QVERIFY(target >= 0);
        const qint64 southwest = owner(target);
        int account = -1;
        for (std::size_t i = 0; i < project().accounts.size(); ++i) {
            const Account& a = project().accounts[i];
            const QPointF p = canvas()->toWidget(a.location);
            if (a.unit >= 0 && owner(a.unit) == territory("Mountain") && view.contains(p)
                && canvas()->accountAt(p, 8.0) == int(i)) {
                account = int(i);
                break;
            }
        }
        QVERIFY(account >= 0);
        const qint64 beforeCount = accountsOf(*m_window, southwest);
        useTool("toolMoveAccount");
        drag(canvas(), canvas()->toWidget(project().accounts[std::size_t(account)].location), centre(target));
        QCOMPARE(scenario().overrides.value(project().accounts[std::size_t(account)].id), southwest);
        QCOMPARE(accountsOf(*m_window, southwest), beforeCount + 1);
        undo();
        QVERIFY(scenario().overrides.isEmpty());
        QCOMPARE(tableText(*m_window), before);
    }

    void lockedTerritoryRefusesVisibly() {
        const qint64 mountain = territory("Mountain");
        m_window->editController()->setActiveTerritory(mountain);
        m_window->territoriesDock()->action(QStringLiteral("actionLockTerritory"))->trigger();
        QVERIFY(project().territory(mountain)->locked);
        m_window->editController()->setActiveTerritory(territory("Southwest"));
        useTool("toolPaint");
        const int denver = unit("08031");
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, centre(denver).toPoint());
        QCOMPARE(owner(denver), mountain);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Mountain is locked")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(steps(), 1); // only the lock
    }

    void killedProcessKeepsEdits() {
        // A child process (this test binary in child mode) paints and moves a border, reports
        // "done" and is killed without a chance to clean up.
        const QString path = m_dir.filePath(QStringLiteral("killed.territory"));
        QVERIFY(testsupport::copyDemo(path, testsupport::DemoScenario::Draft));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TP_EDIT_CHILD"), path);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("done"),
                                  qPrintable(QString::fromLocal8Bit(output + child.readAllStandardError())), 60000);
        child.kill();
        child.waitForFinished();
        QString error;
        auto reopened = session::ProjectSession::open(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        const Project& p = reopened->project();
        const int denver = p.unitIndexByCode(QStringLiteral("08031")),
                  summit = p.unitIndexByCode(QStringLiteral("08117"));
        qint64 southwest = 0;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->name == QLatin1String("Southwest")) southwest = t->id;
        QCOMPARE(p.currentScenario()->unitTerritory[std::size_t(denver)], southwest);
        QCOMPARE(p.currentScenario()->unitTerritory[std::size_t(summit)], southwest);
        // And the history came along.
        session::EditFacade facade(*reopened);
        QCOMPARE(facade.stack()->count(), 2);
    }
};

// Child mode for killedProcessKeepsEdits: edit through the window, say "done", wait to be killed.
static int runChild(const QString& path) {
    ui::MainWindow window;
    window.resize(1400, 800);
    window.show();
    if (!window.openProject(path)) return 2;
    window.canvas()->zoomToExtent(geo::Box(geo::GeoPoint{-109.5, 36.5}, geo::GeoPoint{-101.5, 41.5}));
    QApplication::processEvents();
    const Project& p = window.session()->project();
    qint64 southwest = 0;
    for (const Territory* t : p.territoriesOf(p.currentScenarioId))
        if (t->name == QLatin1String("Southwest")) southwest = t->id;
    window.editController()->setActiveTerritory(southwest);
    window.action(QStringLiteral("toolPaint"))->trigger();
    auto centre = [&](const char* code) {
        geo::GeoPoint c;
        boost::geometry::centroid(p.units[std::size_t(p.unitIndexByCode(QString::fromLatin1(code)))].shape, c);
        return window.canvas()->toWidget(c);
    };
    QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, centre("08031").toPoint());
    QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, centre("08117").toPoint());
    fputs("done\n", stdout);
    fflush(stdout);
    for (;;) QTest::qWait(1000);
}

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QString child = qEnvironmentVariable("TP_EDIT_CHILD");
    if (!child.isEmpty()) return runChild(child);
    TestEditTools test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_edittools.moc"
