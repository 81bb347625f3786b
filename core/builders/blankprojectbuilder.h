#pragma once
// BlankProjectBuilder: a new, empty project ready to plan on: the bundled US counties (or any
// unit layer, optionally filtered) as units (adjacency included), no accounts yet, and one draft
// scenario without territories.
// Stateless; any thread (one GDAL read).

#include "model/project.h"
#include "io/import/unitimporter.h"

#include <QString>

namespace tp::builders {

class BlankProjectBuilder {
public:
    static bool build(const QString& title, Project* out, QString* error);
    // Units read with `units` (e.g. io::UnitImporter::bundledOptions("states") with a `where`);
    // refused when the layer cannot be read or the filter leaves no unit. Warnings of the unit
    // import are appended to *warnings when given.
    static bool build(const QString& title, const io::UnitImportOptions& units, Project* out, QString* error,
                      QStringList* warnings = nullptr);
};

} // namespace tp::builders
