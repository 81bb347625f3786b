#include "io/export/accountassignments.h"

#include "io/export/exportsource.h"

#include "model/project.h"

#include <algorithm>

namespace tp::io {

AccountAssignments::AccountAssignments(const ExportSource& source) : m_source(source) {
    const Project& project = source.project();
    const Scenario* scenario = source.scenario();
    const Scenario* baseline = source.baseline();
    m_hasBaseline = baseline != nullptr;
    if (!scenario) return;
    m_rows.reserve(project.accounts.size());
    // Who each team covers (a team covering everything needs no list).
    std::vector<std::vector<char>> members;
    for (const Team& team : project.teams)
        members.push_back(team.coversEverything() ? std::vector<char>() : team.membership(project.accounts));
    std::size_t current = 0;
    for (std::size_t t = 0; t < project.teams.size(); ++t)
        if (project.teams[t].id == project.currentTeamId) current = t;
    auto covers = [&](std::size_t team, std::size_t account) {
        return members[team].empty() || members[team][account];
    };
    for (std::size_t i = 0; i < project.accounts.size(); ++i) {
        const Account& account = project.accounts[i];
        AccountAssignment row;
        row.account = int(i);
        const bool covered = covers(current, i);
        row.covered = covered;
        row.territory = covered ? project.territory(project.territoryOfAccount(*scenario, account)) : nullptr;
        row.rep = source.repOf(row.territory);
        if (project.teams.size() > 1)
            for (std::size_t t = 0; t < project.teams.size(); ++t) {
                TeamOwner owner;
                if (covers(t, i))
                    owner.territory =
                        project.territory(scenario->territoryOfAccount(project.teams[t].id, account.id, account.unit));
                owner.rep = source.repOf(owner.territory);
                row.teams.push_back(owner);
            }
        if (baseline) {
            row.previous = covered ? project.territory(project.territoryOfAccount(*baseline, account)) : nullptr;
            row.previousRep = source.repOf(row.previous);
            const QString name = row.territory ? row.territory->name : QString();
            const QString previousName = row.previous ? row.previous->name : QString();
            row.ownerChanged = row.rep != row.previousRep;
            row.changed = row.ownerChanged || name != previousName;
        }
        m_rows.push_back(row);
    }
}

std::vector<AccountAssignment> AccountAssignments::ownerChanges() const {
    std::vector<AccountAssignment> result;
    std::copy_if(m_rows.begin(), m_rows.end(), std::back_inserter(result),
                 [](const AccountAssignment& a) { return a.ownerChanged; });
    const Project& project = m_source.project();
    auto repName = [](const Rep* rep) { return rep ? rep->name : QString(); };
    std::stable_sort(result.begin(), result.end(), [&](const AccountAssignment& a, const AccountAssignment& b) {
        if (int c = QString::localeAwareCompare(repName(a.previousRep), repName(b.previousRep))) return c < 0;
        if (int c = QString::localeAwareCompare(repName(a.rep), repName(b.rep))) return c < 0;
        return QString::localeAwareCompare(project.accounts[std::size_t(a.account)].name,
                                           project.accounts[std::size_t(b.account)].name)
               < 0;
    });
    return result;
}

} // namespace tp::io
