#pragma once
// ChangeListExporter: the handoff list between the baseline and the exported scenario: only the
// accounts whose owner (rep) changes, grouped by losing rep, then gaining rep (then account
// name). The "Handoffs" table has one row per losing/gaining pair with the account count and the
// sum of every measure; the "Accounts" table lists the accounts. XLSX holds both sheets, CSV the
// account list. Needs a baseline: without one the writers fail with a message. Holds a reference
// to the source; thread of the engine.

#include "io/import/accountmeasures.h"
#include "io/export/exporttable.h"

#include <QCoreApplication>
#include <QString>

namespace tp::io {

class ExportSource;

class ChangeListExporter {
    Q_DECLARE_TR_FUNCTIONS(tp::io::ChangeListExporter)

public:
    explicit ChangeListExporter(const ExportSource& source);

    ExportTable handoffs() const;
    ExportTable accounts() const;

    bool writeXlsx(const QString& path, QString* error) const;
    bool writeCsv(const QString& path, QString* error) const;

private:
    bool checkBaseline(QString* error) const;

    const ExportSource& m_source;
    AccountMeasures m_measures;
};

} // namespace tp::io
