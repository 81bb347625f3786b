#pragma once
// RepSheetExporter: the rep roster as a sheet, one row per rep in roster order: CRM user id,
// name, e-mail, role, home (label, longitude, latitude), capacity, quota, industries, segments,
// start date, and the territories the rep owns in the exported scenario. The CSV header keys
// are those RepImporter detects, so an exported roster imports again unchanged. Holds a reference
// to the source; thread of the engine.

#include "io/export/exporttable.h"

#include <QCoreApplication>

namespace tp::io {

class ExportSource;

class RepSheetExporter {
    Q_DECLARE_TR_FUNCTIONS(tp::io::RepSheetExporter)

public:
    explicit RepSheetExporter(const ExportSource& source) : m_source(source) {}

    ExportTable reps() const;
    bool writeXlsx(const QString& path, QString* error) const;
    bool writeCsv(const QString& path, QString* error) const;

private:
    const ExportSource& m_source;
};

} // namespace tp::io
