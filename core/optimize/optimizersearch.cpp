#include "optimizersearch.h"

#include "transferplanner.h"

#include "geo/geodesy.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <queue>
#include <unordered_map>

namespace tp::optimize {
namespace {

double planarDistance2(geo::GeoPoint a, geo::GeoPoint b) {
    const double c = std::cos((a.lat + b.lat) * 0.5 * 3.14159265358979 / 180.0);
    const double dx = (a.lon - b.lon) * c, dy = a.lat - b.lat;
    return dx * dx + dy * dy;
}

} // namespace

bool OptimizerSearch::Key::operator<(const Key& o) const {
    if (std::abs(excess - o.excess) > PairRecombiner::costTolerance) return excess < o.excess;
    if (std::abs(disruption - o.disruption) > PairRecombiner::costTolerance) return disruption < o.disruption;
    return compactness < o.compactness - PairRecombiner::costTolerance;
}

OptimizerSearch::OptimizerSearch(const OptimizerProblem& problem, quint64 seed, std::function<bool()> shouldStop,
                                 std::function<void(const std::vector<int>&, const Key&)> checkpoint)
    : m_p(problem), m_rng(seed), m_shouldStop(std::move(shouldStop)), m_checkpoint(std::move(checkpoint)),
      M(problem.measureCount()), m_connectivity(problem.graph(), problem.slotCount()),
      m_recombiner(problem.graph(), problem.measureCount()), m_pairSeen(std::size_t(problem.unitCount()), 0) {
    for (int u = 0; u < problem.unitCount(); ++u)
        if (problem.movable(u) && problem.pinnedTo(u) < 0) m_order.push_back(u);
    m_candidateLoad.resize(std::size_t(2 * M));
    m_meanTarget.assign(std::size_t(M), 0.0);
    for (int k = 0; k < problem.slotCount(); ++k)
        for (int m = 0; m < M; ++m) m_meanTarget[std::size_t(m)] += problem.target(k)[m] / problem.slotCount();
    for (int m = 0; m < M; ++m) m_weightSum += problem.weight(m);
    if (m_weightSum <= 0) m_weightSum = 1.0;
    // When moves cost disruption, territories inside their band are left alone (the transfer
    // phase finds the chains through them that the surrogate's pull finds when building).
    if (problem.countsDisruption()) m_inner = 1.0;
}

bool OptimizerSearch::stop() {
    if (m_stopped) return true;
    if (++m_pollCounter % 64 == 0 && m_shouldStop && m_shouldStop()) m_stopped = true;
    return m_stopped;
}

void OptimizerSearch::setPlan(std::vector<int> owner) {
    m_owner = std::move(owner);
    m_connectivity.forgetAll();
    const int K = m_p.slotCount();
    m_size.assign(std::size_t(K), 0);
    m_load = m_p.loadsOf(m_owner);
    m_slotExcess.assign(std::size_t(K), 0.0);
    m_excess = 0.0;
    for (int k = 0; k < K; ++k) {
        m_slotExcess[std::size_t(k)] = m_p.excessOf(k, m_load.data() + std::size_t(k) * std::size_t(M));
        m_excess += m_slotExcess[std::size_t(k)];
    }
    m_movedAccounts = m_movedRevenue = m_disruption = m_compact = 0.0;
    const bool border = m_p.options().compactness == OptimizerOptions::Compactness::Border;
    for (int u = 0; u < m_p.unitCount(); ++u) {
        const int k = m_owner[std::size_t(u)], s = m_p.startOwner(u);
        if (k >= 0) ++m_size[std::size_t(k)];
        if (s >= 0 && k != s) {
            m_movedAccounts += double(m_p.accounts(u));
            m_movedRevenue += m_p.revenue(u);
            m_disruption += double(m_p.accounts(u)) + 1e-3;
        }
        if (border) {
            const auto nb = m_p.graph().neighbours(u);
            const auto len = m_p.graph().lengths(u);
            for (std::size_t i = 0; i < nb.size(); ++i)
                if (nb[i] > u && m_owner[std::size_t(nb[i])] != k) m_compact += double(len[i]);
        } else if (k >= 0 && m_p.hasHome(k)) {
            m_compact += m_p.combined(u) * geo::Geodesy::distanceM(m_p.centre(u), m_p.home(k));
        }
    }
}

OptimizerSearch::Key OptimizerSearch::key() const {
    Key k;
    for (double e : m_slotExcess) k.excess += e;
    k.disruption = m_p.countsDisruption() ? m_disruption : 0.0;
    k.compactness = m_compact;
    return k;
}

double OptimizerSearch::unitScore(int slot, const double* load) const {
    const double* t = m_p.target(slot);
    double s = 0.0;
    for (int m = 0; m < M; ++m) {
        if (!(t[m] > 0)) continue;
        const double d = std::abs(load[m] - t[m]) / t[m];
        const double tol = m_p.tolerance(m);
        // Only territories beyond half their band are pulled: those that are fine are left alone.
        const double inner = tol * m_inner;
        double part = 0.0;
        if (d > tol) part += 10.0 * (d - tol);
        if (d > inner) part += (d - inner) * (d - inner);
        s += m_p.weight(m) * part;
    }
    return s;
}

double OptimizerSearch::moveBalanceDelta(int unit, int from, int to, double* excessDelta) const {
    const double* v = m_p.values(unit);
    double* a = const_cast<double*>(m_candidateLoad.data());
    double* b = a + M;
    const double* la = m_load.data() + std::size_t(from) * std::size_t(M);
    const double* lb = m_load.data() + std::size_t(to) * std::size_t(M);
    for (int m = 0; m < M; ++m) {
        a[m] = la[m] - v[m];
        b[m] = lb[m] + v[m];
    }
    if (excessDelta)
        *excessDelta = m_p.excessOf(from, a) + m_p.excessOf(to, b) - m_slotExcess[std::size_t(from)]
                       - m_slotExcess[std::size_t(to)];
    return unitScore(from, a) + unitScore(to, b) - unitScore(from, la) - unitScore(to, lb);
}

double OptimizerSearch::disruptionDelta(int unit, int from, int to) const {
    if (!m_p.countsDisruption()) return 0.0;
    const int s = m_p.startOwner(unit);
    if (s < 0) return 0.0;
    const double cost = double(m_p.accounts(unit)) + 1e-3;
    return (to != s ? cost : 0.0) - (from != s ? cost : 0.0);
}

double OptimizerSearch::compactDelta(int unit, int from, int to) const {
    if (m_p.options().compactness == OptimizerOptions::Compactness::Border) {
        const auto nb = m_p.graph().neighbours(unit);
        const auto len = m_p.graph().lengths(unit);
        double d = 0.0;
        for (std::size_t i = 0; i < nb.size(); ++i) {
            const int o = m_owner[std::size_t(nb[i])];
            if (o == from)
                d += double(len[i]);
            else if (o == to)
                d -= double(len[i]);
        }
        return d;
    }
    const double w = m_p.combined(unit);
    if (w <= 0) return 0.0;
    const double before =
        from >= 0 && m_p.hasHome(from) ? geo::Geodesy::distanceM(m_p.centre(unit), m_p.home(from)) : 0.0;
    const double after = to >= 0 && m_p.hasHome(to) ? geo::Geodesy::distanceM(m_p.centre(unit), m_p.home(to)) : 0.0;
    return w * (after - before);
}

bool OptimizerSearch::capAllows(int unit, int from, int to) const {
    const int s = m_p.startOwner(unit);
    if (!m_p.countsDisruption() || s < 0 || from != s || to == s) return true; // only leaving the start adds
    if (m_p.capAccounts() >= 0
        && m_movedAccounts + double(m_p.accounts(unit)) > m_p.capAccounts() + PairRecombiner::costTolerance)
        return false;
    if (m_p.capRevenue() >= 0 && m_movedRevenue + m_p.revenue(unit) > m_p.capRevenue() + PairRecombiner::costTolerance)
        return false;
    return true;
}

bool OptimizerSearch::capBinds() const {
    return m_p.countsDisruption()
           && ((m_p.capAccounts() >= 0 && m_movedAccounts > 0.95 * m_p.capAccounts())
               || (m_p.capRevenue() >= 0 && m_movedRevenue > 0.95 * m_p.capRevenue()));
}

bool OptimizerSearch::touches(int unit, int slot) const {
    for (int v : m_p.graph().neighbours(unit))
        if (m_owner[std::size_t(v)] == slot) return true;
    return false;
}

bool OptimizerSearch::staysConnectedWithout(int unit, bool thorough) {
    // A territory never gets more pieces than it has: see TerritoryConnectivity.
    return m_connectivity.staysConnectedWithout(unit, m_owner, thorough);
}

void OptimizerSearch::move(int unit, int to) {
    const int from = m_owner[std::size_t(unit)];
    m_compact += compactDelta(unit, from, to);
    const double dd = disruptionDelta(unit, from, to);
    const int s = m_p.startOwner(unit);
    if (s >= 0 && m_p.countsDisruption()) {
        const double sign = (to != s ? 1.0 : 0.0) - (from != s ? 1.0 : 0.0);
        m_movedAccounts += sign * double(m_p.accounts(unit));
        m_movedRevenue += sign * m_p.revenue(unit);
    }
    m_disruption += dd;
    const double* v = m_p.values(unit);
    if (from >= 0) {
        double* l = m_load.data() + std::size_t(from) * std::size_t(M);
        for (int m = 0; m < M; ++m) l[m] -= v[m];
        --m_size[std::size_t(from)];
        m_slotExcess[std::size_t(from)] = m_p.excessOf(from, l);
    }
    double* l = m_load.data() + std::size_t(to) * std::size_t(M);
    for (int m = 0; m < M; ++m) l[m] += v[m];
    ++m_size[std::size_t(to)];
    m_slotExcess[std::size_t(to)] = m_p.excessOf(to, l);
    m_owner[std::size_t(unit)] = to;
    m_connectivity.changed(from);
    m_connectivity.changed(to);
}

void OptimizerSearch::chooseSeeds(std::vector<int>& seeds) {
    // Rep home units first; the other slots by k-means++ on the load-weighted unit centres,
    // refined by a few Lloyd steps.
    const int K = m_p.slotCount();
    seeds.assign(std::size_t(K), -1);
    std::vector<char> taken(std::size_t(m_p.unitCount()), 0);
    std::vector<geo::GeoPoint> centres;
    std::vector<int> missing;
    for (int k = 0; k < K; ++k) {
        const int h = m_p.homeUnit(k);
        if (h >= 0 && !taken[std::size_t(h)] && m_owner[std::size_t(h)] == OptimizerProblem::unassigned) {
            seeds[std::size_t(k)] = h;
            taken[std::size_t(h)] = 1;
            centres.push_back(m_p.centre(h));
        } else {
            missing.push_back(k);
        }
    }
    if (missing.empty()) return;
    std::vector<int> pool;
    std::vector<double> w;
    for (int u : m_order)
        if (m_owner[std::size_t(u)] == OptimizerProblem::unassigned) {
            pool.push_back(u);
            w.push_back(m_p.combined(u) + 1e-6);
        }
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    auto pick = [&](const std::vector<double>& weights) {
        double sum = 0.0;
        for (double x : weights) sum += x;
        double r = uniform(m_rng) * sum;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            r -= weights[i];
            if (r <= 0 && weights[i] > 0) return int(i);
        }
        for (std::size_t i = weights.size(); i-- > 0;)
            if (weights[i] > 0) return int(i);
        return 0;
    };
    std::vector<geo::GeoPoint> fresh;
    std::vector<double> d2(pool.size(), std::numeric_limits<double>::max());
    for (const geo::GeoPoint& c : centres)
        for (std::size_t i = 0; i < pool.size(); ++i) d2[i] = std::min(d2[i], planarDistance2(m_p.centre(pool[i]), c));
    for (std::size_t j = 0; j < missing.size(); ++j) {
        std::vector<double> weights(pool.size());
        for (std::size_t i = 0; i < pool.size(); ++i)
            weights[i] = centres.empty() && fresh.empty() ? w[i] : w[i] * d2[i];
        const int i = pick(weights);
        const geo::GeoPoint c = m_p.centre(pool[std::size_t(i)]);
        fresh.push_back(c);
        for (std::size_t q = 0; q < pool.size(); ++q) d2[q] = std::min(d2[q], planarDistance2(m_p.centre(pool[q]), c));
    }
    // Lloyd steps for the fresh centres (the homes stay where they are).
    for (int step = 0; step < 5; ++step) {
        std::vector<double> sx(fresh.size(), 0), sy(fresh.size(), 0), sw(fresh.size(), 0);
        for (std::size_t i = 0; i < pool.size(); ++i) {
            const geo::GeoPoint p = m_p.centre(pool[i]);
            double best = std::numeric_limits<double>::max();
            int which = -1;
            for (std::size_t c = 0; c < centres.size(); ++c) best = std::min(best, planarDistance2(p, centres[c]));
            for (std::size_t c = 0; c < fresh.size(); ++c) {
                const double d = planarDistance2(p, fresh[c]);
                if (d < best) {
                    best = d;
                    which = int(c);
                }
            }
            if (which < 0) continue;
            sx[std::size_t(which)] += w[i] * p.lon;
            sy[std::size_t(which)] += w[i] * p.lat;
            sw[std::size_t(which)] += w[i];
        }
        for (std::size_t c = 0; c < fresh.size(); ++c)
            if (sw[c] > 0) fresh[c] = {sx[c] / sw[c], sy[c] / sw[c]};
    }
    for (std::size_t j = 0; j < missing.size(); ++j) {
        double best = std::numeric_limits<double>::max();
        int unit = -1;
        for (int u : pool) {
            if (taken[std::size_t(u)]) continue;
            const double d = planarDistance2(m_p.centre(u), fresh[j]);
            if (d < best) {
                best = d;
                unit = u;
            }
        }
        if (unit < 0) continue;
        taken[std::size_t(unit)] = 1;
        seeds[std::size_t(missing[j])] = unit;
    }
}

void OptimizerSearch::grow() {
    // Region growing: the territory furthest below its target takes its nearest free frontier
    // unit (nearest to its seed or, when filling, to its start), so loads even out while each
    // territory stays in one piece. Units no territory reaches (islands) join the nearest one.
    const int K = m_p.slotCount();
    using Candidate = std::pair<double, int>;
    std::vector<std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>>> frontier(
        static_cast<std::size_t>(K));
    std::vector<geo::GeoPoint> anchor(static_cast<std::size_t>(K));
    // Units pinned to a rep's home area come first.
    for (int u = 0; u < m_p.unitCount(); ++u)
        if (m_owner[std::size_t(u)] == OptimizerProblem::unassigned && m_p.pinnedTo(u) >= 0) move(u, m_p.pinnedTo(u));
    std::vector<double> sx(std::size_t(K), 0), sy(std::size_t(K), 0), sn(std::size_t(K), 0);
    bool anyFree = false;
    for (int u = 0; u < m_p.unitCount(); ++u) {
        const int k = m_owner[std::size_t(u)];
        if (k >= 0) {
            sx[std::size_t(k)] += m_p.centre(u).lon;
            sy[std::size_t(k)] += m_p.centre(u).lat;
            sn[std::size_t(k)] += 1;
        } else if (k == OptimizerProblem::unassigned && m_p.movable(u)) {
            anyFree = true;
        }
    }
    if (!anyFree) return;
    for (int k = 0; k < K; ++k) {
        if (sn[std::size_t(k)] == 0) {
            std::vector<int> seeds;
            chooseSeeds(seeds);
            for (int j = 0; j < K; ++j)
                if (seeds[std::size_t(j)] >= 0 && m_size[std::size_t(j)] == 0) {
                    move(seeds[std::size_t(j)], j);
                    sx[std::size_t(j)] = m_p.centre(seeds[std::size_t(j)]).lon;
                    sy[std::size_t(j)] = m_p.centre(seeds[std::size_t(j)]).lat;
                    sn[std::size_t(j)] = 1;
                }
            break;
        }
    }
    for (int k = 0; k < K; ++k)
        anchor[std::size_t(k)] = sn[std::size_t(k)] > 0 ? geo::GeoPoint{sx[std::size_t(k)] / sn[std::size_t(k)],
                                                                        sy[std::size_t(k)] / sn[std::size_t(k)]}
                                                        : geo::GeoPoint{};
    auto push = [&](int u) {
        const int k = m_owner[std::size_t(u)];
        for (int v : m_p.graph().neighbours(u))
            if (m_owner[std::size_t(v)] == OptimizerProblem::unassigned && m_p.movable(v) && m_p.allowed(v, k))
                frontier[std::size_t(k)].push({planarDistance2(anchor[std::size_t(k)], m_p.centre(v)), v});
    };
    for (int u = 0; u < m_p.unitCount(); ++u)
        if (m_owner[std::size_t(u)] >= 0) push(u);
    std::vector<double> level(std::size_t(K), 0.0);
    for (int k = 0; k < K; ++k) {
        const double* l = m_load.data() + std::size_t(k) * std::size_t(M);
        const double* t = m_p.target(k);
        double sumW = 0.0;
        for (int m = 0; m < M; ++m) {
            if (t[m] > 0) level[std::size_t(k)] += m_p.weight(m) * l[m] / t[m];
            sumW += m_p.weight(m);
        }
        level[std::size_t(k)] /= sumW;
    }
    for (;;) {
        int best = -1;
        for (int k = 0; k < K; ++k) {
            auto& f = frontier[std::size_t(k)];
            while (!f.empty() && m_owner[std::size_t(f.top().second)] != OptimizerProblem::unassigned) f.pop();
            if (!f.empty() && (best < 0 || level[std::size_t(k)] < level[std::size_t(best)])) best = k;
        }
        if (best < 0) break;
        const int u = frontier[std::size_t(best)].top().second;
        frontier[std::size_t(best)].pop();
        move(u, best);
        // In shares of its own targets: a territory with a smaller target fills up as fast.
        const double* v = m_p.values(u);
        const double* t = m_p.target(best);
        double inc = 0.0, sumW = 0.0;
        for (int m = 0; m < M; ++m) {
            if (t[m] > 0) inc += m_p.weight(m) * v[m] / t[m];
            sumW += m_p.weight(m);
        }
        level[std::size_t(best)] += inc / sumW;
        push(u);
    }
    for (int u : m_order) {
        if (m_owner[std::size_t(u)] != OptimizerProblem::unassigned) continue;
        double nearest = std::numeric_limits<double>::max();
        int which = -1;
        for (int k = 0; k < K; ++k) {
            if (!m_p.allowed(u, k) || sn[std::size_t(k)] == 0) continue;
            const double d = planarDistance2(anchor[std::size_t(k)], m_p.centre(u));
            if (d < nearest) {
                nearest = d;
                which = k;
            }
        }
        if (which >= 0) move(u, which);
    }
}

double OptimizerSearch::combinedOf(const double* values) const {
    // The unit of OptimizerProblem::combined: weighted shares of the mean target per measure.
    double c = 0.0;
    for (int m = 0; m < M; ++m)
        if (m_meanTarget[std::size_t(m)] > 0) c += m_p.weight(m) * values[m] / m_meanTarget[std::size_t(m)];
    return c / m_weightSum;
}

bool OptimizerSearch::transferPhase() {
    // Plan how much load crosses each border (TransferPlanner: a min-cost flow on the graph of
    // neighbouring territories), then carry it with the cheapest boundary units: in rebalance and
    // fill modes those that move the most load per account moved (units returning to their
    // starting territory first), when building those that shorten the border most.
    const int K = m_p.slotCount();
    if (K < 2) return false;
    bool anyOut = false;
    for (double e : m_slotExcess) anyOut = anyOut || e > PairRecombiner::costTolerance;
    // Units heavier than a whole band keep their territories above it whatever happens, and the
    // others' mean then lies below their targets: the flow would chase targets nobody can reach.
    // The balance phase and the perturbations handle such plans.
    if (!anyOut || m_p.excessLowerBound() > PairRecombiner::costTolerance) return false;
    // Building grows the plan balanced already; the surrogate's pull and the perturbations finish
    // it (the transfer phase is for keeping a plan while moving as little as possible).
    if (!m_p.countsDisruption()) return false;
    std::vector<double> load(static_cast<std::size_t>(K)), target(static_cast<std::size_t>(K));
    for (int k = 0; k < K; ++k) {
        load[std::size_t(k)] = combinedOf(m_load.data() + std::size_t(k) * std::size_t(M));
        target[std::size_t(k)] = combinedOf(m_p.target(k));
    }
    double tolerance = std::numeric_limits<double>::max();
    for (int m = 0; m < M; ++m) tolerance = std::min(tolerance, m_p.tolerance(m));
    const double aim = tolerance * m_aimShare;
    std::vector<std::uint64_t> keys;
    for (int u : m_order) {
        const int a = m_owner[std::size_t(u)];
        if (a < 0) continue;
        for (int v : m_p.graph().neighbours(u)) {
            const int b = m_owner[std::size_t(v)];
            if (b >= 0 && b != a && m_p.allowed(u, b))
                keys.push_back(std::uint64_t(std::min(a, b)) * std::uint64_t(K) + std::uint64_t(std::max(a, b)));
        }
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::vector<std::pair<int, int>> borders;
    borders.reserve(keys.size());
    for (std::uint64_t key : keys) borders.push_back({int(key / std::uint64_t(K)), int(key % std::uint64_t(K))});
    const std::vector<TransferPlanner::Arc> arcs = TransferPlanner::plan(load, target, aim, tolerance, borders);
    if (arcs.empty()) return false;

    // Candidates per arc: the giver's units that touch the taker.
    std::unordered_map<std::uint64_t, int> arcOf;
    for (std::size_t i = 0; i < arcs.size(); ++i)
        arcOf.emplace(std::uint64_t(arcs[i].from) * std::uint64_t(K) + std::uint64_t(arcs[i].to), int(i));
    std::vector<std::vector<int>> candidates(arcs.size());
    std::vector<char> done(arcs.size(), 0);
    auto offer = [&](int u) { // u may carry load on any pending arc out of its territory
        const int a = m_owner[std::size_t(u)];
        if (a < 0 || !m_p.movable(u) || m_p.pinnedTo(u) >= 0) return;
        for (int v : m_p.graph().neighbours(u)) {
            const int b = m_owner[std::size_t(v)];
            if (b < 0 || b == a) continue;
            const auto it = arcOf.find(std::uint64_t(a) * std::uint64_t(K) + std::uint64_t(b));
            if (it == arcOf.end() || done[std::size_t(it->second)]) continue;
            std::vector<int>& list = candidates[std::size_t(it->second)];
            if ((list.empty() || list.back() != u) && m_p.allowed(u, b)) list.push_back(u);
        }
    };
    for (int u : m_order) offer(u);

    bool any = false;
    for (std::size_t i = 0; i < arcs.size() && !stop(); ++i) {
        const TransferPlanner::Arc& arc = arcs[i];
        const int from = arc.from, to = arc.to;
        const double allowance = 0.5 * (tolerance - aim) * std::min(target[std::size_t(from)], target[std::size_t(to)]);
        auto priority = [&](int u) {
            double own = 0.0, theirs = 0.0, all = 0.0;
            const auto nb = m_p.graph().neighbours(u);
            const auto len = m_p.graph().lengths(u);
            for (std::size_t j = 0; j < nb.size(); ++j) {
                const int o = m_owner[std::size_t(nb[j])];
                all += double(len[j]);
                if (o == from)
                    own += double(len[j]);
                else if (o == to)
                    theirs += double(len[j]);
            }
            const double shape = all > 0 ? (own - theirs) / all : 0.0; // -1: surrounded by the taker
            if (!m_p.countsDisruption()) return shape;
            const double cost = disruptionDelta(u, from, to);
            if (cost < 0) return -10.0 + shape; // back to its starting territory
            return cost / std::max(m_p.combined(u), 1e-9) * (1.0 + 0.3 * shape);
        };
        using Entry = std::pair<double, int>;
        std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
        for (int u : candidates[i]) queue.push({priority(u), u});
        candidates[i].clear();
        done[i] = 1;
        double moved = 0.0;
        while (!queue.empty() && moved < arc.amount && !stop()) {
            const auto [p, u] = queue.top();
            queue.pop();
            if (m_owner[std::size_t(u)] != from || !touches(u, to)) continue;
            const double now = priority(u);
            if (now > p + 1e-12 && !queue.empty() && now > queue.top().first) {
                queue.push({now, u});
                continue;
            }
            const double value = m_p.combined(u);
            if (moved + value > arc.amount + allowance) continue;
            if (!capAllows(u, from, to) || m_size[std::size_t(from)] <= 1 || !staysConnectedWithout(u)) continue;
            move(u, to);
            moved += value;
            any = true;
            for (int w : m_p.graph().neighbours(u))
                if (m_owner[std::size_t(w)] == from && m_p.movable(w) && m_p.pinnedTo(w) < 0 && m_p.allowed(w, to))
                    queue.push({priority(w), w});
            offer(u); // it may pass on along an arc out of its new territory
        }
    }
    return any;
}

bool OptimizerSearch::balancePhase() {
    bool any = false;
    for (int sweep = 0; sweep < 10000; ++sweep) {
        std::shuffle(m_order.begin(), m_order.end(), m_rng);
        int moved = 0;
        for (int u : m_order) {
            if (stop()) return any;
            const int a = m_owner[std::size_t(u)];
            if (a < 0) continue;
            int best = -1;
            double bestDelta = -1e-12, bestTie = 0.0;
            int tried[16];
            int triedCount = 0;
            for (int v : m_p.graph().neighbours(u)) {
                const int b = m_owner[std::size_t(v)];
                if (b < 0 || b == a || !m_p.allowed(u, b)) continue;
                if (std::find(tried, tried + triedCount, b) != tried + triedCount) continue;
                if (triedCount < 16) tried[triedCount++] = b;
                if (!capAllows(u, a, b)) continue;
                const double d = moveBalanceDelta(u, a, b, nullptr);
                const double tie = disruptionDelta(u, a, b) * 1e6 + compactDelta(u, a, b);
                if (d < bestDelta - 1e-12 || (best >= 0 && d < bestDelta + 1e-12 && tie < bestTie)) {
                    best = b;
                    bestDelta = d;
                    bestTie = tie;
                }
            }
            if (best < 0) continue;
            if (m_size[std::size_t(a)] <= 1 || !staysConnectedWithout(u)) continue;
            move(u, best);
            ++moved;
        }
        if (moved == 0) break;
        any = true;
    }
    return any;
}

bool OptimizerSearch::takeBackPhase() {
    // Moves that the balance no longer needs go back: units return to their starting territory
    // whenever that keeps the excess and both territories whole.
    if (!m_p.countsDisruption()) return false;
    bool any = false;
    for (int round = 0; round < 3; ++round) {
        int moved = 0;
        for (int u : m_order) {
            if (stop()) return any;
            const int a = m_owner[std::size_t(u)], s = m_p.startOwner(u);
            if (s < 0 || a < 0 || a == s || !touches(u, s)) continue;
            double dE = 0.0;
            moveBalanceDelta(u, a, s, &dE);
            if (dE > PairRecombiner::costTolerance || m_size[std::size_t(a)] <= 1 || !staysConnectedWithout(u, false))
                continue;
            move(u, s);
            ++moved;
        }
        if (moved == 0) break;
        any = true;
    }
    return any;
}

bool OptimizerSearch::compactPhase() {
    bool any = false;
    for (int sweep = 0; sweep < 200; ++sweep) {
        int moved = 0;
        std::shuffle(m_order.begin(), m_order.end(), m_rng);
        for (int u : m_order) {
            if (stop()) return any;
            const int a = m_owner[std::size_t(u)];
            if (a < 0) continue;
            if (m_p.countsDisruption() && m_p.startOwner(u) == a) continue; // would add disruption
            int best = -1;
            double bestDelta = -1.0; // at least a metre (or a weighted metre) shorter
            int tried[16];
            int triedCount = 0;
            for (int v : m_p.graph().neighbours(u)) {
                const int b = m_owner[std::size_t(v)];
                if (b < 0 || b == a || !m_p.allowed(u, b)) continue;
                // A moved unit only goes home for the shape: a third territory would be a handoff
                // nobody asked for.
                if (m_p.countsDisruption() && m_p.startOwner(u) >= 0 && b != m_p.startOwner(u)) continue;
                if (std::find(tried, tried + triedCount, b) != tried + triedCount) continue;
                if (triedCount < 16) tried[triedCount++] = b;
                const double dc = compactDelta(u, a, b);
                if (dc >= bestDelta || !capAllows(u, a, b)) continue;
                double dE = 0.0;
                moveBalanceDelta(u, a, b, &dE);
                if (dE > PairRecombiner::costTolerance) continue;
                best = b;
                bestDelta = dc;
            }
            if (best < 0 || m_size[std::size_t(a)] <= 1 || !staysConnectedWithout(u)) continue;
            move(u, best);
            ++moved;
        }
        if (moved == 0) break;
        any = true;
    }
    return any;
}

bool OptimizerSearch::kick(int round) {
    // Ejection chain: from the territory furthest above its target to the one furthest below,
    // along the shortest path of neighbouring territories, each hands border units on to the next.
    const int K = m_p.slotCount();
    if (K < 2) return false;
    std::vector<double> level(std::size_t(K), 0.0);
    for (int k = 0; k < K; ++k) {
        const double* l = m_load.data() + std::size_t(k) * std::size_t(M);
        const double* t = m_p.target(k);
        double sumW = 0.0;
        for (int m = 0; m < M; ++m) {
            if (t[m] > 0) level[std::size_t(k)] += m_p.weight(m) * (l[m] - t[m]) / t[m];
            sumW += m_p.weight(m);
        }
        level[std::size_t(k)] /= sumW;
    }
    std::vector<int> outOfBand;
    for (int k = 0; k < K; ++k)
        if (m_slotExcess[std::size_t(k)] > PairRecombiner::costTolerance) outOfBand.push_back(k);
    if (outOfBand.empty()) return false;
    const int pivot = outOfBand[std::size_t(m_rng() % outOfBand.size())];
    // Slot adjacency of the current plan.
    std::vector<std::vector<int>> adjacent(static_cast<std::size_t>(K));
    for (int u : m_order) {
        const int a = m_owner[std::size_t(u)];
        if (a < 0) continue;
        for (int v : m_p.graph().neighbours(u)) {
            const int b = m_owner[std::size_t(v)];
            if (b >= 0 && b != a
                && std::find(adjacent[std::size_t(a)].begin(), adjacent[std::size_t(a)].end(), b)
                       == adjacent[std::size_t(a)].end())
                adjacent[std::size_t(a)].push_back(b);
        }
    }
    const bool over = level[std::size_t(pivot)] > 0;
    // Breadth-first from the pivot; the far end is the most opposite territory within reach,
    // preferring near ones (random choice among the best few keeps restarts diverse).
    std::vector<int> parent(std::size_t(K), -2), depth(std::size_t(K), 0);
    std::vector<int> queue{pivot};
    parent[std::size_t(pivot)] = -1;
    for (std::size_t h = 0; h < queue.size(); ++h)
        for (int b : adjacent[std::size_t(queue[h])])
            if (parent[std::size_t(b)] == -2) {
                parent[std::size_t(b)] = queue[h];
                depth[std::size_t(b)] = depth[std::size_t(queue[h])] + 1;
                queue.push_back(b);
            }
    int far = -1;
    double bestScore = 0.0;
    std::uniform_real_distribution<double> jitter(0.7, 1.3);
    for (int k : queue) {
        if (k == pivot) continue;
        const double gap = over ? -level[std::size_t(k)] : level[std::size_t(k)];
        if (gap <= 0) continue;
        const double score = gap * jitter(m_rng) / (1.0 + 0.15 * depth[std::size_t(k)]);
        if (score > bestScore) {
            bestScore = score;
            far = k;
        }
    }
    if (far < 0) return false;
    std::vector<int> path; // from the giver to the taker
    for (int k = far; k >= 0; k = parent[std::size_t(k)]) path.push_back(k);
    if (over) std::reverse(path.begin(), path.end());
    double amount = std::min(std::abs(level[std::size_t(pivot)]), std::abs(level[std::size_t(far)]));
    amount *= 0.5 + 0.5 * double(round % 3) / 2.0;
    bool movedAny = false;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        const int from = path[i], to = path[i + 1];
        double moved = 0.0;
        std::vector<int> border;
        for (int u : m_order)
            if (m_owner[std::size_t(u)] == from && m_p.allowed(u, to) && touches(u, to)) border.push_back(u);
        std::shuffle(border.begin(), border.end(), m_rng);
        for (int u : border) {
            if (moved >= amount) break;
            if (m_owner[std::size_t(u)] != from || !touches(u, to) || m_size[std::size_t(from)] <= 1
                || !capAllows(u, from, to) || !staysConnectedWithout(u))
                continue;
            moved += m_p.combined(u);
            move(u, to);
            movedAny = true;
        }
    }
    return movedAny;
}

bool OptimizerSearch::recombine(int a, int b, int start, int trees) {
    // The pair's units, breadth-first from `start` over both territories; a territory in more
    // than one piece (islands) is left alone.
    if (++m_pairStamp == 0) {
        std::fill(m_pairSeen.begin(), m_pairSeen.end(), 0);
        m_pairStamp = 1;
    }
    m_pairQueue.clear();
    m_pairQueue.push_back(start);
    m_pairSeen[std::size_t(start)] = m_pairStamp;
    for (std::size_t h = 0; h < m_pairQueue.size(); ++h)
        for (int v : m_p.graph().neighbours(m_pairQueue[h])) {
            const int o = m_owner[std::size_t(v)];
            if ((o == a || o == b) && m_pairSeen[std::size_t(v)] != m_pairStamp) {
                m_pairSeen[std::size_t(v)] = m_pairStamp;
                m_pairQueue.push_back(v);
            }
        }
    if (int(m_pairQueue.size()) != m_size[std::size_t(a)] + m_size[std::size_t(b)]) return false;
    const bool border = m_p.options().compactness == OptimizerOptions::Compactness::Border;
    PairRecombiner::Input& in = m_recombineInput;
    in.units = m_pairQueue;
    const std::size_t n = in.units.size();
    in.values.resize(n * std::size_t(M));
    in.forced.assign(n, 0);
    in.costFirst.resize(border ? 0 : n);
    in.costSecond.resize(border ? 0 : n);
    std::vector<double> baseA(m_load.begin() + std::ptrdiff_t(a) * M, m_load.begin() + std::ptrdiff_t(a + 1) * M);
    std::vector<double> baseB(m_load.begin() + std::ptrdiff_t(b) * M, m_load.begin() + std::ptrdiff_t(b + 1) * M);
    double currentCompact = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const int u = in.units[i], o = m_owner[std::size_t(u)];
        const double* v = m_p.values(u);
        std::vector<double>& base = o == a ? baseA : baseB;
        for (int m = 0; m < M; ++m) {
            in.values[i * std::size_t(M) + std::size_t(m)] = v[m];
            base[std::size_t(m)] -= v[m];
        }
        // Units that may not change sides: rep homes, units that may not move, region bounds.
        const bool mayA =
            m_p.allowed(u, a) && (m_p.pinnedTo(u) < 0 || m_p.pinnedTo(u) == a) && (m_p.movable(u) || o == a);
        const bool mayB =
            m_p.allowed(u, b) && (m_p.pinnedTo(u) < 0 || m_p.pinnedTo(u) == b) && (m_p.movable(u) || o == b);
        if (!mayA && !mayB) return false;
        in.forced[i] = mayA && mayB ? 0 : (mayA ? 1 : 2);
        if (border) {
            const auto nb = m_p.graph().neighbours(u);
            const auto len = m_p.graph().lengths(u);
            for (std::size_t j = 0; j < nb.size(); ++j)
                if (nb[j] > u && m_owner[std::size_t(nb[j])] == (o == a ? b : a)) currentCompact += double(len[j]);
        } else {
            const double w = m_p.combined(u);
            in.costFirst[i] = m_p.hasHome(a) ? w * geo::Geodesy::distanceM(m_p.centre(u), m_p.home(a)) : 0.0;
            in.costSecond[i] = m_p.hasHome(b) ? w * geo::Geodesy::distanceM(m_p.centre(u), m_p.home(b)) : 0.0;
            currentCompact += o == a ? in.costFirst[i] : in.costSecond[i];
        }
    }
    std::vector<double> loadA(static_cast<std::size_t>(M)), loadB(static_cast<std::size_t>(M));
    const auto excess = [&](const double* first, const double* second) {
        for (int m = 0; m < M; ++m) {
            loadA[std::size_t(m)] = baseA[std::size_t(m)] + first[m];
            loadB[std::size_t(m)] = baseB[std::size_t(m)] + second[m];
        }
        return m_p.excessOf(a, loadA.data()) + m_p.excessOf(b, loadB.data());
    };
    const PairRecombiner::Split split = m_recombiner.best(in, trees, m_rng, excess);
    if (!split.found) return false;
    const double currentExcess = m_slotExcess[std::size_t(a)] + m_slotExcess[std::size_t(b)];
    // No worse: equal plans of other shapes are taken too (they let the search drift across plateaus).
    if (split.excess > currentExcess + PairRecombiner::costTolerance
        || (split.excess > currentExcess - PairRecombiner::costTolerance
            && split.compact > currentCompact + PairRecombiner::costTolerance))
        return false;
    bool changed = false;
    for (std::size_t i = 0; i < n; ++i) {
        const int u = in.units[i], to = split.first[i] ? a : b;
        if (m_owner[std::size_t(u)] != to) {
            move(u, to);
            changed = true;
        }
    }
    return changed;
}

bool OptimizerSearch::recombinePhase() {
    // Recombinations over all pairs of neighbouring territories in random order, the pairs with
    // a territory out of band first; boundary moves polish each round. Stops when the plan has
    // not improved for a number of attempts (or the search is stopped).
    const int K = m_p.slotCount();
    if (K < 2 || m_p.countsDisruption()) return false;
    const Key startKey = key();
    Key roundBest = startKey;
    const int trees = K <= 8 ? 6 : 2;
    int sinceBetter = 0;
    for (int round = 0; round < 200 && !stop(); ++round) {
        struct Pair {
            int a, b, start;
        };
        std::vector<Pair> pairs;
        std::vector<std::uint64_t> keys;
        for (int u : m_order) {
            const int a = m_owner[std::size_t(u)];
            if (a < 0) continue;
            for (int v : m_p.graph().neighbours(u)) {
                const int b = m_owner[std::size_t(v)];
                if (b < 0 || b == a) continue;
                const std::uint64_t k =
                    std::uint64_t(std::min(a, b)) * std::uint64_t(K) + std::uint64_t(std::max(a, b));
                keys.push_back(k);
                pairs.push_back({a, b, u});
            }
        }
        // One entry per pair: the first unit found starts it.
        std::vector<std::size_t> index(pairs.size());
        for (std::size_t i = 0; i < index.size(); ++i) index[i] = i;
        std::stable_sort(index.begin(), index.end(), [&](std::size_t x, std::size_t y) { return keys[x] < keys[y]; });
        std::vector<Pair> unique;
        for (std::size_t i = 0; i < index.size(); ++i)
            if (i == 0 || keys[index[i]] != keys[index[i - 1]]) unique.push_back(pairs[index[i]]);
        std::shuffle(unique.begin(), unique.end(), m_rng);
        std::stable_partition(unique.begin(), unique.end(), [&](const Pair& p) {
            return m_slotExcess[std::size_t(p.a)] > PairRecombiner::costTolerance
                   || m_slotExcess[std::size_t(p.b)] > PairRecombiner::costTolerance;
        });
        for (const Pair& p : unique) {
            if (stop()) break;
            if (m_owner[std::size_t(p.start)] != p.a) continue; // an earlier recombination took it
            recombine(p.a, p.b, p.start, trees);
        }
        if (m_excess > PairRecombiner::costTolerance) balancePhase();
        compactPhase();
        remember();
        const Key now = key();
        // Progress: any gain in balance, or at least 0.1 % of the border (travel) this round.
        const bool gained = now.excess < roundBest.excess - 1e-6
                            || (now.excess < roundBest.excess + PairRecombiner::costTolerance
                                && now.compactness < roundBest.compactness * (1.0 - 1e-3));
        if (gained) {
            roundBest = now;
            sinceBetter = 0;
        } else if (++sinceBetter * int(unique.size()) >= std::max(60, int(unique.size()) * 3)) {
            break;
        }
    }
    return m_bestKey < startKey;
}

void OptimizerSearch::remember() {
    const Key k = key();
    if (!m_haveBest || k < m_bestKey) {
        m_bestKey = k;
        m_bestOwner = m_owner;
        m_haveBest = true;
        if (m_checkpoint) m_checkpoint(m_bestOwner, m_bestKey);
    }
}

void OptimizerSearch::run() {
    std::vector<int> owner = m_p.startOwners();
    if (m_p.buildsFromScratch())
        for (int u = 0; u < m_p.unitCount(); ++u)
            if (m_p.movable(u)) owner[std::size_t(u)] = OptimizerProblem::unassigned;
    setPlan(std::move(owner));
    remember(); // the starting plan is a valid answer (nothing changed) when nothing else is found
    grow();
    const bool startedComplete = m_p.mode() == OptimizerOptions::Mode::Rebalance;
    if (!startedComplete) {
        m_haveBest = false; // a plan with unassigned units is no answer for build or fill
        remember();
    }
    bool polishing = true;
    auto descend = [&] {
        for (int round = 0; round < 4 && !m_stopped; ++round) {
            const Key roundStart = key();
            const bool t = transferPhase();
            const bool a = balancePhase() || t;
            const bool b = takeBackPhase();
            const bool c = polishing && compactPhase();
            if (!a && !b && !c) break;
            if (m_p.countsDisruption() && !(key() < roundStart)) break; // the phases only undo each other now
        }
        remember();
    };
    descend();
    // Building: recombinations of neighbouring pairs settle what boundary moves cannot (both
    // balance and shape).
    if (m_p.buildsFromScratch() && !m_stopped) {
        setPlan(m_bestOwner);
        recombinePhase();
    }
    const int maxKicks = 40 + 4 * m_p.slotCount();
    const double floor = m_p.excessLowerBound();
    // Perturbations stop when the best plan has not improved for a while (a cap or a unit heavier
    // than a band can make the rest impossible; more kicks would only cost time).
    const int patience = 20 + m_p.slotCount();
    int sinceBest = 0;
    for (int round = 0; round < maxKicks && !m_stopped && m_bestKey.excess > floor + PairRecombiner::costTolerance
                        && sinceBest < patience;
         ++round) {
        const Key before = m_bestKey;
        if (!kick(round)) {
            setPlan(m_bestOwner);
            ++sinceBest;
            continue;
        }
        descend();
        // Improvement counts against what can still be gained (the floor is out of reach).
        const bool better = m_bestKey.excess < before.excess - std::max(1e-5, 0.005 * (before.excess - floor));
        sinceBest = better ? 0 : sinceBest + 1;
        if (capBinds()) sinceBest += 2; // with the disruption budget spent, kicks rarely pay
        if (!(key() < m_bestKey) && (round % 4 == 3)) setPlan(m_bestOwner); // restart from the best now and then
    }
    if (!m_stopped && m_haveBest) {
        setPlan(m_bestOwner);
        polishing = true;
        compactPhase();
        takeBackPhase();
        remember();
        if (m_p.buildsFromScratch() && !m_stopped) {
            setPlan(m_bestOwner);
            recombinePhase();
        }
    }
    if (m_p.capAccounts() >= 0 || m_p.capRevenue() >= 0) {
        setPlan(m_bestOwner);
        // Whether the cap binds: some unit at its start could help the balance but may not leave.
        m_capReached = m_bestKey.excess > PairRecombiner::costTolerance
                       && ((m_p.capAccounts() >= 0 && m_movedAccounts > 0.95 * m_p.capAccounts())
                           || (m_p.capRevenue() >= 0 && m_movedRevenue > 0.95 * m_p.capRevenue()));
    }
}

} // namespace tp::optimize
