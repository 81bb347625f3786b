#include "io/gdal/territorydissolver.h"

#include "io/gdal/geoscontext.h"

#include "model/project.h"

#include <QHash>

namespace tp::io {
namespace {

using Geometry = GeosContext::Geometry;

bool isValid(const GeosContext& geos, const Geometry& g) {
    return g && GEOSisValid_r(geos.handle(), g.get()) == 1;
}

Geometry dissolveUnits(const GeosContext& geos, const std::vector<const geo::Polygon*>& polygons) {
    const Geometry input = geos.multiPolygon(polygons);
    if (!input) return nullptr;
    Geometry result = geos.own(GEOSCoverageUnion_r(geos.handle(), input.get()));
    if (isValid(geos, result)) return result;
    // Not a clean coverage (e.g. "incorrectly noded": neighbours whose shared edges differ by a
    // vertex): a full union is slower but takes any input.
    result = geos.own(GEOSUnaryUnion_r(geos.handle(), input.get()));
    if (isValid(geos, result)) return result;
    return result ? geos.own(GEOSMakeValid_r(geos.handle(), result.get())) : nullptr;
}

geo::GeoPoint labelPoint(const GeosContext& geos, const GEOSGeometry* shape) {
    // The largest piece carries the label.
    const GEOSGeometry* largest = shape;
    double largestArea = -1;
    for (int i = 0, n = GEOSGetNumGeometries_r(geos.handle(), shape); i < n; ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(geos.handle(), shape, i);
        double area = 0;
        if (GEOSArea_r(geos.handle(), part, &area) && area > largestArea) {
            largestArea = area;
            largest = part;
        }
    }
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    GEOSGeom_getXMin_r(geos.handle(), largest, &minX);
    GEOSGeom_getYMin_r(geos.handle(), largest, &minY);
    GEOSGeom_getXMax_r(geos.handle(), largest, &maxX);
    GEOSGeom_getYMax_r(geos.handle(), largest, &maxY);
    const double tolerance = std::max(1e-6, std::max(maxX - minX, maxY - minY) / 500.0);
    Geometry radius = geos.own(GEOSMaximumInscribedCircle_r(geos.handle(), largest, tolerance));
    Geometry centre = radius ? geos.own(GEOSGeomGetStartPoint_r(geos.handle(), radius.get()))
                             : geos.own(GEOSPointOnSurface_r(geos.handle(), largest));
    geo::GeoPoint p{(minX + maxX) / 2, (minY + maxY) / 2};
    if (centre) {
        GEOSGeomGetX_r(geos.handle(), centre.get(), &p.lon);
        GEOSGeomGetY_r(geos.handle(), centre.get(), &p.lat);
    }
    return p;
}

} // namespace

std::vector<DissolvedTerritory> TerritoryDissolver::dissolve(const Project& project, const Scenario& scenario,
                                                             QStringList* warnings) {
    std::vector<DissolvedTerritory> result;
    QHash<qint64, int> slotOf;
    for (const Territory* t : project.territoriesOf(scenario.id)) {
        if (t->level != Territory::Level::Territory) continue;
        slotOf.insert(t->id, int(result.size()));
        result.push_back({t->id, {}, {}});
    }
    std::vector<std::vector<const geo::Polygon*>> polygons(result.size());
    for (std::size_t u = 0; u < scenario.unitTerritory.size() && u < project.units.size(); ++u) {
        const auto slot = slotOf.constFind(scenario.unitTerritory[u]);
        if (slot == slotOf.constEnd()) continue;
        for (const geo::Polygon& p : project.units[u].shape) polygons[std::size_t(*slot)].push_back(&p);
    }
    const GeosContext geos;
    for (std::size_t i = 0; i < result.size(); ++i) {
        if (polygons[i].empty()) continue;
        const QString name = project.territory(result[i].territoryId)->name;
        const Geometry shape = dissolveUnits(geos, polygons[i]);
        if (!shape) {
            if (warnings)
                *warnings << QStringLiteral("Territory %1 could not be dissolved: %2").arg(name, geos.lastError());
            continue;
        }
        result[i].shape = geos.toMultiPolygon(shape.get());
        result[i].labelPoint = labelPoint(geos, shape.get());
    }
    return result;
}

} // namespace tp::io
