#pragma once
// UnitAssignmentExporter: the units of the project with their assignment in the exported
// scenario as a GIS layer "units": unit code and name, the unit's own region code, territory,
// region, rep and colour (empty for unassigned units). Re-importing this layer (unit code ->
// territory name) rebuilds the plan. Holds a reference to the source; thread of the engine.

#include "io/gdal/gisformat.h"

#include <QString>

namespace tp::io {

class ExportSource;

class UnitAssignmentExporter {
public:
    explicit UnitAssignmentExporter(const ExportSource& source) : m_source(source) {}

    bool write(const QString& path, GisFormat format, QString* error) const;

private:
    const ExportSource& m_source;
};

} // namespace tp::io
