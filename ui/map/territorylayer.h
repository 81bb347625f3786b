#pragma once
// TerritoryLayer: fills every unit with its territory's colour (semi-transparent, so the base
// map shows through), draws thin unit outlines, and a strong border where two territories meet.
// Borders come from the units' shared edges (Project::adjacency) whose two sides belong to
// different territories, plus the unshared edges (coast, national border) of assigned units, so
// no polygon union is ever computed. Two snapshots: Geometry (per unit layer, prepared once) and
// Assignment (per edit, cheap). Setters: GUI thread; render(): any thread.

#include "ui/map/maplayer.h"
#include "ui/map/maprendergeometry.h"
#include "ui/map/maprenderstyle.h"

#include "geo/adjacencybuilder.h"
#include "model/unit.h"

#include <QColor>
#include <QMutex>

#include <memory>
#include <utility>
#include <vector>

namespace tp::ui {

class TerritoryLayer : public MapLayer {
public:
    struct Geometry {
        MapRenderGeometry units;                  // item i: unit i
        MapRenderGeometry sharedEdges;            // item e: the border between edgeUnits[e]
        std::vector<std::pair<int, int>> edgeUnits;
        MapRenderGeometry outerEdges;             // item i: unit i's edges shared with no unit
    };
    struct Assignment {
        std::vector<int> unitSlot;   // per unit: index into colors, -1 when unassigned
        std::vector<QColor> colors;  // opaque territory colours
        friend bool operator==(const Assignment&, const Assignment&) = default;
    };

    explicit TerritoryLayer(const MapRenderStyle& style) : m_style(style) {}

    // Projects the units once. Shared edges without segments (e.g. after loading a project
    // file) are recomputed from the unit shapes. Any thread.
    static std::shared_ptr<const Geometry> prepare(const std::vector<Unit>& units,
                                                   const std::vector<geo::SharedEdge>& adjacency);

    void setGeometry(std::shared_ptr<const Geometry> geometry);
    // Returns false (and keeps the old revision) when the assignment did not change.
    bool setAssignment(std::shared_ptr<const Assignment> assignment);
    std::shared_ptr<const Geometry> geometry() const;
    std::shared_ptr<const Assignment> assignment() const;

    QString name() const override { return QStringLiteral("Territories"); }
    QImage render(const MapViewport& view, const std::atomic_bool& cancelled) const override;
    // `base` rendered for the same view before some units changed, repainted only where
    // `region` (their bounds) reaches: a one-unit edit costs a few units, not the whole map.
    QImage renderPatch(const MapViewport& view, const QImage& base, const MercatorRect& region,
                       const std::atomic_bool& cancelled) const override;

private:
    // Draws into `image`; with an area, only the items reaching into it, clipped to `clip`.
    void paint(QImage& image, const MapViewport& view, const std::atomic_bool& cancelled, const MercatorRect* area,
               const QRectF& clip = {}) const;

    MapRenderStyle m_style;
    mutable QMutex m_mutex;
    std::shared_ptr<const Geometry> m_geometry;
    std::shared_ptr<const Assignment> m_assignment;
};

} // namespace tp::ui
