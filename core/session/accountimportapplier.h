#pragma once
// AccountImportApplier: puts the accounts of an AccountImportResult into an open project: merges
// them by external id (AccountMerger), locates the new and moved ones in their units, writes the
// changed accounts and one change-log line in one transaction, refreshes the metrics and tells
// the session's notifier which accounts changed (accountsChanged). A failed or cancelled import
// changes nothing, in memory or in the file.
// apply() does it all on the thread that owns the session (the CLI). The GUI splits it: write()
// merges into a copy of the accounts, locates and writes on a worker (reporting progress; when
// cancelled the transaction is rolled back), while the caller keeps everyone else away from the
// project and its file; adopt() then puts the written accounts into memory on the GUI thread.

#include "io/import/accountimporter.h"
#include "io/import/accountlocator.h"
#include "io/import/accountmerger.h"

#include "model/taskprogress.h"

#include <QString>

#include <vector>

namespace tp::session {

class ProjectSession;

struct AccountImportSummary {
    io::AccountMergeResult merge;
    int outsideUnits = 0;           // accounts that lie in no unit of the project
    io::AccountPlacement placement; // how the new and moved accounts found their unit
    // e.g. "120 accounts added, 14 updated, 3 outside every unit"; when the units are postal
    // areas also "118 placed by postal code, 2 by location; 2 postal codes match no unit: 99999, ABC"
    QString text() const;
};

// An import written to the file but not yet in memory (AccountImportApplier::write()).
struct AccountImportWrite {
    std::vector<Account> accounts; // the project's accounts as they are in the file now
    std::vector<int> changedIndexes;
    QString workloadColumn; // set when the import's workload column is new to the project
    AccountImportSummary summary;
    bool cancelled = false;
};

class AccountImportApplier {
public:
    static bool apply(ProjectSession& session, const io::AccountImportResult& imported, const QString& sourceName,
                      AccountImportSummary* summary, QString* error, const TaskProgress& progress = {});
    // Merges, locates and writes without changing the in-memory project; any thread while nobody
    // else uses the session. False and *error when writing failed, or with out->cancelled when
    // `progress` was cancelled: the file is then as it was.
    static bool write(ProjectSession& session, const io::AccountImportResult& imported, const QString& sourceName,
                      const TaskProgress& progress, AccountImportWrite* out, QString* error);
    // The written import into memory, metrics and views (the session's thread).
    static void adopt(ProjectSession& session, AccountImportWrite&& written, AccountImportSummary* summary);
};

} // namespace tp::session
