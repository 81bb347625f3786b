#pragma once
// Scenario: one complete plan (territory list, unit assignment, account overrides) with a
// status. Scenarios branch from each other (parentId). With several teams a scenario holds one plan
// per team: unitTerritory and overrides are the plan of team `teamId` (the project's current team,
// see Project::setCurrentTeam, so single-team code reads the current team's plan), otherTeams the
// rest. Value type; any thread.

#include "team.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <vector>

namespace tp {

struct Scenario {
    enum class Status { Draft = 0, Proposed = 1, Approved = 2 };

    qint64 id = 0;
    QString name;
    Status status = Status::Draft;
    QString notes;
    qint64 parentId = 0;
    QDateTime createdAt;
    bool planOfRecord = false;

    // unitTerritory[unitIndex] = territory id, 0 where the unit is unassigned.
    std::vector<qint64> unitTerritory;
    // Named accounts: account id -> territory id, regardless of geography.
    QHash<qint64, qint64> overrides;

    // The current team's plan lives in the two fields above; every other team's here.
    struct TeamPlan {
        qint64 teamId = 0;
        std::vector<qint64> unitTerritory;
        QHash<qint64, qint64> overrides;
    };
    qint64 teamId = Team::defaultId;
    std::vector<TeamPlan> otherTeams;

    // A team's plan; nullptr when the scenario has none for it (a team it never saw).
    const std::vector<qint64>* unitsOf(qint64 team) const;
    const QHash<qint64, qint64>* overridesOf(qint64 team) const;
    // The same, created empty (unitCount units, unassigned) when missing.
    std::vector<qint64>& unitsFor(qint64 team, std::size_t unitCount);
    QHash<qint64, qint64>& overridesFor(qint64 team, std::size_t unitCount);
    // Territory of an account in a team's plan: override, else its unit's territory; 0 if none.
    qint64 territoryOfAccount(qint64 team, qint64 accountId, int unit) const;
    // Moves team's plan into unitTerritory/overrides and the current one into otherTeams.
    void makeCurrent(qint64 team, std::size_t unitCount);
    // Drops a team's plan (the team was deleted).
    void dropTeam(qint64 team);

    static QString statusName(Status s);
    static bool statusFromName(const QString& name, Status* out);
};

} // namespace tp
