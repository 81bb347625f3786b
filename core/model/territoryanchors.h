#pragma once
// TerritoryAnchors: where a territory's label goes: the area-weighted centre of its largest
// piece, moved to the centre of the piece's unit nearest to it when that centre falls outside
// the territory (a crescent around a bay). Also the territory's bounding box (zoom to territory).
// O(units + edges) per call. Stateless; any thread.

#include "geo/geometry.h"

#include <QHash>

#include <vector>

namespace tp {

class Project;
struct Scenario;

struct TerritoryAnchor {
    geo::GeoPoint label;
    geo::Box bounds;
    double areaM2 = 0.0;
};

class TerritoryAnchors {
public:
    // strayUnits: Contiguity::strayUnits of the scenario when the caller has it already (the map
    // does), else nullptr and it is computed here.
    static QHash<qint64, TerritoryAnchor> compute(const Project& project, const Scenario& scenario,
                                                  const std::vector<int>* strayUnits = nullptr);
};

} // namespace tp
