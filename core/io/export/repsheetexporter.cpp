#include "io/export/repsheetexporter.h"

#include "io/export/csvtablewriter.h"
#include "io/export/exportsource.h"
#include "io/export/xlsxworkbookwriter.h"

#include "model/project.h"

#include <QCoreApplication>

namespace tp::io {
namespace {} // namespace

ExportTable RepSheetExporter::reps() const {
    using F = ExportTable::Format;
    ExportTable table(tr("Reps"));
    table.addColumn(QStringLiteral("crm_user_id"), tr("CRM user id"));
    table.addColumn(QStringLiteral("name"), tr("Name"));
    table.addColumn(QStringLiteral("email"), tr("E-mail"));
    table.addColumn(QStringLiteral("role"), tr("Role"));
    table.addColumn(QStringLiteral("home_label"), tr("Home"));
    table.addColumn(QStringLiteral("longitude"), tr("Longitude"), F::TwoDecimals);
    table.addColumn(QStringLiteral("latitude"), tr("Latitude"), F::TwoDecimals);
    table.addColumn(QStringLiteral("capacity_hours"), tr("Capacity (hours/year)"), F::Integer);
    table.addColumn(QStringLiteral("quota"), tr("Quota"), F::Money);
    table.addColumn(QStringLiteral("industries"), tr("Industries"));
    table.addColumn(QStringLiteral("segments"), tr("Segments"));
    table.addColumn(QStringLiteral("start_date"), tr("Start date"));
    table.addColumn(QStringLiteral("territories"), tr("Territories"));
    table.setFrozenColumns(2);
    const Project& p = m_source.project();
    QHash<qint64, QStringList> owned;
    for (const Territory* t : m_source.leafTerritories())
        if (t->repId) owned[t->repId] << t->name;
    for (const Rep& r : p.reps) {
        table.addRow({r.crmUserId, r.name, r.email, Rep::roleName(r.role), r.homeLabel,
                      r.hasHome() ? QVariant(r.home.lon) : QVariant(), r.hasHome() ? QVariant(r.home.lat) : QVariant(),
                      r.capacityHours, r.quota, r.skills.join(QStringLiteral("; ")),
                      r.segments.join(QStringLiteral("; ")),
                      r.startDate.isValid() ? QVariant(r.startDate.toString(Qt::ISODate)) : QVariant(),
                      owned.value(r.id).join(QStringLiteral("; "))});
    }
    return table;
}

bool RepSheetExporter::writeXlsx(const QString& path, QString* error) const {
    return XlsxWorkbookWriter::write({reps()}, path, m_source.guard(), error);
}

bool RepSheetExporter::writeCsv(const QString& path, QString* error) const {
    return CsvTableWriter::write(reps(), path, m_source.guard(), error);
}

} // namespace tp::io
