#pragma once
// TransferPlanner: how much load should cross each border between neighbouring territories so that
// every territory gets inside its band while as little load as possible travels (load x borders
// crossed). A min-cost flow (Boost.Graph, successive shortest paths): territories above their aim
// supply their surplus, territories below it demand their shortfall, and when the two totals differ
// the room inside the others' aim takes or gives the rest (at a high price, so it is used only for
// that). The optimiser's search then moves the cheapest boundary units along these arcs
// (OptimizerSearch::transferPhase). Stateless; any thread.

#include <utility>
#include <vector>

namespace tp::optimize {

class TransferPlanner {
public:
    struct Arc {
        int from = 0, to = 0;
        double amount = 0.0; // in the loads' unit
    };

    // load[k], target[k]: a territory's load and target (same unit, target > 0); band: the
    // fraction of its target a territory may be above or below it (0.05 for +-5 %); only
    // territories outside it must give or take, and they go as far as `aim` (<= band, e.g. 0.04,
    // so that whole units fit); territories inside the band give or take only what the others
    // cannot settle among themselves. borders: pairs of territories units may cross between (both
    // directions). The arcs come in an order that lets each territory receive before it passes
    // load on (sources first).
    static std::vector<Arc> plan(const std::vector<double>& load, const std::vector<double>& target, double aim,
                                 double band, const std::vector<std::pair<int, int>>& borders);
};

} // namespace tp::optimize
