// GUI tests of the map canvas: real widget, real events, pixels checked with a tolerance.
#include "render/accountlayer.h"
#include "ui/map/mapcanvas.h"
#include "render/maprenderoverlay.h"
#include "render/mapviewport.h"
#include "render/territorylayer.h"

#include "io/import/basemaploader.h"
#include "model/project.h"

#include "support/pixels.h"
#include "support/squaresproject.h"

#include <QApplication>
#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace tp;
using namespace tp::render;
using namespace tp::ui;

namespace {

using namespace tp::testsupport;

const QColor red = SquaresProject::red;
const QColor blue = SquaresProject::blue;

// The six squares (see SquaresProject): territory 10 (red) has units 0, 1, 2; 11 (blue) 3, 4.
geo::GeoPoint unitCentre(int unit) {
    return SquaresProject::unitCentre(unit);
}

} // namespace

class TestMapCanvas : public QObject {
    Q_OBJECT
private:
    Project m_project;
    std::unique_ptr<MapCanvas> m_canvas;

    QColor pixelAt(geo::GeoPoint g) {
        const QImage image = m_canvas->grab().toImage();
        const QPointF p = m_canvas->toWidget(g) * image.devicePixelRatio();
        return image.pixelColor(int(p.x()), int(p.y()));
    }
    void waitRendered() { QTRY_VERIFY_WITH_TIMEOUT(m_canvas->isRenderComplete(), 10000); }

private slots:
    void init() {
        m_project = SquaresProject::make();
        m_canvas = std::make_unique<MapCanvas>();
        m_canvas->resize(600, 400);
        m_canvas->setProject(&m_project);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        m_canvas->zoomToExtent(geo::Box({-101.0, 39.0}, {-96.0, 43.0}));
        waitRendered();
    }
    void cleanup() { m_canvas.reset(); }

    void viewportRoundTrip_data() {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("resolution");
        QTest::newRow("kansas") << -98.0 << 38.5 << 2000.0;
        QTest::newRow("maine street") << -69.0 << 45.0 << 0.5;
        QTest::newRow("alaska") << -150.0 << 64.0 << 20000.0;
    }
    void viewportRoundTrip() {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, resolution);
        const MapViewport v(geo::WebMercator::project({lon, lat}), resolution, QSize(800, 600));
        QCOMPARE(v.toScreen(geo::GeoPoint{lon, lat}), QPointF(400, 300));
        const QPointF p(123.5, 456.25);
        const QPointF back = v.toScreen(v.toMercator(p));
        QVERIFY(std::abs(back.x() - p.x()) < 1e-6 && std::abs(back.y() - p.y()) < 1e-6);
        // Zooming keeps the anchor's ground point under the anchor.
        const MapViewport z = v.zoomedAt(p, 3.0);
        QVERIFY(std::abs(z.resolution() - resolution / 3.0) < 1e-9 || z.resolution() == MapViewport::minResolution);
        const QPointF still = z.toScreen(v.toMercator(p));
        QVERIFY2(std::abs(still.x() - p.x()) < 1e-6 && std::abs(still.y() - p.y()) < 1e-6, "anchor moved");
    }

    void scaleBarIsNice_data() {
        QTest::addColumn<double>("metresPerPixel");
        QTest::addColumn<double>("expected");
        QTest::newRow("1 m/px") << 1.0 << 100.0;    // 110 m fits: 100 m
        QTest::newRow("3 m/px") << 3.0 << 200.0;    // 330 m fits: 200 m
        QTest::newRow("50 m/px") << 50.0 << 5000.0; // 5.5 km fits: 5 km
    }
    void scaleBarIsNice() {
        QFETCH(double, metresPerPixel);
        QFETCH(double, expected);
        QCOMPARE(MapRenderOverlay::niceScaleMetres(metresPerPixel, 110.0), expected);
    }

    void territoryColours() {
        const double alpha = m_canvas->style().territoryFillAlpha;
        const QColor water = m_canvas->style().water;
        for (int unit : {0, 1, 2}) {
            const QColor c = pixelAt(unitCentre(unit));
            QVERIFY2(near(c, blend(water, red, alpha)), qPrintable(describe(c)));
        }
        const QColor east = pixelAt(unitCentre(3));
        QVERIFY2(near(east, blend(water, blue, alpha)), qPrintable(describe(east)));
        // Unassigned: no fill, the background shows.
        const QColor none = pixelAt(unitCentre(5));
        QVERIFY2(near(none, water), qPrintable(describe(none)));
    }

    void territoryBorderIsDark() {
        // Lat 41 between lon -100 and -98 separates red from blue: a dark border.
        const QImage image = m_canvas->grab().toImage();
        const QPointF onBorder = m_canvas->toWidget({-99.5, 41.0});
        int darkest = 255;
        for (int dy = -2; dy <= 2; ++dy)
            darkest = std::min(darkest, qGray(image.pixel(int(onBorder.x()), int(std::round(onBorder.y())) + dy)));
        QVERIFY2(darkest < 110, qPrintable(QString::number(darkest)));
        // Lon -99 between units 0 and 1 (both red) is only a light unit outline.
        const QPointF inside = m_canvas->toWidget({-99.0, 40.5});
        int darkestInside = 255;
        for (int dx = -2; dx <= 2; ++dx)
            darkestInside =
                std::min(darkestInside, qGray(image.pixel(int(std::round(inside.x())) + dx, int(inside.y()))));
        QVERIFY2(darkestInside > 110, qPrintable(QString::number(darkestInside)));
    }

    void editRerenders() {
        m_project.scenarios[0].unitTerritory[5] = 11;
        m_canvas->projectChanged();
        QVERIFY(!m_canvas->isRenderComplete());
        waitRendered();
        const QColor c = pixelAt(unitCentre(5));
        QVERIFY2(near(c, blend(m_canvas->style().water, blue, m_canvas->style().territoryFillAlpha)),
                 qPrintable(describe(c)));
    }

    void dragPans() {
        const geo::MercatorPoint before = m_canvas->center();
        const double res = m_canvas->resolution();
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(300, 200));
        QTest::mouseMove(m_canvas.get(), QPoint(310, 205));
        QTest::mouseMove(m_canvas.get(), QPoint(330, 215));
        QTest::mouseMove(m_canvas.get(), QPoint(350, 230));
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(350, 230));
        const geo::MercatorPoint after = m_canvas->center();
        // Content followed the mouse by (50, 30) px: the centre moved the opposite way.
        QVERIFY(std::abs((before.x - after.x) / res - 50.0) < 1e-6);
        QVERIFY(std::abs((after.y - before.y) / res - 30.0) < 1e-6);
        QCOMPARE(m_canvas->resolution(), res);
        waitRendered();
        // The map really moved: a unit centre is still filled with its territory colour.
        const QColor c = pixelAt(unitCentre(3));
        QVERIFY2(near(c, blend(m_canvas->style().water, blue, m_canvas->style().territoryFillAlpha)),
                 qPrintable(describe(c)));
    }

    void dragDoesNotClick() {
        QSignalSpy units(m_canvas.get(), &MapCanvas::unitClicked);
        const QPoint start = m_canvas->toWidget(unitCentre(0)).toPoint();
        QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, start);
        QTest::mouseMove(m_canvas.get(), start + QPoint(40, 0));
        QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, start + QPoint(40, 0));
        QCOMPARE(units.count(), 0);
    }

    void wheelZoomKeepsCursorPoint_data() {
        QTest::addColumn<int>("delta");
        QTest::newRow("in") << 120;
        QTest::newRow("out") << -120;
        QTest::newRow("in fast") << 480;
    }
    void wheelZoomKeepsCursorPoint() {
        QFETCH(int, delta);
        const QPointF cursor(420.0, 130.0);
        const geo::GeoPoint under = m_canvas->toGeo(cursor);
        const double res = m_canvas->resolution();
        QWheelEvent wheel(cursor, m_canvas->mapToGlobal(cursor), QPoint(), QPoint(0, delta), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_canvas.get(), &wheel);
        const double expected = res / std::pow(2.0, delta / 240.0);
        QVERIFY(std::abs(m_canvas->resolution() - expected) < 1e-6 * expected);
        const QPointF now = m_canvas->toWidget(under);
        QVERIFY2(std::abs(now.x() - cursor.x()) <= 1.0 && std::abs(now.y() - cursor.y()) <= 1.0,
                 qPrintable(QStringLiteral("%1,%2").arg(now.x()).arg(now.y())));
        waitRendered();
    }

    void clickEmitsUnit_data() {
        QTest::addColumn<int>("unit");
        QTest::newRow("0") << 0;
        QTest::newRow("3") << 3;
        QTest::newRow("5 unassigned") << 5;
    }
    void clickEmitsUnit() {
        QFETCH(int, unit);
        QSignalSpy units(m_canvas.get(), &MapCanvas::unitClicked);
        QSignalSpy accounts(m_canvas.get(), &MapCanvas::accountClicked);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, m_canvas->toWidget(unitCentre(unit)).toPoint());
        QCOMPARE(units.count(), 1);
        QCOMPARE(units.at(0).at(0).toInt(), unit);
        QCOMPARE(accounts.count(), 0);
    }

    void clickOutsideUnitsEmitsNothing() {
        QSignalSpy units(m_canvas.get(), &MapCanvas::unitClicked);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, m_canvas->toWidget({-100.7, 39.4}).toPoint());
        QCOMPARE(units.count(), 0);
    }

    void clickEmitsAccount() {
        QSignalSpy units(m_canvas.get(), &MapCanvas::unitClicked);
        QSignalSpy accounts(m_canvas.get(), &MapCanvas::accountClicked);
        const QPoint at = m_canvas->toWidget(m_project.accounts[0].location).toPoint() + QPoint(2, 1);
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at);
        QCOMPARE(accounts.count(), 1);
        QCOMPARE(accounts.at(0).at(0).toInt(), 0);
        QCOMPARE(units.count(), 0);
        // The account is drawn in its segment colour.
        const QColor c = pixelAt(m_project.accounts[0].location);
        QVERIFY2(near(c, m_canvas->style().enterprise, 40), qPrintable(describe(c)));
    }

    void cursorMovedReportsLonLat() {
        QSignalSpy moved(m_canvas.get(), &MapCanvas::cursorMoved);
        const QPoint at = m_canvas->toWidget(unitCentre(4)).toPoint();
        QTest::mouseMove(m_canvas.get(), at);
        QVERIFY(moved.count() >= 1);
        const auto g = moved.last().at(0).value<geo::GeoPoint>();
        QVERIFY(std::abs(g.lon - unitCentre(4).lon) < 0.02 && std::abs(g.lat - unitCentre(4).lat) < 0.02);
    }

    void keyboard_data() {
        QTest::addColumn<int>("key");
        QTest::addColumn<double>("resolutionFactor");
        QTest::addColumn<double>("dxPx"); // centre movement in pixels (x east, y north)
        QTest::addColumn<double>("dyPx");
        QTest::newRow("plus") << int(Qt::Key_Plus) << 0.5 << 0.0 << 0.0;
        QTest::newRow("minus") << int(Qt::Key_Minus) << 2.0 << 0.0 << 0.0;
        QTest::newRow("left") << int(Qt::Key_Left) << 1.0 << -150.0 << 0.0;
        QTest::newRow("right") << int(Qt::Key_Right) << 1.0 << 150.0 << 0.0;
        QTest::newRow("up") << int(Qt::Key_Up) << 1.0 << 0.0 << 100.0;
        QTest::newRow("down") << int(Qt::Key_Down) << 1.0 << 0.0 << -100.0;
    }
    void keyboard() {
        QFETCH(int, key);
        QFETCH(double, resolutionFactor);
        QFETCH(double, dxPx);
        QFETCH(double, dyPx);
        const double res = m_canvas->resolution();
        const geo::MercatorPoint c = m_canvas->center();
        QSignalSpy changed(m_canvas.get(), &MapCanvas::viewChanged);
        QTest::keyClick(m_canvas.get(), Qt::Key(key));
        QCOMPARE(changed.count(), 1);
        QVERIFY(std::abs(m_canvas->resolution() - res * resolutionFactor) < 1e-6 * res);
        QVERIFY(std::abs((m_canvas->center().x - c.x) / res - dxPx) < 1e-6);
        QVERIFY(std::abs((m_canvas->center().y - c.y) / res - dyPx) < 1e-6);
        waitRendered();
    }

    void renderToImageMatchesWidget() {
        const QImage image = m_canvas->renderToImage(QSize(600, 400));
        QCOMPARE(image.size(), QSize(600, 400));
        const QPointF p = m_canvas->toWidget(unitCentre(1));
        const QColor c = image.pixelColor(p.toPoint());
        QVERIFY2(near(c, blend(m_canvas->style().water, red, m_canvas->style().territoryFillAlpha)),
                 qPrintable(describe(c)));
        // High-DPI: twice the pixels, same picture.
        const QImage hidpi = m_canvas->renderToImage(QSize(600, 400), 2.0);
        QCOMPARE(hidpi.size(), QSize(1200, 800));
        QVERIFY(near(hidpi.pixelColor((p * 2).toPoint()), c));
    }

    void pngExportEqualsWidget_data() {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QPointF>("pan");
        QTest::addColumn<bool>("accounts");
        QTest::newRow("fitted") << 1.0 << QPointF() << true;
        QTest::newRow("zoomed in") << 4.0 << QPointF() << true;
        QTest::newRow("zoomed out, panned") << 0.5 << QPointF(-170, 60) << true;
        QTest::newRow("accounts hidden") << 1.0 << QPointF(25, -15) << false;
    }
    void pngExportEqualsWidget() {
        // The PNG export and the widget take one render path: the same view gives the same pixels.
        QFETCH(double, zoom);
        QFETCH(QPointF, pan);
        QFETCH(bool, accounts);
        m_canvas->setSelection({1, 4});
        m_canvas->setLayerVisible(m_canvas->accountLayer(), accounts);
        m_canvas->zoomAt(QPointF(300, 200), zoom);
        m_canvas->panByPixels(pan);
        waitRendered();
        const QImage widget = m_canvas->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QImage png =
            m_canvas->renderToImage(m_canvas->size(), widget.devicePixelRatio()).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(png.size(), widget.size());
        const int differing = differingPixels(png, widget);
        QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
        // Not trivially equal: the view shows territories, borders, the selection.
        QSet<QRgb> colours;
        for (int y = 0; y < png.height(); y += 3)
            for (int x = 0; x < png.width(); x += 3) colours.insert(png.pixel(x, y));
        QVERIFY2(colours.size() > 5, qPrintable(QString::number(colours.size())));
    }

    void partialRepaintEqualsFullRender() {
        // Drag steps repaint only around the changed units; the result must be the full picture.
        for (auto [unit, territory] : {std::pair(2, qint64(11)), std::pair(5, qint64(10)), std::pair(4, qint64(10))}) {
            m_project.scenarios[0].unitTerritory[std::size_t(unit)] = territory;
            m_canvas->unitsChanged({unit});
            waitRendered();
        }
        const QImage patched = m_canvas->grab().toImage().convertToFormat(QImage::Format_RGB32);
        // Every layer rendered from scratch for the same state (stray marks wait for the end of a
        // drag, so they are the same in both).
        const QImage full = m_canvas->renderToImage(m_canvas->size()).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(patched.size(), full.size());
        const int differing = differingPixels(patched, full, 6);
        QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
        // And the changed units really show their new colour.
        QVERIFY(near(full.pixelColor(m_canvas->toWidget(unitCentre(2)).toPoint()),
                     blend(m_canvas->style().water, blue, m_canvas->style().territoryFillAlpha))
                || near(full.pixelColor(m_canvas->toWidget(unitCentre(2)).toPoint()),
                        blend(m_canvas->style().land, blue, m_canvas->style().territoryFillAlpha)));
    }

    void layerVisibility() {
        m_canvas->setLayerVisible(m_canvas->territoryLayer(), false);
        waitRendered();
        QVERIFY(near(pixelAt(unitCentre(0)), m_canvas->style().water));
        m_canvas->setLayerVisible(m_canvas->territoryLayer(), true);
        waitRendered();
        QVERIFY(!near(pixelAt(unitCentre(0)), m_canvas->style().water));
    }

    void baseMapScreenshot() {
        const io::BaseMapLoadResult loaded = io::BaseMapLoader::load(QStringLiteral(TP_BUILD_DATA_DIR "/basemap.gpkg"));
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QVERIFY(loaded.map.counties.size() > 3000);
        QVERIFY(loaded.map.states.size() >= 50);
        QVERIFY(loaded.map.countries.size() > 150);
        QCOMPARE(loaded.map.nation.size(), std::size_t(1));

        m_canvas->setProject(nullptr);
        m_canvas->setBaseMap(loaded.map);
        m_canvas->resize(1600, 900);
        QTRY_COMPARE(m_canvas->viewport().size(), QSize(1600, 900));
        m_canvas->zoomToExtent(geo::Box({-125.0, 24.5}, {-66.5, 49.5}));
        waitRendered();
        const QImage us = m_canvas->renderToImage(QSize(1600, 900));
        const QString dir = QCoreApplication::applicationDirPath();
        QVERIFY(us.save(dir + QStringLiteral("/mapcanvas_basemap_us.png")));
        const MapViewport v = m_canvas->viewport().withSize(QSize(1600, 900), 1.0);
        // Kansas is land, the Gulf of Mexico is water.
        QVERIFY2(near(us.pixelColor(v.toScreen(geo::GeoPoint{-98.3, 38.6}).toPoint()), m_canvas->style().land, 3),
                 qPrintable(describe(us.pixelColor(v.toScreen(geo::GeoPoint{-98.3, 38.6}).toPoint()))));
        QVERIFY(near(us.pixelColor(v.toScreen(geo::GeoPoint{-90.0, 26.0}).toPoint()), m_canvas->style().water, 3));

        // Zoomed in: county lines appear, with the test territories on top.
        m_canvas->setProject(&m_project);
        m_canvas->zoomToExtent(geo::Box({-101.0, 39.0}, {-96.0, 43.0}));
        waitRendered();
        const QImage zoomed = m_canvas->renderToImage(QSize(1200, 800));
        QVERIFY(zoomed.save(dir + QStringLiteral("/mapcanvas_basemap_zoomed.png")));
        qInfo().noquote() << "screenshots:" << dir + QStringLiteral("/mapcanvas_basemap_us.png")
                          << dir + QStringLiteral("/mapcanvas_basemap_zoomed.png");
    }
};

QTEST_MAIN(TestMapCanvas)
#include "tst_mapcanvas.moc"
