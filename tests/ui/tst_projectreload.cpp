// The main window when another program (the `territory` CLI) writes to the open project: the
// window notices (file watcher), says "the project was changed by another program", reloads
// (views show the other program's work, the map stays where it was), and edits go on. An edit
// made before the window noticed is refused, not written over the other program's work, and
// the window reloads then. Its own edits never count as outside changes.
#include "support/democopy.h"
#include "ui/tools/editcontroller.h"
#include "ui/window/mainwindow.h"
#include "ui/map/mapcanvas.h"
#include "ui/docks/scenariosdock.h"
#include "ui/window/projectchangewatcher.h"

#include "session/editfacade.h"
#include "session/projectsession.h"

#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace tp;

namespace {

int territory(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(TP_BIN_DIR "/territory"), args);
    p.waitForFinished(60000); // blocks: the window sees nothing of it meanwhile
    if (p.exitCode() != 0) qWarning() << p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

qint64 territoryOfIn(const QString& path, const QString& code) {
    QString error;
    auto s = session::ProjectSession::open(path, &error);
    if (!s) {
        qWarning() << error;
        return -1;
    }
    const Project& p = s->project();
    return p.currentScenario()->unitTerritory[std::size_t(p.unitIndexByCode(code))];
}

} // namespace

class TestProjectReload : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    void paint(ui::MainWindow& window, const QString& code, qint64 territoryId) {
        const Project& p = window.session()->project();
        window.editController()->setActiveTerritory(territoryId);
        window.action(QStringLiteral("toolPaint"))->trigger();
        geo::GeoPoint c;
        boost::geometry::centroid(p.units[std::size_t(p.unitIndexByCode(code))].shape, c);
        QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, window.canvas()->toWidget(c).toPoint());
    }

    static qint64 territoryNamed(const Project& p, const QString& name) {
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->name == name) return t->id;
        return 0;
    }

private slots:
    void reloadsWhatAnotherProgramWrote() {
        const QString path = m_dir.filePath(QStringLiteral("shared.territory"));
        QVERIFY(testsupport::copyDemo(path, testsupport::DemoScenario::Draft));
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        window.canvas()->zoomToExtent(geo::Box(geo::GeoPoint{-109.5, 36.5}, geo::GeoPoint{-101.5, 41.5}));
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->isRenderComplete(), 20000);
        const double resolution = window.canvas()->resolution();

        // Our own edit: written, and not mistaken for another program's.
        session::ProjectSession* first = window.session();
        const qint64 southwest = territoryNamed(first->project(), QStringLiteral("Southwest"));
        QVERIFY(southwest);
        paint(window, QStringLiteral("08031"), southwest);
        QCOMPARE(territoryOfIn(path, QStringLiteral("08031")), southwest);
        QTest::qWait(600);
        QCOMPARE(window.session(), first);
        QVERIFY(!window.changeWatcher()->check());

        // Another program adds a scenario: the window notices by itself and shows it.
        QCOMPARE(
            territory({QStringLiteral("scenario"), QStringLiteral("create"), path, QStringLiteral("From the CLI")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.session() != first, 5000);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("changed by another program")),
                 qPrintable(window.statusBar()->currentMessage()));
        bool listed = false;
        for (const Scenario& s : window.session()->project().scenarios)
            listed |= s.name == QLatin1String("From the CLI");
        QVERIFY(listed);
        auto* chooser = window.findChild<QComboBox*>(QStringLiteral("scenarioChooser"));
        QVERIFY(chooser);
        QVERIFY(chooser->findText(QStringLiteral("From the CLI"), Qt::MatchContains) >= 0);
        QAbstractItemModel* scenarioModel = window.scenariosDock()->tree()->model();
        QVERIFY(!scenarioModel
                     ->match(scenarioModel->index(0, 0), Qt::DisplayRole, QStringLiteral("From the CLI"), 1,
                             Qt::MatchContains | Qt::MatchRecursive)
                     .isEmpty());
        QCOMPARE(window.canvas()->resolution(), resolution); // the map stayed where it was
        // Our edit from before the reload is still there, and so is its undo step (from the file).
        QCOMPARE(window.session()->project().currentScenario()->unitTerritory[std::size_t(
                     window.session()->project().unitIndexByCode(QStringLiteral("08031")))],
                 southwest);
        QVERIFY(window.facade()->stack()->canUndo());

        // Edits go on after the reload.
        paint(window, QStringLiteral("08005"), southwest);
        QCOMPARE(territoryOfIn(path, QStringLiteral("08005")), southwest);

        // Another program moves a county while the window has not noticed yet (no event loop
        // ran), and the user paints another county: refused, the other program's work stays,
        // and the window reloads.
        session::ProjectSession* beforeRace = window.session();
        const qint64 mountain = territoryNamed(beforeRace->project(), QStringLiteral("Mountain"));
        QVERIFY(mountain);
        QCOMPARE(territory({QStringLiteral("assign"), path, QStringLiteral("--territory"), QStringLiteral("Mountain"),
                            QStringLiteral("--unit"), QStringLiteral("08005")}),
                 0);
        const qint64 before059 = territoryOfIn(path, QStringLiteral("08059"));
        paint(window, QStringLiteral("08059"), southwest);
        QCOMPARE(territoryOfIn(path, QStringLiteral("08005")), mountain);  // not overwritten
        QCOMPARE(territoryOfIn(path, QStringLiteral("08059")), before059); // the stale edit was not written
        QTRY_VERIFY_WITH_TIMEOUT(window.session() != beforeRace, 5000);
        const Project& fresh = window.session()->project();
        QCOMPARE(fresh.currentScenario()->unitTerritory[std::size_t(fresh.unitIndexByCode(QStringLiteral("08005")))],
                 mountain);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("changed by another program")),
                 qPrintable(window.statusBar()->currentMessage()));
        // And the user can redo it now.
        paint(window, QStringLiteral("08059"), southwest);
        QCOMPARE(territoryOfIn(path, QStringLiteral("08059")), southwest);
    }
};

QTEST_MAIN(TestProjectReload)
#include "tst_projectreload.moc"
