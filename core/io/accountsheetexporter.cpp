#include "accountsheetexporter.h"

#include "accountassignments.h"
#include "accountmeasures.h"
#include "csvtablewriter.h"
#include "exportsource.h"
#include "xlsxworkbookwriter.h"

#include "model/metricsengine.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QHash>

namespace tp::io {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tp::io::AccountSheetExporter", text); }

} // namespace

AccountSheetExporter::AccountSheetExporter(const ExportSource& source)
    : m_source(source), m_measures(source.engine().measures()) {}

ExportTable AccountSheetExporter::emptyTable(const QString& title) const {
    ExportTable table(title);
    table.addColumn(QStringLiteral("external_id"), tr("External id"));
    table.addColumn(QStringLiteral("name"), tr("Name"));
    table.addColumn(QStringLiteral("postal_code"), tr("Postal code"));
    table.addColumn(QStringLiteral("unit_code"), tr("Unit code"));
    table.addColumn(QStringLiteral("territory"), tr("Territory"));
    table.addColumn(QStringLiteral("region"), tr("Region"));
    table.addColumn(QStringLiteral("rep"), tr("Rep"));
    table.addColumn(QStringLiteral("previous_territory"), tr("Previous territory"));
    table.addColumn(QStringLiteral("previous_rep"), tr("Previous rep"));
    table.addColumn(QStringLiteral("changed"), tr("Changed"));
    for (int i = 0; i < m_measures.count(); ++i)
        table.addColumn(m_measures.key(i), m_measures.name(i),
                        m_measures.isHours(i) ? ExportTable::Format::OneDecimal : ExportTable::Format::Money);
    table.setFrozenColumns(2);  // id and name stay visible
    return table;
}

QVariantList AccountSheetExporter::rowOf(const AccountAssignment& a, bool hasBaseline) const {
    const Project& project = m_source.project();
    const Account& account = project.accounts[std::size_t(a.account)];
    auto nameOf = [](const auto* entity) { return entity ? QVariant(entity->name) : QVariant(); };
    QVariantList row{account.externalId,
                     account.name,
                     account.postalCode,
                     account.unit >= 0 && std::size_t(account.unit) < project.units.size()
                         ? QVariant(project.units[std::size_t(account.unit)].code) : QVariant(),
                     nameOf(a.territory),
                     m_source.regionName(a.territory),
                     nameOf(a.rep),
                     nameOf(a.previous),
                     nameOf(a.previousRep),
                     hasBaseline ? QVariant(a.changed ? tr("yes") : tr("no")) : QVariant()};
    for (int i = 0; i < m_measures.count(); ++i) row << m_measures.value(account, i);
    return row;
}

ExportTable AccountSheetExporter::allAccounts() const {
    ExportTable table = emptyTable(tr("All accounts"));
    const AccountAssignments assignments(m_source);
    for (const AccountAssignment& a : assignments.all()) table.addRow(rowOf(a, assignments.hasBaseline()));
    return table;
}

std::vector<ExportTable> AccountSheetExporter::sheetsPerRep() const {
    const Project& project = m_source.project();
    // Reps owning a territory in the scenario, in project order; slot reps.size(): no rep.
    QHash<qint64, int> slotOfRep;
    for (const Territory* t : m_source.leafTerritories())
        if (t->repId && project.rep(t->repId)) slotOfRep.insert(t->repId, 0);
    std::vector<ExportTable> sheets;
    for (const Rep& rep : project.reps) {
        if (!slotOfRep.contains(rep.id)) continue;
        slotOfRep[rep.id] = int(sheets.size());
        sheets.push_back(emptyTable(rep.name));
    }
    const int noRep = int(sheets.size());
    sheets.push_back(emptyTable(tr("No rep")));
    const AccountAssignments assignments(m_source);
    for (const AccountAssignment& a : assignments.all()) {
        const int slot = a.rep ? slotOfRep.value(a.rep->id, noRep) : noRep;
        sheets[std::size_t(slot)].addRow(rowOf(a, assignments.hasBaseline()));
    }
    if (sheets.back().rowCount() == 0) sheets.pop_back();
    return sheets;
}

ExportTable AccountSheetExporter::crm() const {
    ExportTable table(tr("CRM owners"));
    table.addColumn(QStringLiteral("external_id"), tr("External id"));
    table.addColumn(QStringLiteral("owner"), tr("Owner"));
    const AccountAssignments assignments(m_source);
    const Project& project = m_source.project();
    for (const AccountAssignment& a : assignments.all())
        table.addRow({project.accounts[std::size_t(a.account)].externalId, a.rep ? QVariant(a.rep->name) : QVariant()});
    return table;
}

bool AccountSheetExporter::writeXlsx(const QString& path, QString* error) const {
    std::vector<ExportTable> sheets{allAccounts()};
    for (ExportTable& sheet : sheetsPerRep()) sheets.push_back(std::move(sheet));
    return XlsxWorkbookWriter::write(sheets, path, error);
}

bool AccountSheetExporter::writeCsv(const QString& path, QString* error) const {
    return CsvTableWriter::write(allAccounts(), path, error);
}

bool AccountSheetExporter::writeCrmCsv(const QString& path, QString* error) const {
    return CsvTableWriter::write(crm(), path, error);
}

} // namespace tp::io
