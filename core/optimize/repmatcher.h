#pragma once
// RepMatcher: "Suggest owners": the assignment of reps to the territories of a scenario that
// minimises the total cost, solved exactly by AssignmentSolver (each rep owns at most one
// territory; with more territories than reps some stay vacant). The cost of rep r for
// territory t, each term dimensionless:
//   travel   x (workload-weighted mean distance from r's home to t's accounts) / 100 km
// + skill    x (share of t's workload in industries r lacks; a rep listing none knows all)
// + segment  x (share of t's workload in segments r lacks; likewise)
// + capacity x |workload(t) - capacity(r)| / capacity(r)   (0 when r has no capacity)
// - continuity when r owns t now (the current owner stays unless the gain is clear)
// Locked territories keep their rep and that rep takes no other; overlay reps are not matched
// (they cover overlay teams). A vacant territory costs `vacancy`. Stateless; any thread (reads
// the project, which must not change meanwhile).

#include "model/project.h"

#include <QString>

#include <vector>

namespace tp::optimize {

struct RepMatchOptions {
    double travel = 1.0; // per 100 km of mean distance
    double skill = 1.0;
    double segment = 0.5;
    double capacity = 1.0;
    double continuity = 0.25;
    double vacancy = 100.0; // a territory left without a rep (as 10,000 km of travel)
};

struct RepMatch {
    qint64 territoryId = 0;
    qint64 currentRep = 0;    // 0: vacant now
    qint64 suggestedRep = 0;  // 0: vacant (more territories than reps)
    double currentCost = 0.0; // without the continuity bonus
    double suggestedCost = 0.0;
    double suggestedTravelKm = 0.0;
    bool changes() const { return currentRep != suggestedRep; }
};

struct RepMatchResult {
    bool ok = false;
    QString error;
    std::vector<RepMatch> territories; // the scenario's matched leaf territories, in list order
    double currentTotal = 0.0;         // the plan's cost as it is (same terms, no bonus)
    double suggestedTotal = 0.0;
    int changed() const;
};

class RepMatcher {
public:
    static RepMatchResult suggest(const Project& project, qint64 scenarioId, const RepMatchOptions& options = {});
    // The cost of rep `rep` for territory `territory` (without the continuity bonus).
    static double cost(const Project& project, const Scenario& scenario, const Rep& rep, qint64 territoryId,
                       const RepMatchOptions& options);
};

} // namespace tp::optimize
