#pragma once
// planPieces: how many connected pieces each territory of a plan (unit -> territory id, 0 for
// unassigned) has in the project's unit adjacency graph, for tests that check a gesture leaves
// no territory in pieces. Header-only; any thread.

#include "model/project.h"
#include "model/unitgraph.h"

#include <map>
#include <vector>

namespace tp::testsupport {

inline std::map<qint64, int> planPieces(const Project& p, const std::vector<qint64>& plan) {
    UnitGraph graph(int(p.units.size()), p.adjacency);
    std::map<qint64, int> slotOf;
    for (qint64 t : plan)
        if (t != 0) slotOf.try_emplace(t, int(slotOf.size()));
    std::vector<int> owner(plan.size(), -1);
    for (std::size_t u = 0; u < plan.size(); ++u)
        if (plan[u] != 0) owner[u] = slotOf[plan[u]];
    std::vector<int> count;
    graph.countAllPieces(owner, int(slotOf.size()), count);
    std::map<qint64, int> result;
    for (auto [t, slot] : slotOf) result[t] = count[std::size_t(slot)];
    return result;
}

} // namespace tp::testsupport
