#include "io/gdal/gdaldataset.h"

#include <QFileInfo>

#include <cpl_error.h>
#include <cpl_string.h>

namespace tp::io {
namespace {

CPLStringList toCpl(const QStringList& list) {
    CPLStringList out;
    for (const QString& s : list) out.AddString(s.toUtf8().constData());
    return out;
}

} // namespace

GdalDataset GdalDataset::open(const QString& path, const QStringList& drivers, const QStringList& openOptions) {
    GdalDataset result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.m_error = QStringLiteral("The file %1 does not exist.").arg(path);
        return result;
    }
    if (info.isFile() && info.size() == 0) {
        result.m_error = QStringLiteral("The file %1 is empty.").arg(path);
        return result;
    }
    const CPLStringList driverList = toCpl(drivers);
    const CPLStringList options = toCpl(openOptions);
    CPLErrorReset();
    result.m_dataset.reset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                             drivers.isEmpty() ? nullptr : driverList.List(),
                                             openOptions.isEmpty() ? nullptr : options.List()));
    if (!result.m_dataset) {
        const QString gdalMessage = QString::fromUtf8(CPLGetLastErrorMsg());
        result.m_error = QStringLiteral("%1 is not a table or GIS file that can be read").arg(info.fileName());
        if (!gdalMessage.isEmpty()) result.m_error += QStringLiteral(" (%1)").arg(gdalMessage);
        result.m_error += QLatin1Char('.');
    }
    return result;
}

GdalDataset GdalDataset::create(const QString& path, const QString& driverName) {
    GdalDataset result;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.toUtf8().constData());
    if (!driver) {
        result.m_error = QStringLiteral("GDAL has no %1 driver.").arg(driverName);
        return result;
    }
    result.m_dataset.reset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!result.m_dataset)
        result.m_error = QStringLiteral("Cannot create %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
    return result;
}

QString GdalDataset::driverName() const {
    return m_dataset && m_dataset->GetDriver() ? QString::fromUtf8(m_dataset->GetDriver()->GetDescription())
                                               : QString();
}

OGRLayer* GdalDataset::layer(const QString& name) const {
    return m_dataset ? m_dataset->GetLayerByName(name.toUtf8().constData()) : nullptr;
}

} // namespace tp::io
