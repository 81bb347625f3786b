#pragma once
// GisLayerWriter: writes one polygon layer (EPSG:4326) with typed attributes to a new GIS file
// in a GisFormat, for the boundary and unit exports. Writes through OutputFile: never the
// project file, into a temporary folder next to the target, inside one transaction where the
// driver has them; finish() closes the dataset, fails on any GDAL error, reads the file back
// (every feature must be there: drivers do not all report a full disk) and only then replaces the
// old file and a Shapefile's side files. A failed export leaves the old files as they were. For
// KML, the `nameField` attribute is also written as the placemark name and a colour given with
// a feature becomes its outline, or its fill with `kmlFills`. Fills need GDAL's LIBKML driver,
// which takes about a minute for 3000 county polygons, so they are for small layers (territories);
// otherwise (and without LIBKML) the plain KML driver writes outlines. Owns the GDAL dataset and
// a GdalSession for its messages; use it on the thread that made it.

#include "io/gdal/gisformat.h"
#include "io/export/outputguard.h"

#include "geo/geometry.h"

#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

namespace tp::io {

class GisLayerWriter {
public:
    enum class FieldType { Text, Integer, Integer64, Real };
    struct Field {
        QString name; // at most 10 characters (Shapefile)
        FieldType type = FieldType::Text;
    };

    // description: the layer's description where the format keeps one (GeoPackage: gpkg_contents,
    // GeoJSON: a top-level "description"); empty: none.
    GisLayerWriter(const QString& path, GisFormat format, const OutputGuard& guard, const QString& layerName,
                   std::vector<Field> fields, int nameField = -1, bool kmlFills = false,
                   const QString& description = {});
    ~GisLayerWriter();
    GisLayerWriter(const GisLayerWriter&) = delete;
    GisLayerWriter& operator=(const GisLayerWriter&) = delete;

    bool isOpen() const;
    const QString& error() const { return m_error; }

    // values: one per field (QString, integers or double; null or NaN writes a null). An empty
    // shape writes a feature without geometry. color: "#rrggbb", used by KML only.
    bool add(const QVariantList& values, const geo::MultiPolygon& shape, const QString& color = {});
    // Commits and closes the file. Returns false (and *error) when anything failed.
    bool finish(QString* error);

private:
    struct State;
    std::unique_ptr<State> m_state;
    QString m_error;
};

} // namespace tp::io
