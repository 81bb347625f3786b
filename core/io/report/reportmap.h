#pragma once
// ReportMap: the territory map of a report page, drawn with QPainter from the dissolved territory
// polygons (and unassigned units in grey), projected to Web Mercator like the map canvas: fills
// in the territory colours, white borders between territories, labels with a halo at each
// territory's label point, a scale bar (true at the centre latitude) and the attribution line.
// For a territory page, one territory is in focus (the others faded) and its accounts are drawn
// as points. Built once per report (projection and paths cached), then painted any number of
// times. Value type; the thread that paints (QPainterPath/QFont, no widgets).

#include "io/gdal/territorydissolver.h"

#include "geo/geopoint.h"

#include <QColor>
#include <QPainterPath>
#include <QRectF>
#include <QString>

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

    QRectF extent() const;                       // Web Mercator metres, y up; all territories and units
    QRectF extentOf(qint64 territoryId) const;   // the territory's polygon; empty when it has none

    // Draws `extent` (grown to the frame's aspect ratio) into `frame` (device units). focus: a
    // territory to highlight, 0 for none; points: e.g. its accounts.
    void paint(QPainter& painter, const QRectF& frame, const QRectF& extent, qint64 focus = 0,
               const std::vector<geo::GeoPoint>& points = {}) const;

private:
    struct Area {
        qint64 territoryId = 0;
        QPainterPath path;    // Web Mercator metres, y up
        QColor color;
        QString label;
        QPointF labelPoint;
    };
    static QPainterPath pathOf(const geo::MultiPolygon& shape);
    static QPointF project(const geo::GeoPoint& p);
    void paintScaleBar(QPainter& painter, const QRectF& frame, const QRectF& extent, double metresPerUnit) const;
    void paintAttribution(QPainter& painter, const QRectF& frame) const;

    std::vector<Area> m_areas;
    QPainterPath m_unassigned;
    QString m_attribution;
};

} // namespace tp::io
