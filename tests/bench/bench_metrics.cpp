// Benchmark: the metrics engine on 1M accounts, 33,124 units (a 182 x 182 grid over the US extent,
// with adjacency) and 500 contiguous territories with reps. Measures the full recompute (unit sums
// -> territory metrics), single-unit moves across a territory border, and 200-unit batch moves;
// medians and worst runs (also as RESULT lines for run-benchmarks.sh). Optional argument: number of accounts.
#include "model/metricsengine.h"
#include "model/scenariocomparison.h"
#include "model/project.h"

#include "geo/geodesy.h"

#include "benchresult.h"
#include "support/gridproject.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace tp;

namespace {

constexpr int side = testsupport::GridProject::side;
constexpr int blocksX = testsupport::GridProject::blocksX, blocksY = testsupport::GridProject::blocksY;

Project makeProject(int accountCount) {
    return testsupport::GridProject::make(accountCount, QStringLiteral("Metrics benchmark"));
}

using bench::median;
using bench::worst;

double elapsedMs(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

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
        const double fx[] = {x.workloadHours, x.revenue,      x.perimeterKm,   x.compactness,
                             x.meanTravelKm,  x.deviationPct, double(x.pieces)};
        const double fy[] = {y.workloadHours, y.revenue,      y.perimeterKm,   y.compactness,
                             y.meanTravelKm,  y.deviationPct, double(y.pieces)};
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

    const QString data =
        QStringLiteral("%1 accounts, %2 units, %3 territories").arg(accounts).arg(side * side).arg(blocksX * blocksY);
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
            const ScenarioDiff diff =
                ScenarioComparison::compare(project, *project.scenario(1), *project.scenario(2), a, b);
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
