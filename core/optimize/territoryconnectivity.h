#pragma once
// TerritoryConnectivity: answers the optimiser's most frequent question, "does this territory keep
// its pieces when this unit leaves?" (the unit's neighbours in its territory must still reach each
// other without it). A breadth-first search from one of those neighbours, limited to a few dozen
// units, settles most questions, since neighbours usually meet again close by. When it does not,
// the unit may be an articulation point: the articulation points of its whole piece are computed
// with Boost.Graph (Tarjan's depth-first search, boost::articulation_points) and kept until the
// territory changes, so a territory asked about many times between moves is searched once, not
// once per question. Owned by one OptimizerSearch; one thread.

#include "model/unitgraph.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace tp::optimize {

class TerritoryConnectivity {
public:
    TerritoryConnectivity(const UnitGraph& graph, int slotCount);

    // owner: territory slot per unit (< 0: not a slot). True when removing `unit` from its
    // territory leaves every piece of that territory in one piece. Not thorough: what the short
    // local search cannot settle counts as "no" (for optional moves, where a wrong "no" only
    // costs a missed improvement).
    bool staysConnectedWithout(int unit, const std::vector<int>& owner, bool thorough = true);
    // A unit joined or left the slot: what is known about it is forgotten.
    void changed(int slot) {
        if (slot >= 0) m_slotVersion[std::size_t(slot)] = ++m_counter;
    }
    void forgetAll();

    // Statistics for the benchmark's notes: questions settled locally / by articulation points.
    std::uint64_t localAnswers() const { return m_localAnswers; }
    std::uint64_t articulationRuns() const { return m_runs; }

private:
    void computeArticulationPoints(int unit, const std::vector<int>& owner);
    std::uint32_t nextStamp();

    const UnitGraph& m_graph;
    std::vector<std::uint64_t> m_slotVersion;
    std::uint64_t m_counter = 0;
    std::vector<std::uint64_t> m_cutVersion; // per unit: the slot version its answer belongs to
    std::vector<char> m_isCut;
    std::vector<std::uint32_t> m_seen, m_target;
    std::uint32_t m_stamp = 0;
    std::vector<int> m_queue, m_local, m_localIndex;
    std::vector<std::size_t> m_cuts;
    std::vector<std::pair<std::size_t, std::size_t>> m_edges;
    std::uint64_t m_localAnswers = 0, m_runs = 0;
};

} // namespace tp::optimize
