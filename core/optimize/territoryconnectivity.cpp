#include "territoryconnectivity.h"

#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <algorithm>
#include <iterator>
#include <limits>

namespace tp::optimize {
namespace {

constexpr std::size_t localBudget = 48; // units the local search may visit before asking Boost

} // namespace

TerritoryConnectivity::TerritoryConnectivity(const UnitGraph& graph, int slotCount)
    : m_graph(graph), m_slotVersion(std::size_t(std::max(slotCount, 0)), 0) {
    const std::size_t n = std::size_t(graph.unitCount());
    m_cutVersion.assign(n, 0);
    m_isCut.assign(n, 0);
    m_seen.assign(n, 0);
    m_target.assign(n, 0);
    m_localIndex.assign(n, -1);
    forgetAll();
}

void TerritoryConnectivity::forgetAll() {
    for (std::uint64_t& v : m_slotVersion) v = ++m_counter;
}

std::uint32_t TerritoryConnectivity::nextStamp() {
    if (++m_stamp == std::numeric_limits<std::uint32_t>::max()) {
        std::fill(m_seen.begin(), m_seen.end(), 0);
        std::fill(m_target.begin(), m_target.end(), 0);
        m_stamp = 1;
    }
    return m_stamp;
}

bool TerritoryConnectivity::staysConnectedWithout(int unit, const std::vector<int>& owner, bool thorough) {
    const int a = owner[std::size_t(unit)];
    if (a < 0) return true;
    if (m_cutVersion[std::size_t(unit)] == m_slotVersion[std::size_t(a)]) return !m_isCut[std::size_t(unit)];
    const std::uint32_t stamp = nextStamp();
    int need = 0, first = -1;
    for (int v : m_graph.neighbours(unit)) {
        if (owner[std::size_t(v)] != a || m_target[std::size_t(v)] == stamp) continue;
        m_target[std::size_t(v)] = stamp; // the neighbours to find
        ++need;
        if (first < 0) first = v;
    }
    if (need <= 1) {
        ++m_localAnswers;
        return true;
    }
    m_seen[std::size_t(unit)] = stamp;
    m_seen[std::size_t(first)] = stamp;
    m_queue.assign(1, first);
    int found = 1;
    for (std::size_t head = 0; head < m_queue.size() && m_queue.size() < localBudget; ++head) {
        for (int w : m_graph.neighbours(m_queue[head])) {
            if (owner[std::size_t(w)] != a || m_seen[std::size_t(w)] == stamp) continue;
            m_seen[std::size_t(w)] = stamp;
            if (m_target[std::size_t(w)] == stamp && ++found == need) {
                ++m_localAnswers;
                return true;
            }
            m_queue.push_back(w);
        }
    }
    if (m_queue.size() < localBudget) { // the whole reachable part was seen: some neighbour is cut off
        ++m_localAnswers;
        return false;
    }
    if (!thorough) return false;
    computeArticulationPoints(unit, owner);
    return !m_isCut[std::size_t(unit)];
}

void TerritoryConnectivity::computeArticulationPoints(int unit, const std::vector<int>& owner) {
    ++m_runs;
    const int a = owner[std::size_t(unit)];
    const std::uint32_t stamp = nextStamp();
    // The unit's piece of its territory, numbered 0..size-1.
    m_local.assign(1, unit);
    m_seen[std::size_t(unit)] = stamp;
    m_localIndex[std::size_t(unit)] = 0;
    for (std::size_t head = 0; head < m_local.size(); ++head)
        for (int w : m_graph.neighbours(m_local[head]))
            if (owner[std::size_t(w)] == a && m_seen[std::size_t(w)] != stamp) {
                m_seen[std::size_t(w)] = stamp;
                m_localIndex[std::size_t(w)] = int(m_local.size());
                m_local.push_back(w);
            }
    // Both directions of every edge in a compressed sparse row graph (few allocations); the
    // depth-first search then sees each edge back to an ancestor as a back edge, as in an
    // undirected graph, which is all Tarjan's low-point rule needs.
    m_edges.clear();
    for (std::size_t i = 0; i < m_local.size(); ++i)
        for (int w : m_graph.neighbours(m_local[i]))
            if (owner[std::size_t(w)] == a) m_edges.emplace_back(i, std::size_t(m_localIndex[std::size_t(w)]));
    using Graph = boost::compressed_sparse_row_graph<boost::directedS>;
    const Graph g(boost::edges_are_sorted, m_edges.begin(), m_edges.end(), m_local.size());
    m_cuts.clear();
    boost::articulation_points(g, std::back_inserter(m_cuts));
    const std::uint64_t version = m_slotVersion[std::size_t(a)];
    for (int w : m_local) {
        m_cutVersion[std::size_t(w)] = version;
        m_isCut[std::size_t(w)] = 0;
    }
    for (std::size_t c : m_cuts) m_isCut[std::size_t(m_local[c])] = 1;
}

} // namespace tp::optimize
