// Geometry rules: distances, areas, point in polygon, adjacency of a small known coverage.
#include "geo/adjacencybuilder.h"
#include "geo/geodesy.h"
#include "geo/unitindex.h"
#include "geo/webmercator.h"

#include <boost/geometry/algorithms/correct.hpp>

#include <QTest>

using namespace tp::geo;

namespace {
MultiPolygon square(double x0, double y0, double size) {
    Polygon p;
    p.outer() = {{x0, y0}, {x0, y0 + size}, {x0 + size, y0 + size}, {x0 + size, y0}, {x0, y0}};
    boost::geometry::correct(p);
    return MultiPolygon{p};
}
} // namespace

class TestGeo : public QObject {
    Q_OBJECT
private slots:
    void distance_data() {
        QTest::addColumn<double>("lon1");
        QTest::addColumn<double>("lat1");
        QTest::addColumn<double>("lon2");
        QTest::addColumn<double>("lat2");
        QTest::addColumn<double>("km");
        QTest::newRow("one degree of latitude") << 0.0 << 0.0 << 0.0 << 1.0 << 111.195;
        QTest::newRow("one degree of longitude at equator") << 10.0 << 0.0 << 11.0 << 0.0 << 111.195;
        QTest::newRow("New York to Los Angeles") << -74.006 << 40.7128 << -118.2437 << 34.0522 << 3935.7;
        QTest::newRow("same point") << 5.0 << 5.0 << 5.0 << 5.0 << 0.0;
    }
    void distance() {
        QFETCH(double, lon1);
        QFETCH(double, lat1);
        QFETCH(double, lon2);
        QFETCH(double, lat2);
        QFETCH(double, km);
        QVERIFY(std::abs(Geodesy::distanceM({lon1, lat1}, {lon2, lat2}) / 1000.0 - km) < 1.0);
    }

    void areaOfOneDegreeSquareAtEquator() {
        // 1x1 degree at the equator on the sphere: R^2 * (pi/180) * sin(1 deg) = 12,363.7 km^2
        const double km2 = Geodesy::areaM2(square(0, 0, 1)) / 1e6;
        QVERIFY2(std::abs(km2 - 12363.7) < 5.0, qPrintable(QString::number(km2)));
        const double perimeterKm = Geodesy::perimeterM(square(0, 0, 1)) / 1000.0;
        QVERIFY(std::abs(perimeterKm - 4 * 111.195) < 0.5);
    }

    void mercatorRoundTrip_data() {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("origin") << 0.0 << 0.0;
        QTest::newRow("Denver") << -104.99 << 39.74;
        QTest::newRow("Anchorage") << -149.9 << 61.2;
    }
    void mercatorRoundTrip() {
        QFETCH(double, lon);
        QFETCH(double, lat);
        const GeoPoint back = WebMercator::unproject(WebMercator::project({lon, lat}));
        QVERIFY(std::abs(back.lon - lon) < 1e-9);
        QVERIFY(std::abs(back.lat - lat) < 1e-9);
    }

    void pointInPolygon_data() {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<int>("unit");
        QTest::newRow("inside first") << 0.5 << 0.5 << 0;
        QTest::newRow("inside second") << 1.5 << 0.5 << 1;
        QTest::newRow("on the shared edge: lowest index") << 1.0 << 0.5 << 0;
        QTest::newRow("outside") << 5.0 << 5.0 << UnitIndex::noUnit;
        QTest::newRow("in the hole-free third") << 0.5 << 1.5 << 2;
    }
    void pointInPolygon() {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(int, unit);
        const UnitIndex index({square(0, 0, 1), square(1, 0, 1), square(0, 1, 1)});
        QCOMPARE(index.unitAt({lon, lat}), unit);
    }

    void locateAllMatchesSingleQueries() {
        std::vector<MultiPolygon> grid;
        for (int y = 0; y < 10; ++y)
            for (int x = 0; x < 10; ++x) grid.push_back(square(x, y, 1));
        const UnitIndex index(grid);
        std::vector<GeoPoint> points;
        for (int i = 0; i < 1000; ++i)
            points.push_back({(i * 7919 % 1000) / 99.0 - 0.05, (i * 104729 % 1000) / 99.0 - 0.05});
        const std::vector<int> all = index.locateAll(points, 2);
        for (std::size_t i = 0; i < points.size(); ++i) QCOMPARE(all[i], index.unitAt(points[i]));
    }

    void adjacencyOfThreeSquares() {
        // 0 | 1 side by side, 2 above 0: 0-1 and 0-2 share an edge, 1-2 only touch at a corner.
        const auto edges = AdjacencyBuilder::build({square(0, 0, 1), square(1, 0, 1), square(0, 1, 1)});
        QCOMPARE(edges.size(), std::size_t(2));
        QCOMPARE(edges[0].unitA, 0);
        QCOMPARE(edges[0].unitB, 1);
        QCOMPARE(edges[1].unitA, 0);
        QCOMPARE(edges[1].unitB, 2);
        QVERIFY(std::abs(edges[0].lengthM / 1000.0 - 111.195) < 0.5);
        QCOMPARE(edges[0].segments.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestGeo)
#include "tst_geo.moc"
