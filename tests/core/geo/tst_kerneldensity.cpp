// KernelDensity (the heat map's density grid): mass conservation (the grid's integral equals the
// sum of the weights of points away from the edge, within 1e-6 relative) for several grid
// sizes, cell sizes, radii and weightings; equality with a brute-force 2D kernel sum (every
// point against every cell, with the kernel written out as one 2D Gaussian) on small grids,
// including points just outside the grid that reach into it; the kernel's own properties.
#include "geo/kerneldensity.h"

#include <QTest>

#include <cmath>
#include <numeric>
#include <random>

using tp::geo::KernelDensity;

namespace {

struct Point {
    double x, y, w;
};

std::vector<Point> randomPoints(int n, double minX, double maxX, double minY, double maxY, bool weighted,
                                unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> ux(minX, maxX), uy(minY, maxY), uw(0.1, 50.0);
    std::vector<Point> points;
    for (int i = 0; i < n; ++i) points.push_back({ux(rng), uy(rng), weighted ? uw(rng) : 1.0});
    return points;
}

// Density at every cell by the definition: each point sits at the centre of its cell; the
// kernel is exp(-(dx^2 + dy^2) / (2 sigma^2)) over cell offsets with |dx|, |dy| <= floor(radius /
// cell), sigma = radius / cell / 3, divided by its sum over that square; densities are per area.
std::vector<double> bruteForce(int width, int height, double cell, double radius, const std::vector<Point>& points) {
    const double reachCells = radius / cell;
    const int reach = int(std::floor(reachCells));
    const double sigma = reachCells / 3.0;
    double norm = 0.0;
    for (int dy = -reach; dy <= reach; ++dy)
        for (int dx = -reach; dx <= reach; ++dx) norm += std::exp(-(dx * dx + dy * dy) / (2.0 * sigma * sigma));
    std::vector<double> grid(std::size_t(width) * std::size_t(height), 0.0);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            double sum = 0.0;
            for (const Point& p : points) {
                const int dx = int(std::floor(p.x / cell)) - x, dy = int(std::floor(p.y / cell)) - y;
                if (std::abs(dx) > reach || std::abs(dy) > reach) continue;
                sum += p.w * std::exp(-(dx * dx + dy * dy) / (2.0 * sigma * sigma)) / norm;
            }
            grid[std::size_t(y) * std::size_t(width) + std::size_t(x)] = sum / (cell * cell);
        }
    return grid;
}

} // namespace

class TestKernelDensity : public QObject {
    Q_OBJECT

private slots:
    void massIsConserved_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("cell");
        QTest::addColumn<double>("radius");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("weighted");
        QTest::newRow("screen 1600x900, 1 px cells, 30 px") << 1600 << 900 << 1.0 << 30.0 << 20000 << false;
        QTest::newRow("screen, 5 px cells, 30 px, weighted") << 320 << 180 << 5.0 << 30.0 << 50000 << true;
        QTest::newRow("small radius: one tap") << 100 << 80 << 2.0 << 2.5 << 500 << true;
        QTest::newRow("radius not a multiple of the cell") << 97 << 61 << 3.7 << 17.3 << 3000 << true;
        QTest::newRow("km plane: 250 m cells, 12 km") << 400 << 300 << 250.0 << 12000.0 << 8000 << true;
    }
    void massIsConserved() {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(double, cell);
        QFETCH(double, radius);
        QFETCH(int, count);
        QFETCH(bool, weighted);
        // Points farther than the radius (plus a cell for the binning) from every edge.
        const double margin = radius + cell;
        const auto points =
            randomPoints(count, margin, width * cell - margin, margin, height * cell - margin, weighted, 7u);
        KernelDensity kde(width, height, cell, radius);
        double weights = 0.0;
        for (const Point& p : points) {
            kde.add(p.x, p.y, p.w);
            weights += p.w;
        }
        QCOMPARE(kde.binnedWeight(), weights);
        const std::vector<double> grid = kde.compute();
        QCOMPARE(grid.size(), std::size_t(width) * std::size_t(height));
        const double mass = std::accumulate(grid.begin(), grid.end(), 0.0) * cell * cell;
        QVERIFY2(std::abs(mass - weights) <= 1e-6 * weights,
                 qPrintable(QStringLiteral("mass %1, weights %2").arg(mass, 0, 'g', 17).arg(weights, 0, 'g', 17)));
        QVERIFY(*std::min_element(grid.begin(), grid.end()) >= 0.0);
    }

    // Near the edge the kernel spills over it: the grid holds less than the weights.
    void massSpillsAtTheEdge() {
        KernelDensity kde(50, 50, 1.0, 10.0);
        kde.add(0.5, 25.5, 1.0); // on the left edge: about half the kernel lies outside
        const std::vector<double> grid = kde.compute();
        const double mass = std::accumulate(grid.begin(), grid.end(), 0.0);
        QVERIFY2(mass > 0.5 && mass < 0.6, qPrintable(QString::number(mass)));
    }

    void matchesBruteForce_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("cell");
        QTest::addColumn<double>("radius");
        QTest::addColumn<bool>("weighted");
        QTest::newRow("24x18, 1 px, radius 5") << 24 << 18 << 1.0 << 5.0 << false;
        QTest::newRow("24x18, 1.5 px, radius 7, weighted") << 24 << 18 << 1.5 << 7.0 << true;
        QTest::newRow("13x29, 2 px, radius 9.9, weighted") << 13 << 29 << 2.0 << 9.9 << true;
        QTest::newRow("radius below a cell: binning only") << 10 << 10 << 2.0 << 1.5 << true;
    }
    void matchesBruteForce() {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(double, cell);
        QFETCH(double, radius);
        QFETCH(bool, weighted);
        // Inside the grid and up to the radius outside it (those reach in through the padding),
        // and a few far outside (they must not count).
        auto points = randomPoints(60, -radius, width * cell + radius, -radius, height * cell + radius, weighted, 11u);
        points.push_back({-radius - 3 * cell, 1.0, 1000.0});
        points.push_back({width * cell * 0.5, height * cell + radius + 2 * cell, 1000.0});
        KernelDensity kde(width, height, cell, radius);
        for (const Point& p : points) kde.add(p.x, p.y, p.w);
        const std::vector<double> fast = kde.compute();
        const std::vector<double> slow = bruteForce(width, height, cell, radius, points);
        QCOMPARE(fast.size(), slow.size());
        const double peak = *std::max_element(slow.begin(), slow.end());
        QVERIFY(peak > 0.0);
        for (std::size_t i = 0; i < fast.size(); ++i)
            QVERIFY2(std::abs(fast[i] - slow[i]) <= 1e-12 * peak,
                     qPrintable(
                         QStringLiteral("cell %1: %2 vs %3").arg(i).arg(fast[i], 0, 'g', 17).arg(slow[i], 0, 'g', 17)));
    }

    void kernelShape() {
        const KernelDensity kde(40, 40, 1.0, 9.0);
        QCOMPARE(kde.reach(), 9);
        const auto& taps = kde.taps();
        QCOMPARE(taps.size(), std::size_t(19));
        QVERIFY(std::abs(std::accumulate(taps.begin(), taps.end(), 0.0) - 1.0) < 1e-15);
        for (int d = 0; d < 9; ++d) {
            QCOMPARE(taps[std::size_t(9 - d)], taps[std::size_t(9 + d)]);     // symmetric
            QVERIFY(taps[std::size_t(9 + d)] > taps[std::size_t(9 + d + 1)]); // falls off
        }
        // sigma = radius / 3: the edge tap is exp(-4.5) of the centre tap.
        QVERIFY(std::abs(taps[18] / taps[9] - std::exp(-4.5)) < 1e-12);
    }

    void skipsBadInputAndCancels() {
        KernelDensity kde(10, 10, 1.0, 3.0);
        kde.add(NAN, 1.0, 1.0);
        kde.add(1.0, INFINITY, 1.0);
        kde.add(1.0, 1.0, NAN);
        QCOMPARE(kde.binnedWeight(), 0.0);
        kde.add(5.0, 5.0, 2.0);
        std::atomic_bool cancelled{true};
        QVERIFY(kde.compute(&cancelled).empty());
        cancelled = false;
        QCOMPARE(kde.compute(&cancelled).size(), std::size_t(100));
        const KernelDensity empty(0, 0, 1.0, 3.0);
        QVERIFY(empty.compute().empty());
    }
};

QTEST_APPLESS_MAIN(TestKernelDensity)
#include "tst_kerneldensity.moc"
