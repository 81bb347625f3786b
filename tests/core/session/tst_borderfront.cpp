// BorderFront (the units a border drag takes) and EnclosedUnits (Fill Enclosed Area) on small
// tile grids whose answers can be worked out by hand: the front takes exactly the loser's cells
// whose centres lie in the band the grabbed stretch sweeps (computed here from the grid, not by
// the class), cut-off pieces go with the front, no drag leaves a territory in more pieces,
// locked territories and presses away from a border refuse; a ring selection encloses its inside.
#include "session/borderfront.h"
#include "session/enclosedunits.h"

#include "model/project.h"
#include "model/unitgraph.h"

#include "support/planpieces.h"
#include "support/tilegridproject.h"

#include <QTest>

#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <cmath>
#include <map>
#include <numbers>
#include <numeric>
#include <random>

using namespace tp;
using geo::MercatorPoint;
using session::BorderFront;
using testsupport::TileGridProject;

namespace {

constexpr double cellPx = 20.0; // a cell is 20 px wide at the resolution the tests use

MercatorPoint merc(geo::GeoPoint p) {
    return geo::WebMercator::project(p);
}

double resolutionFor(const TileGridProject& grid) {
    return (merc(grid.corner(1, 0)).x - merc(grid.corner(0, 0)).x) / cellPx;
}

MercatorPoint cellCentre(const Project& p, int unit) {
    geo::GeoPoint c;
    boost::geometry::centroid(p.units[std::size_t(unit)].shape, c);
    return merc(c);
}

std::vector<qint64> applied(const std::vector<qint64>& plan, const BorderFront::Result& r) {
    std::vector<qint64> after = plan;
    for (int u : r.units) after[std::size_t(u)] = r.gainer;
    return after;
}

} // namespace

class TestBorderFront : public QObject {
    Q_OBJECT

private slots:
    void pressAwayFromBorderRefuses() {
        const TileGridProject grid;
        const Project p = grid.make(2, [](int x, int) { return x < 10 ? 0 : 1; });
        const double r = resolutionFor(grid);
        QString error;
        // The middle of a cell, 10 px from every border.
        QVERIFY(!BorderFront::grab(p, *p.currentScenario(), merc(grid.centre(5, 5)), r, &error));
        QVERIFY(error.contains(QStringLiteral("border")));
        // 3 px from the border between T0 and T1: grabbed.
        const MercatorPoint near = merc(grid.corner(10, 5));
        error.clear();
        const auto front = BorderFront::grab(p, *p.currentScenario(), {near.x - 3 * r, near.y + 10 * r}, r, &error);
        QVERIFY2(front, qPrintable(error));
        QCOMPARE(front->sides(), std::pair(TileGridProject::idOf(0), TileGridProject::idOf(1)));
        QVERIFY(front->normal().x > 0.99); // from T0 (west) into T1 (east)
        // A border of a territory with unassigned cells is not a border between two territories.
        const Project q = grid.make(1, [](int x, int) { return x < 10 ? 0 : -1; });
        QVERIFY(!BorderFront::grab(q, *q.currentScenario(), merc(grid.corner(10, 5)), r, &error));
    }

    void lockedTerritoryRefuses() {
        const TileGridProject grid;
        Project p = grid.make(2, [](int x, int) { return x < 10 ? 0 : 1; });
        p.territory(TileGridProject::idOf(1))->locked = true;
        QString error;
        QVERIFY(!BorderFront::grab(p, *p.currentScenario(), merc(grid.corner(10, 5)), resolutionFor(grid), &error));
        QVERIFY2(error.contains(QStringLiteral("T1 is locked")), qPrintable(error));
    }

    void frontTakesTheSweptCells_data() {
        QTest::addColumn<double>("dx"); // the drag in screen pixels, east and north
        QTest::addColumn<double>("dy");
        QTest::newRow("no drag") << 0.0 << 0.0;
        QTest::newRow("5 px east: no centre passed") << 5.0 << 0.0;
        QTest::newRow("30 px east") << 30.0 << 0.0;
        QTest::newRow("75 px east") << 75.0 << 0.0;
        QTest::newRow("150 px east") << 150.0 << 0.0;
        QTest::newRow("60 px east, 20 north") << 60.0 << 20.0;
        QTest::newRow("90 px east, 45 south") << 90.0 << -45.0;
        QTest::newRow("50 px west: into T0") << -50.0 << 0.0;
        QTest::newRow("110 px west, 30 north") << -110.0 << 30.0;
        QTest::newRow("along the border") << 0.0 << 60.0;
    }
    void frontTakesTheSweptCells() {
        QFETCH(double, dx);
        QFETCH(double, dy);
        const TileGridProject grid;
        const Project p = grid.make(2, [](int x, int) { return x < 10 ? 0 : 1; });
        const std::vector<qint64>& plan = p.currentScenario()->unitTerritory;
        const double r = resolutionFor(grid);
        const BorderFront::Options options;
        const MercatorPoint press = merc({grid.corner(10, 0).lon, grid.centre(0, 6).lat});
        const auto front = BorderFront::grab(p, *p.currentScenario(), press, r, nullptr, options);
        QVERIFY(front);
        const BorderFront::Result result = front->at({press.x + dx * r, press.y + dy * r});

        // By hand: the border is the meridian through the press, so the grabbed stretch runs
        // reachPx north and south of it; moved by (dx, dy) it sweeps a parallelogram. A cell of
        // the side dragged into is taken when its centre lies in it (widened by marginPx).
        std::vector<int> expected;
        const qint64 loser = dx > 0 ? TileGridProject::idOf(1) : TileGridProject::idOf(0);
        for (int y = 0; y < grid.height; ++y)
            for (int x = 0; x < grid.width; ++x) {
                const int u = grid.unit(x, y);
                if (dx == 0 || plan[std::size_t(u)] != loser) continue;
                const MercatorPoint c = cellCentre(p, u);
                const double across = std::abs(c.x - press.x) / r; // px from the border into the loser
                if (across > std::abs(dx)) continue;
                const double along = (c.y - press.y) / r - dy * across / std::abs(dx);
                if (std::abs(along) <= options.reachPx + options.marginPx) expected.push_back(u);
            }
        QCOMPARE(result.units, expected);
        QVERIFY(result.cutOff.empty());
        if (!expected.empty()) {
            QCOMPARE(result.loser, loser);
            QCOMPARE(result.gainer,
                     loser == TileGridProject::idOf(1) ? TileGridProject::idOf(0) : TileGridProject::idOf(1));
        }
        if (std::abs(dx) >= 75) QVERIFY(expected.size() >= 9); // three columns of at least three rows
    }

    void cutOffPiecesGoWithTheFront() {
        // T1 is a three-column strip between T0 (west) and T2 (east). A front pushed through
        // the strip near its south end cuts the strip in two: the smaller southern part goes
        // to T0 with the front, the rest stays T1; T2 is never touched.
        const TileGridProject grid;
        const Project p = grid.make(3, [](int x, int) { return x < 10 ? 0 : x < 13 ? 1 : 2; });
        const std::vector<qint64>& plan = p.currentScenario()->unitTerritory;
        const double r = resolutionFor(grid);
        const MercatorPoint press = merc({grid.corner(10, 0).lon, grid.centre(0, 3).lat});
        const auto front = BorderFront::grab(p, *p.currentScenario(), press, r, nullptr);
        QVERIFY(front);
        const BorderFront::Result result = front->at({press.x + 5 * cellPx * r, press.y});
        QCOMPARE(result.gainer, TileGridProject::idOf(0));
        int lowestTaken = grid.height, highestTaken = -1;
        for (int y = 0; y < grid.height; ++y) {
            const bool swept = std::abs(cellCentre(p, grid.unit(10, y)).y - press.y) / r <= 44;
            if (swept) lowestTaken = std::min(lowestTaken, y), highestTaken = std::max(highestTaken, y);
        }
        QVERIFY(lowestTaken > 0 && highestTaken < grid.height - 2);
        std::vector<int> expectedCut, expected;
        for (int y = 0; y < grid.height; ++y)
            for (int x = 10; x < 13; ++x) {
                if (y < lowestTaken) expectedCut.push_back(grid.unit(x, y));
                if (y <= highestTaken) expected.push_back(grid.unit(x, y));
            }
        std::sort(expected.begin(), expected.end());
        std::sort(expectedCut.begin(), expectedCut.end());
        QCOMPARE(result.cutOff, expectedCut);
        QCOMPARE(result.units, expected);
        const std::vector<qint64> after = applied(plan, result);
        QCOMPARE(testsupport::planPieces(p, after), testsupport::planPieces(p, plan));
        for (std::size_t u = 0; u < plan.size(); ++u)
            if (plan[u] == TileGridProject::idOf(2)) QCOMPARE(after[u], plan[u]);
    }

    void frontCanTakeAWholeTerritory() {
        // T1 is a small block (two columns, three rows) inside T0: a front pushed over it takes
        // all of it, and pushing on beyond takes nothing more.
        const TileGridProject grid;
        const Project p = grid.make(2, [](int x, int y) { return x >= 10 && x < 12 && y >= 5 && y < 8 ? 1 : 0; });
        const double r = resolutionFor(grid);
        const MercatorPoint press = merc({grid.corner(10, 0).lon, grid.corner(0, 6).lat + 0.4 * grid.cell});
        const auto front = BorderFront::grab(p, *p.currentScenario(), press, r, nullptr);
        QVERIFY(front);
        std::vector<int> all;
        for (int y = 5; y < 8; ++y)
            for (int x = 10; x < 12; ++x) all.push_back(grid.unit(x, y));
        for (double dx : {3 * cellPx, 8 * cellPx}) {
            const BorderFront::Result result = front->at({press.x + dx * r, press.y});
            QCOMPARE(result.units, all);
            QCOMPARE(result.gainer, TileGridProject::idOf(0));
        }
        QCOMPARE(session::EnclosedUnits::of(p,
                                            [&] {
                                                std::vector<int> every(p.units.size());
                                                std::iota(every.begin(), every.end(), 0);
                                                return every;
                                            }()),
                 std::vector<int>{});
    }

    void noDragLeavesNewPieces() {
        // Seven territories grown around scattered seeds (nearest seed, a Voronoi map on the
        // grid), presses on many borders, drags in every direction: no territory ever has more
        // pieces than before, only the two sides change, and only the loser loses.
        TileGridProject grid;
        grid.width = 24;
        grid.height = 16;
        std::mt19937 rng(7);
        std::uniform_int_distribution<int> sx(0, grid.width - 1), sy(0, grid.height - 1);
        std::vector<std::pair<int, int>> seeds;
        for (int i = 0; i < 7; ++i) seeds.emplace_back(sx(rng), sy(rng));
        const Project p = grid.make(7, [&](int x, int y) {
            int best = 0;
            for (int i = 1; i < 7; ++i)
                if (std::hypot(x - seeds[std::size_t(i)].first, (y - seeds[std::size_t(i)].second) * 1.3)
                    < std::hypot(x - seeds[std::size_t(best)].first, (y - seeds[std::size_t(best)].second) * 1.3))
                    best = i;
            return best;
        });
        const std::vector<qint64>& plan = p.currentScenario()->unitTerritory;
        const std::map<qint64, int> before = testsupport::planPieces(p, plan);
        const double r = resolutionFor(grid);
        std::uniform_real_distribution<double> angle(0, 2 * std::numbers::pi), distance(5, 260);
        int grabs = 0, drags = 0, moved = 0;
        for (const geo::SharedEdge& e : p.adjacency) {
            if (plan[std::size_t(e.unitA)] == plan[std::size_t(e.unitB)] || e.segments.empty()) continue;
            const geo::Segment& s = e.segments.front();
            const MercatorPoint press = merc({(s.first.lon + s.second.lon) / 2, (s.first.lat + s.second.lat) / 2});
            const auto front = BorderFront::grab(p, *p.currentScenario(), press, r, nullptr);
            QVERIFY(front);
            ++grabs;
            for (int i = 0; i < 6; ++i, ++drags) {
                const double a = angle(rng), d = distance(rng);
                const BorderFront::Result result =
                    front->at({press.x + std::cos(a) * d * r, press.y + std::sin(a) * d * r});
                if (result.units.empty()) continue;
                moved += int(result.units.size());
                QVERIFY(result.gainer != result.loser);
                QVERIFY((std::pair(result.gainer, result.loser) == front->sides())
                        || (std::pair(result.loser, result.gainer) == front->sides()));
                for (int u : result.units) QCOMPARE(plan[std::size_t(u)], result.loser);
                const std::map<qint64, int> after = testsupport::planPieces(p, applied(plan, result));
                for (auto [t, n] : after)
                    QVERIFY2(n <= before.at(t), qPrintable(QStringLiteral("T%1 has %2 pieces").arg(t - 100).arg(n)));
            }
        }
        QVERIFY(grabs > 20);
        QVERIFY(moved > drags); // the drags did move units
    }

    void ringSelectionEnclosesItsInside() {
        TileGridProject grid;
        grid.width = grid.height = 10;
        const Project p = grid.make(1, [](int, int) { return 0; });
        // The ring of cells around the 3 x 3 block (3..5, 3..5).
        std::vector<int> ring, inside;
        for (int y = 2; y <= 6; ++y)
            for (int x = 2; x <= 6; ++x)
                (x == 2 || x == 6 || y == 2 || y == 6 ? ring : inside).push_back(grid.unit(x, y));
        QCOMPARE(session::EnclosedUnits::of(p, ring), inside);
        // A ring with a gap encloses nothing; neither does a wall across the whole grid.
        std::vector<int> open = ring;
        open.erase(std::find(open.begin(), open.end(), grid.unit(4, 2)));
        QVERIFY(session::EnclosedUnits::of(p, open).empty());
        std::vector<int> wall;
        for (int y = 0; y < grid.height; ++y) wall.push_back(grid.unit(4, y));
        QVERIFY(session::EnclosedUnits::of(p, wall).empty());
        // A ring against the grid's edge encloses what it cuts off from the rest, not the edge cells.
        std::vector<int> corner;
        for (int i = 0; i <= 3; ++i) corner.push_back(grid.unit(3, i)), corner.push_back(grid.unit(i, 3));
        QVERIFY(session::EnclosedUnits::of(p, corner).empty()); // the cut-off corner touches the edge
        QVERIFY(session::EnclosedUnits::of(p, {}).empty());
        // Only the outer cells lie on the layer's boundary.
        const std::vector<char> outer = session::EnclosedUnits::onOuterBoundary(p);
        QCOMPARE(int(std::count(outer.begin(), outer.end(), 1)), 36);
        QVERIFY(!outer[std::size_t(grid.unit(1, 1))] && outer[std::size_t(grid.unit(0, 4))]);
    }
};

QTEST_GUILESS_MAIN(TestBorderFront)
#include "tst_borderfront.moc"
