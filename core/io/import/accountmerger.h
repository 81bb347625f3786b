#pragma once
// AccountMerger: applies imported accounts to a project. An account whose external id is
// already in the project updates that account in place (it keeps its id, so overrides and the
// change log still point at it); new external ids are appended with fresh ids. Accounts missing
// from the import are kept (an import never deletes). Reports which account indexes changed
// and which need locating (new, or moved), so only those go through AccountLocator.
// Call from the thread that owns the project (it changes it); it rebuilds the project's lookups
// (Project::reindex()) before returning.

#include "model/account.h"

#include <vector>

namespace tp {
class Project;
}

namespace tp::io {

struct AccountMergeResult {
    int added = 0;
    int updated = 0; // existing accounts whose values changed
    int unchanged = 0;
    std::vector<int> changedIndexes; // indexes into Project::accounts, ascending
    std::vector<int> needsLocating;  // subset of changedIndexes: new, or location changed
};

class AccountMerger {
public:
    static AccountMergeResult merge(Project& project, std::vector<Account> imported);
    // The same on a copy of the project's accounts (new ones get ids from nextId on), without
    // reindexing: for merging off the thread that owns the project.
    static AccountMergeResult merge(std::vector<Account>& accounts, qint64 nextId, std::vector<Account> imported);
    // Every imported value equal (an import of it changes nothing).
    static bool sameValues(const Account& a, const Account& b);
};

} // namespace tp::io
