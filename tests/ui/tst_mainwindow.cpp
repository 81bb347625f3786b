// The main window as a user meets it: the demo project opens, the map shows the territories in
// their colours, the balance dock lists every territory, the status bar follows the mouse, a bad
// file gives a message and keeps the open project. Screenshots go to TP_SCREENSHOT_DIR when set.
#include "ui/window/mainwindow.h"
#include "ui/map/mapcanvas.h"
#include "ui/docks/metricsdock.h"
#include "ui/widgets/balancechart.h"
#include "ui/docks/metricstablemodel.h"

#include "model/metricstable.h"
#include "session/projectsession.h"
#include "support/damagedfile.h"
#include "support/mainwindowfixture.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QSet>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tp;

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

    int m_copies = 0;

    QString demoCopy() {
        const QString copy = m_dir.filePath(QStringLiteral("demo-%1.territory").arg(++m_copies));
        QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        return copy;
    }
    static void saveScreenshot(QWidget& w, const QString& name) {
        const QString dir = qEnvironmentVariable("TP_SCREENSHOT_DIR");
        if (!dir.isEmpty()) w.grab().save(dir + QLatin1Char('/') + name);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void opensDemoWithTerritoriesAndMetrics() {
        ui::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(demoCopy()));
        ui::MapCanvas* canvas = window.canvas();
        QTRY_VERIFY_WITH_TIMEOUT(canvas->isRenderComplete(), 20000);
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo-")));

        // Balance dock: one row per territory of the current scenario and team, totals equal the
        // accounts the team covers (the demo's first team, Commercial: Mid-Market and SMB).
        const MetricsTable* table = window.metricsDock()->model()->table();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 12);
        qint64 accounts = 0;
        for (int r = 0; r < table->rowCount(); ++r) accounts += table->metrics(r).accounts;
        qint64 covered = 0;
        for (const Account& a : window.session()->project().accounts)
            covered += a.segment == u"Mid-Market" || a.segment == u"SMB";
        QCOMPARE(window.session()->project().currentTeam()->name, QStringLiteral("Commercial"));
        QVERIFY(covered > 0 && covered < qint64(window.session()->project().accounts.size()));
        QCOMPARE(accounts, covered);
        // The headline says what the balance figure means and how many are within the tolerance.
        int within = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            within += std::abs(table->metrics(r).deviationPct) <= window.metricsDock()->tolerancePct();
        const QString headline = window.metricsDock()->headline();
        QVERIFY2(headline.contains(QStringLiteral("spread (max − min) / mean")), qPrintable(headline));
        QVERIFY2(headline.contains(
                     QStringLiteral("%1 of 12 within ±%2 %").arg(within).arg(window.metricsDock()->tolerancePct())),
                 qPrintable(headline));

        // The county holding Denver is drawn in the colour of the territory that owns it.
        const Project& project = window.session()->project();
        const geo::GeoPoint denver{-104.88, 39.76};
        const QPointF at = canvas->toWidget(denver);
        const int unit = canvas->unitAt(at);
        QVERIFY(unit >= 0);
        const Territory* owner = project.territory(project.currentScenario()->unitTerritory[std::size_t(unit)]);
        QVERIFY(owner);
        const QImage frame = canvas->grab().toImage();
        // Look around the point for the fill (accounts and borders may cover the exact pixel).
        const QColor expected(owner->color);
        int matches = 0;
        for (int dx = -12; dx <= 12; dx += 3)
            for (int dy = -12; dy <= 12; dy += 3) {
                const QColor c = frame.pixelColor(at.toPoint() + QPoint(dx, dy));
                // Fill is the colour at 55% over the light base map: same hue family, lighter.
                const int d = std::abs(c.red() - (expected.red() * 55 + 0xf4 * 45) / 100)
                              + std::abs(c.green() - (expected.green() * 55 + 0xf2 * 45) / 100)
                              + std::abs(c.blue() - (expected.blue() * 55 + 0xee * 45) / 100);
                if (d < 40) ++matches;
            }
        QVERIFY2(
            matches >= 5,
            qPrintable(QStringLiteral("only %1 pixels near Denver have %2's colour").arg(matches).arg(owner->name)));

        // The status bar follows the mouse.
        QTest::mouseMove(canvas, at.toPoint());
        QTRY_VERIFY(window.statusBar()->findChildren<QLabel*>().size() >= 2);
        bool found = false;
        for (QLabel* l : window.statusBar()->findChildren<QLabel*>())
            if (l->text().contains(QStringLiteral("° W")) && l->text().contains(QStringLiteral("39.7"))) found = true;
        QVERIFY(found);
        saveScreenshot(window, QStringLiteral("demo.png"));
    }

    void balanceChartToleranceAndRollUp() {
        ui::MainWindow window;
        QVERIFY(window.openProject(demoCopy()));
        ui::MetricsDock* dock = window.metricsDock();
        const MetricsTable* table = dock->model()->table();
        // One bar per territory, at its deviation from the mean.
        const auto& bars = dock->chart()->bars();
        QCOMPARE(int(bars.size()), table->rowCount());
        for (int r = 0; r < table->rowCount(); ++r)
            QCOMPARE(bars[std::size_t(r)].second, table->metrics(r).deviationPct);
        // The tolerance decides which deviations are shown as out of balance: the territory
        // furthest from the mean is marked with a band half its deviation, not with one above it.
        int row = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            if (std::abs(table->metrics(r).deviationPct) > std::abs(table->metrics(row).deviationPct)) row = r;
        const double worst = std::abs(table->metrics(row).deviationPct);
        QVERIFY(worst > 0.5 && worst < 45);
        const QModelIndex deviation = dock->model()->index(row, MetricsTable::DeviationPct);
        dock->setTolerancePct(worst / 2);
        QVERIFY(dock->model()->data(deviation, Qt::ForegroundRole).isValid());
        dock->setTolerancePct(50);
        QVERIFY(!dock->model()->data(deviation, Qt::ForegroundRole).isValid());
        QCOMPARE(dock->chart()->tolerancePct(), 50.0);
        // Regions: three rows whose accounts add up to the territories'.
        qint64 accounts = 0;
        for (int r = 0; r < dock->model()->table()->rowCount(); ++r)
            accounts += dock->model()->table()->metrics(r).accounts;
        dock->setRollUp(true);
        QCOMPARE(dock->model()->rowCount(), 3);
        qint64 regionAccounts = 0;
        for (int r = 0; r < dock->model()->table()->rowCount(); ++r)
            regionAccounts += dock->model()->table()->metrics(r).accounts;
        QCOMPARE(regionAccounts, accounts);
    }

    void fullHdViews_data() {
        QTest::addColumn<bool>("zoomedIn");
        QTest::newRow("whole plan") << false;
        QTest::newRow("one state") << true;
    }
    void fullHdViews() {
        QFETCH(bool, zoomedIn);
        ui::MainWindow window;
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(demoCopy()));
        if (zoomedIn)
            window.canvas()->zoomToExtent(
                geo::Box(geo::GeoPoint{-109.06, 36.99}, geo::GeoPoint{-102.04, 41.0})); // Colorado
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->isRenderComplete(), 20000);
        QTest::qWait(30);
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->isRenderComplete(), 20000);
        const QImage map = window.canvas()->grab().toImage();
        // A real map, not a blank: many colours, and territory fills cover a good part of it.
        QSet<QRgb> colours;
        for (int y = 0; y < map.height(); y += 7)
            for (int x = 0; x < map.width(); x += 7) colours.insert(map.pixel(x, y));
        QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
        saveScreenshot(window, zoomedIn ? QStringLiteral("demo-colorado-1920.png") : QStringLiteral("demo-1920.png"));
    }

    void menusAreComplete() {
        ui::MainWindow window;
        for (const char* name :
             {"actionNew", "actionOpen", "actionSaveAs", "actionImportAccounts", "actionImportUnits",
              "actionExportMapImage", "actionQuit", "actionUndo", "actionRedo", "actionZoomToProject", "actionAbout"})
            QVERIFY2(window.action(QString::fromLatin1(name)), name);
    }

    // A large file is read on a worker: the map shows its territories before its accounts are
    // read, and then the project, whole.
    void largeProjectShowsItsMapBeforeItsAccounts() {
        ui::MainWindow window;
        QVERIFY(testsupport::showProject(window, demoCopy()));
        const Project* before = &window.session()->project();
        window.setReadOnWorkerFrom(0);
        struct Seen {
            const Project* project = nullptr;
            std::size_t units = 0, accounts = 0, territories = 0;
        };
        std::vector<Seen> seen;
        connect(&window, &ui::MainWindow::projectPreviewed, this, [&] {
            const Project* p = window.canvas()->project();
            seen.push_back({p, p ? p->units.size() : 0, p ? p->accounts.size() : 0, p ? p->territories.size() : 0});
        });
        const QString large = demoCopy();
        QVERIFY(window.openProject(large));
        QCOMPARE(seen.size(), std::size_t(1));
        const Project& opened = window.session()->project();
        QVERIFY(seen[0].project != before && seen[0].project != &opened);
        QCOMPARE(seen[0].accounts, std::size_t(0));
        QCOMPARE(seen[0].units, opened.units.size());
        QCOMPARE(seen[0].territories, opened.territories.size());
        QVERIFY(!opened.accounts.empty());
        QCOMPARE(window.session()->path(), large);
        QCOMPARE(window.canvas()->project(), &opened);
        QCOMPARE(window.metricsDock()->model()->rowCount(), 12);
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->isRenderComplete(), 20000);
    }

    // The accounts of a large file turn out damaged after its map was shown: the project open
    // before comes back, at the view it had, and takes edits.
    void damagedLargeProjectKeepsOpenProject() {
        ui::MainWindow window;
        const QString good = demoCopy();
        QVERIFY(testsupport::showProject(window, good));
        window.canvas()->zoomIn();
        const geo::MercatorPoint center = window.canvas()->center();
        const double resolution = window.canvas()->resolution();
        const QString bad = demoCopy();
        {
            QString error; // opened once: switched to WAL, so its check waits until it is read
            QVERIFY2(session::ProjectSession::open(bad, &error), qPrintable(error));
        }
        QVERIFY(testsupport::corruptLeafOf(bad, QStringLiteral("accounts")));
        window.setReadOnWorkerFrom(0);
        int previews = 0;
        connect(&window, &ui::MainWindow::projectPreviewed, this, [&] { ++previews; });
        QString error;
        QVERIFY(!window.openProject(bad, &error));
        QCOMPARE(previews, 1);
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QCOMPARE(window.session()->path(), good);
        QCOMPARE(window.canvas()->project(), &window.session()->project());
        QCOMPARE(window.canvas()->center().x, center.x);
        QCOMPARE(window.canvas()->center().y, center.y);
        QCOMPARE(window.canvas()->resolution(), resolution);
        QCOMPARE(window.metricsDock()->model()->rowCount(), 12);
        QVERIFY(window.facade());
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->isRenderComplete(), 20000);
    }

    void damagedFileKeepsOpenProject() {
        ui::MainWindow window;
        const QString good = demoCopy();
        QVERIFY(window.openProject(good));
        const QString bad = m_dir.filePath(QStringLiteral("broken.territory"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a project file at all, just text");
        f.close();
        QString error;
        QVERIFY(!window.openProject(bad, &error));
        QVERIFY2(!error.isEmpty(), "a reason is given");
        QCOMPARE(window.session()->path(), good);
        QCOMPARE(window.metricsDock()->model()->rowCount(), 12);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
