#pragma once
// AdjacencyBuilder: which units share an edge, and how long that shared edge is. Units that come
// from one topology (TopoJSON, a clean coverage) share identical vertices along common borders,
// so a border segment is matched by its two endpoints (snapped to 1e-7 degrees, about 1 cm).
// The matched segments are kept: the map draws territory borders from them. Stateless; any thread.

#include "geometry.h"

#include <vector>

namespace tp::geo {

struct SharedEdge {
    int unitA = 0; // unitA < unitB
    int unitB = 0;
    double lengthM = 0.0; // great-circle length of the common border
    std::vector<Segment> segments;
};

class AdjacencyBuilder {
public:
    static std::vector<SharedEdge> build(const std::vector<MultiPolygon>& units);
};

} // namespace tp::geo
