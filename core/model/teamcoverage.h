#pragma once
// TeamCoverage: the coverage check of a project's teams. Every account should be covered by
// exactly one primary team: accounts no primary team covers (gaps) and accounts two or more
// primary teams cover (owned twice) are listed; overlays may overlap primaries by design and are
// not counted. Also, per team, how many of its accounts lie in no territory of a scenario (a
// covered account nobody in the team owns yet). Computed on demand: O(accounts x teams x
// conditions). Value type; any thread (reads the project it is given).

#include <QString>

#include <vector>

namespace tp {

class Project;

struct TeamCoverage {
    struct Doubled {
        int account = -1;            // index in Project::accounts
        std::vector<qint64> teamIds; // the primary teams covering it (two or more), in team order
    };
    struct PerTeam {
        qint64 teamId = 0;
        int covered = 0;    // accounts the team covers
        int unassigned = 0; // of those, in no territory of the team in the scenario
    };
    std::vector<int> uncovered; // account indexes no primary team covers, ascending
    std::vector<Doubled> doubled;
    std::vector<PerTeam> teams; // in Project::teams order
    int primaryTeams = 0;

    bool isClean() const { return uncovered.empty() && doubled.empty(); }

    // Coverage of the project's accounts; `scenarioId` (0: current) for the unassigned counts.
    static TeamCoverage compute(const Project& project, qint64 scenarioId = 0);
};

} // namespace tp
