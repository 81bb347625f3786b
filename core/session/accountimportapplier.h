#pragma once
// AccountImportApplier: puts the accounts of an AccountImportResult into an open project: merges
// them by external id (AccountMerger), locates the new and moved ones in their units, writes the
// changed accounts and one change-log line in one transaction, refreshes the metrics and tells
// the session's notifier which accounts changed (accountsChanged). When writing fails, the
// in-memory project is restored, so a failed import changes nothing.
// GUI thread (or the CLI's main thread), like the session it changes.

#include "io/import/accountimporter.h"
#include "io/import/accountlocator.h"
#include "io/import/accountmerger.h"

#include <QString>

namespace tp::session {

class ProjectSession;

struct AccountImportSummary {
    io::AccountMergeResult merge;
    int outsideUnits = 0;   // accounts that lie in no unit of the project
    io::AccountPlacement placement;  // how the new and moved accounts found their unit
    // e.g. "120 accounts added, 14 updated, 3 outside every unit"; when the units are postal
    // areas also "118 placed by postal code, 2 by location; 2 postal codes match no unit: 99999, ABC"
    QString text() const;
};

class AccountImportApplier {
public:
    static bool apply(ProjectSession& session, const io::AccountImportResult& imported, const QString& sourceName,
                      AccountImportSummary* summary, QString* error);
};

} // namespace tp::session
