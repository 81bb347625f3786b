#pragma once
// TerritoryDissolver: the polygon of each leaf territory of a scenario, dissolved from its units
// with GEOS coverage union (units form a coverage: they never overlap and neighbours share their
// edges exactly, so this is fast and exact). Should the units not be a clean coverage, the result
// is checked and the territory falls back to a full unary union, then MakeValid, so the output
// is always valid. Also a label point per territory: the centre of the largest inscribed circle
// of its largest piece (inside the polygon and away from its edges). Stateless; any thread (each
// call has its own GEOS context).

#include "geo/geometry.h"

#include <QStringList>

#include <vector>

namespace tp {
class Project;
struct Scenario;
} // namespace tp

namespace tp::io {

struct DissolvedTerritory {
    qint64 territoryId = 0;
    geo::MultiPolygon shape;  // EPSG:4326; empty for a territory without units
    geo::GeoPoint labelPoint; // meaningful when the shape is not empty
};

class TerritoryDissolver {
public:
    // Leaf territories of the scenario in list order. `warnings` (optional) names the territories
    // that could not be dissolved at all (they keep an empty shape).
    static std::vector<DissolvedTerritory> dissolve(const Project& project, const Scenario& scenario,
                                                    QStringList* warnings = nullptr);
};

} // namespace tp::io
