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
// the unit's neighbours in its territory still reach each other without it: a short local search,
// else Boost.Graph's articulation points of the piece, see TerritoryConnectivity), never becomes
// empty; locked and out-of-scope territories and their units are not touched; named-account
// overrides stay (their accounts count for their territory, whatever the units do); optionally no
// unit changes its top-level region.
//
// Algorithm (each restart): a first plan — the starting plan (rebalance), or region growing from
// seeds (build: the reps' home units, else k-means++ on load-weighted unit centres plus Lloyd
// steps; fill: from the existing territories), where the territory furthest below its target
// takes its nearest free frontier unit. Then rounds of four phases until a round gains nothing:
// (1) transfer: a min-cost flow on the graph of neighbouring territories (TransferPlanner,
// Boost.Graph successive shortest paths) says how much load crosses which border so that every
// territory lands inside its band with the least load x borders moved; boundary units carry it,
// the cheapest first (rebalance/fill: most load per moved account, units going back to their
// starting territory before any other; build: the unit most surrounded by the taker); (2) balance:
// the best single move per boundary unit under a surrogate = 10 x excess + squared deviation
// beyond part of the band (half when building; 90 % when moves cost disruption, so territories
// well inside their band are left alone); (3) take-back: moved units return to their starting
// territory when the excess allows (fewer handoffs); (4) compactness: moves that shorten the
// border / travel without raising the excess or the disruption (units at their start never
// move for it). While a territory is still out of band, perturbation by ejection chains: along
// the shortest path of neighbouring territories from an out-of-band one to the most opposite
// one, each hands border units on to the next, then the rounds again; the best plan is kept,
// and the perturbations stop once the best has not improved for a while (sooner when the
// disruption cap is spent). Building also recombines (ReCom, as GerryChain's; PairRecombiner):
// two neighbouring territories are merged and split again along the best cut of a few random
// spanning trees of their units (least excess, then shortest border or travel), taken when it is
// no worse; pairs with a territory out of band go first, boundary moves polish every round, and
// the rounds stop when they no longer gain (after the first descent and after the
// perturbations). It escapes the local optima of single-unit moves: shapes (border length) and
// bands that only a chain of moves through full territories reaches. Restarts differ by seed (seed, seed+1, ...), run on `threads`
// threads; the best by the lexicographic objective wins (ties: the lower restart), so the result
// is the same for a seed unless the time limit or a cancel cuts a run short.
//
// Cancellable (options.cancel) and time-limited: the best plan found so far is returned. The
// progress callback gets the best-so-far figures from the worker threads. Stateless; any thread.

#include "optimizeroptions.h"
#include "optimizerresult.h"

namespace tp {
class Project;
struct Scenario;
} // namespace tp

namespace tp::optimize {

class TerritoryOptimizer {
public:
    static OptimizerResult run(const Project& project, const Scenario& start, const OptimizerOptions& options);
};

} // namespace tp::optimize
