#pragma once
// DataPaths: where the bundled data (base map GeoPackage) lives: beside an installed binary
// (<prefix>/share/territory-planner), else in the build tree. TP_DATA_DIR overrides both.
// Stateless; any thread (after QCoreApplication exists, for the installed location).

#include <QString>

namespace tp::io {

class DataPaths {
public:
    static QString dataDir();
    static QString basemapPath();
};

} // namespace tp::io
