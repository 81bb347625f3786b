#pragma once
// GeosContext: one GEOS reentrant-API context (GEOS_init_r) with its error messages, owning
// smart pointers for GEOS geometries, and conversions between the geo polygon types and GEOS
// (ring by ring through coordinate sequences, no WKT/WKB round trips). Used by the exports that
// dissolve units (TerritoryDissolver). Owns the context; use it on one thread at a time and keep
// it alive longer than every geometry made with it.

#include "geo/geometry.h"

#include <QString>

#include <memory>

#ifndef GEOS_USE_ONLY_R_API
#define GEOS_USE_ONLY_R_API
#endif
#include <geos_c.h>

namespace tp::io {

class GeosContext {
public:
    struct Deleter {
        GEOSContextHandle_t context = nullptr;
        void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(context, g); }
    };
    using Geometry = std::unique_ptr<GEOSGeometry, Deleter>;

    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    GEOSContextHandle_t handle() const { return m_handle; }
    Geometry own(GEOSGeometry* geometry) const { return Geometry(geometry, Deleter{m_handle}); }
    const QString& lastError() const { return m_lastError; }

    // A GEOS MultiPolygon of the polygons (rings with fewer than 4 points are left out).
    Geometry multiPolygon(const std::vector<const geo::Polygon*>& polygons) const;
    // The polygonal parts of any GEOS geometry, corrected for Boost (outer rings clockwise).
    geo::MultiPolygon toMultiPolygon(const GEOSGeometry* geometry) const;

private:
    GEOSGeometry* ring(const geo::Ring& ring) const; // nullptr if degenerate
    void collect(const GEOSGeometry* geometry, geo::MultiPolygon& out) const;
    geo::Ring readRing(const GEOSGeometry* ring) const;
    static void onError(const char* message, void* self);

    GEOSContextHandle_t m_handle = nullptr;
    QString m_lastError;
};

} // namespace tp::io
