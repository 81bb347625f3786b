#pragma once
// ExportRunner: one export of the plan by kind and format, the single dispatch the CLI and the
// app share: accounts (xlsx, csv), crm (csv), changes (xlsx, csv), summary (xlsx, csv),
// boundaries and units (gpkg, geojson, shp, kml), report (pdf), reps (xlsx, csv: the roster). The format defaults to the
// output file's suffix. Stateless; thread of the source's engine (the report needs a
// QGuiApplication).

#include "io/report/pdfreportwriter.h"

#include <QString>
#include <QStringList>

namespace tp::io {

class ExportSource;

class ExportRunner {
public:
    static QStringList kinds();                      // accounts, crm, changes, summary, boundaries, units, report, reps
    static QStringList formats(const QString& kind); // the first is the default
    // The format for `path` (its suffix) when it suits `kind`, else the kind's default.
    static QString formatFor(const QString& kind, const QString& path);

    static bool run(const ExportSource& source, const QString& kind, const QString& format, const QString& path,
                    const ReportOptions& reportOptions, QString* error, QStringList* warnings = nullptr);
};

} // namespace tp::io
