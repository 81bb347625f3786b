// Teams in the window as a planner uses them on the demo (Commercial, Enterprise field and the
// Healthcare overlay): the team chooser beside the scenario chooser switches with the keyboard;
// the Balance dock then lists that team's territories with figures over that team's accounts
// only. A unit painted in one team and another painted in a second team each change only their
// own team's figures, which agree with sums over the accounts each team covers. The coverage dock
// lists no gaps on the demo and a planted gap after a team's rule changes. Workshop mode steps
// through the teams with G.
#include "support/democopy.h"
#include "ui/docks/coveragedock.h"
#include "ui/docks/metricsdock.h"
#include "ui/docks/metricstablemodel.h"
#include "ui/map/mapcanvas.h"
#include "ui/tools/editcontroller.h"
#include "ui/window/mainwindow.h"
#include "ui/window/workshopmode.h"

#include "model/metricstable.h"
#include "model/project.h"
#include "session/editfacade.h"
#include "session/projectsession.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTest>

#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/strategies/strategies.hpp>

using namespace tp;

class TestTeamsGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;

    const Project& project() const { return m_window->session()->project(); }
    ui::MapCanvas* canvas() const { return m_window->canvas(); }
    QComboBox* chooser() const { return m_window->findChild<QComboBox*>(QStringLiteral("teamChooser")); }
    const MetricsTable* table() const { return m_window->metricsDock()->model()->table(); }

    QPointF centre(int u) const {
        geo::GeoPoint c;
        boost::geometry::centroid(project().units[std::size_t(u)].shape, c);
        return canvas()->toWidget(c);
    }
    // Switches the team with the keyboard on the chooser (Down/Up until it shows `name`).
    void chooseTeam(const QString& name) {
        QComboBox* box = chooser();
        box->setFocus();
        for (int guard = 0; guard < 10 && project().team(project().currentTeamId)->name != name; ++guard)
            QTest::keyClick(box,
                            box->findText(name, Qt::MatchStartsWith) > box->currentIndex() ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(project().currentTeam()->name, name);
    }
    // The Balance dock's figures against sums over the accounts the current team covers.
    void checkFigures() {
        const Project& p = project();
        const Team& team = *p.currentTeam();
        const Scenario& s = *p.currentScenario();
        QHash<qint64, qint64> accounts;
        QHash<qint64, double> workload;
        int fromRule = 0;
        for (const Account& a : p.accounts) {
            if (!team.covers(a)) continue;
            const qint64 owner = p.territoryOfAccount(s, a);
            ++accounts[owner];
            workload[owner] += a.workloadHours;
            fromRule += a.workloadFromRule;
        }
        // The workload line counts the team's accounts, not the project's.
        const QLabel* source = m_window->metricsDock()->findChild<QLabel*>(QStringLiteral("workloadSource"));
        QVERIFY(source);
        QVERIFY2(fromRule > 0 && fromRule < int(p.accounts.size()), "the demo's teams each cover some accounts");
        QVERIFY2(source->text().contains(QStringLiteral("for %1 accounts").arg(QLocale().toString(fromRule))),
                 qPrintable(source->text()));
        const std::vector<const Territory*> mine = p.territoriesOf(s.id, team.id);
        int leaves = 0;
        for (const Territory* t : mine) leaves += t->level == Territory::Level::Territory;
        QCOMPARE(table()->rowCount(), leaves);
        for (int r = 0; r < table()->rowCount(); ++r) {
            const qint64 id = table()->territoryId(r);
            QCOMPARE(p.territory(id)->teamId, team.id);
            QCOMPARE(table()->metrics(r).accounts, accounts.value(id));
            QCOMPARE(qRound64(table()->metrics(r).workloadHours * 100), qRound64(workload.value(id) * 100));
        }
    }
    // A unit of `from` next to a unit of another territory `to` of the current team (both with
    // some of the team's accounts), so painting it moves accounts.
    std::pair<int, qint64> borderUnit() const {
        const Project& p = project();
        const Scenario& s = *p.currentScenario();
        const Team& team = *p.currentTeam();
        std::vector<int> covered(p.units.size(), 0);
        for (const Account& a : p.accounts)
            if (a.unit >= 0 && team.covers(a)) ++covered[std::size_t(a.unit)];
        for (const geo::SharedEdge& e : p.adjacency) {
            const qint64 a = s.unitTerritory[std::size_t(e.unitA)], b = s.unitTerritory[std::size_t(e.unitB)];
            if (a != 0 && b != 0 && a != b && covered[std::size_t(e.unitA)] > 0) return {e.unitA, b};
        }
        return {-1, 0};
    }

private slots:
    void init() {
        const QString path = m_dir.filePath(QStringLiteral("teams.territory"));
        QVERIFY(testsupport::copyDemo(path, testsupport::DemoScenario::Draft));
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(path));
    }
    void cleanup() { m_window.reset(); }

    void editTwoTeams() {
        QVERIFY(chooser());
        QCOMPARE(chooser()->count(), 3);
        QCOMPARE(project().currentTeam()->name, QStringLiteral("Commercial"));
        QCOMPARE(table()->rowCount(), 12);
        checkFigures();
        const std::vector<TerritoryMetrics> commercialBefore = [&] {
            std::vector<TerritoryMetrics> out;
            for (int r = 0; r < table()->rowCount(); ++r) out.push_back(table()->metrics(r));
            return out;
        }();

        chooseTeam(QStringLiteral("Enterprise field"));
        QCOMPARE(table()->rowCount(), 4);
        checkFigures();
        // Paint a unit of one Enterprise territory into its neighbour.
        auto [unit, into] = borderUnit();
        QVERIFY(unit >= 0);
        const geo::Box& b = project().units[std::size_t(unit)].bounds;
        canvas()->zoomToExtent(geo::Box({b.min_corner().lon - 1.5, b.min_corner().lat - 1.0},
                                        {b.max_corner().lon + 1.5, b.max_corner().lat + 1.0}));
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->isRenderComplete(), 20000);
        m_window->editController()->setActiveTerritory(into);
        m_window->action(QStringLiteral("toolPaint"))->trigger();
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, centre(unit).toPoint());
        QCOMPARE(project().currentScenario()->unitTerritory[std::size_t(unit)], into);
        checkFigures();
        const qint64 enterpriseUnitOwner = into;

        chooseTeam(QStringLiteral("Commercial"));
        QCOMPARE(table()->rowCount(), 12);
        // Commercial did not move.
        for (int r = 0; r < table()->rowCount(); ++r) {
            QCOMPARE(table()->metrics(r).accounts, commercialBefore[std::size_t(r)].accounts);
            QCOMPARE(table()->metrics(r).workloadHours, commercialBefore[std::size_t(r)].workloadHours);
        }
        auto [unit2, into2] = borderUnit();
        QVERIFY(unit2 >= 0);
        const geo::Box& b2 = project().units[std::size_t(unit2)].bounds;
        canvas()->zoomToExtent(geo::Box({b2.min_corner().lon - 1.5, b2.min_corner().lat - 1.0},
                                        {b2.max_corner().lon + 1.5, b2.max_corner().lat + 1.0}));
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->isRenderComplete(), 20000);
        m_window->editController()->setActiveTerritory(into2);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, centre(unit2).toPoint());
        QCOMPARE(project().currentScenario()->unitTerritory[std::size_t(unit2)], into2);
        checkFigures();
        bool changed = false;
        for (int r = 0; r < table()->rowCount(); ++r)
            changed |= table()->metrics(r).accounts != commercialBefore[std::size_t(r)].accounts;
        QVERIFY(changed);

        // Back to Enterprise: its edit is still there, its figures still its own.
        chooseTeam(QStringLiteral("Enterprise field"));
        QCOMPARE(project().currentScenario()->unitTerritory[std::size_t(unit)], enterpriseUnitOwner);
        checkFigures();
        // Undo takes back the last edit, in the team it was made in (Commercial).
        m_window->action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(project().currentTeam()->name, QStringLiteral("Commercial"));
        QCOMPARE(chooser()->currentText(), QStringLiteral("Commercial"));
        for (int r = 0; r < table()->rowCount(); ++r)
            QCOMPARE(table()->metrics(r).accounts, commercialBefore[std::size_t(r)].accounts);
        checkFigures();
    }

    void coverageDock() {
        ui::CoverageDock* dock = m_window->coverageDock();
        QVERIFY(dock);
        // Closed (View menu), the dock checks nothing; shown again, it catches up.
        if (dock->isVisible()) dock->toggleViewAction()->trigger();
        QTRY_VERIFY(!dock->isVisible());
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        QTRY_COMPARE(dock->teamTable()->rowCount(), 3);
        QVERIFY2(dock->coverage().isClean(), qPrintable(dock->summary()));
        // Commercial without SMB: every SMB account becomes a gap, shortly after the edit.
        const Team commercial = *project().findTeam(QStringLiteral("Commercial"));
        QString error;
        QVERIFY2(m_window->facade()->setTeamRule(commercial.id, commercial.kind,
                                                 *AccountRule::parse(QStringLiteral("segment = Mid-Market"), &error),
                                                 {}, {}, &error),
                 qPrintable(error));
        int smb = 0;
        for (const Account& a : project().accounts) smb += a.segment == u"SMB";
        QTRY_COMPARE(int(dock->coverage().uncovered.size()), smb);
        // The old rule back while closed: nothing is checked until the dock is shown again.
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(!dock->isVisible());
        QVERIFY2(m_window->facade()->setTeamRule(commercial.id, commercial.kind, commercial.rule, commercial.included,
                                                 commercial.excluded, &error),
                 qPrintable(error));
        QTest::qWait(300);
        QCOMPARE(int(dock->coverage().uncovered.size()), smb);
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY2(dock->coverage().isClean(), qPrintable(dock->summary()));
        QVERIFY2(m_window->facade()->setTeamRule(commercial.id, commercial.kind,
                                                 *AccountRule::parse(QStringLiteral("segment = Mid-Market"), &error),
                                                 {}, {}, &error),
                 qPrintable(error));
        QTRY_COMPARE(int(dock->coverage().uncovered.size()), smb);
        QCOMPARE(dock->uncoveredTable()->rowCount(), std::min(smb, int(ui::CoverageDock::maxListedRows)));
        QCOMPARE(dock->uncoveredTable()->item(0, 2)->text(), QStringLiteral("SMB"));
        checkFigures(); // the Balance dock counts the new rule's accounts
    }

    // As a user sees it at 1280x720 and 1024x700, in English and German: the team chooser is on
    // screen inside the window, the Coverage dock can be raised. With TP_SCREENSHOT_DIR set the
    // window is saved there (teams-<width>-<lang>.png) to look at.
    void screenshots_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("lang");
        QTest::newRow("1280x720 en") << 1280 << 720 << "en";
        QTest::newRow("1024x700 en") << 1024 << 700 << "en";
        QTest::newRow("1280x720 de") << 1280 << 720 << "de";
        QTest::newRow("1024x700 de") << 1024 << 700 << "de";
    }
    void screenshots() {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QString, lang);
        QTranslator translator;
        if (lang == u"de")
            QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("territory-planner"), QStringLiteral("_"),
                                    QStringLiteral(":/i18n")));
        QApplication::installTranslator(&translator);
        ui::MainWindow window;
        window.resize(width, height);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_dir.filePath(QStringLiteral("teams.territory"))));
        auto* box = window.findChild<QComboBox*>(QStringLiteral("teamChooser"));
        QVERIFY(box);
        window.resize(width, height); // the choosers now name the demo's scenario and team
        QTest::qWait(50);
        QVERIFY(box->isVisible());
        const QRect inWindow(box->mapTo(&window, QPoint(0, 0)), box->size());
        QVERIFY2(window.rect().contains(inWindow), "the team chooser is outside the window");
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down); // Enterprise field
        QCOMPARE(window.session()->project().currentTeam()->name, QStringLiteral("Enterprise field"));
        window.coverageDock()->raise();
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->isRenderComplete(), 20000);
        QTest::qWait(300);
        const QImage shot = window.grab().toImage();
        QApplication::removeTranslator(&translator);
        QVERIFY(!shot.isNull());
        if (!qEnvironmentVariableIsEmpty("TP_SCREENSHOT_DIR"))
            shot.save(qEnvironmentVariable("TP_SCREENSHOT_DIR")
                      + QStringLiteral("/teams-%1-%2.png").arg(width).arg(lang));
    }

    void workshopStepsThroughTeams() {
        m_window->workshopMode()->enter(false);
        const qint64 first = project().currentTeamId;
        QTest::keyClick(m_window.get(), Qt::Key_G);
        QVERIFY(project().currentTeamId != first);
        checkFigures();
        QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ShiftModifier);
        QCOMPARE(project().currentTeamId, first);
        m_window->workshopMode()->leave();
    }
};

QTEST_MAIN(TestTeamsGui)
#include "tst_teamsgui.moc"
