#pragma once
// GrownTerritories: the benchmarks' way to cut a real unit layer into contiguous territories:
// simultaneous region growing (breadth first) from shuffled seed units over the adjacency graph,
// so every territory is one connected piece of about the same number of units. Adds the
// territories (ids 1000.., colours spread over the hue circle) and scenario 1 ("Bench") to the
// project and makes it current; units without neighbours go round-robin. The random generator is
// the caller's, so what it draws next (accounts) stays the same as before the fixture existed.
// Header-only, for the bench executables (bench_render, bench_ziplevel).

#include "model/project.h"

#include <QColor>

#include <algorithm>
#include <deque>
#include <random>
#include <vector>

namespace tp::testsupport {

struct GrownTerritories {
    static constexpr qint64 firstId = 1000;

    // Returns the shuffled unit order whose first territoryCount entries are the seeds.
    static std::vector<int> grow(Project& p, int territoryCount, std::mt19937& rng) {
        const std::size_t n = p.units.size();
        std::vector<std::vector<int>> neighbours(n);
        for (const auto& e : p.adjacency) {
            neighbours[std::size_t(e.unitA)].push_back(e.unitB);
            neighbours[std::size_t(e.unitB)].push_back(e.unitA);
        }
        std::vector<int> order(n);
        for (std::size_t i = 0; i < n; ++i) order[i] = int(i);
        std::shuffle(order.begin(), order.end(), rng);
        Scenario s;
        s.id = 1;
        s.name = QStringLiteral("Bench");
        s.unitTerritory.assign(n, 0);
        std::deque<int> queue;
        for (int t = 0; t < territoryCount && std::size_t(t) < n; ++t) {
            Territory terr;
            terr.id = firstId + t;
            terr.scenarioId = 1;
            terr.name = QStringLiteral("T%1").arg(t);
            terr.color = QColor::fromHsv((t * 137) % 360, 110 + (t * 53) % 90, 200 + (t * 29) % 50).name();
            p.territories.push_back(terr);
            s.unitTerritory[std::size_t(order[std::size_t(t)])] = terr.id;
            queue.push_back(order[std::size_t(t)]);
        }
        while (!queue.empty()) {
            const int u = queue.front();
            queue.pop_front();
            for (int v : neighbours[std::size_t(u)]) {
                if (s.unitTerritory[std::size_t(v)] != 0) continue;
                s.unitTerritory[std::size_t(v)] = s.unitTerritory[std::size_t(u)];
                queue.push_back(v);
            }
        }
        for (std::size_t i = 0; i < n; ++i) // islands with no neighbours
            if (s.unitTerritory[i] == 0) s.unitTerritory[i] = firstId + qint64(i % std::size_t(territoryCount));
        p.scenarios.push_back(s);
        p.currentScenarioId = 1;
        return order;
    }
};

} // namespace tp::testsupport
