#pragma once
// GdalTransform: reprojects OGR geometries from a layer's coordinate system to EPSG:4326 in
// lon/lat order (OAMS_TRADITIONAL_GIS_ORDER), or does nothing when the layer already is WGS84
// lon/lat. Owns its OGR objects; use from one thread.

#include <QString>

#include <ogr_spatialref.h>

#include <memory>

class OGRGeometry;

namespace tp::io {

class GdalTransform {
public:
    // source may be nullptr (no CRS): treated as lon/lat degrees.
    explicit GdalTransform(const OGRSpatialReference* source);
    ~GdalTransform();
    GdalTransform(const GdalTransform&) = delete;
    GdalTransform& operator=(const GdalTransform&) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    bool isIdentity() const { return !m_transform; }
    bool hadSourceCrs() const { return m_hadSource; }

    // Transforms in place; false when a coordinate cannot be transformed.
    bool apply(OGRGeometry& geometry) const;

private:
    struct Deleter {
        void operator()(OGRCoordinateTransformation* ct) const { OGRCoordinateTransformation::DestroyCT(ct); }
    };
    std::unique_ptr<OGRCoordinateTransformation, Deleter> m_transform;
    QString m_error;
    bool m_hadSource = false;
};

} // namespace tp::io
