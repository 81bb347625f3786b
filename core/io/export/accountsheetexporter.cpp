#include "io/export/accountsheetexporter.h"

#include "io/export/accountassignments.h"
#include "io/import/accountmeasures.h"
#include "io/export/csvtablewriter.h"
#include "io/export/exportsource.h"
#include "io/export/xlsxworkbookwriter.h"

#include "model/metricsengine.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace tp::io {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("tp::io::AccountSheetExporter", text);
}

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
    table.setFrozenColumns(2); // id and name stay visible
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
                         ? QVariant(project.units[std::size_t(account.unit)].code)
                         : QVariant(),
                     nameOf(a.territory),
                     m_source.regionName(a.territory),
                     nameOf(a.rep),
                     nameOf(a.previous),
                     nameOf(a.previousRep),
                     hasBaseline ? QVariant(a.changed ? tr("yes") : tr("no")) : QVariant()};
    for (int i = 0; i < m_measures.count(); ++i) row << m_measures.value(account, i);
    return row;
}

// The sheets make their rows when they are written (a million accounts would otherwise be held
// as cells twice over); the rows read a shared snapshot of the assignments and a copy of this
// exporter, so the tables stay valid after the exporter is gone.
ExportTable AccountSheetExporter::allAccounts() const {
    ExportTable table = emptyTable(tr("All accounts"));
    auto assignments = std::make_shared<const AccountAssignments>(m_source);
    auto self = std::make_shared<const AccountSheetExporter>(*this);
    table.setRowSource(int(assignments->all().size()), [assignments, self](int r) {
        return self->rowOf(assignments->all()[std::size_t(r)], assignments->hasBaseline());
    });
    return table;
}

std::vector<ExportTable> AccountSheetExporter::sheetsPerRep() const {
    const Project& project = m_source.project();
    // Reps owning a territory in the scenario, in project order; the last slot: no rep.
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
    auto assignments = std::make_shared<const AccountAssignments>(m_source);
    auto self = std::make_shared<const AccountSheetExporter>(*this);
    std::vector<std::vector<int>> rowsOf(sheets.size());
    const std::vector<AccountAssignment>& all = assignments->all();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const int slot = all[i].rep ? slotOfRep.value(all[i].rep->id, noRep) : noRep;
        rowsOf[std::size_t(slot)].push_back(int(i));
    }
    for (std::size_t s = 0; s < sheets.size(); ++s) {
        auto rows = std::make_shared<const std::vector<int>>(std::move(rowsOf[s]));
        sheets[s].setRowSource(int(rows->size()), [assignments, self, rows](int r) {
            return self->rowOf(assignments->all()[std::size_t((*rows)[std::size_t(r)])], assignments->hasBaseline());
        });
    }
    if (sheets.back().rowCount() == 0) sheets.pop_back();
    return sheets;
}

ExportTable AccountSheetExporter::crm() const {
    ExportTable table(tr("CRM owners"));
    table.addColumn(QStringLiteral("external_id"), tr("External id"));
    table.addColumn(QStringLiteral("owner"), tr("Owner"));
    auto assignments = std::make_shared<const AccountAssignments>(m_source);
    const Project* project = &m_source.project();
    table.setRowSource(int(assignments->all().size()), [assignments, project](int r) {
        const AccountAssignment& a = assignments->all()[std::size_t(r)];
        // The CRM knows owners by their user id; a rep without one is written by name.
        const QVariant owner = !a.rep                       ? QVariant()
                               : a.rep->crmUserId.isEmpty() ? QVariant(a.rep->name)
                                                            : QVariant(a.rep->crmUserId);
        return QVariantList{project->accounts[std::size_t(a.account)].externalId, owner};
    });
    return table;
}

bool AccountSheetExporter::writeXlsx(const QString& path, QString* error) const {
    std::vector<ExportTable> sheets{allAccounts()};
    for (ExportTable& sheet : sheetsPerRep()) sheets.push_back(std::move(sheet));
    return XlsxWorkbookWriter::write(sheets, path, m_source.guard(), error);
}

bool AccountSheetExporter::writeCsv(const QString& path, QString* error) const {
    return CsvTableWriter::write(allAccounts(), path, m_source.guard(), error);
}

bool AccountSheetExporter::writeCrmCsv(const QString& path, QString* error) const {
    return CsvTableWriter::write(crm(), path, m_source.guard(), error);
}

} // namespace tp::io
