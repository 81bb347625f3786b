#include "io/gdal/geoscontext.h"

#include <boost/geometry/algorithms/correct.hpp>

namespace tp::io {

GeosContext::GeosContext() : m_handle(GEOS_init_r()) {
    GEOSContext_setErrorMessageHandler_r(m_handle, &GeosContext::onError, this);
}

GeosContext::~GeosContext() {
    GEOS_finish_r(m_handle);
}

void GeosContext::onError(const char* message, void* self) {
    static_cast<GeosContext*>(self)->m_lastError = QString::fromUtf8(message);
}

GEOSGeometry* GeosContext::ring(const geo::Ring& ring) const {
    if (ring.size() < 4) return nullptr;
    const bool closed = ring.front() == ring.back();
    const unsigned n = unsigned(ring.size()) + (closed ? 0u : 1u);
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(m_handle, n, 2);
    if (!seq) return nullptr;
    for (unsigned i = 0; i < ring.size(); ++i) GEOSCoordSeq_setXY_r(m_handle, seq, i, ring[i].lon, ring[i].lat);
    if (!closed) GEOSCoordSeq_setXY_r(m_handle, seq, n - 1, ring.front().lon, ring.front().lat);
    return GEOSGeom_createLinearRing_r(m_handle, seq); // takes the sequence
}

GeosContext::Geometry GeosContext::multiPolygon(const std::vector<const geo::Polygon*>& polygons) const {
    std::vector<GEOSGeometry*> parts;
    parts.reserve(polygons.size());
    for (const geo::Polygon* polygon : polygons) {
        GEOSGeometry* shell = ring(polygon->outer());
        if (!shell) continue;
        std::vector<GEOSGeometry*> holes;
        for (const geo::Ring& inner : polygon->inners())
            if (GEOSGeometry* hole = ring(inner)) holes.push_back(hole);
        if (GEOSGeometry* p = GEOSGeom_createPolygon_r(m_handle, shell, holes.data(), unsigned(holes.size())))
            parts.push_back(p);
    }
    return own(GEOSGeom_createCollection_r(m_handle, GEOS_MULTIPOLYGON, parts.data(), unsigned(parts.size())));
}

geo::Ring GeosContext::readRing(const GEOSGeometry* ring) const {
    geo::Ring out;
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(m_handle, ring);
    unsigned size = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(m_handle, seq, &size)) return out;
    out.reserve(size);
    for (unsigned i = 0; i < size; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(m_handle, seq, i, &x, &y);
        out.push_back({x, y});
    }
    return out;
}

void GeosContext::collect(const GEOSGeometry* geometry, geo::MultiPolygon& out) const {
    const int type = GEOSGeomTypeId_r(m_handle, geometry);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(m_handle, geometry)) return;
        geo::Polygon polygon;
        polygon.outer() = readRing(GEOSGetExteriorRing_r(m_handle, geometry));
        const int holes = GEOSGetNumInteriorRings_r(m_handle, geometry);
        for (int i = 0; i < holes; ++i)
            polygon.inners().push_back(readRing(GEOSGetInteriorRingN_r(m_handle, geometry, i)));
        out.push_back(std::move(polygon));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(m_handle, geometry);
        for (int i = 0; i < n; ++i) collect(GEOSGetGeometryN_r(m_handle, geometry, i), out);
    }
    // Points and lines carry no area: dropped.
}

geo::MultiPolygon GeosContext::toMultiPolygon(const GEOSGeometry* geometry) const {
    geo::MultiPolygon out;
    if (geometry) collect(geometry, out);
    boost::geometry::correct(out);
    return out;
}

} // namespace tp::io
