#pragma once
// BaseMapLoader: reads the bundled base-map GeoPackage (layers countries, nation, states,
// counties; geometry column "geom", EPSG:4326) through GDAL/OGR into a BaseMap. A missing layer
// is reported and left empty so a partial base map still draws. Stateless; any thread (the
// dataset is opened and closed inside the call).

#include "render/basemap.h"

#include <QString>
#include <QStringList>

namespace tp::io {

struct BaseMapLoadResult {
    bool ok = false;
    QString error;        // set when !ok: the file could not be opened at all
    QStringList warnings; // e.g. a layer that is missing
    render::BaseMap map;
};

class BaseMapLoader {
public:
    static BaseMapLoadResult load(const QString& path);
};

} // namespace tp::io
