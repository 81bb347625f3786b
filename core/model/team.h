#pragma once
// Team: one territory model of the project (Salesforce's "territory model", a layer in Maptitude):
// who covers which accounts. A primary team (e.g. Enterprise field) owns its accounts; an overlay
// (e.g. Healthcare specialists) covers accounts a primary team owns too, by design. The accounts
// it covers are those its rule matches, plus the ones added by hand, minus the ones excluded by
// hand (account ids). Each team has its own territories (Territory::teamId) and its own unit
// assignment and overrides in every scenario (Scenario::planOf). A project starts with one team,
// "All accounts" (id defaultId, primary, every account). Value type; any thread.

#include "accountrule.h"

#include <QSet>
#include <QString>

#include <vector>

namespace tp {

struct Account;

struct Team {
    enum class Kind { Primary = 0, Overlay = 1 };
    static constexpr qint64 defaultId = 1; // the team every project starts with (and old files migrate to)

    qint64 id = defaultId;
    QString name = QStringLiteral("All accounts");
    Kind kind = Kind::Primary;
    AccountRule rule;
    QSet<qint64> included; // account ids covered whatever the rule says
    QSet<qint64> excluded; // account ids never covered (wins over included)

    bool covers(const Account& account) const;
    bool coversEverything() const { return rule.coversEverything() && excluded.isEmpty(); }
    // Per account (same order): 1 where the team covers it. O(accounts x conditions).
    std::vector<char> membership(const std::vector<Account>& accounts) const;

    static QString kindName(Kind kind); // "primary", "overlay"
    static bool kindFromName(const QString& name, Kind* out);
};

} // namespace tp
