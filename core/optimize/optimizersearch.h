#pragma once
// OptimizerSearch: one run of the territory optimiser's local search from one seed (see
// TerritoryOptimizer for the algorithm). Keeps the plan (owner per unit) with incremental
// per-territory loads, sizes, excess, disruption and compactness, so a candidate move costs
// O(measures + neighbours) plus a contiguity check (TerritoryConnectivity). Owns its state; one
// thread.

#include "optimizerproblem.h"
#include "pairrecombiner.h"
#include "territoryconnectivity.h"

#include <cstdint>
#include <functional>
#include <random>
#include <vector>

namespace tp::optimize {

class OptimizerSearch {
public:
    // The lexicographic objective: balance excess, then disruption, then compactness.
    struct Key {
        double excess = 0.0, disruption = 0.0, compactness = 0.0;
        bool operator<(const Key& o) const;
    };

    // shouldStop: polled often; true ends the run with the best plan so far.
    // checkpoint: called with the current plan whenever a phase ends (for progress reports).
    OptimizerSearch(const OptimizerProblem& problem, quint64 seed, std::function<bool()> shouldStop,
                    std::function<void(const std::vector<int>&, const Key&)> checkpoint);

    // The whole run: first plan (grown when building or filling), then balance, take-back and
    // compactness phases, then perturbations while any territory is out of band.
    void run();
    const std::vector<int>& bestOwner() const { return m_bestOwner; }
    Key bestKey() const { return m_bestKey; }
    bool capReached() const { return m_capReached; }

    // For tests and the demo builder: start from a given plan.
    void setPlan(std::vector<int> owner);
    Key key() const;

private:
    double combinedOf(const double* values) const;        // in shares of the mean target
    double unitScore(int slot, const double* load) const; // excess * 10 + squared pull beyond half the band
    double moveBalanceDelta(int unit, int from, int to, double* excessDelta) const;
    double disruptionDelta(int unit, int from, int to) const;
    double compactDelta(int unit, int from, int to) const;
    bool capAllows(int unit, int from, int to) const;
    bool capBinds() const; // the disruption cap is (nearly) spent
    bool staysConnectedWithout(int unit, bool thorough = true);
    bool touches(int unit, int slot) const;
    void move(int unit, int to);
    void grow(); // assigns every movable unit without an owner
    void chooseSeeds(std::vector<int>& seeds);
    bool transferPhase(); // true when something moved
    bool balancePhase();
    bool takeBackPhase();
    bool compactPhase();
    bool kick(int round);
    // ReCom: merge territories a and b and split them again along random spanning trees (see
    // PairRecombiner), starting from unit `start` of a; applied when the pair's excess, then compactness, is no worse. True when
    // the plan changed.
    bool recombine(int a, int b, int start, int trees);
    // Rounds of recombinations over neighbouring pairs (out-of-band territories first) until
    // they stop paying; true when the best plan improved.
    bool recombinePhase();
    void remember();
    bool stop();

    const OptimizerProblem& m_p;
    std::mt19937_64 m_rng;
    std::function<bool()> m_shouldStop;
    std::function<void(const std::vector<int>&, const Key&)> m_checkpoint;
    int M = 0;
    std::vector<int> m_owner, m_size;
    std::vector<double> m_load; // slot x measure
    std::vector<double> m_slotExcess;
    double m_excess = 0.0, m_movedAccounts = 0.0, m_movedRevenue = 0.0, m_disruption = 0.0, m_compact = 0.0;
    std::vector<int> m_order;
    std::vector<int> m_bestOwner;
    Key m_bestKey;
    bool m_haveBest = false, m_capReached = false, m_stopped = false;
    int m_pollCounter = 0;
    std::vector<double> m_candidateLoad;
    std::vector<double> m_meanTarget;
    TerritoryConnectivity m_connectivity;
    PairRecombiner m_recombiner;
    PairRecombiner::Input m_recombineInput;
    std::vector<int> m_pairQueue;
    std::vector<std::uint32_t> m_pairSeen;
    std::uint32_t m_pairStamp = 0;
    double m_weightSum = 0.0;
    double m_aimShare = 0.8; // transfers aim at this share of the tolerance
    double m_inner = 0.5;    // the balance phase pulls territories beyond this share of their band
};

} // namespace tp::optimize
