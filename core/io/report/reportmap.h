#pragma once
// ReportMap: the territory map of a report page, drawn with QPainter from the dissolved territory
// polygons (and unassigned units in grey), projected to Web Mercator like the map canvas: fills
// in the territory colours, white borders between territories, labels with a halo at each
// territory's label point, a scale bar (true at the centre latitude) and the attribution line.
// For a territory page, one territory is in focus (the others faded) and its accounts are drawn
// as points. Built once per report (projection and paths cached), then painted any number of
// times. Framing: the main extent holds the units with accounts that belong to a territory in
// the largest connected landmass (units grouped by touching bounds); other groups with assigned
// units (Alaska, Hawaii, Puerto Rico for US counties) are far-away outliers shown in insets.
// Longitudes are unwrapped around the accounts' centre longitude, so a territory across the
// antimeridian (the Aleutians) stays in one piece. Value type; the thread that paints
// (QPainterPath/QFont, no widgets).

#include "io/gdal/territorydissolver.h"

#include "geo/geopoint.h"

#include <QColor>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <map>
#include <vector>

class QPainter;

namespace tp {
class Project;
struct Scenario;
} // namespace tp

namespace tp::io {

class ReportMap {
public:
    ReportMap(const Project& project, const Scenario& scenario, const std::vector<DissolvedTerritory>& territories,
              QString attribution);

    QRectF extent() const; // Web Mercator metres, y up; all territories and units
    QRectF mainExtent() const { return m_main.isEmpty() ? extent() : m_main; } // see above
    const std::vector<QRectF>& insetExtents() const { return m_insets; }       // far-away outliers
    double centreLongitude() const { return m_centreLon; }                     // degrees; x = 0 of the unwrapped map
    // The territory's units on its landmass with most accounts, else its polygon; empty when none.
    QRectF extentOf(qint64 territoryId) const;

    // Draws `extent` (grown to the frame's aspect ratio) into `frame` (device units). focus: a
    // territory to highlight, 0 for none; points: e.g. its accounts.
    void paint(QPainter& painter, const QRectF& frame, const QRectF& extent, qint64 focus = 0,
               const std::vector<geo::GeoPoint>& points = {}) const;
    // The thematic map: every unit of `project` filled with its colour (unitColours, one per unit;
    // invalid colours are left out), the territory borders drawn on top in dark grey, then the
    // scale bar and attribution, as paint() frames them.
    void paintThematic(QPainter& painter, const QRectF& frame, const QRectF& extent, const Project& project,
                       const std::vector<QColor>& unitColours) const;
    // A small frame of `extent` without labels, scale bar or attribution (an outlier inset).
    void paintInset(QPainter& painter, const QRectF& frame, const QRectF& extent) const;

private:
    struct Area {
        qint64 territoryId = 0;
        QPainterPath path; // Web Mercator metres, y up
        QColor color;
        QString label;
        QPointF labelPoint;
    };
    QPainterPath pathOf(const geo::MultiPolygon& shape) const;
    QPointF project(const geo::GeoPoint& p) const;
    void findExtents(const Project& project, const Scenario& scenario);
    QTransform transformFor(const QRectF& frame, const QRectF& extent, double* scale) const;
    void paintAreas(QPainter& painter, const QTransform& toPage, double unit, qint64 focus) const;
    void paintScaleBar(QPainter& painter, const QRectF& frame, const QRectF& extent, double metresPerUnit) const;
    void paintAttribution(QPainter& painter, const QRectF& frame) const;

    std::vector<Area> m_areas;
    QPainterPath m_unassigned;
    QString m_attribution;
    double m_centreLon = 0.0;
    QRectF m_main;
    std::vector<QRectF> m_insets;
    std::map<qint64, QRectF> m_territoryExtents; // see extentOf
};

} // namespace tp::io
