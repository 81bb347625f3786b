#include "territoryoptimizer.h"

#include "optimizerproblem.h"
#include "optimizersearch.h"

#include <chrono>
#include <mutex>
#include <thread>

namespace tp::optimize {

OptimizerResult TerritoryOptimizer::run(const Project& project, const Scenario& start,
                                        const OptimizerOptions& options) {
    using Clock = std::chrono::steady_clock;
    const Clock::time_point began = Clock::now();
    OptimizerResult result;
    const OptimizerProblem problem(project, start, options);
    if (!problem.ok()) {
        result.error = problem.error();
        return result;
    }
    result.ok = true;
    result.measureNames = problem.measureNames();
    for (int m = 0; m < problem.measureCount(); ++m) result.tolerancesPct.push_back(problem.tolerance(m) * 100.0);
    if (problem.newTerritories().empty()) {
        result.before = problem.figures(problem.startOwners());
    } else {
        OptimizerOptions asIs = options;
        asIs.mode = OptimizerOptions::Mode::Rebalance;
        asIs.territoryCount = 0;
        const OptimizerProblem current(project, start, asIs);
        if (current.ok()) result.before = current.figures(current.startOwners());
    }

    const Clock::time_point deadline =
        began
        + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(std::max(0.0, options.timeLimitS)));
    auto shouldStop = [&] { return (options.cancel && options.cancel->load()) || Clock::now() > deadline; };
    const int restarts = std::max(1, options.restarts);
    const int threads = std::max(1, std::min(options.threads, restarts));

    std::mutex mutex;
    OptimizerSearch::Key globalKey;
    std::vector<int> globalOwner;
    bool haveGlobal = false;
    Clock::time_point lastReport = began - std::chrono::seconds(1);
    int restartsDone = 0;
    auto checkpoint = [&](const std::vector<int>& owner, const OptimizerSearch::Key& key) {
        std::lock_guard lock(mutex);
        if (haveGlobal && !(key < globalKey)) return;
        globalKey = key;
        globalOwner = owner;
        haveGlobal = true;
        const Clock::time_point now = Clock::now();
        if (options.progress && now - lastReport > std::chrono::milliseconds(100)) {
            lastReport = now;
            const OptimizerFigures figures = problem.figures(globalOwner);
            OptimizerProgress progress;
            progress.seconds = std::chrono::duration<double>(now - began).count();
            progress.restartsDone = restartsDone;
            progress.best = &figures;
            options.progress(progress);
        }
    };

    struct Outcome {
        std::vector<int> owner;
        OptimizerSearch::Key key;
        bool capReached = false;
        bool done = false;
    };
    std::vector<Outcome> outcomes(static_cast<std::size_t>(restarts));
    auto worker = [&](int first) {
        for (int r = first; r < restarts; r += threads) {
            if (shouldStop() && r >= threads) break; // every thread gives at least one (partial) answer
            OptimizerSearch search(problem, options.seed + quint64(r) * 0x9E3779B97F4A7C15ull, shouldStop, checkpoint);
            search.run();
            Outcome& o = outcomes[std::size_t(r)];
            o.owner = search.bestOwner();
            o.key = search.bestKey();
            o.capReached = search.capReached();
            o.done = true;
            std::lock_guard lock(mutex);
            ++restartsDone;
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(worker, t);
    worker(0);
    for (std::thread& t : pool) t.join();

    int best = -1;
    for (int r = 0; r < restarts; ++r) {
        const Outcome& o = outcomes[std::size_t(r)];
        if (o.done && !o.owner.empty() && (best < 0 || o.key < outcomes[std::size_t(best)].key)) best = r;
    }
    const Outcome& winner = outcomes[std::size_t(std::max(best, 0))];
    const std::vector<int>& owner = best >= 0 ? winner.owner : problem.startOwners();
    result.unitTerritory = problem.territoryIds(owner);
    result.newTerritories = problem.newTerritories();
    result.after = problem.figures(owner);
    result.allInBand = result.after.outOfBand == 0;
    result.reasons = problem.reasons(owner, best >= 0 && winner.capReached);
    result.cancelled = options.cancel && options.cancel->load();
    result.restartsDone = restartsDone;
    result.seconds = std::chrono::duration<double>(Clock::now() - began).count();
    if (options.progress) {
        OptimizerProgress progress;
        progress.seconds = result.seconds;
        progress.restartsDone = restartsDone;
        progress.best = &result.after;
        options.progress(progress);
    }
    return result;
}

} // namespace tp::optimize
