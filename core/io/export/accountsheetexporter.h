#pragma once
// AccountSheetExporter: the assignment sheet ops hands to sales and CRM. One row per account with
// external id, name, postal code, unit code, territory, region, rep, previous territory and rep
// (in the baseline), changed yes/no, and every measure of the engine. As XLSX: a sheet with all
// accounts, then one sheet per rep (reps owning a territory in the scenario, in project order,
// plus "No rep" for unowned accounts). As CSV: all accounts. The CRM sheet has only the external
// id and the new owner (the rep's CRM user id, its name when it has none; empty when no rep).
// Holds a reference to the source; thread of the engine.

#include "io/import/accountmeasures.h"
#include "io/export/exporttable.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tp::io {

class ExportSource;
struct AccountAssignment;

class AccountSheetExporter {
    Q_DECLARE_TR_FUNCTIONS(tp::io::AccountSheetExporter)

public:
    explicit AccountSheetExporter(const ExportSource& source);

    ExportTable allAccounts() const;
    std::vector<ExportTable> sheetsPerRep() const;
    ExportTable crm() const;

    bool writeXlsx(const QString& path, QString* error) const; // all accounts + one sheet per rep
    bool writeCsv(const QString& path, QString* error) const;  // all accounts
    bool writeCrmCsv(const QString& path, QString* error) const;

private:
    ExportTable emptyTable(const QString& title) const;
    QVariantList rowOf(const AccountAssignment& assignment, bool hasBaseline) const;

    const ExportSource& m_source;
    AccountMeasures m_measures;
};

} // namespace tp::io
