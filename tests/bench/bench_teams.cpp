// Benchmark: editing with several teams. The metrics benchmark's 1M accounts, 33,124 units and
// 500 territories, first as one team covering every account, then as three teams (Enterprise and
// Commercial by segment, a Healthcare overlay by industry), each with its own 500 territories and
// plan. Per team: switching to it (plans swapped, unit rows made for its accounts) and moving
// one unit across a territory border (delta update) and back; then switching to each team again
// (its unit rows kept from before, only a recompute). The budget: a move with
// three teams stays within the single-team move x 3 (each team is edited on its own: one team's
// aggregates change per move). Medians and worst runs, also as RESULT lines. Optional argument:
// number of accounts.
#include "model/metricsengine.h"
#include "model/project.h"

#include "benchresult.h"
#include "support/gridproject.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <random>

using namespace tp;

namespace {

constexpr int side = testsupport::GridProject::side;

double elapsedMs(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

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

// 101 moves and their undos of the current team; (move ms, undo ms).
std::pair<std::vector<double>, std::vector<double>> moves(Project& p, MetricsEngine& engine, std::mt19937& rng) {
    std::vector<double> moveMs, undoMs;
    QElapsedTimer timer;
    for (int run = 0; run < 101; ++run) {
        const UnitMove m = borderMove(p, rng);
        p.currentScenario()->unitTerritory[std::size_t(m.unit)] = m.to;
        timer.start();
        engine.unitsMoved({m});
        moveMs.push_back(elapsedMs(timer));
        p.currentScenario()->unitTerritory[std::size_t(m.unit)] = m.from;
        timer.start();
        engine.unitsMoved({{m.unit, m.to, m.from}});
        undoMs.push_back(elapsedMs(timer));
    }
    return {moveMs, undoMs};
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int accounts = argc > 1 ? QString(argv[1]).toInt() : 1'000'000;
    std::printf("generating %d accounts...\n", accounts);
    std::fflush(stdout);
    Project p = testsupport::GridProject::make(accounts, QStringLiteral("Teams benchmark"));
    testsupport::GridProject::addCrmFields(p);
    const QString data =
        QStringLiteral("%1 accounts, %2 units, 500 territories per team").arg(accounts).arg(side * side);
    const QByteArray d = data.toUtf8();
    std::mt19937 rng(11);

    // One team covering everything: the single-team reference, same data, same run.
    MetricsEngine engine(p);
    engine.recompute(p.currentScenarioId);
    const auto [singleMove, singleUndo] = moves(p, engine, rng);

    // Three teams: the existing one becomes Enterprise; Commercial and Healthcare get copies of the
    // 500 territories (new ids) with the same plan.
    p.teams.front().name = QStringLiteral("Enterprise");
    p.teams.front().rule = *AccountRule::parse(QStringLiteral("segment = Enterprise"), nullptr);
    const std::size_t count = p.territories.size();
    for (qint64 team : {2, 3}) {
        Team t;
        t.id = team;
        t.name = team == 2 ? QStringLiteral("Commercial") : QStringLiteral("Healthcare");
        t.kind = team == 2 ? Team::Kind::Primary : Team::Kind::Overlay;
        t.rule = *AccountRule::parse(
            team == 2 ? QStringLiteral("segment in Mid-Market, SMB") : QStringLiteral("industry = Health"), nullptr);
        p.teams.push_back(t);
        for (std::size_t i = 0; i < count; ++i) {
            Territory copy = p.territories[i];
            copy.id += team * 100000;
            copy.teamId = team;
            p.territories.push_back(copy);
        }
        std::vector<qint64>& units = p.scenarios.front().unitsFor(team, p.units.size());
        units = p.scenarios.front().unitTerritory;
        for (qint64& id : units) id += team * 100000;
    }

    std::printf("\n%-44s | %-50s | %10s | %10s | %s\n", "operation", "data", "median ms", "worst ms", "budget");
    const auto row = [&](const QString& op, double med, double max, const QString& budget) {
        std::printf("%-44s | %-50s | %10.4f | %10.4f | %s\n", qPrintable(op), qPrintable(data), med, max,
                    qPrintable(budget));
    };
    row(QStringLiteral("move one unit, one team (101 runs)"), bench::median(singleMove), bench::worst(singleMove),
        QStringLiteral("<= 0.05 ms"));
    bench::printResult("teams: move one unit, one team (101 runs)", d.constData(), singleMove, 0.05);
    const double budget = 3 * bench::median(singleMove);
    bool within = true;
    const auto switchTo = [&](qint64 teamId) { // ms
        QElapsedTimer timer;
        timer.start();
        p.setCurrentTeam(teamId);
        engine.currentTeamChanged();
        return elapsedMs(timer);
    };
    for (const Team& team : std::vector<Team>(p.teams)) {
        const double switchMs = switchTo(team.id);
        qint64 covered = 0;
        for (const TerritoryMetrics& m : engine.territories()) covered += m.accounts;
        const auto [moveMs, undoMs] = moves(p, engine, rng);
        within = within && bench::median(moveMs) <= budget;
        const QString name = team.name;
        row(QStringLiteral("switch to %1 (%2 accounts)").arg(name).arg(covered), switchMs, switchMs,
            QStringLiteral("-"));
        row(QStringLiteral("move one unit, %1 of 3 teams (101 runs)").arg(name), bench::median(moveMs),
            bench::worst(moveMs), QStringLiteral("<= %1 ms (one team x 3)").arg(budget, 0, 'f', 4));
        row(QStringLiteral("undo that move, %1").arg(name), bench::median(undoMs), bench::worst(undoMs),
            QStringLiteral("<= %1 ms").arg(budget, 0, 'f', 4));
        bench::printResult(qPrintable(QStringLiteral("teams: switch to %1").arg(name)), d.constData(), switchMs, -1,
                           -1);
        bench::printResult(qPrintable(QStringLiteral("teams: move one unit, %1 of 3 teams (101 runs)").arg(name)),
                           d.constData(), moveMs, budget);
    }
    // Again: every team was current before, so its account rows were kept (no rebuild).
    for (const Team& team : std::vector<Team>(p.teams)) {
        const double switchMs = switchTo(team.id);
        const QString op = QStringLiteral("switch back to %1 (rows kept)").arg(team.name);
        row(op, switchMs, switchMs, QStringLiteral("-"));
        bench::printResult(qPrintable(QStringLiteral("teams: ") + op), d.constData(), switchMs, -1, -1);
    }
    // The delta path of the last team equals a full recompute.
    const std::vector<TerritoryMetrics> delta = engine.territories();
    engine.recompute(p.currentScenarioId);
    bool agree = delta.size() == engine.territories().size();
    for (std::size_t i = 0; agree && i < delta.size(); ++i)
        agree = delta[i].accounts == engine.territories()[i].accounts
                && delta[i].workloadHours == engine.territories()[i].workloadHours
                && delta[i].pieces == engine.territories()[i].pieces;
    std::printf("\nthree teams: every move within one team's move x 3: %s; delta equals full recompute: %s\n",
                within ? "yes" : "NO", agree ? "yes" : "NO");
    return within && agree ? 0 : 1;
}
