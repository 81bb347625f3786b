// The map legend as a user meets it: floating on the canvas in territory mode, it lists the
// colours of the territories in view (fewer when zoomed in on one), the account symbols of the
// project's segments, the hatching of stray pieces and the tolerance marks; a click on its title
// folds it; theme mode hides it (the theme legend takes over); the PNG export carries the same
// legend, so the exported image differs from the bare map in that corner only.
#include "ui/window/mainwindow.h"
#include "ui/docks/themedock.h"
#include "ui/map/mapcanvas.h"
#include "ui/map/maplegend.h"
#include "ui/widgets/themelegend.h"

#include "session/projectsession.h"
#include "support/mainwindowfixture.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;
using Swatch = ui::ThemeLegend::Swatch;

class TestMapLegend : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static int count(const ui::ThemeLegend* legend, Swatch swatch) {
        int n = 0;
        for (const auto& e : legend->entries()) n += e.swatch == swatch;
        return n;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("TerritoryPlannerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_maplegend"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("help/firstRunHintDismissed"), true);
        QSettings().setValue(QStringLiteral("map/legendCollapsed"), false); // unfolded, as a user left it
    }
    void cleanupTestCase() { QSettings().clear(); }

    void legendFollowsTheViewAndFolds() {
        const QString path = m_dir.filePath(QStringLiteral("legend.territory"));
        ui::MainWindow window;
        QVERIFY(testsupport::showDemoCopy(window, path, testsupport::DemoScenario::AsBundled));
        window.updateMapLegend();
        ui::ThemeLegend* legend = window.mapLegend();
        QVERIFY(legend->isVisible());
        const QRect canvasArea(window.canvas()->mapTo(&window, QPoint(0, 0)), window.canvas()->size());
        QVERIFY(canvasArea.contains(legend->geometry()));
        // Over the map, not part of it: a grab of the canvas is the map alone.
        QVERIFY(legend->parentWidget() != window.canvas());

        // The whole country: every territory, in its own colour.
        const Project& p = window.session()->project();
        QSet<QRgb> colours;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->level == Territory::Level::Territory) colours.insert(QColor(t->color).rgb());
        QCOMPARE(count(legend, Swatch::Fill), 12);
        for (const auto& e : legend->entries())
            if (e.swatch == Swatch::Fill) QVERIFY2(colours.contains(e.colour.rgb()), qPrintable(e.label));
        // Accounts: one dot per segment the demo's accounts use; the hatching; ▲ ▼ ✓.
        QSet<QString> segments;
        for (const Account& a : p.accounts) segments.insert(a.segment);
        QCOMPARE(count(legend, Swatch::Dot), int(segments.size()));
        QCOMPARE(count(legend, Swatch::Hatch), 1);
        QStringList symbols;
        for (const auto& e : legend->entries())
            if (e.swatch == Swatch::Symbol) symbols << e.symbol;
        QCOMPARE(symbols, (QStringList{QStringLiteral("▲"), QStringLiteral("▼"), QStringLiteral("✓")}));

        // Zoomed in on one territory: fewer rows, that territory among them.
        const Territory* first = p.territoriesOf(p.currentScenarioId).front();
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->level == Territory::Level::Territory) {
                first = t;
                break;
            }
        window.zoomToTerritory(first->id);
        window.canvas()->zoomIn();
        window.canvas()->zoomIn();
        window.updateMapLegend();
        QVERIFY2(count(legend, Swatch::Fill) < 12, qPrintable(QString::number(count(legend, Swatch::Fill))));
        bool listed = false;
        for (const auto& e : legend->entries()) listed |= e.swatch == Swatch::Fill && e.label == first->name;
        QVERIFY(listed);

        // A click on the title folds it to its title line, another unfolds it.
        const int unfolded = legend->height();
        QTest::mouseClick(legend, Qt::LeftButton, {}, QPoint(20, 12));
        QVERIFY(legend->isCollapsed());
        QVERIFY(legend->height() < unfolded / 3);
        QVERIFY(canvasArea.contains(legend->geometry()));
        QCOMPARE(QSettings().value(QStringLiteral("map/legendCollapsed")).toBool(), true); // remembered
        QTest::mouseClick(legend, Qt::LeftButton, {}, QPoint(20, 12));
        QVERIFY(!legend->isCollapsed());
        QCOMPARE(legend->height(), unfolded);

        // Theme mode: the theme's legend instead.
        window.themeDock()->showTheme(true);
        window.updateMapLegend();
        QVERIFY(!legend->isVisible());
        window.themeDock()->showTheme(false);
        window.updateMapLegend();
        QVERIFY(legend->isVisible());
    }

    void pngExportCarriesTheLegend() {
        const QString path = m_dir.filePath(QStringLiteral("png.territory"));
        ui::MainWindow window;
        QVERIFY(testsupport::showDemoCopy(window, path, testsupport::DemoScenario::AsBundled));
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->isRenderComplete(), 20000);
        const QSize size(1600, 900);
        const QString png = m_dir.filePath(QStringLiteral("map.png"));
        QString error;
        QVERIFY2(window.writeMapImage(png, size, &error), qPrintable(error));
        const QImage exported = QImage(png).convertToFormat(QImage::Format_RGB32);
        const QImage bare = window.canvas()->renderToImage(size).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(exported.size(), bare.size());
        // Differences only in the bottom-right quarter, where the legend is; and there, the
        // territories' swatch colours (drawn opaque on the white panel).
        QRect changed;
        for (int y = 0; y < bare.height(); ++y)
            for (int x = 0; x < bare.width(); ++x)
                if (exported.pixel(x, y) != bare.pixel(x, y)) changed |= QRect(x, y, 1, 1);
        QVERIFY(!changed.isEmpty());
        QVERIFY2(changed.left() > size.width() / 2 && changed.top() > size.height() / 5,
                 qPrintable(QStringLiteral("%1,%2 %3×%4")
                                .arg(changed.x())
                                .arg(changed.y())
                                .arg(changed.width())
                                .arg(changed.height())));
        const Project& p = window.session()->project();
        int swatches = 0;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId)) {
            if (t->level != Territory::Level::Territory) continue;
            const QRgb c = QColor(t->color).rgb();
            int hits = 0;
            for (int y = changed.top(); y <= changed.bottom(); ++y)
                for (int x = changed.left(); x <= changed.right(); ++x) hits += exported.pixel(x, y) == c;
            swatches += hits > 20;
        }
        QCOMPARE(swatches, 12);
    }
};

QTEST_MAIN(TestMapLegend)
#include "tst_maplegend.moc"
