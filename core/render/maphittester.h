#pragma once
// MapHitTester: what lies under the pointer in a map view, for the tools, tooltips and clicks:
// the unit at a point (the units' R-tree, geo::UnitIndex), the units along a mouse path, the
// units a round brush touches, the units whose centroid lies inside a rectangle or lasso, and the
// nearest shown account within a radius. Positions are logical pixels of the MapViewport passed
// in, so it needs no widget. Reads the Project's units (not owned; call setProject again when the
// units change or the project goes) and an immutable snapshot of the account points; the unit
// index is built on first use. The thread that owns the Project (the GUI thread).

#include "render/accountlayer.h"
#include "render/mapviewport.h"

#include <QPointF>
#include <QPolygonF>

#include <memory>
#include <vector>

namespace tp {
class Project;
namespace geo {
class UnitIndex;
}
} // namespace tp

namespace tp::render {

class MapHitTester {
public:
    MapHitTester();
    ~MapHitTester();

    // A new project, or new units in it (nullptr: none): the unit index is rebuilt when needed.
    void setProject(const Project* project);
    // The accounts that can be hit (those marked AccountLayer::hidden cannot); nullptr: none.
    void setAccountPoints(std::shared_ptr<const AccountLayer::Points> points);

    int unitAt(const MapViewport& view, QPointF pos) const; // -1: none
    // The units under the segment a-b, in order, each once: sampled every stepPx pixels, so a
    // fast mouse does not skip units.
    std::vector<int> unitsAlong(const MapViewport& view, QPointF a, QPointF b, double stepPx = 3.0) const;
    // The units whose shape comes within radiusPx of the segment a-b (a == b: of the point), in
    // index order: what a round brush of that radius touches on its way from a to b.
    std::vector<int> unitsNear(const MapViewport& view, QPointF a, QPointF b, double radiusPx) const;
    // Units whose centroid lies inside the polygon (a rectangle or a lasso), in index order.
    std::vector<int> unitsInside(const MapViewport& view, const QPolygonF& polygon) const;
    // The account nearest to pos within radiusPx; -1: none.
    int accountAt(const MapViewport& view, QPointF pos, double radiusPx = 6.0) const;

private:
    const geo::UnitIndex* unitIndex() const;

    const Project* m_project = nullptr;
    std::shared_ptr<const AccountLayer::Points> m_points;
    mutable std::unique_ptr<geo::UnitIndex> m_unitIndex;
};

} // namespace tp::render
