#include "model/ownerplan.h"

#include "model/project.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace tp {
namespace {

// "Account Owner", "account_owner", "ACCOUNT-OWNER" all read "accountowner".
QString folded(const QString& header) {
    QString out;
    for (const QChar c : header)
        if (c.isLetterOrNumber()) out += c.toLower();
    return out;
}

const QStringList& nameAliases() {
    static const QStringList aliases{
        QStringLiteral("accountowner"), QStringLiteral("accountownername"), QStringLiteral("owner"),
        QStringLiteral("ownername"),    QStringLiteral("ownerfullname"),    QStringLiteral("salesrep"),
        QStringLiteral("salesrepname"), QStringLiteral("accountmanager"),   QStringLiteral("rep"),
        QStringLiteral("repname"),      QStringLiteral("accountexecutive")};
    return aliases;
}

const QStringList& idAliases() {
    static const QStringList aliases{QStringLiteral("ownerid"),     QStringLiteral("accountownerid"),
                                     QStringLiteral("owneruserid"), QStringLiteral("crmuserid"),
                                     QStringLiteral("repid"),       QStringLiteral("salesrepid"),
                                     QStringLiteral("owneremail"),  QStringLiteral("accountowneremail")};
    return aliases;
}

QStringList columnsMatching(const Project& project, const QStringList& aliases) {
    QSet<QString> headers;
    for (const Account& a : project.accounts)
        for (auto it = a.extra.constBegin(); it != a.extra.constEnd(); ++it) headers.insert(it.key());
    QStringList out(headers.begin(), headers.end());
    out.removeIf([&](const QString& h) { return !aliases.contains(folded(h)); });
    std::sort(out.begin(), out.end(), [&](const QString& a, const QString& b) {
        return aliases.indexOf(folded(a)) < aliases.indexOf(folded(b));
    });
    return out;
}

} // namespace

QStringList OwnerPlan::ownerColumns(const Project& project) {
    return columnsMatching(project, nameAliases());
}

QStringList OwnerPlan::ownerIdColumns(const Project& project) {
    return columnsMatching(project, idAliases());
}

OwnerPlan OwnerPlan::fromAccounts(const Project& project, const QString& ownerColumn, const QString& ownerIdColumn) {
    OwnerPlan plan;
    plan.ownerColumn = ownerColumn;
    plan.ownerIdColumn = ownerIdColumn;
    // Owners by key (the id when there is an id column, else the name, case-insensitively).
    QHash<QString, int> byKey;
    std::vector<int> accountOwner(project.accounts.size(), -1);
    for (std::size_t i = 0; i < project.accounts.size(); ++i) {
        const Account& a = project.accounts[i];
        const QString name = ownerColumn.isEmpty() ? QString() : a.extra.value(ownerColumn).toString().trimmed();
        const QString id = ownerIdColumn.isEmpty() ? QString() : a.extra.value(ownerIdColumn).toString().trimmed();
        const QString key = id.isEmpty() ? name.toCaseFolded() : id;
        if (key.isEmpty()) {
            ++plan.accountsWithoutOwner;
            continue;
        }
        int owner = byKey.value(key, -1);
        if (owner < 0) {
            owner = int(plan.owners.size());
            byKey.insert(key, owner);
            plan.owners.push_back({name.isEmpty() ? id : name, id, 0, 0});
        } else if (plan.owners[std::size_t(owner)].name == id && !name.isEmpty()) {
            plan.owners[std::size_t(owner)].name = name; // a later row names the owner
        }
        accountOwner[i] = owner;
        ++plan.owners[std::size_t(owner)].accounts;
    }
    // Owners sorted by name (then id), indices remapped.
    std::vector<int> order(plan.owners.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = int(k);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const Owner &x = plan.owners[std::size_t(a)], &y = plan.owners[std::size_t(b)];
        const int byName = QString::localeAwareCompare(x.name, y.name);
        return byName != 0 ? byName < 0 : x.crmUserId < y.crmUserId;
    });
    std::vector<int> rank(order.size());
    std::vector<Owner> sorted;
    for (std::size_t k = 0; k < order.size(); ++k) {
        rank[std::size_t(order[k])] = int(k);
        sorted.push_back(plan.owners[std::size_t(order[k])]);
    }
    plan.owners = std::move(sorted);
    for (int& o : accountOwner)
        if (o >= 0) o = rank[std::size_t(o)];

    // Per unit: accounts and workload per owner; the most accounts wins.
    struct Tally {
        int accounts = 0;
        double workload = 0.0;
    };
    std::vector<std::map<int, Tally>> tallies(project.units.size());
    for (std::size_t i = 0; i < project.accounts.size(); ++i) {
        const Account& a = project.accounts[i];
        if (accountOwner[i] < 0 || a.unit < 0 || std::size_t(a.unit) >= tallies.size()) continue;
        Tally& t = tallies[std::size_t(a.unit)][accountOwner[i]];
        ++t.accounts;
        t.workload += a.workloadHours;
    }
    plan.unitOwner.assign(project.units.size(), -1);
    for (std::size_t u = 0; u < tallies.size(); ++u) {
        int best = -1;
        Tally top;
        for (const auto& [owner, t] : tallies[u]) // owners ascending: the first of equals wins
            if (best < 0 || t.accounts > top.accounts || (t.accounts == top.accounts && t.workload > top.workload)) {
                best = owner;
                top = t;
            }
        plan.unitOwner[u] = best;
        if (best >= 0) ++plan.owners[std::size_t(best)].units;
    }
    for (std::size_t i = 0; i < project.accounts.size(); ++i) {
        const int owner = accountOwner[i];
        if (owner < 0) continue;
        const int unit = project.accounts[i].unit;
        const int unitOwner =
            unit >= 0 && std::size_t(unit) < plan.unitOwner.size() ? plan.unitOwner[std::size_t(unit)] : -1;
        if (unitOwner != owner) plan.namedAccounts.push_back({int(i), owner});
    }
    return plan;
}

} // namespace tp
