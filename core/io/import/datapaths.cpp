#include "io/import/datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tp::io {

QString DataPaths::dataDir() {
    const QString overridden = qEnvironmentVariable("TP_DATA_DIR");
    if (!overridden.isEmpty()) return overridden;
    if (QCoreApplication::instance()) {
        const QString installed =
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../" TP_DATA_INSTALL_DIR));
        if (QFileInfo::exists(installed + QStringLiteral("/basemap.gpkg"))) return QDir::cleanPath(installed);
    }
    return QStringLiteral(TP_BUILD_DATA_DIR);
}

QString DataPaths::basemapPath() {
    return dataDir() + QStringLiteral("/basemap.gpkg");
}

} // namespace tp::io
