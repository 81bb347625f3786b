#pragma once
// TerritoryLayer: fills every unit with its territory's colour (semi-transparent, so the base
// map shows through), draws thin unit outlines, and a strong border where two territories meet.
// Borders come from the units' shared edges (Project::adjacency) whose two sides belong to
// different territories, plus the unshared edges (coast, national border) of assigned units, so
// no polygon union is ever computed. A territory is filled from the same border pieces: its
// boundary parts (shared edges whose other side differs, unshared edges) are chained at their end
// nodes into closed rings and filled with the odd-even rule, so a territory of 80 ZIP areas costs
// its outline, not 80 polygons, and fill and border come from identical (equally simplified)
// points: no gaps or slivers between neighbours at any zoom. A territory whose pieces do not
// close into rings (a layer with unmatched vertices) is filled unit by unit instead. Unit outlines
// are drawn only between units big enough on screen, and only when the layer's typical (median)
// unit is: at the country view 37,000 ZIP areas are a few pixels each, and outlining the large
// ones in the West alone would only grey the map there. Two snapshots: Geometry (per unit layer,
// prepared once) and Assignment (per edit, cheap). Setters: GUI thread; render(): any thread (it
// builds the lines on a second task of the global thread pool while it fills, and waits for it).

#include "render/maplayer.h"
#include "render/maprendergeometry.h"
#include "render/maprenderstyle.h"

#include "geo/adjacencybuilder.h"
#include "model/unit.h"

#include <QColor>
#include <QMutex>

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace tp::render {

class TerritoryPiecePoints;

class TerritoryLayer : public MapLayer {
public:
    struct Geometry {
        MapRenderGeometry units;       // item i: unit i
        MapRenderGeometry sharedEdges; // item e: the border between edgeUnits[e]
        std::vector<std::pair<int, int>> edgeUnits;
        MapRenderGeometry outerEdges; // item i: unit i's edges shared with no unit
        // Every part of sharedEdges and outerEdges as a piece of border between two nodes (its end
        // points, matched like AdjacencyBuilder at 1e-7 degrees); pieces touching node n are
        // nodePieces[nodePieceStart[n] .. nodePieceStart[n + 1]).
        struct Piece {
            std::uint32_t part; // in sharedEdges, or in outerEdges when unitB < 0
            int unitA, unitB;
            int from, to; // nodes
        };
        std::vector<Piece> pieces;
        std::vector<std::uint32_t> nodePieceStart;
        std::vector<int> nodePieces;
        double medianUnitSize = 0.0; // the larger side of the units' bounds, Mercator metres
    };
    struct Assignment {
        std::vector<int> unitSlot;  // per unit: index into colors, -1 when unassigned
        std::vector<QColor> colors; // opaque territory colours
        friend bool operator==(const Assignment&, const Assignment&) = default;
    };

    // name: what the layer list calls it ("Territories"; "Other team" for the reference outline).
    explicit TerritoryLayer(const MapRenderStyle& style, QString name = QStringLiteral("Territories"))
        : m_style(style), m_name(std::move(name)) {}

    // Projects the units once. Shared edges without segments (e.g. after loading a project
    // file) are recomputed from the unit shapes. Any thread.
    static std::shared_ptr<const Geometry> prepare(const std::vector<Unit>& units,
                                                   const std::vector<geo::SharedEdge>& adjacency);

    void setGeometry(std::shared_ptr<const Geometry> geometry);
    // Returns false (and keeps the old revision) when the assignment did not change.
    bool setAssignment(std::shared_ptr<const Assignment> assignment);
    std::shared_ptr<const Geometry> geometry() const;
    std::shared_ptr<const Assignment> assignment() const;

    QString name() const override { return m_name; }
    QImage render(const MapViewport& view, const std::atomic_bool& cancelled) const override;
    // `base` rendered for the same view before some units changed, repainted only where
    // `region` (their bounds) reaches: a one-unit edit costs a few units, not the whole map.
    QImage renderPatch(const MapViewport& view, const QImage& base, const MercatorRect& region,
                       const std::atomic_bool& cancelled) const override;

private:
    // Adds the territory in `slot` as closed rings chained from its boundary pieces to `path`;
    // false (path unchanged) when the pieces do not close.
    static bool appendTerritoryRings(QPainterPath& path, const Geometry& g, const std::vector<int>& slotOfUnit,
                                     int slot, const std::vector<std::uint32_t>& boundaryPieces, std::vector<int>& mark,
                                     TerritoryPiecePoints& points, const MapViewport& dv);
    // Draws into `image`; with an area, only the items reaching into it, clipped to `clip`.
    void paint(QImage& image, const MapViewport& view, const std::atomic_bool& cancelled, const MercatorRect* area,
               const QRectF& clip = {}) const;

    MapRenderStyle m_style;
    QString m_name;
    mutable QMutex m_mutex;
    std::shared_ptr<const Geometry> m_geometry;
    std::shared_ptr<const Assignment> m_assignment;
};

} // namespace tp::render
