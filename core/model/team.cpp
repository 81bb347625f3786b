#include "team.h"

#include "account.h"

namespace tp {

bool Team::covers(const Account& account) const {
    if (excluded.contains(account.id)) return false;
    return included.contains(account.id) || rule.matches(account);
}

std::vector<char> Team::membership(const std::vector<Account>& accounts) const {
    std::vector<char> out(accounts.size(), 0);
    for (std::size_t i = 0; i < accounts.size(); ++i) out[i] = covers(accounts[i]) ? 1 : 0;
    return out;
}

QString Team::kindName(Kind kind) {
    return kind == Kind::Overlay ? QStringLiteral("overlay") : QStringLiteral("primary");
}

bool Team::kindFromName(const QString& name, Kind* out) {
    const QString n = name.trimmed().toLower();
    if (n == u"primary") {
        *out = Kind::Primary;
        return true;
    }
    if (n == u"overlay") {
        *out = Kind::Overlay;
        return true;
    }
    return false;
}

} // namespace tp
