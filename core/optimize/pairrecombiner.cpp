#include "pairrecombiner.h"

#include <boost/pending/disjoint_sets.hpp>

#include <algorithm>
#include <cmath>

namespace tp::optimize {
namespace {

bool better(double excess, double compact, double bestExcess, double bestCompact) {
    if (std::abs(excess - bestExcess) > PairRecombiner::costTolerance) return excess < bestExcess;
    return compact < bestCompact - PairRecombiner::costTolerance;
}

} // namespace

PairRecombiner::PairRecombiner(const UnitGraph& graph, int measureCount)
    : m_graph(graph), M(measureCount), m_local(std::size_t(graph.unitCount()), -1),
      m_stampOf(std::size_t(graph.unitCount()), 0) {}

bool PairRecombiner::drawTree(std::mt19937_64& rng) {
    // Kruskal on random weights: edges in random order, each joins two different components
    // (Boost's disjoint sets) or is dropped. A random spanning tree (not uniform among all trees,
    // as GerryChain's default), rooted at local unit 0, breadth-first order kept for subtree sums.
    const int n = int(m_parent.size());
    m_edgeOrder.resize(m_edges.size());
    for (std::size_t e = 0; e < m_edges.size(); ++e) m_edgeOrder[e] = {std::uint32_t(rng()), int(e)};
    std::sort(m_edgeOrder.begin(), m_edgeOrder.end());
    m_rank.assign(std::size_t(n), 0);
    m_setParent.resize(std::size_t(n));
    boost::disjoint_sets<int*, int*> sets(m_rank.data(), m_setParent.data());
    for (int i = 0; i < n; ++i) sets.make_set(i);
    for (int i = 0; i < n; ++i) m_treeAdjacent[std::size_t(i)].clear();
    int joined = 0;
    for (const auto& [key, e] : m_edgeOrder) {
        const Edge& edge = m_edges[std::size_t(e)];
        const int ra = sets.find_set(edge.a), rb = sets.find_set(edge.b);
        if (ra == rb) continue;
        sets.link(ra, rb);
        m_treeAdjacent[std::size_t(edge.a)].push_back(edge.b);
        m_treeAdjacent[std::size_t(edge.b)].push_back(edge.a);
        if (++joined == n - 1) break;
    }
    if (joined != n - 1) return false;
    m_order.clear();
    m_order.push_back(0);
    m_parent[0] = -1;
    m_depth[0] = 0;
    for (std::size_t h = 0; h < m_order.size(); ++h) {
        const int x = m_order[h];
        for (int y : m_treeAdjacent[std::size_t(x)])
            if (y != m_parent[std::size_t(x)]) {
                m_parent[std::size_t(y)] = x;
                m_depth[std::size_t(y)] = m_depth[std::size_t(x)] + 1;
                m_order.push_back(y);
            }
    }
    return int(m_order.size()) == n;
}

PairRecombiner::Split PairRecombiner::best(const Input& in, int trees, std::mt19937_64& rng, const Excess& excess) {
    Split result;
    const int n = int(in.units.size());
    if (n < 2) return result;
    const bool travel = !in.costFirst.empty();
    if (++m_stamp == 0) {
        std::fill(m_stampOf.begin(), m_stampOf.end(), 0);
        m_stamp = 1;
    }
    for (int i = 0; i < n; ++i) {
        m_local[std::size_t(in.units[std::size_t(i)])] = i;
        m_stampOf[std::size_t(in.units[std::size_t(i)])] = m_stamp;
    }
    m_edges.clear();
    for (int i = 0; i < n; ++i) {
        const auto nb = m_graph.neighbours(in.units[std::size_t(i)]);
        const auto len = m_graph.lengths(in.units[std::size_t(i)]);
        for (std::size_t j = 0; j < nb.size(); ++j) {
            const int v = nb[j];
            if (m_stampOf[std::size_t(v)] != m_stamp) continue;
            const int k = m_local[std::size_t(v)];
            if (k > i) m_edges.push_back({i, k, double(len[j])});
        }
    }
    if (m_treeAdjacent.size() < std::size_t(n)) m_treeAdjacent.resize(std::size_t(n));
    m_parent.assign(std::size_t(n), -1);
    m_depth.assign(std::size_t(n), 0);
    std::vector<double> total(static_cast<std::size_t>(M), 0.0), first(static_cast<std::size_t>(M)),
        second(static_cast<std::size_t>(M));
    int forcedFirst = 0, forcedSecond = 0;
    double totalCostFirst = 0.0, totalCostSecond = 0.0;
    for (int i = 0; i < n; ++i) {
        for (int m = 0; m < M; ++m)
            total[std::size_t(m)] += in.values[std::size_t(i) * std::size_t(M) + std::size_t(m)];
        forcedFirst += in.forced[std::size_t(i)] == 1;
        forcedSecond += in.forced[std::size_t(i)] == 2;
        if (travel) {
            totalCostFirst += in.costFirst[std::size_t(i)];
            totalCostSecond += in.costSecond[std::size_t(i)];
        }
    }
    int bestTreeCut = -1;
    bool bestSubIsFirst = true;
    for (int t = 0; t < trees; ++t) {
        if (!drawTree(rng)) return result; // the units are not connected
        m_sub.assign(std::size_t(n) * std::size_t(M), 0.0);
        m_cut.assign(std::size_t(n), 0.0);
        m_subForcedFirst.assign(std::size_t(n), 0);
        m_subForcedSecond.assign(std::size_t(n), 0);
        m_subCostFirst.assign(std::size_t(n), 0.0);
        m_subCostSecond.assign(std::size_t(n), 0.0);
        // Border length of each tree edge's cut: every edge adds its length on the tree path
        // between its ends, i.e. at both ends and minus twice at their lowest common ancestor.
        for (const Edge& e : m_edges) {
            int a = e.a, b = e.b;
            m_cut[std::size_t(a)] += e.length;
            m_cut[std::size_t(b)] += e.length;
            while (m_depth[std::size_t(a)] > m_depth[std::size_t(b)]) a = m_parent[std::size_t(a)];
            while (m_depth[std::size_t(b)] > m_depth[std::size_t(a)]) b = m_parent[std::size_t(b)];
            while (a != b) {
                a = m_parent[std::size_t(a)];
                b = m_parent[std::size_t(b)];
            }
            m_cut[std::size_t(a)] -= 2.0 * e.length;
        }
        for (int i = 0; i < n; ++i) {
            for (int m = 0; m < M; ++m)
                m_sub[std::size_t(i) * std::size_t(M) + std::size_t(m)] =
                    in.values[std::size_t(i) * std::size_t(M) + std::size_t(m)];
            m_subForcedFirst[std::size_t(i)] = in.forced[std::size_t(i)] == 1;
            m_subForcedSecond[std::size_t(i)] = in.forced[std::size_t(i)] == 2;
            if (travel) {
                m_subCostFirst[std::size_t(i)] = in.costFirst[std::size_t(i)];
                m_subCostSecond[std::size_t(i)] = in.costSecond[std::size_t(i)];
            }
        }
        for (std::size_t h = m_order.size(); h-- > 1;) {
            const int x = m_order[h], p = m_parent[std::size_t(x)];
            for (int m = 0; m < M; ++m)
                m_sub[std::size_t(p) * std::size_t(M) + std::size_t(m)] +=
                    m_sub[std::size_t(x) * std::size_t(M) + std::size_t(m)];
            m_cut[std::size_t(p)] += m_cut[std::size_t(x)];
            m_subForcedFirst[std::size_t(p)] += m_subForcedFirst[std::size_t(x)];
            m_subForcedSecond[std::size_t(p)] += m_subForcedSecond[std::size_t(x)];
            m_subCostFirst[std::size_t(p)] += m_subCostFirst[std::size_t(x)];
            m_subCostSecond[std::size_t(p)] += m_subCostSecond[std::size_t(x)];
        }
        bool improved = false;
        for (int x = 1; x < n; ++x) {
            const int i = m_order[std::size_t(x)];
            const double* sub = m_sub.data() + std::size_t(i) * std::size_t(M);
            for (int orientation = 0; orientation < 2; ++orientation) {
                const bool subIsFirst = orientation == 0;
                // The subtree takes one side, the rest the other: forced units must agree.
                if (subIsFirst
                        ? (m_subForcedSecond[std::size_t(i)] > 0 || m_subForcedFirst[std::size_t(i)] < forcedFirst)
                        : (m_subForcedFirst[std::size_t(i)] > 0 || m_subForcedSecond[std::size_t(i)] < forcedSecond))
                    continue;
                for (int m = 0; m < M; ++m) {
                    const double rest = total[std::size_t(m)] - sub[m];
                    first[std::size_t(m)] = subIsFirst ? sub[m] : rest;
                    second[std::size_t(m)] = subIsFirst ? rest : sub[m];
                }
                const double e = excess(first.data(), second.data());
                double c = m_cut[std::size_t(i)];
                if (travel)
                    c = subIsFirst
                            ? m_subCostFirst[std::size_t(i)] + (totalCostSecond - m_subCostSecond[std::size_t(i)])
                            : m_subCostSecond[std::size_t(i)] + (totalCostFirst - m_subCostFirst[std::size_t(i)]);
                if (!result.found || better(e, c, result.excess, result.compact)) {
                    result.found = true;
                    result.excess = e;
                    result.compact = c;
                    bestTreeCut = i;
                    bestSubIsFirst = subIsFirst;
                    improved = true;
                }
            }
        }
        if (improved) m_bestParent = m_parent;
    }
    if (!result.found) return result;
    // Mark the best cut's subtree: walk each unit up the best tree to the root or the cut.
    result.first.assign(std::size_t(n), bestSubIsFirst ? 0 : 1);
    std::vector<char> state(std::size_t(n), 0); // 0 unknown, 1 inside the subtree, 2 outside
    state[std::size_t(bestTreeCut)] = 1;
    std::vector<int> path;
    for (int i = 0; i < n; ++i) {
        int x = i;
        path.clear();
        while (state[std::size_t(x)] == 0 && m_bestParent[std::size_t(x)] >= 0) {
            path.push_back(x);
            x = m_bestParent[std::size_t(x)];
        }
        const char s = state[std::size_t(x)] == 0 ? 2 : state[std::size_t(x)];
        state[std::size_t(x)] = s;
        for (int y : path) state[std::size_t(y)] = s;
    }
    for (int i = 0; i < n; ++i)
        if (state[std::size_t(i)] == 1) result.first[std::size_t(i)] = bestSubIsFirst ? 1 : 0;
    return result;
}

} // namespace tp::optimize
