#pragma once
// ReportMap: the report's map frames, drawn through the map's one render path (tp::render: the
// canvas's MapLayerSet, its layers and MapRenderJob; the PNG export takes the same path): the
// base map when given, territory fills and borders, territory labels (TerritoryLabeller's,
// placed by LabelPlacer), the scale bar and attribution (MapRenderOverlay), rendered into an
// image at print resolution (printLogicalPerMm logical pixels per millimetre, printPixelRatio
// device pixels per logical pixel) and drawn into the frame. What only the report has: the
// framing, a territory page's focus (the others faded, MapLayerSet::setFocusTerritory; its
// accounts drawn by the account layer, the others hidden), the thematic page (the ThemeLayer with
// the report's classes), outlier insets and a frame line on top.
// Framing: the main extent holds the units with accounts that belong to a territory in the
// largest connected landmass (units grouped by touching bounds); other groups with assigned
// units (Alaska, Hawaii, Puerto Rico for US counties) are far-away outliers shown in insets.
// Longitudes are unwrapped around the accounts' centre longitude, so a territory across the
// antimeridian (the Aleutians) stays in one piece: the layers then get geometry, points and
// labels projected with unwrapped longitudes. Built once per report (the project's snapshots are
// taken then), painted any number of times. Holds a pointer to the project, which must outlive
// it and not change. The thread that paints (QImage, QPainter; the layers render on the global
// thread pool as on the canvas).

#include "render/maplabel.h"
#include "render/maplayerset.h"
#include "render/mapviewport.h"
#include "render/themelayer.h"

#include <QImage>
#include <QRectF>
#include <QString>

#include <map>
#include <memory>
#include <vector>

class QPainter;

namespace tp {
class Project;
struct Scenario;
namespace render {
struct BaseMap;
}
} // namespace tp

namespace tp::io {

class ReportMap {
public:
    static constexpr double printLogicalPerMm = 4.0; // about 100 logical pixels per inch: screen-sized type
    static constexpr double printPixelRatio = 2.5;   // about 250 device pixels per inch

    // labels: the territories' labels (TerritoryLabeller); baseMap: may be null (no base map).
    ReportMap(const Project& project, const Scenario& scenario, std::vector<render::MapLabel> labels,
              QString attribution, std::shared_ptr<const render::BaseMap> baseMap = nullptr);

    QRectF extent() const; // Web Mercator metres, y up, unwrapped; all units
    QRectF mainExtent() const { return m_main.isEmpty() ? extent() : m_main; } // see above
    const std::vector<QRectF>& insetExtents() const { return m_insets; }       // far-away outliers
    double centreLongitude() const { return m_centreLon; }                     // degrees; x = 0 of the unwrapped map
    // The territory's units on its landmass with most accounts; empty when none.
    QRectF extentOf(qint64 territoryId) const;

    // The view that shows `extent` (grown by a margin to the frame's aspect ratio) in a frame of
    // `frameMm` millimetres, in logical pixels (printLogicalPerMm) with printPixelRatio.
    static render::MapViewport viewFor(const QSizeF& frameMm, const QRectF& extent);

    // Draws `extent` into `frame` (device units of the painter's device): the map with labels,
    // scale bar and attribution. focus: a territory to highlight (the others faded, its label
    // only), 0 for none; accounts: indices of the accounts to draw (with a focus).
    void paint(QPainter& painter, const QRectF& frame, const QRectF& extent, qint64 focus = 0,
               const std::vector<int>& accounts = {});
    // The thematic map: the units in their classes' colours, territory borders on top, scale bar
    // and attribution.
    void paintThematic(QPainter& painter, const QRectF& frame, const QRectF& extent,
                       std::shared_ptr<const render::ThemeLayer::Classes> classes);
    // A small frame of `extent` without labels, scale bar or attribution (an outlier inset).
    void paintInset(QPainter& painter, const QRectF& frame, const QRectF& extent);

    // The image paint() draws for a frame of `frameMm` (tests compare it with the canvas's).
    QImage render(const QSizeF& frameMm, const QRectF& extent, qint64 focus = 0, const std::vector<int>& accounts = {});

private:
    enum class Kind { Territories, Theme, Inset };
    QImage renderFrame(const QSizeF& frameMm, const QRectF& extent, Kind kind);
    void place(QPainter& painter, const QRectF& frame, const QImage& image) const;
    void findExtents(const Project& project, const Scenario& scenario);
    void unwrapGeometry(const Project& project);

    const Project* m_project;
    render::MapLayerSet m_layers;
    std::vector<render::MapLabel> m_labels;
    std::shared_ptr<const render::AccountLayer::Points> m_points; // every account, unwrapped
    QString m_attribution;
    double m_centreLon = 0.0;
    bool m_unwrap = false; // some unit lies across the antimeridian from the centre
    QRectF m_all;
    QRectF m_main;
    std::vector<QRectF> m_insets;
    std::map<qint64, QRectF> m_territoryExtents; // see extentOf
};

} // namespace tp::io
