// MapRenderGeometry on its own: projection and bounds, view culling, the half-pixel snapping that
// keeps neighbours gap-free at every zoom, the guard clipping of huge coordinates, antimeridian
// unwrapping, open polylines and empty items.
#include "render/maprendergeometry.h"
#include "render/mapviewport.h"

#include "support/squaresproject.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>

using namespace tp;
using namespace tp::render;
using tp::testsupport::SquaresProject;

namespace {

geo::MultiPolygon square(double lon0, double lat0, double size) {
    geo::Polygon poly;
    poly.outer() = {{lon0, lat0}, {lon0, lat0 + size}, {lon0 + size, lat0 + size}, {lon0 + size, lat0}, {lon0, lat0}};
    return {poly};
}

MapViewport viewOf(geo::GeoPoint centre, double resolution, QSize size = QSize(400, 300)) {
    return MapViewport(geo::WebMercator::project(centre), resolution, size, 1.0);
}

// Pixels of `area` that neither path covers when both are filled without antialiasing.
int uncoveredPixels(const QPainterPath& a, const QPainterPath& b, QSize size, const QRect& area) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::NoPen);
    p.fillPath(a, Qt::black);
    p.fillPath(b, Qt::black);
    p.end();
    int white = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.pixel(x, y) == qRgb(255, 255, 255)) ++white;
    return white;
}

} // namespace

class TestMapRenderGeometry : public QObject {
    Q_OBJECT
private slots:
    void boundsAreTheProjectedExtent() {
        MapRenderGeometry g;
        QCOMPARE(g.addMultiPolygon(square(-100, 40, 1)), 0);
        QCOMPARE(g.addMultiPolygon(square(-99, 40, 1)), 1);
        QCOMPARE(g.itemCount(), 2);
        QCOMPARE(g.vertexCount(), std::size_t(10));
        const geo::MercatorPoint sw = geo::WebMercator::project({-100, 40}), ne = geo::WebMercator::project({-99, 41});
        const MercatorRect& b = g.bounds(0);
        QCOMPARE(b.minX, sw.x);
        QCOMPARE(b.minY, sw.y);
        QCOMPARE(b.maxX, ne.x);
        QCOMPARE(b.maxY, ne.y);
        QVERIFY(!g.isEmptyItem(0));
    }

    void itemOnScreen_data() {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<bool>("drawn");
        QTest::newRow("centred") << -99.5 << 40.5 << true;
        QTest::newRow("half a degree off: still overlaps") << -99.0 << 40.5 << true;
        QTest::newRow("far west") << -110.0 << 40.5 << false;
        QTest::newRow("far north") << -99.5 << 48.0 << false;
    }
    void itemOnScreen() {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(bool, drawn);
        MapRenderGeometry g;
        g.addMultiPolygon(square(-100, 40, 1));
        // 500 m/px: the square is about 220 x 170 px, the view 400 x 300 px.
        const MapViewport view = viewOf({lon, lat}, 500.0);
        QPainterPath path;
        QCOMPARE(g.appendTo(path, 0, view), drawn);
        QCOMPARE(path.isEmpty(), !drawn);
        if (!drawn) return;
        // The corners land on the view's projection of them, snapped to half pixels.
        const QPointF nw = view.toScreen(geo::GeoPoint{-100, 41}), se = view.toScreen(geo::GeoPoint{-99, 40});
        const QRectF r = path.boundingRect();
        QVERIFY2(std::abs(r.left() - nw.x()) <= 0.25 && std::abs(r.top() - nw.y()) <= 0.25,
                 qPrintable(QStringLiteral("%1,%2").arg(r.left()).arg(r.top())));
        QVERIFY(std::abs(r.right() - se.x()) <= 0.25 && std::abs(r.bottom() - se.y()) <= 0.25);
        for (int i = 0; i < path.elementCount(); ++i) {
            const QPainterPath::Element e = path.elementAt(i);
            QCOMPARE(e.x * 2.0, std::round(e.x * 2.0));
            QCOMPARE(e.y * 2.0, std::round(e.y * 2.0));
        }
    }

    void neighboursStayGapFree_data() {
        QTest::addColumn<double>("resolution");
        QTest::addColumn<double>("step"); // the units' size in degrees
        QTest::newRow("1 degree, 500 m/px") << 500.0 << 1.0;
        QTest::newRow("1 degree, 1234.5 m/px") << 1234.5 << 1.0;
        QTest::newRow("0.01 degree, 7.3 m/px") << 7.3 << 0.01;
        QTest::newRow("0.01 degree, 13.7 m/px") << 13.7 << 0.01;
        QTest::newRow("0.001 degree, 2.9 m/px") << 2.9 << 0.001;
    }
    void neighboursStayGapFree() {
        QFETCH(double, resolution);
        QFETCH(double, step);
        // Two neighbours sharing a slanted edge with vertices off the pixel grid.
        const double lon0 = -100.0 + step * 0.137, lat0 = 40.0 + step * 0.291;
        geo::Polygon left, right;
        left.outer() = {{lon0, lat0},
                        {lon0, lat0 + step},
                        {lon0 + step * 1.3, lat0 + step},
                        {lon0 + step * 0.7, lat0},
                        {lon0, lat0}};
        right.outer() = {{lon0 + step * 0.7, lat0},
                         {lon0 + step * 1.3, lat0 + step},
                         {lon0 + step * 2, lat0 + step},
                         {lon0 + step * 2, lat0},
                         {lon0 + step * 0.7, lat0}};
        MapRenderGeometry g;
        g.addMultiPolygon({left});
        g.addMultiPolygon({right});
        const MapViewport view = viewOf({lon0 + step, lat0 + step / 2}, resolution);
        QPainterPath a, b;
        a.setFillRule(Qt::OddEvenFill);
        b.setFillRule(Qt::OddEvenFill);
        QVERIFY(g.appendTo(a, 0, view));
        QVERIFY(g.appendTo(b, 1, view));
        // The pixels well inside the pair's outline (two pixels in from it) are all covered.
        const QPointF nw = view.toScreen(geo::GeoPoint{lon0, lat0 + step}),
                      se = view.toScreen(geo::GeoPoint{lon0 + step * 2, lat0});
        const QRect inner =
            QRectF(nw, se).toAlignedRect().adjusted(2, 2, -2, -2).intersected(QRect(QPoint(0, 0), view.size()));
        QVERIFY(inner.width() > 10 && inner.height() > 10);
        QCOMPARE(uncoveredPixels(a, b, view.size(), inner), 0);
    }

    void subPixelItemsCollapse() {
        // A unit of 10 m seen at 80 km/px is drawn as nothing (its neighbours cover the spot).
        MapRenderGeometry g;
        g.addMultiPolygon(square(-100, 40, 0.0001));
        QPainterPath path;
        QVERIFY(g.appendTo(path, 0, viewOf({-100, 40}, 80000.0)));
        QVERIFY(path.isEmpty());
    }

    void hugeCoordinatesAreClippedToTheGuard() {
        // Street level over a one-degree square: its corners lie ~ 400,000 px away.
        MapRenderGeometry g;
        g.addMultiPolygon(square(-100, 40, 1));
        const MapViewport view = viewOf({-99.5, 40.5}, 0.25);
        QPainterPath path;
        QVERIFY(g.appendTo(path, 0, view));
        const QRectF r = path.boundingRect();
        const QRectF guard(-256, -256, 400 + 512, 300 + 512);
        QVERIFY2(guard.adjusted(-1, -1, 1, 1).contains(r),
                 qPrintable(QStringLiteral("%1 %2 %3 %4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
        // ... and still fills the whole view.
        QVERIFY(path.contains(QRectF(0, 0, 400, 300)));
    }

    void openPolylinesAreClippedByParts() {
        // A line from far west to far east through the view: clipped, but crossing the view.
        const std::vector<std::vector<geo::GeoPoint>> lines{{{-120.0, 40.5}, {-99.5, 40.5}, {-80.0, 40.5}}};
        MapRenderGeometry g;
        g.addPolylines(lines);
        const MapViewport view = viewOf({-99.5, 40.5}, 50.0);
        QPainterPath path;
        QVERIFY(g.appendTo(path, 0, view));
        const QRectF r = path.boundingRect();
        QVERIFY(r.left() >= -257 && r.right() <= 400 + 257);
        QVERIFY(r.left() < 0 && r.right() > 400);
        QCOMPARE(r.height(), 0.0);
        QCOMPARE(path.elementAt(0).type, QPainterPath::MoveToElement);
        for (int i = 1; i < path.elementCount(); ++i) QCOMPARE(path.elementAt(i).type, QPainterPath::LineToElement);
    }

    // Levels of detail: open parts (shared borders) simplified at growing tolerances, both ends
    // kept (the neighbours' rings meet there); closed parts untouched; a view reads the coarsest
    // level under a quarter of its pixel, so zoomed in it draws every vertex.
    void openPartsAreSimplifiedPerZoom() {
        std::vector<geo::GeoPoint> wiggle;
        for (int i = 0; i <= 2000; ++i)
            wiggle.push_back({-100.0 + i * 0.0005, 40.0 + 0.002 * std::sin(i * 0.3) + 0.0001 * i});
        MapRenderGeometry g;
        g.addMultiPolygon(square(-101, 40, 1));
        g.addPolylines(std::vector<std::vector<geo::GeoPoint>>{wiggle});
        g.buildLevels();
        QVERIFY(g.levelCount() > 3);
        std::size_t previous = g.vertexCount(0);
        for (int level = 1; level < g.levelCount(); ++level) {
            QVERIFY2(g.vertexCount(level) <= previous, qPrintable(QStringLiteral("level %1").arg(level)));
            QVERIFY(g.vertexCount(level) >= 5 + 2); // the square's ring and the line's two ends
            previous = g.vertexCount(level);
            QVERIFY(g.levelTolerance(level) > g.levelTolerance(level - 1));
        }
        QVERIFY(g.vertexCount(1) < g.vertexCount(0));
        QVERIFY(g.vertexCount(g.levelCount() - 1) < g.vertexCount(1) / 4);
        QCOMPARE(g.levelFor(viewOf({-99.5, 40}, 1.0)), 0);
        QVERIFY(g.levelFor(viewOf({-99.5, 40}, 3000.0)) > 0);
        QCOMPARE(g.levelFor(viewOf({-99.5, 40}, 1e6)), g.levelCount() - 1);
        // At every level the line still runs from its first to its last vertex.
        const std::uint32_t part = g.firstPart(1);
        const MercatorRect everywhere{-1e9, -1e9, 1e9, 1e9};
        for (double resolution : {1.0, 100.0, 3000.0, 40000.0}) {
            const MapViewport view = viewOf({-99.5, 40}, resolution);
            std::vector<QPointF> points;
            g.appendPartPoints(points, part, false, view, g.levelFor(view), everywhere);
            QVERIFY(points.size() >= 2);
            QCOMPARE(points.front(), QPointF(std::round(view.toScreen(wiggle.front()).x() * 2) / 2,
                                             std::round(view.toScreen(wiggle.front()).y() * 2) / 2));
            QCOMPARE(points.back(), QPointF(std::round(view.toScreen(wiggle.back()).x() * 2) / 2,
                                            std::round(view.toScreen(wiggle.back()).y() * 2) / 2));
            std::vector<QPointF> reversed;
            g.appendPartPoints(reversed, part, true, view, g.levelFor(view), everywhere);
            QVERIFY(std::equal(points.begin(), points.end(), reversed.rbegin(), reversed.rend()));
        }
        // A part wholly outside the visible rectangle is only its chord.
        std::vector<QPointF> chord;
        const MapViewport view = viewOf({-99.5, 40}, 100.0);
        g.appendPartPoints(chord, part, false, view, 0, MercatorRect{0, 0, 1, 1});
        QCOMPARE(chord.size(), std::size_t(2));
    }

    void antimeridianRingsAreUnwrapped() {
        // An island across 180 degrees (179.5E to 179.5W) is one degree wide, not the world.
        geo::Polygon poly;
        poly.outer() = {{179.5, 51}, {179.5, 52}, {-179.5, 52}, {-179.5, 51}, {179.5, 51}};
        MapRenderGeometry g;
        g.addMultiPolygon({poly});
        const double oneDegree = geo::WebMercator::halfWorldM / 180.0;
        QVERIFY2(std::abs(g.bounds(0).width() - oneDegree) < 1.0, qPrintable(QString::number(g.bounds(0).width())));
    }

    void emptyItemsKeepIndicesAligned() {
        MapRenderGeometry g;
        g.addMultiPolygon(square(-100, 40, 1));
        QCOMPARE(g.addEmpty(), 1);
        QCOMPARE(g.addMultiPolygon(square(-99, 40, 1)), 2);
        QVERIFY(g.isEmptyItem(1));
        QPainterPath path;
        QVERIFY(!g.appendTo(path, 1, viewOf({-99.5, 40.5}, 500.0)));
        QVERIFY(path.isEmpty());
        QVERIFY(g.appendTo(path, 2, viewOf({-99.5, 40.5}, 500.0)));
    }

    void projectUnitsTileTheView() {
        // The six squares of the map tests at the canvas tests' zoom: together they cover their
        // block without a pixel missing.
        const Project p = SquaresProject::make();
        MapRenderGeometry g;
        for (const Unit& u : p.units) g.addMultiPolygon(u.shape);
        const MapViewport view = MapViewport(geo::MercatorPoint{}, 5000.0, QSize(600, 400), 1.0)
                                     .fittedTo(geo::Box({-101.0, 39.0}, {-96.0, 43.0}));
        QPainterPath all;
        for (int u = 0; u < g.itemCount(); ++u) QVERIFY(g.appendTo(all, u, view));
        const QRect block = QRectF(view.toScreen(geo::GeoPoint{-100, 42}), view.toScreen(geo::GeoPoint{-97, 40}))
                                .toAlignedRect()
                                .adjusted(1, 1, -1, -1);
        QCOMPARE(uncoveredPixels(all, QPainterPath(), view.size(), block), 0);
    }
};

QTEST_MAIN(TestMapRenderGeometry)
#include "tst_maprendergeometry.moc"
