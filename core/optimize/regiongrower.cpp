#include "regiongrower.h"

#include "geo/geodesy.h"

#include <limits>
#include <queue>

namespace tp::optimize {
std::vector<int> RegionGrower::grow(const Project& project, const std::vector<int>& seeds,
                                    const std::vector<double>& unitLoad) {
    const std::size_t unitCount = project.units.size();
    std::vector<std::vector<int>> neighbours(unitCount);
    for (const geo::SharedEdge& e : project.adjacency) {
        neighbours[std::size_t(e.unitA)].push_back(e.unitB);
        neighbours[std::size_t(e.unitB)].push_back(e.unitA);
    }
    std::vector<geo::GeoPoint> centres(unitCount);
    for (std::size_t u = 0; u < unitCount; ++u) centres[u] = geo::centreOf(project.units[u].bounds);

    // Per territory: a frontier ordered by distance to its seed.
    using Candidate = std::pair<double, int>;
    using Frontier = std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>>;
    std::vector<Frontier> frontiers(seeds.size());
    std::vector<double> load(seeds.size(), 0.0);
    std::vector<int> owner(unitCount, -1);

    auto take = [&](std::size_t k, int unit) {
        owner[std::size_t(unit)] = int(k);
        load[k] += unitLoad[std::size_t(unit)];
        for (int n : neighbours[std::size_t(unit)]) {
            if (owner[std::size_t(n)] < 0)
                frontiers[k].push(
                    {geo::Geodesy::distanceM(centres[std::size_t(seeds[k])], centres[std::size_t(n)]), n});
        }
    };
    for (std::size_t k = 0; k < seeds.size(); ++k)
        if (owner[std::size_t(seeds[k])] < 0) take(k, seeds[k]);

    for (;;) {
        // The lightest territory that can still grow takes its nearest free frontier unit.
        std::size_t best = seeds.size();
        for (std::size_t k = 0; k < seeds.size(); ++k) {
            while (!frontiers[k].empty() && owner[std::size_t(frontiers[k].top().second)] >= 0) frontiers[k].pop();
            if (!frontiers[k].empty() && (best == seeds.size() || load[k] < load[best])) best = k;
        }
        if (best == seeds.size()) break;
        const int unit = frontiers[best].top().second;
        frontiers[best].pop();
        take(best, unit);
    }

    for (std::size_t u = 0; u < unitCount; ++u) {
        if (owner[u] >= 0) continue;
        double nearest = std::numeric_limits<double>::max();
        for (std::size_t k = 0; k < seeds.size(); ++k) {
            const double d = geo::Geodesy::distanceM(centres[std::size_t(seeds[k])], centres[u]);
            if (d < nearest) {
                nearest = d;
                owner[u] = int(k);
            }
        }
    }
    return owner;
}

} // namespace tp::optimize
