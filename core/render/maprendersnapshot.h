#pragma once
// MapRenderSnapshot: copies what the map layers need out of the live Project into immutable
// snapshots (render threads never touch the Project), plus cheap fingerprints that tell the
// canvas whether the expensive parts (unit geometry, account positions) changed at all.
// Stateless; call on the thread that owns the Project (the GUI thread).

#include "render/accountlayer.h"
#include "render/rephomelayer.h"
#include "render/territorylayer.h"

#include "model/project.h"

#include <QSet>

#include <memory>

namespace tp::render {

class MapRenderSnapshot {
public:
    static quint64 unitsFingerprint(const Project& project);
    static quint64 accountsFingerprint(const Project& project);

    // The assignment of a scenario (0: the current one). With a focus territory (the report's
    // territory page) every other territory is drawn faded (a quarter of its saturation, light).
    static std::shared_ptr<const TerritoryLayer::Assignment> assignment(const Project& project, qint64 scenarioId = 0,
                                                                        qint64 focusTerritory = 0);
    // Another team's plan in a scenario (0: the current one), for its borders drawn as a reference
    // outline over the current team's map; null when the scenario has no plan for the team.
    static std::shared_ptr<const TerritoryLayer::Assignment> teamAssignment(const Project& project, qint64 teamId,
                                                                            qint64 scenarioId = 0);
    // Accounts whose segment or industry is in the hidden sets are marked AccountLayer::hidden;
    // with a sizing measure (MeasureColumns::Builtin: RevenuePotential, Revenue, Pipeline,
    // WorkloadHours; -1: none) each account gets its quintile as size class.
    // One value per account of a built-in measure (MeasureColumns::Builtin) for the heat map's
    // weights; null for the count (-1 or anything else).
    static std::shared_ptr<const std::vector<double>> accountWeights(const Project& project, int measure);
    static std::shared_ptr<const AccountLayer::Points> accountPoints(const Project& project,
                                                                     const QSet<QString>& hiddenSegments = {},
                                                                     const QSet<QString>& hiddenIndustries = {},
                                                                     int sizeMeasure = -1);
    static std::shared_ptr<const RepHomeLayer::Markers> repMarkers(const Project& project);
};

} // namespace tp::render
