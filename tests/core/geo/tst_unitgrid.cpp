// Point in polygon through the acceleration grid (UnitGrid, and UnitIndex which uses it) gives
// exactly the answer of the rule, checked by brute force over every unit with Boost.Geometry:
// a point on a boundary is inside (covered_by: within, or on an edge or vertex), and where units
// share an edge or vertex (or, invalidly, overlap) the lowest unit index wins (see bruteForce()).
#include "geo/unitgrid.h"
#include "geo/unitindex.h"

#include <boost/geometry/algorithms/correct.hpp>
#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/envelope.hpp>

#include <QTest>

#include <cmath>
#include <functional>
#include <limits>
#include <random>

using namespace tp::geo;
namespace bg = boost::geometry;

Q_DECLARE_METATYPE(std::function<std::vector<MultiPolygon>()>)

namespace {

using Layer = std::function<std::vector<MultiPolygon>()>;

Polygon polygonOf(std::vector<GeoPoint> outer, std::vector<std::vector<GeoPoint>> inners = {}) {
    Polygon p;
    p.outer().assign(outer.begin(), outer.end());
    for (const auto& inner : inners) p.inners().emplace_back(inner.begin(), inner.end());
    bg::correct(p);
    return p;
}

Polygon square(double x0, double y0, double size) {
    return polygonOf({{x0, y0}, {x0, y0 + size}, {x0 + size, y0 + size}, {x0 + size, y0}, {x0, y0}});
}

// n x n quads over jittered shared vertices (a gap-free coverage with slanted shared edges);
// every third quad split along its diagonal into two triangle units.
std::vector<MultiPolygon> jitteredCoverage(int n, double size, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> jitter(-0.3 * size, 0.3 * size);
    std::vector<std::vector<GeoPoint>> v(std::size_t(n + 1), std::vector<GeoPoint>(std::size_t(n + 1)));
    for (int i = 0; i <= n; ++i)
        for (int j = 0; j <= n; ++j) {
            const bool border = i == 0 || j == 0 || i == n || j == n;
            v[std::size_t(i)][std::size_t(j)] = {-100 + i * size + (border ? 0 : jitter(rng)),
                                                 30 + j * size + (border ? 0 : jitter(rng))};
        }
    std::vector<MultiPolygon> units;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const GeoPoint a = v[std::size_t(i)][std::size_t(j)], b = v[std::size_t(i)][std::size_t(j + 1)],
                           c = v[std::size_t(i + 1)][std::size_t(j + 1)], d = v[std::size_t(i + 1)][std::size_t(j)];
            if ((i * n + j) % 3 == 0) {
                units.push_back({polygonOf({a, b, c, a})});
                units.push_back({polygonOf({a, c, d, a})});
            } else {
                units.push_back({polygonOf({a, b, c, d, a})});
            }
        }
    return units;
}

// A ring with a hole, an island unit inside the hole, a ring with an empty hole, a unit of two parts, a unit far smaller than
// any cell, a long thin sliver, and two squares that (invalidly) overlap a third.
std::vector<MultiPolygon> holesIslandsAndOverlaps() {
    std::vector<MultiPolygon> units;
    units.push_back(
        {polygonOf({{0, 0}, {0, 10}, {10, 10}, {10, 0}, {0, 0}}, {{{3, 3}, {7, 3}, {7, 7}, {3, 7}, {3, 3}}})});
    units.push_back({square(3, 3, 4)});                                                        // fills the hole exactly
    units.push_back({square(10, 0, 2), square(14, 0, 2)});                                     // two parts
    units.push_back({square(12.5, 0.5, 1e-7)});                                                // a speck between them
    units.push_back({polygonOf({{10, 5}, {10, 5.000001}, {20, 5.000001}, {20, 5}, {10, 5}})}); // sliver
    units.push_back({square(11, 8, 4)}); // overlapped by the next two
    units.push_back({square(12, 9, 4)});
    units.push_back({square(9, 9, 2)});                                         // overlaps unit 0 too
    units.push_back({});                                                        // a unit without shape
    units.push_back({polygonOf({{20, 0}, {20, 10}, {30, 10}, {30, 0}, {20, 0}}, // an empty, slanted hole
                               {{{22, 2}, {28, 2.5}, {27.5, 8}, {22.5, 7}, {22, 2}}})});
    return units;
}

// The rule, by brute force: the lowest unit index with a part that covers p, where "covers" is
// Boost.Geometry's covered_by (within, or on the boundary) for a point inside the part's bounding
// box. covered_by alone also takes points a rounding step outside an axis-parallel edge (its side
// test has a tolerance); the R-tree's exact boxes have always left those out.
int bruteForce(const std::vector<MultiPolygon>& units, GeoPoint p) {
    for (std::size_t u = 0; u < units.size(); ++u)
        for (const Polygon& part : units[u]) {
            if (part.outer().empty()) continue;
            const Box box = bg::return_envelope<Box>(part);
            if (p.lon >= box.min_corner().lon && p.lon <= box.max_corner().lon && p.lat >= box.min_corner().lat
                && p.lat <= box.max_corner().lat && bg::covered_by(p, part))
                return int(u);
        }
    return UnitIndex::noUnit;
}

// Random points over the layer and around it, every vertex, points on every edge (midpoints and
// random spots), and points a rounding step off edges and vertices.
std::vector<GeoPoint> probePoints(const std::vector<MultiPolygon>& units, int randomCount, unsigned seed) {
    std::mt19937 rng(seed);
    Box extent;
    bg::assign_inverse(extent);
    for (const MultiPolygon& unit : units)
        if (!unit.empty()) bg::expand(extent, bg::return_envelope<Box>(unit));
    const double w = extent.max_corner().lon - extent.min_corner().lon,
                 h = extent.max_corner().lat - extent.min_corner().lat;
    std::uniform_real_distribution<double> x(extent.min_corner().lon - 0.05 * w, extent.max_corner().lon + 0.05 * w);
    std::uniform_real_distribution<double> y(extent.min_corner().lat - 0.05 * h, extent.max_corner().lat + 0.05 * h);
    std::uniform_real_distribution<double> t(0, 1);
    std::vector<GeoPoint> points;
    for (int i = 0; i < randomCount; ++i) {
        const double px = x(rng), py = y(rng); // named, so the draw order is fixed
        points.push_back({px, py});
    }
    auto nudged = [&](GeoPoint p) {
        constexpr double inf = std::numeric_limits<double>::infinity();
        points.push_back(p);
        points.push_back({std::nextafter(p.lon, inf), p.lat});
        points.push_back({std::nextafter(p.lon, -inf), p.lat});
        points.push_back({p.lon, std::nextafter(p.lat, inf)});
        points.push_back({p.lon, std::nextafter(p.lat, -inf)});
    };
    auto ring = [&](const Ring& r) {
        for (std::size_t i = 0; i + 1 < r.size(); ++i) {
            const GeoPoint a = r[i], b = r[i + 1];
            nudged(a);
            nudged({(a.lon + b.lon) / 2, (a.lat + b.lat) / 2});
            const double s = t(rng);
            nudged({a.lon + s * (b.lon - a.lon), a.lat + s * (b.lat - a.lat)});
        }
    };
    for (const MultiPolygon& unit : units)
        for (const Polygon& part : unit) {
            ring(part.outer());
            for (const Ring& inner : part.inners()) ring(inner);
        }
    points.push_back({std::numeric_limits<double>::quiet_NaN(), 0.0});
    points.push_back({1e300, -1e300});
    return points;
}

} // namespace

class TestUnitGrid : public QObject {
    Q_OBJECT
private slots:
    void sameAnswerAsBruteForce_data() {
        QTest::addColumn<Layer>("layer");
        QTest::addColumn<int>("cellsPerPart");
        QTest::newRow("jittered coverage, coarse grid") << Layer([] { return jitteredCoverage(12, 0.1, 1); }) << 1;
        QTest::newRow("jittered coverage, default grid") << Layer([] { return jitteredCoverage(12, 0.1, 2); }) << 36;
        QTest::newRow("jittered coverage, fine grid") << Layer([] { return jitteredCoverage(8, 0.1, 3); }) << 400;
        QTest::newRow("square grid on round coordinates") << Layer([] {
            std::vector<MultiPolygon> units;
            for (int y = 0; y < 8; ++y)
                for (int x = 0; x < 8; ++x) units.push_back({square(-125 + x * 0.1, 25 + y * 0.1, 0.1)});
            return units;
        }) << 36;
        QTest::newRow("holes, islands, parts, specks, slivers, overlaps") << Layer(holesIslandsAndOverlaps) << 36;
        QTest::newRow("holes, islands, parts, specks, slivers, overlaps, fine")
            << Layer(holesIslandsAndOverlaps) << 1000;
        QTest::newRow("one unit") << Layer([] { return std::vector<MultiPolygon>{{square(5, 5, 1)}}; }) << 36;
        QTest::newRow("a flat unit (no height)") << Layer([] {
            return std::vector<MultiPolygon>{{polygonOf({{0, 1}, {2, 1}, {1, 1}, {0, 1}})}, {square(0, 1, 1)}};
        }) << 36;
    }
    void sameAnswerAsBruteForce() {
        QFETCH(Layer, layer);
        QFETCH(int, cellsPerPart);
        const std::vector<MultiPolygon> units = layer();
        const UnitGrid grid(
            units, [&](GeoPoint p) { return bruteForce(units, p); }, cellsPerPart);
        QVERIFY(!grid.isEmpty());
        std::vector<GeoPoint> points = probePoints(units, 20000, 11);
        // Corners of cells, and points a rounding step around them: where a point's cell is
        // decided by the last bit.
        for (int c = 0; c <= grid.columns(); c += std::max(1, grid.columns() / 40))
            for (int r = 0; r <= grid.rows(); r += std::max(1, grid.rows() / 40)) {
                const GeoPoint corner = grid.cellBounds(c, r).min_corner();
                for (double dx : {-1.0, 0.0, 1.0})
                    for (double dy : {-1.0, 0.0, 1.0})
                        points.push_back({dx == 0 ? corner.lon : std::nextafter(corner.lon, dx * 1e300),
                                          dy == 0 ? corner.lat : std::nextafter(corner.lat, dy * 1e300)});
            }
        int onBoundaries = 0;
        for (const GeoPoint& p : points) {
            const int expected = bruteForce(units, p);
            if (grid.unitAt(p, units) != expected)
                QFAIL(qPrintable(QStringLiteral("(%1, %2): grid says %3, the rule %4")
                                     .arg(p.lon, 0, 'g', 17)
                                     .arg(p.lat, 0, 'g', 17)
                                     .arg(grid.unitAt(p, units))
                                     .arg(expected)));
            if (expected >= 0 && !bg::within(p, units[std::size_t(expected)])) ++onBoundaries;
        }
        QVERIFY2(onBoundaries > 0, "the probes include points on edges and vertices");
        const std::vector<int> all = grid.locateAll(points, units, 2);
        for (std::size_t i = 0; i < points.size(); ++i) QCOMPARE(all[i], bruteForce(units, points[i]));
    }

    void unitIndexAgreesWithBruteForceAndItsTree() {
        const std::vector<MultiPolygon> units = jitteredCoverage(30, 0.05, 5);
        const UnitIndex index(units);
        QVERIFY(index.grid().boundaryCellCount() > 0);
        const std::vector<GeoPoint> points = probePoints(units, 50000, 13);
        const std::vector<int> all = index.locateAll(points, 2);
        for (std::size_t i = 0; i < points.size(); ++i) {
            const int expected = bruteForce(units, points[i]);
            QCOMPARE(all[i], expected);
            QCOMPARE(index.unitAt(points[i]), expected);
            QCOMPARE(index.unitAtByTree(points[i]), expected);
        }
    }

    void sharedEdgeAndVertexGoToTheLowestIndex_data() {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<int>("unit");
        // 2 | 3 above 0 | 1 (unit indexes), unit squares.
        QTest::newRow("edge of 0 and 1") << 1.0 << 0.5 << 0;
        QTest::newRow("edge of 2 and 3") << 1.0 << 1.5 << 2;
        QTest::newRow("edge of 1 and 3") << 1.5 << 1.0 << 1;
        QTest::newRow("vertex of all four") << 1.0 << 1.0 << 0;
        QTest::newRow("outer corner of 3") << 2.0 << 2.0 << 3;
        QTest::newRow("just outside") << 2.0 << std::nextafter(2.0, 3.0) << UnitIndex::noUnit;
    }
    void sharedEdgeAndVertexGoToTheLowestIndex() {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(int, unit);
        const UnitIndex index({{square(0, 0, 1)}, {square(1, 0, 1)}, {square(0, 1, 1)}, {square(1, 1, 1)}});
        QCOMPARE(index.unitAt({lon, lat}), unit);
        const std::vector<GeoPoint> one{{lon, lat}};
        QCOMPARE(index.locateAll(one, 2).front(), unit);
    }
};

QTEST_GUILESS_MAIN(TestUnitGrid)
#include "tst_unitgrid.moc"
