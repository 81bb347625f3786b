#include "io/gdal/gdaltransform.h"

#include <ogr_geometry.h>

#include <cpl_error.h>

#include <cmath>

namespace tp::io {

GdalTransform::GdalTransform(const OGRSpatialReference* source) {
    if (!source) return;
    m_hadSource = true;
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference from(*source);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (from.IsSame(&wgs84)) return;
    m_transform.reset(OGRCreateCoordinateTransformation(&from, &wgs84));
    if (!m_transform)
        m_error = QStringLiteral("Cannot reproject from the layer's coordinate system to WGS84 (%1).")
                      .arg(QString::fromUtf8(CPLGetLastErrorMsg()));
}

GdalTransform::~GdalTransform() = default;

bool GdalTransform::apply(OGRGeometry& geometry) const {
    if (!m_transform) return true;
    // No coordinate system has coordinates beyond 1e12 (metres or feet), and PROJ does not return
    // from some of them (a fuzzed Web Mercator x of 1e98 hung the unit import): such a geometry
    // cannot be reprojected.
    OGREnvelope e;
    geometry.getEnvelope(&e);
    constexpr double limit = 1e12;
    const auto sane = [](double v) { return std::isfinite(v) && std::abs(v) <= limit; };
    if (!sane(e.MinX) || !sane(e.MaxX) || !sane(e.MinY) || !sane(e.MaxY)) return false;
    return geometry.transform(m_transform.get()) == OGRERR_NONE;
}

} // namespace tp::io
