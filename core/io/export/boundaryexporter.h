#pragma once
// BoundaryExporter: the territory polygons of the exported scenario (dissolved from their units
// by TerritoryDissolver) as a GIS layer "territories", one feature per leaf territory, with its
// name, region, rep, colour and every metric as attributes (field names of at most 10
// characters, the same in every format; undefined ratios are null). A territory without units
// has no geometry. Holds a reference to the source; thread of the engine.

#include "io/gdal/gisformat.h"

#include <QStringList>

namespace tp::io {

class ExportSource;

class BoundaryExporter {
public:
    explicit BoundaryExporter(const ExportSource& source) : m_source(source) {}

    // warnings (optional): territories that could not be dissolved (written without geometry).
    bool write(const QString& path, GisFormat format, QString* error, QStringList* warnings = nullptr) const;

private:
    const ExportSource& m_source;
};

} // namespace tp::io
