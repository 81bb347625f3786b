// Scenarios as a planning round uses them, through the real docks and tools: copy the plan,
// change it with the paint tool, compare (the diff table lists exactly the moves), switch with
// one click, approve and make it the plan of record, notes, and two synchronized maps.
#include "ui/docks/comparedock.h"
#include "ui/window/comparewindow.h"
#include "ui/tools/editcontroller.h"
#include "ui/window/mainwindow.h"
#include "render/labellayer.h"
#include "ui/map/mapcanvas.h"
#include "ui/docks/metricsdock.h"
#include "ui/docks/metricstablemodel.h"
#include "ui/docks/scenariosdock.h"

#include "model/metricstable.h"
#include "session/editfacade.h"
#include "session/planeditor.h"
#include "session/projectsession.h"

#include <QAction>
#include <QDateTime>
#include <QTimer>
#include <QMessageBox>
#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/strategies/strategies.hpp>

using namespace tp;

class TestScenarios : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void copyEditCompareApprove() {
        const QString path = m_dir.filePath(QStringLiteral("rounds.territory"));
        QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        ui::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        const Project& p = window.session()->project();
        const qint64 base = p.currentScenarioId;

        // Copy the plan: the copy becomes current, with the same figures.
        ui::ScenariosDock* dock = window.scenariosDock();
        const QString before = window.metricsDock()->headline();
        const qint64 copy = dock->copyCurrent(QStringLiteral("Workshop round 1"));
        QVERIFY(copy);
        QCOMPARE(p.currentScenarioId, copy);
        QCOMPARE(window.metricsDock()->headline(), before);

        // Paint three Colorado counties into Southwest.
        window.canvas()->zoomToExtent(geo::Box(geo::GeoPoint{-109.5, 36.5}, geo::GeoPoint{-101.5, 41.5}));
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->isRenderComplete(), 20000);
        qint64 southwest = 0;
        for (const Territory* t : p.territoriesOf(copy))
            if (t->name == QLatin1String("Southwest")) southwest = t->id;
        window.editController()->setActiveTerritory(southwest);
        window.action(QStringLiteral("toolPaint"))->trigger();
        const QStringList codes{QStringLiteral("08031"), QStringLiteral("08005"), QStringLiteral("08059")};
        for (const QString& code : codes) {
            geo::GeoPoint c;
            boost::geometry::centroid(p.units[std::size_t(p.unitIndexByCode(code))].shape, c);
            QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, window.canvas()->toWidget(c).toPoint());
        }
        QVERIFY(window.metricsDock()->headline() != before);

        // Compare with the plan of record: exactly the three counties, Mountain -> Southwest.
        window.compareDock()->compareWith(base);
        QTableWidget* units = window.compareDock()->unitTable();
        QCOMPARE(units->rowCount(), 3);
        QStringList listed;
        for (int r = 0; r < 3; ++r) {
            QCOMPARE(units->item(r, 1)->text(), QStringLiteral("Mountain"));
            QCOMPARE(units->item(r, 2)->text(), QStringLiteral("Southwest"));
            listed << units->item(r, 0)->text().section(QLatin1Char('('), 1).chopped(1);
        }
        listed.sort();
        QStringList expected = codes;
        expected.sort();
        QCOMPARE(listed, expected);
        qint64 moved = 0; // the current team's accounts (the demo's Commercial team)
        for (const Account& a : p.accounts)
            for (const QString& code : codes) moved += a.unit == p.unitIndexByCode(code) && p.currentTeam()->covers(a);
        QCOMPARE(qint64(window.compareDock()->accountTable()->rowCount()), moved);
        QVERIFY(window.compareDock()->summary().contains(QStringLiteral("%1 accounts change rep").arg(moved)));
        QCOMPARE(window.canvas()->changedUnits().size(), std::size_t(3));
        // Per territory: Mountain lost what Southwest gained.
        QTableWidget* territories = window.compareDock()->territoryTable();
        for (int r = 0; r < territories->rowCount(); ++r) {
            const QString name = territories->item(r, 0)->text(), delta = territories->item(r, 2)->text();
            if (name == QLatin1String("Mountain"))
                QCOMPARE(delta, QStringLiteral("-%1").arg(moved));
            else if (name == QLatin1String("Southwest"))
                QCOMPARE(delta, QStringLiteral("+%1").arg(moved));
            else
                QCOMPARE(delta, QStringLiteral("0"));
        }

        // Side by side: two maps, synchronized.
        window.compareDock()->findChild<QPushButton*>(QStringLiteral("sideBySideButton"))->click();
        ui::CompareWindow* side = window.compareWindow();
        QVERIFY(side->isVisible());
        QCOMPARE(side->left()->shownScenario(), base);
        QCOMPARE(side->right()->shownScenario(), copy);
        // Each side is labelled with its own scenario's figures: Mountain's workload differs by
        // what the three counties carried, the other territories read the same on both sides.
        const auto figures = [](ui::MapCanvas* c) {
            QHash<QString, QString> byName;
            for (const auto& l : c->labelLayer()->labels()) byName.insert(l.title, l.detail);
            return byName;
        };
        const QHash<QString, QString> leftFigures = figures(side->left()), rightFigures = figures(side->right());
        QCOMPARE(leftFigures.size(), 12);
        QCOMPARE(rightFigures.size(), 12);
        QVERIFY(leftFigures.value(QStringLiteral("Mountain")) != rightFigures.value(QStringLiteral("Mountain")));
        QVERIFY(leftFigures.value(QStringLiteral("Southwest")) != rightFigures.value(QStringLiteral("Southwest")));
        QCOMPARE(leftFigures.value(QStringLiteral("Florida")), rightFigures.value(QStringLiteral("Florida")));
        QCOMPARE(rightFigures, figures(window.canvas())); // the current scenario's labels, as on the main map
        side->left()->zoomIn();
        QCOMPARE(side->right()->resolution(), side->left()->resolution());
        QCOMPARE(side->right()->center().x, side->left()->center().x);

        // Approve and make it the plan of record; notes are kept.
        QVERIFY(!dock->makeCurrentPlanOfRecord()); // still a draft
        QVERIFY(dock->setCurrentStatus(int(Scenario::Status::Approved)));
        QVERIFY(dock->makeCurrentPlanOfRecord());
        QVERIFY(p.scenario(copy)->planOfRecord);
        QVERIFY(!p.scenario(base)->planOfRecord);
        QVERIFY(window.session()->file().readLog(3).at(1).text.contains(QStringLiteral("approved by")));

        // One click on the other scenario switches to it; the figures follow.
        const QModelIndexList found = dock->tree()->model()->match(dock->tree()->model()->index(0, 0), Qt::UserRole,
                                                                   base, 1, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        const QRect r = dock->tree()->visualRect(found.front());
        QTest::mouseClick(dock->tree()->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(p.currentScenarioId, base);
        QCOMPARE(window.metricsDock()->headline(), before);
    }

    // Editing the approved plan of record asks first. "Make a copy to edit" (the default) makes
    // a draft copy current and leaves the approved assignment as it was; "Reopen as draft" sets
    // the scenario back to draft with a log line naming who and when; Cancel changes nothing.
    void approvedScenarioAsksBeforeEditing_data() {
        QTest::addColumn<QString>("answer"); // object name of the button to press, or "cancel"
        QTest::newRow("make a copy (default)") << QStringLiteral("default");
        QTest::newRow("reopen as draft") << QStringLiteral("reopenButton");
        QTest::newRow("cancel") << QStringLiteral("cancel");
    }
    void approvedScenarioAsksBeforeEditing() {
        QFETCH(QString, answer);
        const QString path =
            m_dir.filePath(QStringLiteral("guard-%1.territory").arg(QTest::currentDataTag()).remove(QLatin1Char(' ')));
        QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        ui::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        const Project& p = window.session()->project();
        const qint64 approved = p.currentScenarioId;
        QCOMPARE(p.currentScenario()->status, Scenario::Status::Approved);
        const std::vector<qint64> assignment = p.currentScenario()->unitTerritory;
        const std::size_t scenarioCount = p.scenarios.size();

        window.canvas()->zoomToExtent(geo::Box(geo::GeoPoint{-109.5, 36.5}, geo::GeoPoint{-101.5, 41.5}));
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->isRenderComplete(), 20000);
        qint64 southwest = 0;
        for (const Territory* t : p.territoriesOf(approved))
            if (t->name == QLatin1String("Southwest")) southwest = t->id;
        window.editController()->setActiveTerritory(southwest);
        window.action(QStringLiteral("toolPaint"))->trigger();
        const int denver = p.unitIndexByCode(QStringLiteral("08031"));
        geo::GeoPoint c;
        boost::geometry::centroid(p.units[std::size_t(denver)].shape, c);
        const QPoint at = window.canvas()->toWidget(c).toPoint();

        // The question comes up when the paint starts; answer it as a user would, by keyboard or click.
        bool asked = false;
        QTimer::singleShot(0, &window, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) return;
            asked = true;
            if (answer == QLatin1String("default"))
                QTest::keyClick(box, Qt::Key_Return);
            else if (answer == QLatin1String("cancel"))
                QTest::keyClick(box, Qt::Key_Escape);
            else
                QTest::mouseClick(box->findChild<QPushButton*>(answer), Qt::LeftButton);
        });
        QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, at);
        QVERIFY(asked);
        // The approved scenario's assignment is untouched whatever the answer.
        QCOMPARE(p.scenario(approved)->unitTerritory, assignment);

        if (answer == QLatin1String("default")) {
            QCOMPARE(p.scenarios.size(), scenarioCount + 1);
            const qint64 copy = p.currentScenarioId;
            QVERIFY(copy != approved);
            QCOMPARE(p.currentScenario()->status, Scenario::Status::Draft);
            QCOMPARE(p.currentScenario()->unitTerritory.size(), assignment.size());
            QCOMPARE(p.scenario(approved)->status, Scenario::Status::Approved);
            // Painting again edits the copy without asking; the approved plan stays as it was.
            QVERIFY(window.editController()->activeTerritory() != 0);
            QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, at);
            const qint64 newOwner = p.scenario(copy)->unitTerritory[std::size_t(denver)];
            QVERIFY(newOwner != 0);
            QCOMPARE(p.territory(newOwner)->name, QStringLiteral("Southwest"));
            QCOMPARE(p.scenario(approved)->unitTerritory, assignment);
        } else if (answer == QLatin1String("reopenButton")) {
            QCOMPARE(p.scenarios.size(), scenarioCount);
            QCOMPARE(p.currentScenarioId, approved);
            QCOMPARE(p.currentScenario()->status, Scenario::Status::Draft);
            const QString log = window.session()->file().readLog(1).at(0).text;
            QVERIFY2(log.contains(QStringLiteral("reopened as draft by %1 on %2")
                                      .arg(session::PlanEditor::currentUser(),
                                           QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate))),
                     qPrintable(log));
            QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, at); // now a draft: edits without asking
            QCOMPARE(p.currentScenario()->unitTerritory[std::size_t(denver)], southwest);
        } else {
            QCOMPARE(p.scenarios.size(), scenarioCount);
            QCOMPARE(p.currentScenarioId, approved);
            QCOMPARE(p.currentScenario()->status, Scenario::Status::Approved);
        }
    }
};

QTEST_MAIN(TestScenarios)
#include "tst_scenarios.moc"
