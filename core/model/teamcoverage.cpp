#include "teamcoverage.h"

#include "project.h"

namespace tp {

TeamCoverage TeamCoverage::compute(const Project& p, qint64 scenarioId) {
    TeamCoverage out;
    const Scenario* scenario = p.scenario(scenarioId ? scenarioId : p.currentScenarioId);
    std::vector<std::vector<char>> members;
    members.reserve(p.teams.size());
    for (const Team& team : p.teams) {
        members.push_back(team.coversEverything() ? std::vector<char>(p.accounts.size(), 1)
                                                  : team.membership(p.accounts));
        if (team.kind == Team::Kind::Primary) ++out.primaryTeams;
        PerTeam per;
        per.teamId = team.id;
        const std::vector<char>& m = members.back();
        for (std::size_t i = 0; i < p.accounts.size(); ++i) {
            if (!m[i]) continue;
            ++per.covered;
            const Account& a = p.accounts[i];
            if (scenario && scenario->territoryOfAccount(team.id, a.id, a.unit) == 0) ++per.unassigned;
        }
        out.teams.push_back(per);
    }
    for (std::size_t i = 0; i < p.accounts.size(); ++i) {
        Doubled d;
        d.account = int(i);
        for (std::size_t t = 0; t < p.teams.size(); ++t)
            if (p.teams[t].kind == Team::Kind::Primary && members[t][i]) d.teamIds.push_back(p.teams[t].id);
        if (d.teamIds.empty())
            out.uncovered.push_back(int(i));
        else if (d.teamIds.size() > 1)
            out.doubled.push_back(std::move(d));
    }
    return out;
}

} // namespace tp
