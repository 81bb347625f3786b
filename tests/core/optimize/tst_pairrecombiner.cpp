// PairRecombiner (the optimiser's ReCom move): on grids and Delaunay graphs, two neighbouring
// territories merged and split again always give two connected parts (counted with
// UnitGraph::countPieces), every unit forced to a side stays on it, the reported excess and border
// length are those of the split (recomputed here from the units and the adjacency), the split is
// the same for the same random seed, and units that are not connected give no split.
#include "support/planarinstance.h"

#include "optimize/pairrecombiner.h"

#include "model/unitgraph.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace tp;
using namespace tp::optimize;
using tp::testsupport::PlanarInstance;

Q_DECLARE_METATYPE(tp::Project)

namespace {

// The units of two neighbouring territories of the instance's starting plan, with their workload
// and revenue potential as two measures.
PairRecombiner::Input pairOf(const Project& p, qint64 first, qint64 second) {
    PairRecombiner::Input in;
    const Scenario& s = p.scenarios.front();
    std::vector<double> workload(p.units.size(), 0.0), revenue(p.units.size(), 0.0);
    for (const Account& a : p.accounts) {
        workload[std::size_t(a.unit)] += a.workloadHours;
        revenue[std::size_t(a.unit)] += a.revenuePotential;
    }
    for (std::size_t u = 0; u < p.units.size(); ++u)
        if (s.unitTerritory[u] == first || s.unitTerritory[u] == second) {
            in.units.push_back(int(u));
            in.values.push_back(workload[u]);
            in.values.push_back(revenue[u]);
        }
    in.forced.assign(in.units.size(), 0);
    return in;
}

// Squared distance of both sides from half the total, on both measures (so the best cut is the
// most even one).
PairRecombiner::Excess evenness(const PairRecombiner::Input& in) {
    double total[2] = {0.0, 0.0};
    for (std::size_t i = 0; i < in.units.size(); ++i) {
        total[0] += in.values[2 * i];
        total[1] += in.values[2 * i + 1];
    }
    return [t0 = total[0], t1 = total[1]](const double* a, const double* b) {
        return std::pow((a[0] - b[0]) / t0, 2) + std::pow((a[1] - b[1]) / t1, 2);
    };
}

} // namespace

class TstPairRecombiner : public QObject {
    Q_OBJECT
private slots:
    void splitsAreConnectedAndRespectForcedUnits_data() {
        QTest::addColumn<Project>("project");
        QTest::addColumn<int>("trees");
        QTest::addColumn<bool>("force");
        QTest::newRow("grid, 1 tree") << PlanarInstance::grid(16, 8, 2, 1, 1) << 1 << false;
        QTest::newRow("grid, 6 trees, forced units") << PlanarInstance::grid(16, 8, 2, 1, 2) << 6 << true;
        QTest::newRow("delaunay, 1 tree") << PlanarInstance::delaunay(300, 2, 3) << 1 << false;
        QTest::newRow("delaunay, 4 trees, forced units") << PlanarInstance::delaunay(300, 2, 4) << 4 << true;
    }
    void splitsAreConnectedAndRespectForcedUnits() {
        QFETCH(Project, project);
        QFETCH(int, trees);
        QFETCH(bool, force);
        const qint64 a = PlanarInstance::firstTerritory, b = PlanarInstance::firstTerritory + 1;
        PairRecombiner::Input in = pairOf(project, a, b);
        QVERIFY(in.units.size() > 20);
        UnitGraph graph(int(project.units.size()), project.adjacency);
        std::mt19937_64 pick(99);
        for (int round = 0; round < 25; ++round) {
            std::fill(in.forced.begin(), in.forced.end(), 0);
            if (force) { // a few units on either side, as rep homes and locked units are
                for (int f = 0; f < 3; ++f) {
                    in.forced[pick() % in.units.size()] = 1;
                    in.forced[pick() % in.units.size()] = 2;
                }
            }
            PairRecombiner recombiner(graph, 2);
            std::mt19937_64 rng(quint64(round) + 1);
            const PairRecombiner::Excess excess = evenness(in);
            const PairRecombiner::Split split = recombiner.best(in, trees, rng, excess);
            if (!split.found) {
                // Only forced units can leave no cut: one on each side of every tree edge is
                // impossible when none is forced.
                QVERIFY(force);
                continue;
            }
            QCOMPARE(split.first.size(), in.units.size());
            std::vector<int> owner(project.units.size(), -1);
            std::vector<int> members[2];
            double sums[2][2] = {{0, 0}, {0, 0}};
            for (std::size_t i = 0; i < in.units.size(); ++i) {
                const int side = split.first[i] ? 0 : 1;
                owner[std::size_t(in.units[i])] = side;
                members[side].push_back(in.units[i]);
                sums[side][0] += in.values[2 * i];
                sums[side][1] += in.values[2 * i + 1];
                if (in.forced[i]) QCOMPARE(side, in.forced[i] - 1);
            }
            QVERIFY(!members[0].empty() && !members[1].empty());
            QCOMPARE(graph.countPieces(members[0], owner, 0), 1);
            QCOMPARE(graph.countPieces(members[1], owner, 1), 1);
            double border = 0.0;
            for (const geo::SharedEdge& e : project.adjacency) {
                const int x = owner[std::size_t(e.unitA)], y = owner[std::size_t(e.unitB)];
                if (x >= 0 && y >= 0 && x != y) border += double(e.lengthM);
            }
            QVERIFY2(std::abs(split.compact - border) <= 1e-6 * border + 1e-6,
                     qPrintable(QStringLiteral("cut %1 m, counted %2 m").arg(split.compact).arg(border)));
            QVERIFY(std::abs(split.excess - excess(sums[0], sums[1])) < 1e-9);
        }
    }

    void moreTreesNeverWorseAndSameSeedSameSplit() {
        const Project p = PlanarInstance::delaunay(400, 2, 5);
        const PairRecombiner::Input in = pairOf(p, PlanarInstance::firstTerritory, PlanarInstance::firstTerritory + 1);
        UnitGraph graph(int(p.units.size()), p.adjacency);
        PairRecombiner one(graph, 2), other(graph, 2);
        const PairRecombiner::Excess excess = evenness(in);
        for (quint64 seed = 1; seed <= 10; ++seed) {
            std::mt19937_64 r1(seed), r2(seed), r3(seed);
            const PairRecombiner::Split a = one.best(in, 3, r1, excess);
            const PairRecombiner::Split b = other.best(in, 3, r2, excess);
            QVERIFY(a.found && b.found);
            QCOMPARE(a.first, b.first);
            // The first tree of a longer draw is the same tree: eight trees find at least as even a cut.
            const PairRecombiner::Split c = one.best(in, 8, r3, excess);
            QVERIFY(c.excess <= a.excess + 1e-12);
        }
    }

    void travelCostIsTheSidesCost() {
        const Project p = PlanarInstance::grid(12, 6, 2, 1, 6);
        PairRecombiner::Input in = pairOf(p, PlanarInstance::firstTerritory, PlanarInstance::firstTerritory + 1);
        for (std::size_t i = 0; i < in.units.size(); ++i) {
            in.costFirst.push_back(double(i % 7));
            in.costSecond.push_back(double((i * 3) % 5));
        }
        UnitGraph graph(int(p.units.size()), p.adjacency);
        PairRecombiner recombiner(graph, 2);
        std::mt19937_64 rng(8);
        const PairRecombiner::Split s = recombiner.best(in, 4, rng, [](const double*, const double*) { return 0.0; });
        QVERIFY(s.found);
        double cost = 0.0;
        for (std::size_t i = 0; i < in.units.size(); ++i) cost += s.first[i] ? in.costFirst[i] : in.costSecond[i];
        QCOMPARE(s.compact, cost);
    }

    void unitsInPiecesGiveNoSplit() {
        const Project p = PlanarInstance::grid(12, 6, 3, 1, 7);
        // The first and the third block do not touch.
        const PairRecombiner::Input in = pairOf(p, PlanarInstance::firstTerritory, PlanarInstance::firstTerritory + 2);
        QVERIFY(!in.units.empty());
        UnitGraph graph(int(p.units.size()), p.adjacency);
        PairRecombiner recombiner(graph, 2);
        std::mt19937_64 rng(1);
        QVERIFY(!recombiner.best(in, 2, rng, evenness(in)).found);
    }
};

QTEST_GUILESS_MAIN(TstPairRecombiner)
#include "tst_pairrecombiner.moc"
