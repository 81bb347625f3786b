// Benchmark: the territory optimiser (medians, RESULT lines for run-benchmarks.sh; each row's data
// column also carries the median CPU time of the process, since the machine may be shared).
//  - US counties (lower 48) with the demo's 5000 accounts: rebalance the demo's plan of record
//    (within +-8 %) into +-5 % moving at most 10 % of the accounts; rebalance the demo's former
//    starting plan (grown from the reps' homes, greedily balanced: -43 % .. +55 % workload) into
//    +-5 %, with the least load x borders crossed that any plan needs from there (a min-cost flow
//    on the graph of neighbouring territories, TransferPlanner) for comparison, and with a hard cap
//    of 10 % of the accounts; build 12 and 50 territories from scratch.
//  - The benchmarks' grid (33,124 units, 1M accounts, 500 territories): build; disturb 15 % of
//    the units, then rebalance (skipped with --quick).
//  - Random planar instances (Delaunay triangulation of n random points, three measures, p = n/100
//    territories): build, all three measures within +-5 %.
//  - The exact peer: small instances (grids and Delaunay graphs of 24..60 units, 3-4
//    territories, workload within +-5 %, minimal border length, every territory connected)
//    solved by CBC (coinor-cbc, MipPeer) and by the optimiser: border length ratio and time ratio
//    (skipped when cbc is not installed). The 3-territory instances have no rep homes; in the
//    4-territory ones each territory holds its rep's home unit in both (without, CBC finds no
//    plan at all in 120 s). --peer-cache DIR reuses CBC's answers while iterating.
// Each row's data column carries the balance figures of the result; a result outside its band
// makes the benchmark exit 1 after printing everything.
// usage: bench_optimize [--quick] [--runs N] [--case NAME[,NAME...]] [--peer-cache DIR] [--peer-time S]
#include "optimize/boundarybalancer.h"
#include "optimize/regiongrower.h"
#include "optimize/territoryoptimizer.h"
#include "optimize/transferplanner.h"

#include "geo/unitindex.h"
#include "builders/demoprojectbuilder.h"

#include "support/planarinstance.h"
#include "benchresult.h"
#include "mippeer.h"
#include "support/gridproject.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

#include <sys/resource.h>

using namespace tp;
using namespace tp::optimize;

namespace {

int failures = 0;
QStringList onlyCases; // --case A,B: run only these cases (by name)
bool wanted(const QString& what) {
    return onlyCases.isEmpty() || onlyCases.contains(what);
}

double cpuMs() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (double(u.ru_utime.tv_sec) + double(u.ru_stime.tv_sec)) * 1e3
           + (double(u.ru_utime.tv_usec) + double(u.ru_stime.tv_usec)) / 1e3;
}

struct Run {
    std::vector<double> ms, cpu;
    OptimizerResult last;
};

Run measure(const QString& name, const Project& p, const Scenario& s, const OptimizerOptions& o, int runs) {
    Run r;
    if (!wanted(name)) return r;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuMs();
        r.last = TerritoryOptimizer::run(p, s, o);
        r.ms.push_back(double(t.nsecsElapsed()) / 1e6);
        r.cpu.push_back(cpuMs() - cpu0);
        if (!r.last.ok) {
            std::fprintf(stderr, "optimiser refused: %s\n", qPrintable(r.last.error));
            ++failures;
            return r;
        }
    }
    return r;
}

QString figures(const OptimizerResult& r) {
    QStringList worst;
    for (std::size_t m = 0; m < r.after.worstDeviationPct.size(); ++m)
        worst << QStringLiteral("%1 %2%3 %")
                     .arg(r.measureNames.value(int(m)).toLower(), r.after.worstDeviationPct[m] >= 0 ? "+" : "")
                     .arg(r.after.worstDeviationPct[m], 0, 'f', 1);
    QString text = QStringLiteral("worst %1 (before %2 %); %3 out of band; border %4 km")
                       .arg(worst.join(QStringLiteral(", ")))
                       .arg(r.before.worstDeviationPct.empty() ? 0.0 : r.before.worstDeviationPct[0], 0, 'f', 1)
                       .arg(r.after.outOfBand)
                       .arg(r.after.borderKm, 0, 'f', 0);
    if (r.after.unitsMoved)
        text += QStringLiteral("; moved %1 units, %2 accounts (%3 %)")
                    .arg(r.after.unitsMoved)
                    .arg(r.after.accountsMoved)
                    .arg(r.after.accountsMovedPct, 0, 'f', 1);
    return text;
}

void report(const char* operation, const QString& data, const Run& run, double budgetMs, double maxMovedPct = -1,
            bool bandRequired = true) {
    if (run.ms.empty()) return;
    const QString text = data + QStringLiteral("; ") + figures(run.last)
                         + QStringLiteral("; CPU %1 ms").arg(bench::median(run.cpu), 0, 'f', 0);
    bench::printResult(operation, qPrintable(text), run.ms, budgetMs);
    std::fprintf(stderr, "%s: %s, median %.0f ms\n", operation, qPrintable(text), bench::median(run.ms));
    if (!run.last.allInBand) {
        // A county heavier than a whole band makes the band impossible: that is reported, not failed.
        bool forcedOnly = true;
        for (const QString& reason : run.last.reasons)
            forcedOnly = forcedOnly && reason.contains(QStringLiteral(" alone ("));
        std::fprintf(stderr, "  NOT IN BAND%s:\n    %s\n",
                     forcedOnly ? " (only where one unit alone exceeds the band)" : "",
                     qPrintable(run.last.reasons.join(QStringLiteral("\n    "))));
        if (!forcedOnly && bandRequired) ++failures;
    }
    if (maxMovedPct >= 0 && run.last.after.accountsMovedPct > maxMovedPct) {
        std::fprintf(stderr, "  moved %.1f %% of accounts (limit %.0f %%)\n", run.last.after.accountsMovedPct,
                     maxMovedPct);
        ++failures;
    }
}

// The demo's plan before the optimiser existed: grown from the reps' home counties, then greedy
// boundary balancing (RegionGrower + BoundaryBalancer), as a scenario of the project.
Scenario formerDemoPlan(const Project& p) {
    const geo::UnitIndex index([&] {
        std::vector<geo::MultiPolygon> shapes;
        for (const Unit& u : p.units) shapes.push_back(u.shape);
        return shapes;
    }());
    std::vector<int> seeds;
    std::vector<qint64> leafIds;
    for (const Territory* t : p.territoriesOf(p.currentScenarioId)) {
        if (t->level != Territory::Level::Territory) continue;
        seeds.push_back(index.unitAt(p.rep(t->repId)->home));
        leafIds.push_back(t->id);
    }
    std::vector<double> load(p.units.size(), 0.0);
    for (const Account& a : p.accounts)
        if (a.unit >= 0) load[std::size_t(a.unit)] += a.workloadHours;
    BoundaryBalancer balancer(p, RegionGrower::grow(p, seeds, load), seeds, load);
    balancer.balance();
    Scenario s = *p.currentScenario();
    for (std::size_t u = 0; u < p.units.size(); ++u) s.unitTerritory[u] = leafIds[std::size_t(balancer.owner()[u])];
    return s;
}

// The least load x borders crossed that brings every territory of `s` inside +-tolerance of the
// mean workload (TransferPlanner's min-cost flow on the graph of neighbouring territories), in %
// of the total workload: a yardstick for what a rebalance from `s` has to move.
double leastTransferPct(const Project& p, const Scenario& s, double tolerance) {
    QHash<qint64, int> slot;
    for (const Territory* t : p.territoriesOf(s.id))
        if (t->level == Territory::Level::Territory) slot.insert(t->id, int(slot.size()));
    std::vector<double> load(std::size_t(slot.size()), 0.0);
    double total = 0.0;
    for (const Account& a : p.accounts) {
        if (a.unit < 0) continue;
        const int k = slot.value(s.unitTerritory[std::size_t(a.unit)], -1);
        if (k < 0) continue;
        load[std::size_t(k)] += a.workloadHours;
        total += a.workloadHours;
    }
    std::vector<std::pair<int, int>> borders;
    for (const geo::SharedEdge& e : p.adjacency) {
        const int a = slot.value(s.unitTerritory[std::size_t(e.unitA)], -1),
                  b = slot.value(s.unitTerritory[std::size_t(e.unitB)], -1);
        if (a >= 0 && b >= 0 && a != b) borders.push_back({std::min(a, b), std::max(a, b)});
    }
    std::sort(borders.begin(), borders.end());
    borders.erase(std::unique(borders.begin(), borders.end()), borders.end());
    const std::vector<double> target(load.size(), total / double(load.size()));
    double moved = 0.0;
    for (const TransferPlanner::Arc& arc : TransferPlanner::plan(load, target, tolerance, tolerance, borders))
        moved += arc.amount;
    return total > 0 ? 100.0 * moved / total : 0.0;
}

// The fewest accounts any rebalance of `s` into +-tolerance of the mean workload must move, in %
// of all accounts, whatever the adjacency: every territory above the band's top sheds at least
// its excess, every one below its bottom gains at least its shortfall, with accounts of its own
// (resp. of the others) taken heaviest first; the shed (gained) sets of different territories
// are disjoint, so their least sizes add up. Named accounts never move and are left out.
double leastAccountsMovedPct(const Project& p, const Scenario& s, double tolerance) {
    QHash<qint64, int> slot;
    for (const Territory* t : p.territoriesOf(s.id))
        if (t->level == Territory::Level::Territory) slot.insert(t->id, int(slot.size()));
    const std::size_t K = std::size_t(slot.size());
    std::vector<double> load(K, 0.0);
    std::vector<std::vector<double>> own(K);
    std::vector<std::pair<double, int>> all; // workload, territory of every movable account
    double total = 0.0;
    for (const Account& a : p.accounts) {
        const bool named = s.overrides.contains(a.id);
        const int k =
            slot.value(named ? s.overrides.value(a.id) : (a.unit >= 0 ? s.unitTerritory[std::size_t(a.unit)] : 0), -1);
        if (k < 0) continue;
        load[std::size_t(k)] += a.workloadHours;
        total += a.workloadHours;
        if (named) continue;
        own[std::size_t(k)].push_back(a.workloadHours);
        all.push_back({a.workloadHours, k});
    }
    std::sort(all.begin(), all.end(), std::greater<>());
    const double mean = total / double(K), top = mean * (1 + tolerance), bottom = mean * (1 - tolerance);
    double shed = 0.0, gained = 0.0;
    for (std::size_t k = 0; k < K; ++k) {
        if (load[k] > top) {
            std::sort(own[k].begin(), own[k].end(), std::greater<>());
            double w = 0.0;
            for (double x : own[k]) {
                if (w >= load[k] - top) break;
                w += x;
                shed += 1;
            }
        } else if (load[k] < bottom) {
            double w = 0.0;
            for (const auto& [x, from] : all) {
                if (w >= bottom - load[k]) break;
                if (from == int(k)) continue;
                w += x;
                gained += 1;
            }
        }
    }
    return p.accounts.empty() ? 0.0 : 100.0 * std::max(shed, gained) / double(p.accounts.size());
}

OptimizerOptions workload(double tolerance = 5.0) {
    OptimizerOptions o;
    o.measures = {{int(MeasureDefinition::Kind::WorkloadHours), 1.0, tolerance}};
    o.timeLimitS = 120;
    return o;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int runs = 5;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = args[i + 1].toInt();
    if (const qsizetype i = args.indexOf(QStringLiteral("--case")); i > 0 && i + 1 < args.size())
        onlyCases = args[i + 1].split(u',', Qt::SkipEmptyParts);
    QString peerCache; // --peer-cache DIR: reuse CBC's answers (iterating only; the table's run solves afresh)
    if (const qsizetype i = args.indexOf(QStringLiteral("--peer-cache")); i > 0 && i + 1 < args.size())
        peerCache = args[i + 1];
    int peerSeconds = 120; // --peer-time S: CBC's CPU time limit per instance
    if (const qsizetype i = args.indexOf(QStringLiteral("--peer-time")); i > 0 && i + 1 < args.size())
        peerSeconds = args[i + 1].toInt();

    // --- US counties, the demo's accounts
    Project demo;
    QString error;
    if (!builders::DemoProjectBuilder::build({}, &demo, &error)) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(error));
        return 1;
    }
    const Scenario former = formerDemoPlan(demo);
    const QString demoData =
        QStringLiteral("%1 US counties, %2 accounts, 12 territories").arg(demo.units.size()).arg(demo.accounts.size());
    {
        OptimizerOptions o = workload();
        const Scenario& record = *demo.currentScenario();
        const Run fromRecord = measure("demo-rebalance", demo, record, o, runs);
        report("optimiser: rebalance demo into +-5 %", demoData + QStringLiteral(" (plan of record, within +-8 %)"),
               fromRecord, 2000, 10.0);
        const Run r = measure("demo-rebalance-former", demo, former, o, runs);
        report("optimiser: rebalance demo into +-5 % from the former plan (-43 .. +55 %)",
               demoData
                   + QStringLiteral(
                         "; least load x borders crossed from there: %1 % of the workload; least accounts moved: %2 %")
                         .arg(leastTransferPct(demo, former, 0.05), 0, 'f', 1)
                         .arg(leastAccountsMovedPct(demo, former, 0.05), 0, 'f', 1),
               r, 2000);
        o.maxMovedAccountsPct = 10;
        const Run capped = measure("demo-rebalance-capped", demo, former, o, runs);
        report("optimiser: rebalance demo from the former plan, cap 10 % of accounts",
               demoData
                   + QStringLiteral("; no plan inside +-5 % moves fewer than %1 % of the accounts")
                         .arg(leastAccountsMovedPct(demo, former, 0.05), 0, 'f', 1),
               capped, 2000, 10.0, false);
        o = workload();
        o.mode = OptimizerOptions::Mode::Build;
        report("optimiser: build into +-5 % (12 territories)", demoData,
               measure("demo-build-12", demo, former, o, runs), 5000);
        o.territoryCount = 50;
        report("optimiser (50 territories): build into +-5 %",
               QStringLiteral("%1 US counties, %2 accounts, 50 territories")
                   .arg(demo.units.size())
                   .arg(demo.accounts.size()),
               measure("demo-build-50", demo, former, o, std::max(1, runs / 2 + 1)), 10000);
    }

    // --- the exact peer on small instances
    if (wanted(QStringLiteral("peer"))) {
        if (bench::MipPeer::program().isEmpty()) {
            std::fprintf(stderr, "exact peer: skipped (cbc is not installed; ./run.sh installs coinor-cbc)\n");
        } else {
            struct Instance {
                QString name;
                Project project;
                int territories;
                bool homes; // the reps' homes pin their units (in both): CBC then finds plans for 4 territories
            };
            std::vector<Instance> instances;
            instances.push_back(
                {QStringLiteral("grid 6x4"), testsupport::PlanarInstance::grid(6, 4, 3, 1, 11), 3, false});
            instances.push_back(
                {QStringLiteral("grid 6x6"), testsupport::PlanarInstance::grid(6, 6, 3, 1, 12), 3, false});
            instances.push_back(
                {QStringLiteral("Delaunay 40"), testsupport::PlanarInstance::delaunay(40, 3, 13), 3, false});
            instances.push_back(
                {QStringLiteral("grid 8x6, homes pinned"), testsupport::PlanarInstance::grid(8, 6, 2, 2, 14), 4, true});
            instances.push_back({QStringLiteral("Delaunay 60, homes pinned"),
                                 testsupport::PlanarInstance::delaunay(60, 4, 15), 4, true});
            for (Instance& in : instances) {
                // Both solve the same problem: without homes no unit is pinned (ours builds without
                // them); with homes each territory holds its rep's home unit (the first unit whose
                // box holds the home, as the optimiser picks it; the territories are the reps' in
                // order).
                std::vector<int> pinned;
                if (in.homes) {
                    for (const Territory& t : in.project.territories) {
                        const geo::GeoPoint home = in.project.rep(t.repId)->home;
                        int unit = -1;
                        for (std::size_t u = 0; u < in.project.units.size() && unit < 0; ++u) {
                            const geo::Box& b = in.project.units[u].bounds;
                            if (home.lon >= b.min_corner().lon && home.lon <= b.max_corner().lon
                                && home.lat >= b.min_corner().lat && home.lat <= b.max_corner().lat)
                                unit = int(u);
                        }
                        pinned.push_back(unit);
                    }
                } else {
                    for (Rep& r : in.project.reps) r.home = {};
                }
                std::vector<std::vector<double>> values(in.project.units.size(), std::vector<double>(1, 0.0));
                for (const Account& a : in.project.accounts)
                    if (a.unit >= 0) values[std::size_t(a.unit)][0] += a.workloadHours;
                const bench::MipPeer::Outcome exact =
                    bench::MipPeer::solve(in.project, in.territories, values, 0.05, peerSeconds, pinned, peerCache);
                OptimizerOptions o = workload();
                o.mode = OptimizerOptions::Mode::Build;
                o.restarts = 8;
                const Run ours = measure(QStringLiteral("peer"), in.project, in.project.scenarios.front(), o, runs);
                const double oursCpuMs = bench::median(ours.cpu);
                const QString data =
                    QStringLiteral("%1 (%2 units, %3 territories), workload +-5 %; CBC %4 in %5 s CPU: border %6 km; "
                                   "ours %7 km in %8 ms CPU (%9 out of band); border ratio %10, CPU time ratio %11 %")
                        .arg(in.name)
                        .arg(in.project.units.size())
                        .arg(in.territories)
                        .arg(exact.ran ? (exact.optimal ? QStringLiteral("optimal")
                                                        : QStringLiteral("best found (time limit)"))
                                       : exact.message)
                        .arg(exact.cpuSeconds, 0, 'f', 1)
                        .arg(exact.borderKm, 0, 'f', 0)
                        .arg(ours.last.after.borderKm, 0, 'f', 0)
                        .arg(oursCpuMs, 0, 'f', 1)
                        .arg(ours.last.after.outOfBand)
                        .arg(exact.ran && exact.borderKm > 0 ? ours.last.after.borderKm / exact.borderKm : 0.0, 0, 'f',
                             3)
                        .arg(exact.cpuSeconds > 0 ? 100.0 * oursCpuMs / 1000.0 / exact.cpuSeconds : 0.0, 0, 'f', 3);
                bench::printResult("optimiser vs exact MIP (CBC): build, border length", qPrintable(data), ours.ms, -1);
                std::fprintf(stderr, "exact peer: %s\n", qPrintable(data));
            }
        }
    }

    // --- random planar instances, three measures
    for (int n : {1000, 2000, 5000, 10000}) {
        if (!wanted(QStringLiteral("delaunay-%1").arg(n))) continue;
        const Project p = testsupport::PlanarInstance::delaunay(n, n / 100, quint64(n));
        OptimizerOptions o;
        o.mode = OptimizerOptions::Mode::Build;
        o.timeLimitS = 120;
        o.measures = {{int(MeasureDefinition::Kind::WorkloadHours), 1.0, 5.0},
                      {int(MeasureDefinition::Kind::RevenuePotential), 1.0, 5.0},
                      {int(MeasureDefinition::Kind::Pipeline), 1.0, 5.0}};
        const QString data = QStringLiteral("Delaunay n=%1, p=%2, 3 measures").arg(n).arg(n / 100);
        report("optimiser (random planar): build, 3 measures into +-5 %", data,
               measure(QStringLiteral("delaunay-%1").arg(n), p, p.scenarios.front(), o, n <= 2000 ? 3 : 1), -1);
    }

    if (!quick && (wanted(QStringLiteral("grid-build")) || wanted(QStringLiteral("grid-rebalance")))) {
        // --- the benchmarks' grid: 33,124 units, 1M accounts, 500 territories
        Project grid = testsupport::GridProject::make(1'000'000, QStringLiteral("Optimiser benchmark"));
        const QString data = QStringLiteral("33124 grid units, 1000000 accounts, 500 territories");
        OptimizerOptions o = workload();
        o.mode = OptimizerOptions::Mode::Build;
        report("optimiser (500 territories): build into +-5 %", data,
               measure("grid-build", grid, grid.scenarios.front(), o, 1), 60000);
        // Disturb 15 % of the units: border units handed to a neighbouring territory (contiguity
        // is the optimiser's business, so only moves that keep the giver whole are made).
        Scenario disturbed = grid.scenarios.front();
        {
            std::vector<int> owner(grid.units.size());
            QHash<qint64, int> slot;
            std::vector<qint64> ids;
            for (std::size_t u = 0; u < owner.size(); ++u) {
                if (!slot.contains(disturbed.unitTerritory[u])) {
                    slot.insert(disturbed.unitTerritory[u], int(ids.size()));
                    ids.push_back(disturbed.unitTerritory[u]);
                }
                owner[u] = slot.value(disturbed.unitTerritory[u]);
            }
            std::vector<int> seeds(ids.size(), -1);
            for (std::size_t u = 0; u < owner.size(); ++u)
                if (seeds[std::size_t(owner[u])] < 0) seeds[std::size_t(owner[u])] = int(u);
            BoundaryBalancer b(grid, owner, seeds, std::vector<double>(grid.units.size(), 1.0));
            std::mt19937 rng(7);
            const int target = int(0.15 * double(grid.units.size()));
            int moved = 0;
            for (int guard = 0; moved < target && guard < 200000; ++guard) {
                const int from = int(rng() % ids.size());
                const int to = (from + 1 + int(rng() % 2) * (testsupport::GridProject::blocksX - 1)) % int(ids.size());
                moved += b.moveBorderUnits(from, to, 8);
            }
            for (std::size_t u = 0; u < owner.size(); ++u) disturbed.unitTerritory[u] = ids[std::size_t(b.owner()[u])];
        }
        o = workload();
        report("optimiser (500 territories): rebalance after disturbing 15 % of units", data,
               measure("grid-rebalance", grid, disturbed, o, 1), 10000);
    }
    return failures ? 1 : 0;
}
