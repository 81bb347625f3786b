#pragma once
// AccountAssignments: who owns each account in the exported scenario and, when there is a
// baseline, who owned it there. Territories of different scenarios have different ids, so the
// comparison is by territory name and rep: an account "changed" when its territory name or its
// rep differs, and "changed owner" when its rep differs (an account without rep has no owner).
// Without a baseline nothing changed. With several teams, the territory columns are the current
// team's (empty for an account it does not cover) and `teams` holds every team's owner (in
// Project::teams order; empty where the team does not cover the account). A snapshot built from an
// ExportSource; value type; any thread.

#include <QString>

#include <vector>

namespace tp {
struct Account;
struct Rep;
struct Territory;
} // namespace tp

namespace tp::io {

class ExportSource;

struct TeamOwner {
    const Territory* territory = nullptr; // nullptr: the team does not cover the account, or no territory
    const Rep* rep = nullptr;
};

struct AccountAssignment {
    int account = -1;                     // index into Project::accounts
    const Territory* territory = nullptr; // nullptr: unassigned
    const Rep* rep = nullptr;
    const Territory* previous = nullptr; // in the baseline
    const Rep* previousRep = nullptr;
    bool changed = false;
    bool ownerChanged = false;
    std::vector<TeamOwner> teams; // only when the project has more than one team
    bool covered = true;          // the current team covers the account
};

class AccountAssignments {
public:
    explicit AccountAssignments(const ExportSource& source);

    bool hasBaseline() const { return m_hasBaseline; }
    const std::vector<AccountAssignment>& all() const { return m_rows; }
    // Only the accounts whose owner changed, ordered by losing rep, gaining rep, account name.
    std::vector<AccountAssignment> ownerChanges() const;

private:
    const ExportSource& m_source;
    std::vector<AccountAssignment> m_rows;
    bool m_hasBaseline = false;
};

} // namespace tp::io
