#pragma once
// Contiguity: which units of a scenario lie in a stray piece of their territory, i.e. outside
// the territory's largest connected piece (by area) in the unit adjacency graph. The map marks
// them so a territory in several pieces is visible at a glance. O(units + edges). Stateless;
// any thread.

#include <vector>

namespace tp {

class Project;
struct Scenario;
class UnitGraph;

class Contiguity {
public:
    static std::vector<int> strayUnits(const Project& project, const Scenario& scenario);
    // The same over the project's unit graph built by the caller (kept across edits).
    static std::vector<int> strayUnits(const Project& project, const Scenario& scenario, const UnitGraph& graph);
};

} // namespace tp
