#include "io/export/exportrunner.h"

#include "io/export/accountsheetexporter.h"
#include "io/export/boundaryexporter.h"
#include "io/export/changelistexporter.h"
#include "io/export/exportsource.h"
#include "io/gdal/gisformat.h"
#include "io/export/outputguard.h"
#include "io/export/repsheetexporter.h"
#include "io/export/territorysummaryexporter.h"
#include "io/export/unitassignmentexporter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tp::io {

QStringList ExportRunner::kinds() {
    return {QStringLiteral("accounts"),   QStringLiteral("crm"),   QStringLiteral("changes"), QStringLiteral("summary"),
            QStringLiteral("boundaries"), QStringLiteral("units"), QStringLiteral("report"),  QStringLiteral("reps")};
}

QStringList ExportRunner::formats(const QString& kind) {
    if (kind == QLatin1String("accounts") || kind == QLatin1String("changes") || kind == QLatin1String("summary")
        || kind == QLatin1String("reps"))
        return {QStringLiteral("xlsx"), QStringLiteral("csv")};
    if (kind == QLatin1String("crm")) return {QStringLiteral("csv")};
    if (kind == QLatin1String("boundaries") || kind == QLatin1String("units"))
        return {QStringLiteral("gpkg"), QStringLiteral("geojson"), QStringLiteral("shp"), QStringLiteral("kml")};
    if (kind == QLatin1String("report")) return {QStringLiteral("pdf")};
    return {};
}

QString ExportRunner::formatFor(const QString& kind, const QString& path) {
    const QStringList allowed = formats(kind);
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json")) suffix = QStringLiteral("geojson");
    return allowed.contains(suffix) ? suffix : allowed.value(0);
}

bool ExportRunner::run(const ExportSource& source, const QString& kind, const QString& format, const QString& path,
                       const ReportOptions& reportOptions, QString* error, QStringList* warnings) {
    if (!formats(kind).contains(format)) {
        if (error)
            *error = QCoreApplication::translate("tp::io::ExportRunner", "%1 cannot be written as %2 (use %3).")
                         .arg(kind, format, formats(kind).join(QStringLiteral(", ")));
        return false;
    }
    if (!source.guard().allows(path, error)) return false;
    const bool xlsx = format == QLatin1String("xlsx");
    if (kind == QLatin1String("accounts")) {
        const AccountSheetExporter exporter(source);
        return xlsx ? exporter.writeXlsx(path, error) : exporter.writeCsv(path, error);
    }
    if (kind == QLatin1String("crm")) return AccountSheetExporter(source).writeCrmCsv(path, error);
    if (kind == QLatin1String("changes")) {
        const ChangeListExporter exporter(source);
        return xlsx ? exporter.writeXlsx(path, error) : exporter.writeCsv(path, error);
    }
    if (kind == QLatin1String("summary")) {
        const TerritorySummaryExporter exporter(source);
        return xlsx ? exporter.writeXlsx(path, error) : exporter.writeCsv(path, error);
    }
    if (kind == QLatin1String("reps")) {
        const RepSheetExporter exporter(source);
        return xlsx ? exporter.writeXlsx(path, error) : exporter.writeCsv(path, error);
    }
    if (kind == QLatin1String("boundaries"))
        return BoundaryExporter(source).write(path, *GisFormat::fromName(format), error, warnings);
    if (kind == QLatin1String("units"))
        return UnitAssignmentExporter(source).write(path, *GisFormat::fromName(format), error);
    PdfReportWriter writer(source, reportOptions);
    return writer.write(path, error);
}

} // namespace tp::io
