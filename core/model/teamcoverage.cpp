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
    std::vector<qint64> teamIds; // of the account at hand: one buffer, copied only for the doubled
    for (std::size_t i = 0; i < p.accounts.size(); ++i) {
        teamIds.clear();
        for (std::size_t t = 0; t < p.teams.size(); ++t)
            if (p.teams[t].kind == Team::Kind::Primary && members[t][i]) teamIds.push_back(p.teams[t].id);
        if (teamIds.empty())
            out.uncovered.push_back(int(i));
        else if (teamIds.size() > 1)
            out.doubled.push_back({int(i), teamIds});
    }
    return out;
}

} // namespace tp
