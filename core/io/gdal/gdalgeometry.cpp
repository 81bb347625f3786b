#include "io/gdal/gdalgeometry.h"

#include <boost/geometry/algorithms/correct.hpp>

#include <ogr_geometry.h>

#include <memory>

namespace tp::io {
namespace {

void readRing(const OGRLinearRing& in, geo::Ring& out) {
    const int n = in.getNumPoints();
    out.clear();
    out.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) out.push_back({in.getX(i), in.getY(i)});
}

void addPolygon(const OGRPolygon& in, geo::MultiPolygon& out) {
    const OGRLinearRing* exterior = in.getExteriorRing();
    if (!exterior || exterior->getNumPoints() < 4) return;
    geo::Polygon polygon;
    readRing(*exterior, polygon.outer());
    const int holes = in.getNumInteriorRings();
    polygon.inners().resize(std::size_t(holes));
    for (int i = 0; i < holes; ++i) readRing(*in.getInteriorRing(i), polygon.inners()[std::size_t(i)]);
    std::erase_if(polygon.inners(), [](const geo::Ring& r) { return r.size() < 4; });
    out.push_back(std::move(polygon));
}

void collect(const OGRGeometry& g, geo::MultiPolygon& out) {
    const OGRwkbGeometryType type = wkbFlatten(g.getGeometryType());
    if (type == wkbPolygon) {
        addPolygon(*g.toPolygon(), out);
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection || type == wkbMultiSurface) {
        const auto* collection = g.toGeometryCollection();
        for (int i = 0; i < collection->getNumGeometries(); ++i) collect(*collection->getGeometryRef(i), out);
    } else if (type == wkbCurvePolygon || type == wkbPolyhedralSurface || type == wkbTIN) {
        std::unique_ptr<OGRGeometry> linear(g.getLinearGeometry());
        if (linear && wkbFlatten(linear->getGeometryType()) != type) collect(*linear, out);
    }
    // Points and lines (e.g. slivers MakeValid splits off) carry no area: dropped.
}

} // namespace

geo::MultiPolygon GdalGeometry::toMultiPolygon(const OGRGeometry& geometry) {
    geo::MultiPolygon result;
    collect(geometry, result);
    boost::geometry::correct(result);
    return result;
}

std::optional<geo::GeoPoint> GdalGeometry::toPoint(const OGRGeometry& geometry) {
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (geometry.IsEmpty()) return std::nullopt;
    if (type == wkbPoint) {
        const OGRPoint* p = geometry.toPoint();
        return geo::GeoPoint{p->getX(), p->getY()};
    }
    if (type == wkbMultiPoint) {
        const auto* mp = geometry.toMultiPoint();
        if (mp->getNumGeometries() == 1) return toPoint(*mp->getGeometryRef(0));
    }
    return std::nullopt;
}

} // namespace tp::io
