#include "boundarybalancer.h"

#include <algorithm>
#include <cmath>

namespace tp::optimize {

BoundaryBalancer::BoundaryBalancer(const Project& project, std::vector<int> owner, std::vector<int> seeds,
                                   std::vector<double> unitLoad)
    : m_neighbours(project.units.size()), m_borderM(project.units.size()), m_owner(std::move(owner)),
      m_isSeed(project.units.size(), 0), m_unitLoad(std::move(unitLoad)), m_load(seeds.size(), 0.0),
      m_size(seeds.size(), 0), m_seen(project.units.size(), 0) {
    for (const geo::SharedEdge& e : project.adjacency) {
        m_neighbours[std::size_t(e.unitA)].push_back(e.unitB);
        m_neighbours[std::size_t(e.unitB)].push_back(e.unitA);
        m_borderM[std::size_t(e.unitA)].push_back(e.lengthM);
        m_borderM[std::size_t(e.unitB)].push_back(e.lengthM);
    }
    for (int s : seeds) m_isSeed[std::size_t(s)] = 1;
    for (std::size_t u = 0; u < m_owner.size(); ++u) {
        if (m_owner[u] < 0) continue;
        m_load[std::size_t(m_owner[u])] += m_unitLoad[u];
        ++m_size[std::size_t(m_owner[u])];
    }
}

bool BoundaryBalancer::bordersTerritory(int unit, int territory) const {
    const auto& n = m_neighbours[std::size_t(unit)];
    return std::any_of(n.begin(), n.end(), [&](int v) { return m_owner[std::size_t(v)] == territory; });
}

double BoundaryBalancer::borderWith(int unit, int territory) const {
    double length = 0.0;
    const auto& n = m_neighbours[std::size_t(unit)];
    for (std::size_t i = 0; i < n.size(); ++i)
        if (m_owner[std::size_t(n[i])] == territory) length += m_borderM[std::size_t(unit)][i];
    return length;
}

bool BoundaryBalancer::staysConnectedWithout(int unit) {
    // The unit's neighbours in its own territory must still reach each other without it; then the
    // territory has no more pieces than before (islands it already had stay as they are).
    const int territory = m_owner[std::size_t(unit)];
    std::vector<int> targets;
    for (int v : m_neighbours[std::size_t(unit)])
        if (m_owner[std::size_t(v)] == territory) targets.push_back(v);
    if (targets.empty()) return false; // a piece of its own: moving it would not split, but keep it
    ++m_stamp;
    m_seen[std::size_t(unit)] = m_stamp;
    m_seen[std::size_t(targets.front())] = m_stamp;
    m_queue.assign(1, targets.front());
    std::size_t found = 1; // neighbour lists hold each unit once
    for (std::size_t head = 0; head < m_queue.size() && found < targets.size(); ++head) {
        for (int v : m_neighbours[std::size_t(m_queue[head])]) {
            if (m_owner[std::size_t(v)] != territory || m_seen[std::size_t(v)] == m_stamp) continue;
            m_seen[std::size_t(v)] = m_stamp;
            m_queue.push_back(v);
            found += std::size_t(std::count(targets.begin(), targets.end(), v));
        }
    }
    return found >= targets.size();
}

void BoundaryBalancer::move(int unit, int to) {
    const int from = m_owner[std::size_t(unit)];
    m_load[std::size_t(from)] -= m_unitLoad[std::size_t(unit)];
    --m_size[std::size_t(from)];
    m_load[std::size_t(to)] += m_unitLoad[std::size_t(unit)];
    ++m_size[std::size_t(to)];
    m_owner[std::size_t(unit)] = to;
}

int BoundaryBalancer::balance(int passes) {
    int moved = 0;
    for (int pass = 0; pass < passes; ++pass) {
        int movedThisPass = 0;
        for (std::size_t u = 0; u < m_owner.size(); ++u) {
            const int from = m_owner[u];
            if (from < 0 || m_isSeed[u]) continue;
            // The lightest neighbouring territory for which the move narrows the gap.
            int best = -1;
            for (int v : m_neighbours[u]) {
                const int to = m_owner[std::size_t(v)];
                if (to < 0 || to == from) continue;
                const double gap = m_load[std::size_t(from)] - m_load[std::size_t(to)];
                if (gap > 0 && std::abs(gap - 2 * m_unitLoad[u]) < gap
                    && (best < 0 || m_load[std::size_t(to)] < m_load[std::size_t(best)]))
                    best = to;
            }
            // Only units that border the receiver at least as much as their own territory: the
            // border moves smoothly instead of growing tendrils.
            if (best < 0 || borderWith(int(u), best) < borderWith(int(u), from) || !staysConnectedWithout(int(u)))
                continue;
            move(int(u), best);
            ++movedThisPass;
        }
        moved += movedThisPass;
        if (movedThisPass == 0) break;
    }
    return moved;
}

int BoundaryBalancer::moveBorderUnits(int from, int to, int count) {
    int moved = 0;
    while (moved < count) {
        int movedThisRound = 0;
        std::vector<int> border;
        for (std::size_t u = 0; u < m_owner.size(); ++u)
            if (m_owner[u] == from && !m_isSeed[u] && bordersTerritory(int(u), to)) border.push_back(int(u));
        for (int u : border) {
            if (moved == count) break;
            if (m_owner[std::size_t(u)] != from
                || m_load[std::size_t(from)] - m_load[std::size_t(to)] <= m_unitLoad[std::size_t(u)]
                || !staysConnectedWithout(u))
                continue;
            move(u, to);
            ++moved;
            ++movedThisRound;
        }
        if (movedThisRound == 0) break;
    }
    return moved;
}

} // namespace tp::optimize
