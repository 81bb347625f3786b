// Benchmark: the metrics engine on 1M accounts, 33,124 units (a 182 x 182 grid over the US extent,
// with adjacency) and 500 contiguous territories with reps. Measures the full recompute (unit sums
// -> territory metrics), single-unit moves across a territory border, and 200-unit batch moves;
// medians and worst runs (also as RESULT lines for run-benchmarks.sh). Optional argument: number of accounts.
#include "model/metricsengine.h"
#include "model/scenariocomparison.h"
#include "model/project.h"

#include "geo/geodesy.h"

#include "benchresult.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace tp;

namespace {

constexpr int side = 182;            // 182^2 = 33,124 units
constexpr int blocksX = 25, blocksY = 20; // 500 territories
constexpr double lon0 = -125, lat0 = 25, dLon = 58.0 / side, dLat = 24.0 / side;

int territoryOfCell(int x, int y) { return (y * blocksY / side) * blocksX + x * blocksX / side; }

Project makeProject(int accountCount) {
    Project p;
    p.title = QStringLiteral("Metrics benchmark");
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            const double x0 = lon0 + x * dLon, y0 = lat0 + y * dLat;
            Unit u;
            u.code = QString::number(y * side + x);
            geo::Polygon poly;
            poly.outer() = {{x0, y0}, {x0, y0 + dLat}, {x0 + dLon, y0 + dLat}, {x0 + dLon, y0}, {x0, y0}};
            u.shape = {poly};
            u.bounds = geo::Box({x0, y0}, {x0 + dLon, y0 + dLat});
            u.areaM2 = geo::Geodesy::areaM2(u.shape);
            u.perimeterM = geo::Geodesy::perimeterM(u.shape);
            p.units.push_back(std::move(u));
            const int i = y * side + x;
            if (x + 1 < side)
                p.adjacency.push_back({i, i + 1, geo::Geodesy::distanceM({x0 + dLon, y0}, {x0 + dLon, y0 + dLat}), {}});
            if (y + 1 < side)
                p.adjacency.push_back({i, i + side, geo::Geodesy::distanceM({x0, y0 + dLat}, {x0 + dLon, y0 + dLat}), {}});
        }
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> unit01(0, 1);
    p.accounts.reserve(std::size_t(accountCount));
    for (int i = 0; i < accountCount; ++i) {
        Account a;
        a.id = 1'000'000 + i;
        a.unit = int(unit01(rng) * double(p.units.size()));
        const geo::GeoPoint corner = p.units[std::size_t(a.unit)].bounds.min_corner();
        a.location = {corner.lon + unit01(rng) * dLon, corner.lat + unit01(rng) * dLat};
        a.revenuePotential = unit01(rng) * 1e6;
        a.revenue = unit01(rng) * 1e5;
        a.pipeline = unit01(rng) * 1e5;
        a.workloadHours = 10 + unit01(rng) * 50;
        a.extra.insert(QStringLiteral("Seats"), int(unit01(rng) * 500));
        a.extra.insert(QStringLiteral("Owner"), QStringLiteral("rep%1").arg(i % 300));
        p.accounts.push_back(std::move(a));
    }
    Scenario s;
    s.id = 1;
    s.name = QStringLiteral("Base");
    s.unitTerritory.resize(p.units.size());
    for (int t = 0; t < blocksX * blocksY; ++t) {
        const double cx = lon0 + (t % blocksX + 0.5) * 58.0 / blocksX, cy = lat0 + (t / blocksX + 0.5) * 24.0 / blocksY;
        p.reps.push_back(Rep{t + 1, QStringLiteral("Rep %1").arg(t), "", {cx, cy}, 1600, 1e6, {}});
        p.territories.push_back(Territory{1000 + t, s.id, QStringLiteral("T%1").arg(t), "#336699", t + 1, 0,
                                          Territory::Level::Territory, false});
    }
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) s.unitTerritory[std::size_t(y * side + x)] = 1000 + territoryOfCell(x, y);
    p.scenarios.push_back(s);
    p.currentScenarioId = s.id;
    p.reindex();
    return p;
}

using bench::median;
using bench::worst;

double elapsedMs(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

// A unit on a territory border and the territory of a neighbour across it.
UnitMove borderMove(const Project& p, std::mt19937& rng) {
    const Scenario& s = *p.currentScenario();
    for (;;) {
        const int u = int(rng() % p.units.size());
        const int x = u % side, y = u / side;
        const int nx[] = {x - 1, x + 1, x, x}, ny[] = {y, y, y - 1, y + 1};
        for (int i = 0; i < 4; ++i) {
            if (nx[i] < 0 || ny[i] < 0 || nx[i] >= side || ny[i] >= side) continue;
            const qint64 other = s.unitTerritory[std::size_t(ny[i] * side + nx[i])];
            if (other != s.unitTerritory[std::size_t(u)]) return {u, s.unitTerritory[std::size_t(u)], other};
        }
    }
}

void apply(Project& p, const std::vector<UnitMove>& moves, bool undo) {
    for (const UnitMove& m : moves) p.currentScenario()->unitTerritory[std::size_t(m.unit)] = undo ? m.from : m.to;
}

std::vector<UnitMove> reversed(std::vector<UnitMove> moves) {
    std::reverse(moves.begin(), moves.end());
    for (UnitMove& m : moves) std::swap(m.from, m.to);
    return moves;
}

bool sameBits(const MetricsEngine& a, const MetricsEngine& b) {
    if (a.territories().size() != b.territories().size()) return false;
    for (std::size_t i = 0; i < a.territories().size(); ++i) {
        const TerritoryMetrics &x = a.territories()[i], &y = b.territories()[i];
        const double fx[] = {x.workloadHours, x.revenue, x.perimeterKm, x.compactness, x.meanTravelKm, x.deviationPct, double(x.pieces)};
        const double fy[] = {y.workloadHours, y.revenue, y.perimeterKm, y.compactness, y.meanTravelKm, y.deviationPct, double(y.pieces)};
        if (std::memcmp(fx, fy, sizeof fx) != 0 || x.measures != y.measures) return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int accounts = argc > 1 ? QString(argv[1]).toInt() : 1'000'000;
    std::printf("generating %d accounts, %d units, %d territories...\n", accounts, side * side, blocksX * blocksY);
    std::fflush(stdout);
    Project project = makeProject(accounts);

    QElapsedTimer timer;
    timer.start();
    MetricsEngine engine(project);
    const double buildMs = elapsedMs(timer);
    std::vector<MeasureDefinition> measures = MeasureDefinition::defaultsFor(project); // + Seats
    measures.push_back(MeasureDefinition::composite(QStringLiteral("Score"), {{4, 1.0}, {5, 0.1}}));
    timer.start();
    engine.setMeasures(measures);
    const double measuresMs = elapsedMs(timer);

    std::vector<double> fullMs;
    for (int run = 0; run < 15; ++run) {
        timer.start();
        engine.recompute(project.currentScenarioId);
        fullMs.push_back(elapsedMs(timer));
    }

    std::mt19937 rng(7);
    std::vector<double> moveMs, undoMs;
    for (int run = 0; run < 101; ++run) {
        const std::vector<UnitMove> move{borderMove(project, rng)};
        apply(project, move, false);
        timer.start();
        engine.unitsMoved(move);
        moveMs.push_back(elapsedMs(timer));
        apply(project, move, true);
        timer.start();
        engine.unitsMoved(reversed(move));
        undoMs.push_back(elapsedMs(timer));
    }

    std::vector<double> batchMs;
    for (int run = 0; run < 15; ++run) {
        std::vector<UnitMove> batch;
        for (int i = 0; i < 200; ++i) {
            batch.push_back(borderMove(project, rng));
            apply(project, {batch.back()}, false);
        }
        timer.start();
        engine.unitsMoved(batch);
        batchMs.push_back(elapsedMs(timer));
        if (run % 2 == 1) { // keep the plan roughly as it was
            apply(project, reversed(batch), false);
            engine.unitsMoved(reversed(batch));
        }
    }
    // The state left by all those deltas must equal a fresh build.
    MetricsEngine fresh(project);
    fresh.setMeasures(measures);
    const bool agree = sameBits(engine, fresh);

    const QString data = QStringLiteral("%1 accounts, %2 units, %3 territories").arg(accounts).arg(side * side).arg(blocksX * blocksY);
    std::printf("\n%-34s | %-44s | %10s | %10s | %s\n", "operation", "data", "median ms", "worst ms", "budget");
    const auto row = [&](const char* op, double med, double max, const char* budget) {
        std::printf("%-34s | %-44s | %10.4f | %10.4f | %s\n", op, qPrintable(data), med, max, budget);
    };
    row("build (unit sums, cold travel)", buildMs, buildMs, "- (once per project/import)");
    row("setMeasures (+1 extra column)", measuresMs, measuresMs, "- (when measures change)");
    row("full recompute (15 runs)", median(fullMs), worst(fullMs), "<= 3 ms");
    row("move one unit (101 runs)", median(moveMs), worst(moveMs), "<= 0.05 ms");
    row("undo that move (101 runs)", median(undoMs), worst(undoMs), "<= 0.05 ms");
    row("move 200 units, batch (15 runs)", median(batchMs), worst(batchMs), "- (lasso/paint)");
    std::printf("\n");
    const QByteArray d = data.toUtf8();
    bench::printResult("metrics engine build (unit sums, cold travel)", d.constData(), buildMs, -1, -1);
    bench::printResult("setMeasures (+1 extra column)", d.constData(), measuresMs, -1, -1);
    bench::printResult("full metric recompute (15 runs)", d.constData(), fullMs, 3);
    bench::printResult("move one unit (delta update of all metrics; 101 runs)", d.constData(), moveMs, 0.05);
    bench::printResult("move one unit, undo (101 runs)", d.constData(), undoMs, 0.05);
    bench::printResult("move 200 units, batch (lasso/paint; 15 runs)", d.constData(), batchMs, -1);
    std::printf("delta path equals a fresh full build: %s\n", agree ? "yes" : "NO");

    // Comparing two scenarios (what the compare dock does): a copy with its own territory ids
    // and 200 units moved; both recomputed, then units, accounts and metric deltas listed.
    {
        Scenario copy = *project.scenario(project.currentScenarioId);
        copy.id = 2;
        copy.name = QStringLiteral("Copy");
        const std::size_t territoryCount = project.territories.size();
        for (std::size_t i = 0; i < territoryCount; ++i) {
            Territory t = project.territories[i];
            t.id += 100000;
            t.scenarioId = copy.id;
            project.territories.push_back(t);
        }
        for (qint64& t : copy.unitTerritory) t += 100000;
        for (int k = 0; k < 200; ++k) {
            const std::size_t u = std::size_t(k) * 131 % copy.unitTerritory.size();
            copy.unitTerritory[u] = copy.unitTerritory[(u + 1) % copy.unitTerritory.size()];
        }
        project.scenarios.push_back(copy);
        std::vector<double> compareMs;
        std::size_t changedUnits = 0, changedAccounts = 0;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer t;
            t.start();
            engine.recompute(1);
            const std::vector<TerritoryMetrics> a = engine.territories();
            engine.recompute(2);
            const std::vector<TerritoryMetrics> b = engine.territories();
            engine.recompute(1);
            const ScenarioDiff diff = ScenarioComparison::compare(project, *project.scenario(1), *project.scenario(2), a, b);
            compareMs.push_back(double(t.nsecsElapsed()) / 1e6);
            changedUnits = diff.units.size();
            changedAccounts = diff.accounts.size();
        }
        std::printf("compare two scenarios (7 runs): median %.1f ms, worst %.1f ms; %zu units, %zu accounts differ\n",
                    median(compareMs), worst(compareMs), changedUnits, changedAccounts);
        bench::printResult("compare two scenarios (7 runs)", d.constData(), compareMs, 1000);
    }
    return agree ? 0 : 1;
}
