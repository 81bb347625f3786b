#pragma once
// GdalDataset: opens a vector dataset through GDAL with a clear error message on failure and
// closes it when destroyed (RAII over GDALDatasetUniquePtr). Owns the dataset; use it from the
// thread that opened it. A GdalSession must be alive on that thread.

#include <QString>
#include <QStringList>

#include <gdal_priv.h>

namespace tp::io {

class GdalDataset {
public:
    // drivers: allowed short driver names (empty = any); openOptions: "KEY=VALUE".
    static GdalDataset open(const QString& path, const QStringList& drivers = {}, const QStringList& openOptions = {});
    // For writing test and export files.
    static GdalDataset create(const QString& path, const QString& driver);

    bool isOpen() const { return bool(m_dataset); }
    const QString& error() const { return m_error; }
    GDALDataset* get() const { return m_dataset.get(); }
    GDALDataset* operator->() const { return m_dataset.get(); }
    QString driverName() const;

    // The layer called `name`, nullptr if there is none.
    OGRLayer* layer(const QString& name) const;

private:
    GDALDatasetUniquePtr m_dataset;
    QString m_error;
};

} // namespace tp::io
