#pragma once
// TeamsProject: a small project for the team tests: a 6 x 6 grid of unit squares with adjacency
// and measured areas, 400 accounts with seeded segments (Enterprise, Mid-Market, SMB), industries
// (Healthcare, Retail, Energy) and values, three reps, and two scenarios whose territories (three
// leaf strips under a region) cover the grid with one unit left unassigned and two named accounts.
// With withTeams, the first team is "Enterprise" (segment = Enterprise) with two strips, a second
// "Commercial" (Mid-Market, SMB) has three, and an overlay "Healthcare" (industry = Healthcare) two,
// each with its own plan in both scenarios. Header-only.

#include "model/project.h"

#include "geo/geodesy.h"
#include "support/makerep.h"

#include <random>

namespace tp::testsupport {

struct TeamsProject {
    static constexpr int side = 6;

    // Territories of `team` in scenario `scenarioId`: a region and `count` vertical strips under it,
    // ids from firstId (the region) on; the last unit is left unassigned, two accounts are named.
    static void addPlan(Project& p, qint64 scenarioId, qint64 team, int count, qint64 firstId) {
        Territory region;
        region.id = firstId;
        region.scenarioId = scenarioId;
        region.teamId = team;
        region.name = QStringLiteral("Region %1").arg(firstId);
        region.level = Territory::Level::Region;
        p.territories.push_back(region);
        for (int k = 0; k < count; ++k) {
            Territory t;
            t.id = firstId + 1 + k;
            t.scenarioId = scenarioId;
            t.teamId = team;
            t.parentId = firstId;
            t.name = QStringLiteral("Strip %1").arg(t.id);
            t.color = QStringLiteral("#336699");
            t.repId = qint64(k % 3) + 1;
            p.territories.push_back(t);
        }
        Scenario& s = *p.scenario(scenarioId);
        std::vector<qint64>& units = s.unitsFor(team, p.units.size());
        for (std::size_t u = 0; u + 1 < units.size(); ++u) units[u] = firstId + 1 + qint64(u % side) * count / side;
        QHash<qint64, qint64>& named = s.overridesFor(team, p.units.size());
        named.insert(p.accounts[7].id, firstId + 1);
        named.insert(p.accounts[11].id, firstId + count);
    }

    static Project make(bool withTeams) {
        Project p;
        p.title = QStringLiteral("teams");
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x) {
                Unit u;
                u.code = QString::number(y * side + x);
                geo::Polygon poly;
                const double x0 = -100 + x, y0 = 40 + y;
                poly.outer() = {{x0, y0}, {x0, y0 + 1}, {x0 + 1, y0 + 1}, {x0 + 1, y0}, {x0, y0}};
                u.shape = {poly};
                u.bounds = geo::Box({x0, y0}, {x0 + 1, y0 + 1});
                u.areaM2 = geo::Geodesy::areaM2(u.shape);
                u.perimeterM = geo::Geodesy::perimeterM(u.shape);
                p.units.push_back(u);
                const int i = y * side + x;
                if (x + 1 < side)
                    p.adjacency.push_back({i, i + 1, geo::Geodesy::distanceM({x0 + 1, y0}, {x0 + 1, y0 + 1}), {}});
                if (y + 1 < side)
                    p.adjacency.push_back({i, i + side, geo::Geodesy::distanceM({x0, y0 + 1}, {x0 + 1, y0 + 1}), {}});
            }
        p.reps = {makeRep(1, QStringLiteral("Ann"), {-99.5, 40.5}, 1800),
                  makeRep(2, QStringLiteral("Bo"), {-97.5, 42.5}, 1600),
                  makeRep(3, QStringLiteral("Cy"), {-95.5, 45.5}, 2000)};
        std::mt19937 rng(23);
        const QStringList segments{QStringLiteral("Enterprise"), QStringLiteral("Mid-Market"), QStringLiteral("SMB")};
        const QStringList industries{QStringLiteral("Healthcare"), QStringLiteral("Retail"), QStringLiteral("Energy")};
        for (int i = 0; i < 400; ++i) {
            Account a;
            a.id = 1000 + i;
            a.externalId = QStringLiteral("ACC-%1").arg(a.id);
            a.name = QStringLiteral("Account %1").arg(i);
            a.segment = segments[int(rng() % 3)];
            a.industry = industries[int(rng() % 3)];
            a.tier = QStringLiteral("B");
            a.revenuePotential = double(rng() % 1000000) / 100.0;
            a.revenue = double(rng() % 500000) / 100.0;
            a.pipeline = double(rng() % 300000) / 100.0;
            a.workloadHours = double(rng() % 80) / 4.0;
            a.unit = int(rng() % std::uint32_t(p.units.size()));
            const geo::Box& b = p.units[std::size_t(a.unit)].bounds;
            a.location = {b.min_corner().lon + double(rng() % 100) / 100.0,
                          b.min_corner().lat + double(rng() % 100) / 100.0};
            p.accounts.push_back(a);
        }
        for (qint64 id : {1, 2}) {
            Scenario s;
            s.id = id;
            s.name = id == 1 ? QStringLiteral("Plan") : QStringLiteral("Proposal");
            s.parentId = id == 1 ? 0 : 1;
            s.unitTerritory.assign(p.units.size(), 0);
            p.scenarios.push_back(s);
        }
        p.currentScenarioId = 1;
        p.reindex();
        if (!withTeams) {
            addPlan(p, 1, Team::defaultId, 3, 100);
            addPlan(p, 2, Team::defaultId, 4, 200);
            return p;
        }
        Team& enterprise = p.teams.front();
        enterprise.name = QStringLiteral("Enterprise");
        enterprise.rule = *AccountRule::parse(QStringLiteral("segment = Enterprise"), nullptr);
        Team commercial;
        commercial.id = 2;
        commercial.name = QStringLiteral("Commercial");
        commercial.rule = *AccountRule::parse(QStringLiteral("segment in Mid-Market, SMB"), nullptr);
        commercial.excluded.insert(p.accounts[3].id);
        Team health;
        health.id = 3;
        health.name = QStringLiteral("Healthcare");
        health.kind = Team::Kind::Overlay;
        health.rule = *AccountRule::parse(QStringLiteral("industry = Healthcare"), nullptr);
        health.included.insert(p.accounts[4].id);
        p.teams.push_back(commercial);
        p.teams.push_back(health);
        for (qint64 s : {1, 2}) {
            addPlan(p, s, 1, 2, s * 100);
            addPlan(p, s, 2, 3, s * 100 + 10);
            addPlan(p, s, 3, 2, s * 100 + 20);
        }
        return p;
    }
};

} // namespace tp::testsupport
