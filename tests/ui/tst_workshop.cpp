// Workshop mode as a facilitator uses it on a projector: at 1920x1080 and 1280x720 no text is
// smaller than 18 px (widgets, map labels, balance bar, scale bar), territory labels are on the
// map without overlapping, the keyboard switches scenarios, toggles the comparison, zooms to
// territories and undoes a live edit, and Escape brings the normal window back.
#include "support/democopy.h"
#include "ui/widgets/balancebar.h"
#include "ui/docks/comparedock.h"
#include "ui/tools/editcontroller.h"
#include "render/labellayer.h"
#include "ui/window/mainwindow.h"
#include "ui/map/mapcanvas.h"
#include "ui/docks/metricsdock.h"
#include "ui/window/workshopmode.h"

#include "model/metricstable.h"
#include "model/scenariocomparison.h"
#include "session/editfacade.h"
#include "session/projectsession.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QPointer>
#include <QTabBar>
#include <QToolBar>
#include <QTemporaryDir>
#include <QTest>

#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/strategies/strategies.hpp>

using namespace tp;

class TestWorkshop : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString demoCopy() {
        const QString path = m_dir.filePath(QStringLiteral("workshop%1.territory").arg(++m_n));
        if (!testsupport::copyDemo(path, testsupport::DemoScenario::AsBundled)) qFatal("cannot copy the demo project");
        return path;
    }

    static QStringList dockTabs(QWidget& window) {
        QStringList shown;
        for (QTabBar* bar : window.findChildren<QTabBar*>(Qt::FindDirectChildrenOnly)) {
            if (!bar->isVisible()) continue;
            QStringList tabs;
            for (int i = 0; i < bar->count(); ++i) tabs << bar->tabText(i);
            shown << tabs.join(QLatin1Char('|'));
        }
        shown.sort();
        return shown;
    }

private slots:
    void largeTypeAtProjectorSizes_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("1280x720") << QSize(1280, 720);
    }
    void largeTypeAtProjectorSizes() {
        QFETCH(QSize, size);
        ui::MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(demoCopy()));
        window.workshopMode()->enter(false);
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->isRenderComplete(), 20000);
        QTest::qWait(50);
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->isRenderComplete(), 20000);

        // Every visible widget's text, and what the map draws, is at least 18 px high.
        for (QWidget* w : window.findChildren<QWidget*>()) {
            if (!w->isVisible()) continue;
            const int px = QFontInfo(w->font()).pixelSize();
            QVERIFY2(px >= 18, qPrintable(QStringLiteral("%1 (%2) has %3 px text")
                                              .arg(w->metaObject()->className(), w->objectName())
                                              .arg(px)));
        }
        QVERIFY(window.canvas()->labelLayer()->textSize() * 0.8 >= 18); // the figure line is 80 % of the title
        QVERIFY(window.canvas()->style().overlayTextPx >= 18);
        QVERIFY(window.workshopMode()->balanceBar()->textSize() >= 18);
        QVERIFY(!window.menuBar()->isVisible());

        // Labels: every territory in view gets its name and figure (on the map, beside its anchor
        // with a leader line, or in the list in the corner), with compare on too; none overlaps.
        for (bool compare : {false, true}) {
            if (compare) {
                QTest::keyClick(&window, Qt::Key_C);
                QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->isRenderComplete(), 20000);
            }
            const auto labels = window.canvas()->labelLayer()->labels();
            const render::MapViewport view = window.canvas()->viewport();
            const QRectF visible(QPointF(0, 0), QSizeF(view.size()));
            std::size_t inView = 0;
            for (const auto& l : labels) inView += visible.contains(view.toScreen(l.position)) ? 1 : 0;
            QVERIFY(inView >= 12);
            const auto placed = window.canvas()->labelLayer()->place(view);
            QCOMPARE(placed.size(), inView);
            for (std::size_t i = 0; i < placed.size(); ++i) {
                QVERIFY(visible.contains(placed[i].box));
                for (std::size_t j = i + 1; j < placed.size(); ++j) QVERIFY(!placed[i].box.intersects(placed[j].box));
            }
        }
        const QString dir = qEnvironmentVariable("TP_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window.grab().save(QStringLiteral("%1/workshop-%2x%3.png").arg(dir).arg(size.width()).arg(size.height()));
    }

    void keyboardDrivesTheRoom() {
        ui::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(demoCopy()));
        const Project& p = window.session()->project();
        QVERIFY(p.scenario(1)->planOfRecord);
        window.workshopMode()->enter(false);
        QVERIFY(window.workshopMode()->isActive());

        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(p.currentScenarioId, qint64(2));
        // C compares with the plan of record: the moved counties are hatched, the bar says so.
        QTest::keyClick(&window, Qt::Key_C);
        QVERIFY(!window.canvas()->changedUnits().empty());
        QCOMPARE(window.compareDock()->otherScenario(), qint64(1));
        // Each chip reads before → after: the plan of record's deviation, then this scenario's.
        const QStringList chips = window.workshopMode()->balanceBar()->chipTexts();
        int compared = 0;
        for (const ScenarioDiff::TerritoryDelta& d : window.compareDock()->diff().territories) {
            if (!d.inA || !d.inB) continue;
            const auto signedPct = [](double v) {
                return (v > 0 ? QStringLiteral("+") : QString()) + MetricsTable::formatNumber(v, 1);
            };
            const QString expected =
                QStringLiteral("%1 %2% → %3%").arg(d.name, signedPct(d.a.deviationPct), signedPct(d.b.deviationPct));
            QVERIFY2(chips.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in ") + chips.join(QStringLiteral(" | "))));
            ++compared;
        }
        QCOMPARE(compared, 12);
        QTest::keyClick(&window, Qt::Key_C);
        QVERIFY(window.canvas()->changedUnits().empty());
        QTest::keyClick(&window, Qt::Key_PageUp);
        QCOMPARE(p.currentScenarioId, qint64(1));

        // T zooms to a territory: the view gets much closer than the whole plan.
        const double wide = window.canvas()->resolution();
        QTest::keyClick(&window, Qt::Key_T);
        QVERIFY(window.canvas()->resolution() < wide);
        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(window.canvas()->resolution(), wide);

        // A live edit in the room on the draft proposal (the approved plan of record would ask
        // first), then undo from the keyboard.
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(p.currentScenario()->status, Scenario::Status::Draft);
        window.canvas()->zoomToExtent(geo::Box(geo::GeoPoint{-109.5, 36.5}, geo::GeoPoint{-101.5, 41.5}));
        qint64 southwest = 0;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->name == QLatin1String("Southwest")) southwest = t->id;
        window.editController()->setActiveTerritory(southwest);
        QTest::keyClick(&window, Qt::Key_B); // paint tool
        const int denver = p.unitIndexByCode(QStringLiteral("08031"));
        const qint64 mountain = p.currentScenario()->unitTerritory[std::size_t(denver)];
        QCOMPARE(p.territory(mountain)->name, QStringLiteral("Mountain"));
        geo::GeoPoint c;
        boost::geometry::centroid(p.units[std::size_t(denver)].shape, c);
        QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, window.canvas()->toWidget(c).toPoint());
        QCOMPARE(p.currentScenario()->unitTerritory[std::size_t(denver)], southwest);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(p.currentScenario()->unitTerritory[std::size_t(denver)], mountain);

        // Escape leaves: menus and docks come back.
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.workshopMode()->isActive());
        QVERIFY(window.menuBar()->isVisible());
        QVERIFY(window.metricsDock()->isVisible());
    }
    // F5 then Esc restores the window exactly: every widget's visibility and font as before
    // (tool bars inside the Territories and Scenarios docks included, no workshop font left).
    void enterAndLeaveRestoresEveryWidget() {
        ui::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(demoCopy()));
        QTest::qWait(20);

        struct State {
            QPointer<QWidget> widget;
            QString name;
            bool visible;
            QFont font;
        };
        std::vector<State> before;
        for (QWidget* w : window.findChildren<QWidget*>())
            before.push_back({w,
                              QStringLiteral("%1 '%2' under %3 %4 (%5 px wide) in %6")
                                  .arg(w->metaObject()->className(), w->objectName(),
                                       w->parentWidget() ? w->parentWidget()->metaObject()->className() : "",
                                       w->parentWidget() ? w->parentWidget()->windowTitle() : QString())
                                  .arg(w->parentWidget() ? w->parentWidget()->width() : 0)
                                  .arg(w->window() ? w->window()->objectName() : QString()),
                              w->isVisible(), w->font()});
        const QStringList tabsBefore = dockTabs(window);
        int dockToolBars = 0;
        for (QDockWidget* d : window.findChildren<QDockWidget*>())
            for (QToolBar* t : d->findChildren<QToolBar*>()) dockToolBars += t->isVisible();
        QVERIFY2(dockToolBars >= 2, "the Territories and Scenarios docks show their button rows");

        const QRect geometry = window.geometry();
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(window.workshopMode()->isActive());
        QVERIFY(!window.menuBar()->isVisible());
        QTest::qWait(20);
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.workshopMode()->isActive());
        QTRY_COMPARE(window.size(), geometry.size()); // back from full screen: the layouts follow
        QTest::qWait(20);

        // The main window's dock tab bars are pooled by its layout (restoreState may use another
        // one of the pool): compare which tabs are shown, not which tab bar object shows them.
        QCOMPARE(dockTabs(window), tabsBefore);
        for (const State& s : before) {
            if (!s.widget) continue; // a popup Qt deleted meanwhile
            const bool pooledTabBar = qobject_cast<QTabBar*>(s.widget) && s.widget->parentWidget() == &window;
            QVERIFY2(pooledTabBar || s.widget->isVisible() == s.visible,
                     qPrintable(QStringLiteral("%1 was %2, now parent %3 px")
                                    .arg(s.name, s.visible ? "visible" : "hidden")
                                    .arg(s.widget->parentWidget() ? s.widget->parentWidget()->width() : 0)));
            QVERIFY2(s.widget->font() == s.font, qPrintable(QStringLiteral("%1 font %2 px, was %3 px")
                                                                .arg(s.name)
                                                                .arg(QFontInfo(s.widget->font()).pixelSize())
                                                                .arg(QFontInfo(s.font).pixelSize())));
        }
    }
};

QTEST_MAIN(TestWorkshop)
#include "tst_workshop.moc"
