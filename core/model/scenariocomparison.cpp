#include "scenariocomparison.h"

#include "project.h"

#include <QHash>

namespace tp {
namespace {

// Territory id -> (name, rep name) for one scenario.
struct Names {
    QHash<qint64, QString> territory;
    QHash<qint64, QString> rep;
};

Names namesOf(const Project& p, const Scenario& s) {
    Names n;
    for (const Territory* t : p.territoriesOf(s.id)) {
        n.territory.insert(t->id, t->name);
        const Rep* r = p.rep(t->repId);
        n.rep.insert(t->id, r ? r->name : QString());
    }
    return n;
}

} // namespace

ScenarioDiff ScenarioComparison::compare(const Project& project, const Scenario& a, const Scenario& b,
                                         const std::vector<TerritoryMetrics>& metricsA,
                                         const std::vector<TerritoryMetrics>& metricsB) {
    ScenarioDiff diff;
    diff.scenarioA = a.id;
    diff.scenarioB = b.id;
    const Names na = namesOf(project, a), nb = namesOf(project, b);

    const std::size_t units = std::min({project.units.size(), a.unitTerritory.size(), b.unitTerritory.size()});
    for (std::size_t u = 0; u < units; ++u) {
        const QString from = na.territory.value(a.unitTerritory[u]);
        const QString to = nb.territory.value(b.unitTerritory[u]);
        if (from != to) diff.units.push_back({int(u), from, to});
    }
    // The accounts of the current team (the plans compared are its plans).
    const Team* team = project.currentTeam();
    const std::vector<char> members =
        team && !team->coversEverything() ? team->membership(project.accounts) : std::vector<char>();
    for (std::size_t i = 0; i < project.accounts.size(); ++i) {
        if (!members.empty() && !members[i]) continue;
        const Account& account = project.accounts[i];
        const qint64 ta = project.territoryOfAccount(a, account), tb = project.territoryOfAccount(b, account);
        const QString fromTerritory = na.territory.value(ta), toTerritory = nb.territory.value(tb);
        const QString fromRep = na.rep.value(ta), toRep = nb.rep.value(tb);
        if (fromTerritory == toTerritory && fromRep == toRep) continue;
        diff.accounts.push_back({int(i), fromTerritory, toTerritory, fromRep, toRep});
        if (fromTerritory != toTerritory) ++diff.accountsChangingTerritory;
        if (fromRep != toRep) ++diff.accountsChangingRep;
    }

    QHash<QString, std::size_t> row;
    auto deltaFor = [&](const QString& name) -> ScenarioDiff::TerritoryDelta& {
        auto it = row.constFind(name);
        if (it != row.constEnd()) return diff.territories[it.value()];
        row.insert(name, diff.territories.size());
        diff.territories.push_back({name, false, false, {}, {}});
        return diff.territories.back();
    };
    for (const TerritoryMetrics& m : metricsA) {
        ScenarioDiff::TerritoryDelta& d = deltaFor(na.territory.value(m.territoryId));
        d.inA = true;
        d.a = m;
    }
    for (const TerritoryMetrics& m : metricsB) {
        ScenarioDiff::TerritoryDelta& d = deltaFor(nb.territory.value(m.territoryId));
        d.inB = true;
        d.b = m;
    }
    return diff;
}

} // namespace tp
