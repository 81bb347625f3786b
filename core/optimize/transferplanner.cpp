#include "transferplanner.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/successive_shortest_path_nonnegative_weights.hpp>

#include <algorithm>
#include <cmath>

namespace tp::optimize {
namespace {

using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
// Costs are whole numbers held in doubles (exact below 2^53, so the same paths as integers):
// Boost 1.74's successive shortest paths adds the "infinite" distance of every unreachable vertex
// to its potential, which overflows a signed integer (undefined behaviour UBSan reports) but is
// well defined for a double; unreachable vertices stay unreachable, so their potentials are unused.
using FlowGraph = boost::adjacency_list<
    boost::vecS, boost::vecS, boost::directedS, boost::no_property,
    boost::property<boost::edge_capacity_t, long long,
                    boost::property<boost::edge_residual_capacity_t, long long,
                                    boost::property<boost::edge_reverse_t, Traits::edge_descriptor,
                                                    boost::property<boost::edge_weight_t, double>>>>>;

// Loads become whole multiples of a millionth of the smallest target: the flow is integral.
class Builder {
public:
    explicit Builder(int vertices) : g(std::size_t(vertices)) {}
    Traits::edge_descriptor add(int from, int to, long long capacity, long long cost) {
        const auto e = boost::add_edge(std::size_t(from), std::size_t(to), g).first;
        const auto r = boost::add_edge(std::size_t(to), std::size_t(from), g).first;
        boost::put(boost::edge_capacity, g, e, capacity);
        boost::put(boost::edge_capacity, g, r, 0);
        boost::put(boost::edge_weight, g, e, cost);
        boost::put(boost::edge_weight, g, r, -cost);
        boost::put(boost::edge_reverse, g, e, r);
        boost::put(boost::edge_reverse, g, r, e);
        return e;
    }
    long long flow(Traits::edge_descriptor e) const {
        return boost::get(boost::edge_capacity, g, e) - boost::get(boost::edge_residual_capacity, g, e);
    }
    FlowGraph g;
};

} // namespace

std::vector<TransferPlanner::Arc> TransferPlanner::plan(const std::vector<double>& load,
                                                        const std::vector<double>& target, double aim, double band,
                                                        const std::vector<std::pair<int, int>>& borders) {
    const int K = int(load.size());
    std::vector<Arc> out;
    if (K < 2) return out;
    double smallest = 0.0;
    for (double t : target)
        if (t > 0 && (smallest == 0.0 || t < smallest)) smallest = t;
    if (!(smallest > 0)) return out;
    const double scale = 1e6 / smallest;
    auto whole = [&](double v) { return (long long)std::llround(std::max(0.0, v) * scale); };

    // Vertices: slots 0..K-1, S = K, T = K + 1, the gate G = K + 2 (caps the total at what must move).
    const int S = K, T = K + 1, G = K + 2;
    Builder b(K + 3);
    const long long optional = 1'000'000; // per unit moved: far above any path's length in hops
    long long surplus = 0, shortfall = 0;
    for (int k = 0; k < K; ++k) {
        const double hi = target[std::size_t(k)] * (1 + aim), lo = target[std::size_t(k)] * (1 - aim);
        const double l = load[std::size_t(k)];
        const double top = target[std::size_t(k)] * (1 + band), bottom = target[std::size_t(k)] * (1 - band);
        // What must move costs nothing at the source / sink; moving further, to the other side
        // of the aim, is optional and expensive (used only when surplus and shortfall differ),
        // and twice as expensive for a territory inside its band: the ones that move anyway go
        // further before a bystander is touched.
        const bool involved = l > top || l < bottom;
        const long long extra = involved ? optional : 2 * optional;
        if (l > top) {
            surplus += whole(l - hi);
            b.add(S, k, whole(l - hi), 0);
        } else if (l < bottom) {
            shortfall += whole(lo - l);
            b.add(k, T, whole(lo - l), 0);
        }
        b.add(S, k, whole(std::min(l, hi) - lo), extra);
        b.add(k, T, whole(hi - std::max(l, lo)), extra);
    }
    const long long total = std::max(surplus, shortfall);
    if (total == 0) return out;
    b.add(G, S, total, 0);
    std::vector<std::pair<Traits::edge_descriptor, std::pair<int, int>>> arcs;
    const long long unlimited = total;
    for (const auto& [x, y] : borders) {
        if (x == y || x < 0 || y < 0 || x >= K || y >= K) continue;
        arcs.push_back({b.add(x, y, unlimited, 1), {x, y}});
        arcs.push_back({b.add(y, x, unlimited, 1), {y, x}});
    }
    boost::successive_shortest_path_nonnegative_weights(b.g, std::size_t(G), std::size_t(T));

    // Net flow per ordered pair (both directions may carry some only when costs tie).
    std::vector<Arc> net;
    for (const auto& [e, pair] : arcs) {
        const long long f = b.flow(e);
        if (f <= 0) continue;
        net.push_back({pair.first, pair.second, double(f) / scale});
    }
    for (Arc& a : net)
        for (Arc& o : net)
            if (&a != &o && a.from == o.to && a.to == o.from && a.amount > 0 && o.amount > 0) {
                const double m = std::min(a.amount, o.amount);
                a.amount -= m;
                o.amount -= m;
            }
    net.erase(std::remove_if(net.begin(), net.end(), [](const Arc& a) { return a.amount <= 0; }), net.end());

    // Sources first: an arc goes when no arc still waiting brings load into its giver.
    std::vector<int> incoming(std::size_t(K), 0);
    for (const Arc& a : net) ++incoming[std::size_t(a.to)];
    std::vector<char> done(net.size(), 0);
    for (std::size_t placed = 0; placed < net.size();) {
        bool progress = false;
        for (std::size_t i = 0; i < net.size(); ++i) {
            if (done[i] || incoming[std::size_t(net[i].from)] > 0) continue;
            done[i] = 1;
            out.push_back(net[i]);
            --incoming[std::size_t(net[i].to)];
            ++placed;
            progress = true;
        }
        if (!progress) { // a cycle (ties): the rest in any order
            for (std::size_t i = 0; i < net.size(); ++i)
                if (!done[i]) {
                    done[i] = 1;
                    out.push_back(net[i]);
                    ++placed;
                }
        }
    }
    return out;
}

} // namespace tp::optimize
