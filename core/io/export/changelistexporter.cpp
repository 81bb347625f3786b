#include "io/export/changelistexporter.h"

#include "io/export/accountassignments.h"
#include "io/export/csvtablewriter.h"
#include "io/export/exportsource.h"
#include "io/export/xlsxworkbookwriter.h"

#include "model/metricsengine.h"
#include "model/project.h"

#include <QCoreApplication>

namespace tp::io {
namespace {

QVariant nameOf(const auto* entity) {
    return entity ? QVariant(entity->name) : QVariant();
}

ExportTable::Format formatOf(const AccountMeasures& measures, int i) {
    return measures.isHours(i) ? ExportTable::Format::OneDecimal : ExportTable::Format::Money;
}

} // namespace

ChangeListExporter::ChangeListExporter(const ExportSource& source)
    : m_source(source), m_measures(source.engine().measures()) {}

ExportTable ChangeListExporter::handoffs() const {
    ExportTable table(tr("Handoffs"));
    table.addColumn(QStringLiteral("losing_rep"), tr("Losing rep"));
    table.addColumn(QStringLiteral("gaining_rep"), tr("Gaining rep"));
    table.addColumn(QStringLiteral("accounts"), tr("Accounts"), ExportTable::Format::Integer);
    for (int i = 0; i < m_measures.count(); ++i)
        table.addColumn(m_measures.key(i), m_measures.name(i), formatOf(m_measures, i));
    table.setFrozenColumns(2);

    const Project& project = m_source.project();
    const std::vector<AccountAssignment> changes = AccountAssignments(m_source).ownerChanges();
    std::vector<double> sums(std::size_t(m_measures.count()), 0.0), total(sums.size(), 0.0);
    qint64 count = 0;
    auto flush = [&](const AccountAssignment& group) {
        QVariantList row{nameOf(group.previousRep), nameOf(group.rep), count};
        for (double s : sums) row << s;
        table.addRow(row);
        std::fill(sums.begin(), sums.end(), 0.0);
        count = 0;
    };
    // ownerChanges() is sorted by losing, then gaining rep: each pair is one run.
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const Account& account = project.accounts[std::size_t(changes[i].account)];
        for (int m = 0; m < m_measures.count(); ++m) {
            sums[std::size_t(m)] += m_measures.value(account, m);
            total[std::size_t(m)] += m_measures.value(account, m);
        }
        ++count;
        if (i + 1 == changes.size() || changes[i + 1].rep != changes[i].rep
            || changes[i + 1].previousRep != changes[i].previousRep)
            flush(changes[i]);
    }
    QVariantList totals{tr("Total"), QVariant(), qint64(changes.size())};
    for (double t : total) totals << t;
    table.addTotalRow(totals);
    return table;
}

ExportTable ChangeListExporter::accounts() const {
    ExportTable table(tr("Accounts"));
    table.addColumn(QStringLiteral("losing_rep"), tr("Losing rep"));
    table.addColumn(QStringLiteral("gaining_rep"), tr("Gaining rep"));
    table.addColumn(QStringLiteral("previous_territory"), tr("Previous territory"));
    table.addColumn(QStringLiteral("territory"), tr("New territory"));
    table.addColumn(QStringLiteral("external_id"), tr("External id"));
    table.addColumn(QStringLiteral("name"), tr("Name"));
    table.addColumn(QStringLiteral("postal_code"), tr("Postal code"));
    table.addColumn(QStringLiteral("unit_code"), tr("Unit code"));
    for (int i = 0; i < m_measures.count(); ++i)
        table.addColumn(m_measures.key(i), m_measures.name(i), formatOf(m_measures, i));
    table.setFrozenColumns(2);

    const Project& project = m_source.project();
    for (const AccountAssignment& a : AccountAssignments(m_source).ownerChanges()) {
        const Account& account = project.accounts[std::size_t(a.account)];
        QVariantList row{nameOf(a.previousRep),
                         nameOf(a.rep),
                         nameOf(a.previous),
                         nameOf(a.territory),
                         account.externalId,
                         account.name,
                         account.postalCode.str(),
                         account.unit >= 0 && std::size_t(account.unit) < project.units.size()
                             ? QVariant(project.units[std::size_t(account.unit)].code)
                             : QVariant()};
        for (int i = 0; i < m_measures.count(); ++i) row << m_measures.value(account, i);
        table.addRow(row);
    }
    return table;
}

bool ChangeListExporter::checkBaseline(QString* error) const {
    if (m_source.baseline()) return true;
    if (error) *error = tr("A change list needs a baseline scenario to compare with.");
    return false;
}

bool ChangeListExporter::writeXlsx(const QString& path, QString* error) const {
    return checkBaseline(error) && XlsxWorkbookWriter::write({handoffs(), accounts()}, path, m_source.guard(), error);
}

bool ChangeListExporter::writeCsv(const QString& path, QString* error) const {
    return checkBaseline(error) && CsvTableWriter::write(accounts(), path, m_source.guard(), error);
}

} // namespace tp::io
