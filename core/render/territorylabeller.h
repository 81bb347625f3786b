#pragma once
// TerritoryLabeller: builds the map's territory labels from the plan and its figures: the
// territory name over its balance figure and deviation from the mean (e.g. "2,826 h · −8 %",
// red beyond the tolerance; "Vacant · ..." when no rep covers it while the roster has reps), at
// the territory's anchor, larger territories first. Stateless;
// GUI thread (reads the project).

#include "render/labellayer.h"

#include <vector>

namespace tp {
class MetricsEngine;
class Project;
struct Scenario;
struct TerritoryMetrics;
} // namespace tp

namespace tp::render {

class TerritoryLabeller {
public:
    // strayUnits: see TerritoryAnchors::compute (nullptr: computed here).
    static std::vector<LabelLayer::Label> labels(const Project& project, const MetricsEngine& engine,
                                                 double tolerancePct, const std::vector<int>* strayUnits = nullptr);
    // The same for any scenario from its territories' figures (e.g. the two sides of a
    // comparison); `hours`: the balance measure is workload hours (an "h" after the figure).
    static std::vector<LabelLayer::Label> labels(const Project& project, const Scenario& scenario,
                                                 const std::vector<TerritoryMetrics>& territories, bool hours,
                                                 double tolerancePct, const std::vector<int>* strayUnits = nullptr);
};

} // namespace tp::render
