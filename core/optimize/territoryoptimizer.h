#pragma once
// TerritoryOptimizer: balances a scenario's territories automatically with as little disruption
// as possible, or builds them from scratch, or fills unassigned units. Reads the project, never
// changes it: the result is a new assignment that the session layer writes (a new scenario, or
// one undo step).
//
// Objective, lexicographic: (1) balance: for each chosen measure, the weighted excess of each
// territory beyond its band (target +- tolerance; target = the mean, or the rep's share of the
// capacity); (2) disruption (rebalance, fill): accounts whose territory changes against the
// starting plan (then units), with an optional hard cap on moved accounts / revenue; (3)
// compactness: total border length between different territories (adjacency lengths), or the
// workload-weighted distance from the rep's home.
// Constraints: a territory never gets more pieces than it starts with (a move is allowed only when
// the unit's neighbours in its territory still reach each other without it: breadth-first check,
// early exit), never becomes empty; locked and out-of-scope territories and their units are not
// touched; named-account overrides stay (their accounts count for their territory, whatever the
// units do); optionally no unit changes its top-level region.
//
// Algorithm (each restart): a first plan — the starting plan (rebalance), or region growing from
// seeds (build: the reps' home units, else k-means++ on load-weighted unit centres plus Lloyd
// steps; fill: from the existing territories), where the territory furthest below its target
// takes its nearest free frontier unit. Then local search on boundary units: a balance phase
// (best single move per unit under a surrogate = 10 x excess + squared deviation beyond half the
// band, which makes room in territories at the band's edge so load can travel along chains), a
// take-back phase (moved units return to their starting territory when the excess allows: fewer
// handoffs), and a compactness phase (moves that shorten the border / travel without raising the
// excess or the disruption); repeated until nothing moves. While a territory is still out of band,
// perturbation by ejection chains: along the shortest path of neighbouring territories from an
// out-of-band one to the most opposite one, each hands border units on to the next, then the local
// search again; the best plan is kept. Restarts differ by seed (seed, seed+1, ...), run on
// `threads` threads; the best by the lexicographic objective wins (ties: the lower restart), so
// the result is the same for a seed unless the time limit or a cancel cuts a run short.
//
// Cancellable (options.cancel) and time-limited: the best plan found so far is returned. The
// progress callback gets the best-so-far figures from the worker threads. Stateless; any thread.

#include "optimizeroptions.h"
#include "optimizerresult.h"

namespace tp {
class Project;
struct Scenario;
}

namespace tp::optimize {

class TerritoryOptimizer {
public:
    static OptimizerResult run(const Project& project, const Scenario& start, const OptimizerOptions& options);
};

} // namespace tp::optimize
