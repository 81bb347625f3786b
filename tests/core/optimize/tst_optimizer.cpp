// Territory optimiser: properties on generated grid and Delaunay instances, checked with figures
// computed here from the accounts and the adjacency (not from the optimiser's own report):
// contiguity never broken, locks / out-of-scope territories / named accounts untouched, the
// disruption cap respected, the same plan for the same seed, cancel returns a valid plan and
// leaves the project as it was, infeasible bands give the best plan and the reasons, feasible
// instances end inside their bands.
#include "support/planarinstance.h"

#include "optimize/territoryoptimizer.h"

#include "model/unitgraph.h"

#include <QHash>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace tp;
using namespace tp::optimize;
using tp::testsupport::PlanarInstance;

Q_DECLARE_METATYPE(tp::Project)

namespace {

int workloadIndex() {
    return int(MeasureDefinition::Kind::WorkloadHours);
} // builtIns() order

// Pieces per territory id of an assignment, counted over the adjacency with UnitGraph.
QHash<qint64, int> piecesOf(const Project& p, const std::vector<qint64>& unitTerritory) {
    QHash<qint64, int> index;
    std::vector<int> owner(unitTerritory.size(), -1);
    std::vector<qint64> ids;
    for (std::size_t u = 0; u < unitTerritory.size(); ++u) {
        const qint64 t = unitTerritory[u];
        if (!t) continue;
        if (!index.contains(t)) {
            index.insert(t, int(ids.size()));
            ids.push_back(t);
        }
        owner[u] = index.value(t);
    }
    UnitGraph graph(int(p.units.size()), p.adjacency);
    std::vector<int> pieces;
    graph.countAllPieces(owner, int(ids.size()), pieces);
    QHash<qint64, int> out;
    for (std::size_t i = 0; i < ids.size(); ++i) out.insert(ids[i], pieces[i]);
    return out;
}

// Workload (or another field) per territory id, summed from the accounts, named accounts included.
QHash<qint64, double> sumsOf(const Project& p, const Scenario& s, const std::vector<qint64>& unitTerritory,
                             double Account::*field = &Account::workloadHours) {
    QHash<qint64, double> out;
    for (const Account& a : p.accounts) {
        const qint64 t = s.overrides.contains(a.id) ? s.overrides.value(a.id)
                                                    : (a.unit >= 0 ? unitTerritory[std::size_t(a.unit)] : 0);
        if (t) out[t] += a.*field;
    }
    return out;
}

double worstDeviation(const QHash<qint64, double>& sums) {
    double total = 0.0;
    for (double v : sums) total += v;
    const double mean = total / sums.size();
    double worst = 0.0;
    for (double v : sums) worst = std::max(worst, std::abs(v - mean) / mean);
    return worst;
}

OptimizerOptions workload(double tolerance = 5.0) {
    OptimizerOptions o;
    o.measures = {{workloadIndex(), 1.0, tolerance}};
    o.timeLimitS = 60;
    return o;
}

} // namespace

class TstOptimizer : public QObject {
    Q_OBJECT
private slots:
    void contiguityNeverBroken_data() {
        QTest::addColumn<Project>("project");
        QTest::addColumn<int>("mode");
        QTest::newRow("grid rebalance") << PlanarInstance::grid(24, 24, 3, 3, 1, 2.5)
                                        << int(OptimizerOptions::Mode::Rebalance);
        QTest::newRow("grid build") << PlanarInstance::grid(24, 24, 3, 3, 2, 2.5) << int(OptimizerOptions::Mode::Build);
        QTest::newRow("delaunay rebalance")
            << PlanarInstance::delaunay(600, 6, 3) << int(OptimizerOptions::Mode::Rebalance);
        QTest::newRow("delaunay build") << PlanarInstance::delaunay(600, 6, 4) << int(OptimizerOptions::Mode::Build);
    }
    void contiguityNeverBroken() {
        QFETCH(Project, project);
        QFETCH(int, mode);
        // Break one territory on purpose: it starts in two pieces and may never get a third.
        Scenario& s = project.scenarios.front();
        const QHash<qint64, int> before = piecesOf(project, s.unitTerritory);
        OptimizerOptions o = workload();
        o.mode = OptimizerOptions::Mode(mode);
        const OptimizerResult r = TerritoryOptimizer::run(project, s, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.unitTerritory.size(), project.units.size());
        const QHash<qint64, int> after = piecesOf(project, r.unitTerritory);
        QCOMPARE(after.size(), before.size()); // no territory became empty
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            QVERIFY2(it.value() <= (o.mode == OptimizerOptions::Mode::Build ? 1 : before.value(it.key())),
                     qPrintable(QStringLiteral("territory %1 in %2 pieces").arg(it.key()).arg(it.value())));
        }
        QCOMPARE(r.after.pieces, int(after.size()));
        QVERIFY(r.before.outOfBand > 0 || o.mode == OptimizerOptions::Mode::Build);
        QVERIFY2(r.allInBand, qPrintable(r.reasons.join(u'\n')));
        QVERIFY(worstDeviation(sumsOf(project, s, r.unitTerritory)) <= 0.05 + 1e-9);
    }

    void startingInPiecesNeverGetsMore() {
        Project p = PlanarInstance::grid(20, 20, 2, 2, 5, 2.0);
        Scenario& s = p.scenarios.front();
        // Territory 100 also owns an enclave inside territory 103's block: two pieces at start.
        for (int y = 14; y < 17; ++y)
            for (int x = 14; x < 17; ++x) s.unitTerritory[std::size_t(y * 20 + x)] = PlanarInstance::firstTerritory;
        const QHash<qint64, int> before = piecesOf(p, s.unitTerritory);
        QCOMPARE(before.value(PlanarInstance::firstTerritory), 2);
        const OptimizerResult r = TerritoryOptimizer::run(p, s, workload());
        QVERIFY(r.ok);
        const QHash<qint64, int> after = piecesOf(p, r.unitTerritory);
        for (auto it = after.cbegin(); it != after.cend(); ++it) QVERIFY(it.value() <= before.value(it.key()));
    }

    void locksScopeAndNamedAccountsUntouched() {
        Project p = PlanarInstance::grid(24, 24, 3, 3, 6, 3.0);
        Scenario& s = p.scenarios.front();
        const qint64 locked = PlanarInstance::firstTerritory;      // the heavy lower-left block
        const qint64 outside = PlanarInstance::firstTerritory + 8; // upper-right, out of scope
        p.territory(locked)->locked = true;
        // Named accounts: two accounts of the heavy corner belong to the upper-right territory.
        s.overrides.insert(p.accounts[0].id, outside);
        s.overrides.insert(p.accounts[1].id, PlanarInstance::firstTerritory + 1);
        OptimizerOptions o = workload();
        for (int t = 1; t < 8; ++t) o.onlyTerritories.push_back(PlanarInstance::firstTerritory + t);
        const Project original = p;
        const OptimizerResult r = TerritoryOptimizer::run(p, s, o);
        QVERIFY(r.ok);
        int changed = 0;
        for (std::size_t u = 0; u < p.units.size(); ++u) {
            const qint64 was = s.unitTerritory[u], now = r.unitTerritory[u];
            if (was == locked || was == outside || now == locked || now == outside) QCOMPARE(now, was);
            changed += was != now;
        }
        QVERIFY(changed > 0);
        // The optimiser reads the project only: overrides, locks, assignment are as they were.
        QCOMPARE(p.scenarios.front().overrides, original.scenarios.front().overrides);
        QCOMPARE(p.scenarios.front().unitTerritory, original.scenarios.front().unitTerritory);
        // The scope's band is about its own mean: the seven territories end within +-5 %.
        QHash<qint64, double> sums = sumsOf(p, s, r.unitTerritory);
        sums.remove(locked);
        sums.remove(outside);
        QVERIFY2(worstDeviation(sums) <= 0.05 + 1e-9, qPrintable(r.reasons.join(u'\n')));
    }

    void buildKeepsLocksAndHomes_data() {
        QTest::addColumn<int>("compactness");
        QTest::newRow("border") << int(OptimizerOptions::Compactness::Border);
        QTest::newRow("travel") << int(OptimizerOptions::Compactness::Travel);
    }
    void buildKeepsLocksAndHomes() {
        // Building re-cuts pairs of neighbouring territories (recombination): the locked centre
        // territory and every rep's home unit stay where they are, every territory is one piece,
        // and the same seed gives the same plan.
        QFETCH(int, compactness);
        Project p = PlanarInstance::grid(24, 24, 3, 3, 8, 2.0);
        const Scenario& s = p.scenarios.front();
        const qint64 locked = PlanarInstance::firstTerritory + 4;
        p.territory(locked)->locked = true;
        OptimizerOptions o = workload();
        o.mode = OptimizerOptions::Mode::Build;
        o.compactness = OptimizerOptions::Compactness(compactness);
        o.seed = 5;
        const OptimizerResult r = TerritoryOptimizer::run(p, s, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        for (std::size_t u = 0; u < p.units.size(); ++u)
            if (s.unitTerritory[u] == locked || r.unitTerritory[u] == locked)
                QCOMPARE(r.unitTerritory[u], s.unitTerritory[u]);
        for (const Territory& t : p.territories) {
            if (t.id == locked || !t.repId) continue;
            const geo::GeoPoint home = p.rep(t.repId)->home;
            int unit = -1;
            for (std::size_t u = 0; u < p.units.size() && unit < 0; ++u) {
                const geo::Box& b = p.units[u].bounds;
                if (home.lon >= b.min_corner().lon && home.lon <= b.max_corner().lon && home.lat >= b.min_corner().lat
                    && home.lat <= b.max_corner().lat)
                    unit = int(u);
            }
            QVERIFY(unit >= 0);
            QCOMPARE(r.unitTerritory[std::size_t(unit)], t.id);
        }
        const QHash<qint64, int> pieces = piecesOf(p, r.unitTerritory);
        QCOMPARE(pieces.size(), 9);
        for (int n : pieces) QCOMPARE(n, 1);
        QHash<qint64, double> sums = sumsOf(p, s, r.unitTerritory);
        sums.remove(locked);
        QVERIFY2(worstDeviation(sums) <= 0.05 + 1e-9, qPrintable(r.reasons.join(u'\n')));
        const OptimizerResult again = TerritoryOptimizer::run(p, s, o);
        QCOMPARE(again.unitTerritory, r.unitTerritory);
    }

    void regionScopeAndKeepRegions() {
        Project p = PlanarInstance::grid(24, 24, 3, 3, 7, 2.0);
        Scenario& s = p.scenarios.front();
        // Two regions: west (columns 0,1 of blocks) and east (column 2).
        p.territories.push_back(Territory{50, 1, "West", "#000000", 0, 0, Territory::Level::Region, false});
        p.territories.push_back(Territory{51, 1, "East", "#000000", 0, 0, Territory::Level::Region, false});
        for (Territory& t : p.territories)
            if (t.level == Territory::Level::Territory)
                t.parentId = (t.id - PlanarInstance::firstTerritory) % 3 == 2 ? 51 : 50;
        OptimizerOptions o = workload();
        o.regionId = 50;
        OptimizerResult r = TerritoryOptimizer::run(p, s, o);
        QVERIFY(r.ok);
        for (std::size_t u = 0; u < p.units.size(); ++u)
            if (p.territory(s.unitTerritory[u])->parentId == 51) QCOMPARE(r.unitTerritory[u], s.unitTerritory[u]);
        o.regionId = 0;
        o.keepRegions = true;
        r = TerritoryOptimizer::run(p, s, o);
        QVERIFY(r.ok);
        for (std::size_t u = 0; u < p.units.size(); ++u)
            QCOMPARE(p.territory(r.unitTerritory[u])->parentId, p.territory(s.unitTerritory[u])->parentId);
    }

    void rebalanceMovesOnlyWhatItMust_data() {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 21") << quint64(21);
        QTest::newRow("seed 22") << quint64(22);
        QTest::newRow("seed 23") << quint64(23);
    }
    void rebalanceMovesOnlyWhatItMust() {
        // Two neighbouring blocks knocked out of a +-10 % band by two columns handed from one to
        // the other; every other block is inside. A rebalance with minimal disruption touches only
        // those two and moves no more accounts than the columns held.
        QFETCH(quint64, seed);
        Project p = PlanarInstance::grid(24, 24, 3, 3, seed);
        Scenario& s = p.scenarios.front();
        const qint64 giver = PlanarInstance::firstTerritory + 1, taker = PlanarInstance::firstTerritory;
        for (int y = 0; y < 8; ++y)
            for (int x : {8, 9}) s.unitTerritory[std::size_t(y * 24 + x)] = taker;
        OptimizerOptions o = workload(10.0);
        o.seed = seed;
        const OptimizerResult r = TerritoryOptimizer::run(p, s, o);
        QVERIFY(r.ok);
        QVERIFY2(r.before.outOfBand == 2, qPrintable(QString::number(r.before.outOfBand))); // the premise
        QVERIFY2(r.allInBand, qPrintable(r.reasons.join(u'\n')));
        qint64 moved = 0;
        for (std::size_t u = 0; u < p.units.size(); ++u) {
            if (r.unitTerritory[u] == s.unitTerritory[u]) continue;
            QVERIFY2(s.unitTerritory[u] == giver || s.unitTerritory[u] == taker,
                     qPrintable(QStringLiteral("unit %1 left %2").arg(u).arg(s.unitTerritory[u])));
            QVERIFY2(r.unitTerritory[u] == giver || r.unitTerritory[u] == taker,
                     qPrintable(QStringLiteral("unit %1 went to %2").arg(u).arg(r.unitTerritory[u])));
            ++moved; // one account per unit
        }
        QVERIFY2(moved >= 1 && moved <= 16, qPrintable(QString::number(moved)));
        QCOMPARE(r.after.accountsMoved, moved);
    }

    void disruptionCapRespected_data() {
        QTest::addColumn<double>("capPct");
        QTest::newRow("2 %") << 2.0;
        QTest::newRow("5 %") << 5.0;
        QTest::newRow("10 %") << 10.0;
    }
    void disruptionCapRespected() {
        QFETCH(double, capPct);
        const Project p = PlanarInstance::grid(30, 30, 3, 3, 8, 2.5);
        const Scenario& s = p.scenarios.front();
        OptimizerOptions o = workload();
        o.maxMovedAccountsPct = capPct;
        const OptimizerResult r = TerritoryOptimizer::run(p, s, o);
        QVERIFY(r.ok);
        qint64 moved = 0;
        for (const Account& a : p.accounts)
            moved += r.unitTerritory[std::size_t(a.unit)] != s.unitTerritory[std::size_t(a.unit)];
        QVERIFY2(100.0 * double(moved) / double(p.accounts.size()) <= capPct + 1e-9,
                 qPrintable(QString::number(moved)));
        QCOMPARE(r.after.accountsMoved, moved);
        // Balance improves as far as the cap lets it; when it stops short, the reasons say so.
        QVERIFY(r.after.excess < r.before.excess);
        if (!r.allInBand) QVERIFY(!r.reasons.isEmpty());
    }

    void sameSeedSamePlan() {
        const Project p = PlanarInstance::delaunay(800, 8, 9);
        OptimizerOptions o = workload();
        o.mode = OptimizerOptions::Mode::Build;
        o.seed = 77;
        const OptimizerResult a = TerritoryOptimizer::run(p, p.scenarios.front(), o);
        const OptimizerResult b = TerritoryOptimizer::run(p, p.scenarios.front(), o);
        QVERIFY(a.ok && b.ok);
        QCOMPARE(a.unitTerritory, b.unitTerritory);
        o.mode = OptimizerOptions::Mode::Rebalance;
        const OptimizerResult c = TerritoryOptimizer::run(p, p.scenarios.front(), o);
        const OptimizerResult d = TerritoryOptimizer::run(p, p.scenarios.front(), o);
        QCOMPARE(c.unitTerritory, d.unitTerritory);
    }

    void cancelKeepsProjectAndGivesValidPlan() {
        const Project p = PlanarInstance::delaunay(3000, 30, 10);
        const Project original = p;
        std::atomic<bool> cancel{false};
        int reports = 0;
        OptimizerOptions o = workload();
        o.mode = OptimizerOptions::Mode::Build;
        o.cancel = &cancel;
        o.progress = [&](const OptimizerProgress& progress) {
            QVERIFY(progress.best);
            ++reports;
            cancel = true; // stop at the first report
        };
        const OptimizerResult r = TerritoryOptimizer::run(p, p.scenarios.front(), o);
        QVERIFY(r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(reports >= 1);
        QCOMPARE(p.scenarios.front().unitTerritory, original.scenarios.front().unitTerritory);
        // What came back is a complete plan with every territory in one piece.
        const QHash<qint64, int> pieces = piecesOf(p, r.unitTerritory);
        QCOMPARE(pieces.size(), 30);
        for (int n : pieces) QCOMPARE(n, 1);
    }

    void infeasibleGivesBestPlanAndReasons() {
        Project p = PlanarInstance::grid(20, 20, 2, 2, 11);
        // One unit carries far more workload than a whole territory's band allows.
        const int heavy = 5 * 20 + 5;
        double total = 0.0;
        for (const Account& a : p.accounts) total += a.workloadHours;
        p.accounts[std::size_t(heavy)].workloadHours = total; // half of the new total
        const Scenario& s = p.scenarios.front();
        const OptimizerResult r = TerritoryOptimizer::run(p, s, workload());
        QVERIFY(r.ok);
        QVERIFY(!r.allInBand);
        QVERIFY(r.after.excess <= r.before.excess);
        const QString heavyTerritory = p.territory(r.unitTerritory[std::size_t(heavy)])->name;
        bool named = false;
        for (const QString& reason : r.reasons)
            named = named
                    || (reason.startsWith(heavyTerritory + u' ') && reason.contains(p.units[std::size_t(heavy)].name));
        QVERIFY2(named, qPrintable(r.reasons.join(u'\n')));
        const QHash<qint64, int> pieces = piecesOf(p, r.unitTerritory);
        for (int n : pieces) QCOMPARE(n, 1);
    }

    void fillAssignsEveryUnit() {
        Project p = PlanarInstance::grid(24, 24, 3, 3, 12);
        Scenario& s = p.scenarios.front();
        // A band through the middle row of blocks and a corner are unassigned.
        for (int y = 0; y < 24; ++y)
            for (int x = 0; x < 24; ++x)
                if ((y >= 10 && y < 13) || (x > 20 && y > 20)) s.unitTerritory[std::size_t(y * 24 + x)] = 0;
        OptimizerOptions o = workload();
        o.mode = OptimizerOptions::Mode::Fill;
        const OptimizerResult r = TerritoryOptimizer::run(p, s, o);
        QVERIFY(r.ok);
        for (qint64 t : r.unitTerritory) QVERIFY(t != 0);
        for (int n : piecesOf(p, r.unitTerritory)) QCOMPARE(n, 1);
        QVERIFY2(r.allInBand, qPrintable(r.reasons.join(u'\n')));
    }

    void threeMeasuresWithinFivePercent() {
        const Project p = PlanarInstance::delaunay(1500, 15, 13);
        OptimizerOptions o;
        o.mode = OptimizerOptions::Mode::Build;
        o.measures = {{int(MeasureDefinition::Kind::WorkloadHours), 1.0, 5.0},
                      {int(MeasureDefinition::Kind::RevenuePotential), 1.0, 5.0},
                      {int(MeasureDefinition::Kind::Pipeline), 1.0, 5.0}};
        const OptimizerResult r = TerritoryOptimizer::run(p, p.scenarios.front(), o);
        QVERIFY(r.ok);
        QVERIFY2(r.allInBand, qPrintable(r.reasons.join(u'\n')));
        const Scenario& s = p.scenarios.front();
        QVERIFY(worstDeviation(sumsOf(p, s, r.unitTerritory, &Account::workloadHours)) <= 0.05 + 1e-9);
        QVERIFY(worstDeviation(sumsOf(p, s, r.unitTerritory, &Account::revenuePotential)) <= 0.05 + 1e-9);
        QVERIFY(worstDeviation(sumsOf(p, s, r.unitTerritory, &Account::pipeline)) <= 0.05 + 1e-9);
    }

    void buildNewTerritoryCount() {
        const Project p = PlanarInstance::grid(24, 24, 2, 2, 14);
        OptimizerOptions o = workload();
        o.mode = OptimizerOptions::Mode::Build;
        o.territoryCount = 6;
        const OptimizerResult r = TerritoryOptimizer::run(p, p.scenarios.front(), o);
        QVERIFY(r.ok);
        QCOMPARE(int(r.newTerritories.size()), 6);
        const QHash<qint64, int> pieces = piecesOf(p, r.unitTerritory);
        QCOMPARE(pieces.size(), 6);
        for (auto it = pieces.cbegin(); it != pieces.cend(); ++it) {
            QVERIFY(it.key() <= -1 && it.key() >= -6);
            QCOMPARE(it.value(), 1);
        }
        QVERIFY(r.allInBand);
    }

    void refusesWhatCannotBeOptimised() {
        Project p = PlanarInstance::grid(10, 10, 2, 1, 15);
        for (Territory& t : p.territories) t.locked = true;
        OptimizerResult r = TerritoryOptimizer::run(p, p.scenarios.front(), workload());
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        p.territories.front().locked = false;
        OptimizerOptions o = workload();
        o.mode = OptimizerOptions::Mode::Build;
        o.territoryCount = 5; // a new count while a territory is locked
        r = TerritoryOptimizer::run(p, p.scenarios.front(), o);
        QVERIFY(!r.ok);
    }
};

QTEST_GUILESS_MAIN(TstOptimizer)
#include "tst_optimizer.moc"
