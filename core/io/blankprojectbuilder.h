#pragma once
// BlankProjectBuilder: a new, empty project ready to plan on: the bundled US counties as units
// (adjacency included), no accounts yet, and one draft scenario without territories.
// Stateless; any thread (one GDAL read).

#include "model/project.h"

#include <QString>

namespace tp::io {

class BlankProjectBuilder {
public:
    static bool build(const QString& title, Project* out, QString* error);
};

} // namespace tp::io
