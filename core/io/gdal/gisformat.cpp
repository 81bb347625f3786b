#include "io/gdal/gisformat.h"

#include <QFileInfo>

namespace tp::io {

std::optional<GisFormat> GisFormat::fromName(const QString& name) {
    const QString n = name.toLower();
    if (n == QLatin1String("gpkg") || n == QLatin1String("geopackage")) return GisFormat(Kind::GeoPackage);
    if (n == QLatin1String("geojson") || n == QLatin1String("json")) return GisFormat(Kind::GeoJson);
    if (n == QLatin1String("shp") || n == QLatin1String("shapefile")) return GisFormat(Kind::Shapefile);
    if (n == QLatin1String("kml")) return GisFormat(Kind::Kml);
    return std::nullopt;
}

std::optional<GisFormat> GisFormat::fromPath(const QString& path) {
    return fromName(QFileInfo(path).suffix());
}

QString GisFormat::driver() const {
    switch (m_kind) {
        case Kind::GeoPackage:
            return QStringLiteral("GPKG");
        case Kind::GeoJson:
            return QStringLiteral("GeoJSON");
        case Kind::Shapefile:
            return QStringLiteral("ESRI Shapefile");
        case Kind::Kml:
            return QStringLiteral("KML");
    }
    return {};
}

QString GisFormat::suffix() const {
    switch (m_kind) {
        case Kind::GeoPackage:
            return QStringLiteral("gpkg");
        case Kind::GeoJson:
            return QStringLiteral("geojson");
        case Kind::Shapefile:
            return QStringLiteral("shp");
        case Kind::Kml:
            return QStringLiteral("kml");
    }
    return {};
}

QStringList GisFormat::layerOptions() const {
    switch (m_kind) {
        case Kind::GeoPackage:
            return {QStringLiteral("GEOMETRY_NAME=geom"), QStringLiteral("SPATIAL_INDEX=YES")};
        case Kind::GeoJson:
            return {QStringLiteral("RFC7946=YES"), QStringLiteral("WRITE_BBOX=NO")};
        case Kind::Shapefile:
            return {QStringLiteral("ENCODING=UTF-8")};
        case Kind::Kml:
            return {};
    }
    return {};
}

} // namespace tp::io
