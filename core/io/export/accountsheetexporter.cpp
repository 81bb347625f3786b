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

// A team's name as a column key: lower case, letters and digits, the rest one underscore.
QString keyOf(const QString& name) {
    QString key;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            key += c;
        else if (!key.endsWith(QLatin1Char('_')))
            key += QLatin1Char('_');
    }
    while (key.endsWith(QLatin1Char('_'))) key.chop(1);
    return key.isEmpty() ? QStringLiteral("team") : key;
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
    // Several teams: every team's owner (territory, rep), whatever team the sheet is for.
    const Project& project = m_source.project();
    if (project.teams.size() > 1)
        for (const Team& team : project.teams) {
            table.addColumn(
                QStringLiteral("territory_") + keyOf(team.name),
                QCoreApplication::translate("tp::io::AccountSheetExporter", "Territory (%1)").arg(team.name));
            table.addColumn(QStringLiteral("rep_") + keyOf(team.name),
                            QCoreApplication::translate("tp::io::AccountSheetExporter", "Rep (%1)").arg(team.name));
        }
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
                     account.postalCode.str(),
                     account.unit >= 0 && std::size_t(account.unit) < project.units.size()
                         ? QVariant(project.units[std::size_t(account.unit)].code)
                         : QVariant(),
                     nameOf(a.territory),
                     m_source.regionName(a.territory),
                     nameOf(a.rep),
                     nameOf(a.previous),
                     nameOf(a.previousRep),
                     hasBaseline ? QVariant(a.changed ? tr("yes") : tr("no")) : QVariant()};
    for (const TeamOwner& owner : a.teams) row << nameOf(owner.territory) << nameOf(owner.rep);
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
        if (!all[i].covered) continue; // another team's account: on the all-accounts sheet only
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
    const Project* project = &m_source.project();
    // Several teams: the owner is the primary team's (the first primary team covering the
    // account), and every overlay team has a column of its own.
    std::vector<std::size_t> overlays;
    if (project->teams.size() > 1)
        for (std::size_t t = 0; t < project->teams.size(); ++t)
            if (project->teams[t].kind == Team::Kind::Overlay) {
                overlays.push_back(t);
                table.addColumn(QStringLiteral("owner_") + keyOf(project->teams[t].name),
                                QCoreApplication::translate("tp::io::AccountSheetExporter", "Owner (%1)")
                                    .arg(project->teams[t].name));
            }
    auto assignments = std::make_shared<const AccountAssignments>(m_source);
    table.setRowSource(int(assignments->all().size()), [assignments, project, overlays](int r) {
        const AccountAssignment& a = assignments->all()[std::size_t(r)];
        // The CRM knows owners by their user id; a rep without one is written by name.
        auto ownerOf = [](const Rep* rep) {
            return !rep ? QVariant() : rep->crmUserId.isEmpty() ? QVariant(rep->name) : QVariant(rep->crmUserId);
        };
        const Rep* primary = a.rep;
        if (!a.teams.empty()) {
            primary = nullptr;
            for (std::size_t t = 0; t < a.teams.size() && !primary; ++t)
                if (project->teams[t].kind == Team::Kind::Primary) primary = a.teams[t].rep;
        }
        QVariantList row{project->accounts[std::size_t(a.account)].externalId, ownerOf(primary)};
        for (std::size_t t : overlays) row << ownerOf(a.teams[t].rep);
        return row;
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
