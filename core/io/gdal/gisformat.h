#pragma once
// GisFormat: the GIS file formats the exports write (GeoPackage, GeoJSON, Shapefile, KML), with
// the GDAL driver and creation options each needs: GeoJSON per RFC 7946 (counter-clockwise outer
// rings, EPSG:4326), Shapefile with a UTF-8 .cpg, KML with placemark names. Field names of the
// exports stay within the Shapefile limit of 10 characters so every format has the same
// attributes. Value type; any thread.

#include <QString>
#include <QStringList>

#include <optional>

namespace tp::io {

class GisFormat {
public:
    enum class Kind { GeoPackage, GeoJson, Shapefile, Kml };

    explicit GisFormat(Kind kind) : m_kind(kind) {}
    // "gpkg", "geojson", "shp" / "shapefile", "kml" (case-insensitive); nullopt otherwise.
    static std::optional<GisFormat> fromName(const QString& name);
    // From the file suffix (.gpkg, .geojson / .json, .shp, .kml).
    static std::optional<GisFormat> fromPath(const QString& path);
    static QString names() { return QStringLiteral("gpkg, geojson, shp, kml"); }

    Kind kind() const { return m_kind; }
    QString driver() const;
    QString suffix() const; // without the dot
    QStringList layerOptions() const;

private:
    Kind m_kind;
};

} // namespace tp::io
