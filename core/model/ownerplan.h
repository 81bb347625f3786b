#pragma once
// OwnerPlan: "how it is today" read from the account owners a CRM export carries (an imported
// column such as Account Owner or Owner Id, kept in Account::extra). Each distinct owner becomes
// one territory holding the units where that owner has the most accounts (ties: more workload,
// then the owner first by name); every account whose owner differs from its unit's owner, or that
// lies in no unit, becomes a named account of its owner's territory, so that every owned account
// stays with its owner. Accounts without an owner follow their unit. Value type built from a
// Project; any thread.

#include <QString>
#include <QStringList>

#include <vector>

namespace tp {

class Project;

struct OwnerPlan {
    struct Owner {
        QString name;      // as the owner column writes it (the id when there is only an id column)
        QString crmUserId; // from the owner id column; empty without one
        int accounts = 0;
        int units = 0; // units where the owner has the most accounts
    };
    struct NamedAccount {
        int account = -1; // index into Project::accounts
        int owner = -1;   // index into owners
    };

    QString ownerColumn, ownerIdColumn;
    std::vector<Owner> owners;  // sorted by name
    std::vector<int> unitOwner; // per unit: index into owners, -1 when no account there has an owner
    std::vector<NamedAccount> namedAccounts;
    int accountsWithoutOwner = 0;

    // Imported columns that name owners, best first (Account Owner, Owner, Owner Name, Sales
    // Rep, ...), and those that hold owner ids (Owner Id, Account Owner Id, CRM User Id, ...).
    static QStringList ownerColumns(const Project& project);
    static QStringList ownerIdColumns(const Project& project);
    // The plan for `ownerColumn` (and, when not empty, ids from `ownerIdColumn`: accounts are
    // then told apart by id, named by the owner column). Either column may be empty, not both.
    static OwnerPlan fromAccounts(const Project& project, const QString& ownerColumn, const QString& ownerIdColumn);
};

} // namespace tp
