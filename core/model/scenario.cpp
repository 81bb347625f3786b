#include "scenario.h"

namespace tp {

const std::vector<qint64>* Scenario::unitsOf(qint64 team) const {
    if (team == teamId) return &unitTerritory;
    for (const TeamPlan& plan : otherTeams)
        if (plan.teamId == team) return &plan.unitTerritory;
    return nullptr;
}

const QHash<qint64, qint64>* Scenario::overridesOf(qint64 team) const {
    if (team == teamId) return &overrides;
    for (const TeamPlan& plan : otherTeams)
        if (plan.teamId == team) return &plan.overrides;
    return nullptr;
}

namespace {
Scenario::TeamPlan& planFor(std::vector<Scenario::TeamPlan>& plans, qint64 team, std::size_t unitCount) {
    for (Scenario::TeamPlan& plan : plans)
        if (plan.teamId == team) return plan;
    Scenario::TeamPlan& plan = plans.emplace_back();
    plan.teamId = team;
    plan.unitTerritory.assign(unitCount, 0);
    return plan;
}
} // namespace

std::vector<qint64>& Scenario::unitsFor(qint64 team, std::size_t unitCount) {
    if (team == teamId) return unitTerritory;
    return planFor(otherTeams, team, unitCount).unitTerritory;
}

QHash<qint64, qint64>& Scenario::overridesFor(qint64 team, std::size_t unitCount) {
    if (team == teamId) return overrides;
    return planFor(otherTeams, team, unitCount).overrides;
}

qint64 Scenario::territoryOfAccount(qint64 team, qint64 accountId, int unit) const {
    const QHash<qint64, qint64>* named = overridesOf(team);
    const std::vector<qint64>* units = unitsOf(team);
    if (!named || !units) return 0;
    if (auto it = named->constFind(accountId); it != named->constEnd()) return it.value();
    return unit >= 0 && std::size_t(unit) < units->size() ? (*units)[std::size_t(unit)] : 0;
}

void Scenario::makeCurrent(qint64 team, std::size_t unitCount) {
    if (team == teamId) return;
    TeamPlan& plan = planFor(otherTeams, team, unitCount);
    std::swap(plan.unitTerritory, unitTerritory);
    std::swap(plan.overrides, overrides);
    plan.teamId = teamId;
    teamId = team;
}

void Scenario::dropTeam(qint64 team) {
    std::erase_if(otherTeams, [team](const TeamPlan& plan) { return plan.teamId == team; });
}

QString Scenario::statusName(Status s) {
    switch (s) {
        case Status::Draft:
            return QStringLiteral("draft");
        case Status::Proposed:
            return QStringLiteral("proposed");
        case Status::Approved:
            return QStringLiteral("approved");
    }
    return {};
}

bool Scenario::statusFromName(const QString& name, Status* out) {
    for (Status s : {Status::Draft, Status::Proposed, Status::Approved}) {
        if (name.compare(statusName(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

} // namespace tp
