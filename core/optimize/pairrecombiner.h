#pragma once
// PairRecombiner: the optimiser's recombination move (ReCom, as in GerryChain): two neighbouring
// territories are merged and split again along a random spanning tree of their units (Kruskal's
// minimum spanning tree, Boost.Graph, on random edge weights). Every tree edge is a candidate
// cut into two connected parts, so a split never breaks contiguity. Of all cuts of a few trees
// the one with the least excess beyond the bands wins, then the least compactness cost (the
// border length of the cut, or the workload-weighted travel of both sides). Subtree sums give
// every cut's loads and, with each edge's lowest common ancestor in the tree, every cut's border
// length in one pass over the edges. Owns its scratch buffers; one thread (one per search).

#include "model/unitgraph.h"

#include <cstdint>
#include <functional>
#include <random>
#include <vector>

namespace tp::optimize {

class PairRecombiner {
public:
    // Costs closer than this are equal (the optimiser's comparisons all use it).
    static constexpr double costTolerance = 1e-9;

    // The merged territories: units (global ids), per unit `measureCount` values, which side a
    // unit must stay on (0: either, 1: first only, 2: second only) and, for travel compactness,
    // its cost on either side (empty: border length).
    struct Input {
        std::vector<int> units;
        std::vector<double> values;
        std::vector<char> forced;
        std::vector<double> costFirst, costSecond;
    };
    struct Split {
        bool found = false;
        std::vector<char> first; // per input unit: 1 when it goes to the first territory
        double excess = 0.0, compact = 0.0;
    };
    // excess(loadFirst, loadSecond): the two territories' excess when their units sum to these
    // loads (the caller adds what else they hold).
    using Excess = std::function<double(const double* first, const double* second)>;

    PairRecombiner(const UnitGraph& graph, int measureCount);

    // The best cut over `trees` random spanning trees; not found when the units are not
    // connected or no cut respects the forced sides.
    Split best(const Input& in, int trees, std::mt19937_64& rng, const Excess& excess);

private:
    bool drawTree(std::mt19937_64& rng);

    const UnitGraph& m_graph;
    int M;
    std::vector<int> m_local; // global unit -> local index (valid where m_stamp matches)
    std::vector<std::uint32_t> m_stampOf;
    std::uint32_t m_stamp = 0;
    struct Edge {
        int a, b;
        double length;
    };
    std::vector<Edge> m_edges;
    std::vector<std::vector<int>> m_treeAdjacent;
    std::vector<std::pair<std::uint32_t, int>> m_edgeOrder;
    std::vector<int> m_rank, m_setParent;
    std::vector<int> m_parent, m_depth, m_order, m_bestParent;
    std::vector<double> m_sub, m_cut, m_subCostFirst, m_subCostSecond;
    std::vector<int> m_subForcedFirst, m_subForcedSecond;
};

} // namespace tp::optimize
