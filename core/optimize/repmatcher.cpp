#include "repmatcher.h"

#include "assignmentsolver.h"

#include "geo/geodesy.h"

#include <QHash>
#include <QSet>

#include <array>

#include <cmath>

namespace tp::optimize {
namespace {

// What a territory asks of its rep: where its workload lies and in which industries/segments.
struct Demand {
    struct Place {
        geo::GeoPoint at;
        double workload = 0.0;
    };
    std::vector<Place> places; // per unit: workload-weighted centre of its accounts
    QHash<QString, double> industryWorkload, segmentWorkload;
    double workload = 0.0;
};

std::vector<Demand> demands(const Project& p, const Scenario& s, const std::vector<qint64>& territories) {
    QHash<qint64, int> index;
    for (std::size_t i = 0; i < territories.size(); ++i) index.insert(territories[i], int(i));
    std::vector<Demand> out(territories.size());
    // Per (territory, unit): weighted sums, so distances are counted per unit, not per account.
    std::vector<QHash<int, std::array<double, 3>>> perUnit(territories.size());
    for (const Account& a : p.accounts) {
        const int t = index.value(p.territoryOfAccount(s, a), -1);
        if (t < 0) continue;
        const double w = std::isfinite(a.workloadHours) && a.workloadHours > 0 ? a.workloadHours : 0.0;
        Demand& d = out[std::size_t(t)];
        d.workload += w;
        d.industryWorkload[a.industry] += w;
        d.segmentWorkload[a.segment] += w;
        auto& u = perUnit[std::size_t(t)][a.unit];
        u[0] += w * a.location.lon;
        u[1] += w * a.location.lat;
        u[2] += w;
    }
    for (std::size_t t = 0; t < out.size(); ++t)
        for (auto it = perUnit[t].cbegin(); it != perUnit[t].cend(); ++it)
            if (it.value()[2] > 0)
                out[t].places.push_back(
                    {{it.value()[0] / it.value()[2], it.value()[1] / it.value()[2]}, it.value()[2]});
    return out;
}

double travelKm(const Demand& d, const Rep& r) {
    if (!r.hasHome() || d.workload <= 0) return 0.0;
    double sum = 0.0;
    for (const Demand::Place& place : d.places) sum += place.workload * geo::Geodesy::distanceM(r.home, place.at);
    return sum / d.workload / 1000.0;
}

double misfit(const QHash<QString, double>& workload, double total, const QStringList& known) {
    if (known.isEmpty() || total <= 0) return 0.0;
    double lacking = 0.0;
    for (auto it = workload.cbegin(); it != workload.cend(); ++it)
        if (!it.key().isEmpty() && !known.contains(it.key(), Qt::CaseInsensitive)) lacking += it.value();
    return lacking / total;
}

double costOf(const Demand& d, const Rep& r, const RepMatchOptions& o) {
    const double capacity = r.capacityHours > 0 ? std::abs(d.workload - r.capacityHours) / r.capacityHours : 0.0;
    return o.travel * travelKm(d, r) / 100.0 + o.skill * misfit(d.industryWorkload, d.workload, r.skills)
           + o.segment * misfit(d.segmentWorkload, d.workload, r.segments) + o.capacity * capacity;
}

} // namespace

int RepMatchResult::changed() const {
    int n = 0;
    for (const RepMatch& m : territories) n += m.changes();
    return n;
}

double RepMatcher::cost(const Project& project, const Scenario& scenario, const Rep& rep, qint64 territoryId,
                        const RepMatchOptions& options) {
    return costOf(demands(project, scenario, {territoryId}).front(), rep, options);
}

RepMatchResult RepMatcher::suggest(const Project& p, qint64 scenarioId, const RepMatchOptions& o) {
    RepMatchResult result;
    const Scenario* s = p.scenario(scenarioId);
    if (!s) {
        result.error = QStringLiteral("There is no scenario %1 in this project.").arg(scenarioId);
        return result;
    }
    std::vector<qint64> territories;
    QSet<qint64> lockedReps;
    for (const Territory* t : p.territoriesOf(scenarioId)) {
        if (t->level != Territory::Level::Territory) continue;
        if (t->locked)
            lockedReps.insert(t->repId);
        else
            territories.push_back(t->id);
    }
    std::vector<const Rep*> reps;
    for (const Rep& r : p.reps)
        if (r.role != Rep::Role::Overlay && !lockedReps.contains(r.id)) reps.push_back(&r);
    if (territories.empty()) {
        result.error = QStringLiteral("The scenario has no unlocked territory to give a rep.");
        return result;
    }
    if (reps.empty()) {
        result.error = QStringLiteral(
            "There is no field or inside rep to assign (add reps in the Reps dock or with territory reps).");
        return result;
    }
    const std::vector<Demand> demand = demands(p, *s, territories);
    // Columns: the reps, then one "vacant" column per territory (so every row has a column).
    const std::size_t columns = reps.size() + territories.size();
    std::vector<std::vector<double>> cost(territories.size(), std::vector<double>(columns, o.vacancy));
    std::vector<std::vector<double>> plain(territories.size(), std::vector<double>(reps.size(), 0.0));
    for (std::size_t t = 0; t < territories.size(); ++t) {
        const qint64 owner = p.territory(territories[t])->repId;
        for (std::size_t r = 0; r < reps.size(); ++r) {
            plain[t][r] = costOf(demand[t], *reps[r], o);
            cost[t][r] = plain[t][r] - (reps[r]->id == owner ? o.continuity : 0.0);
        }
    }
    const Assignment assignment = AssignmentSolver::solve(cost);
    for (std::size_t t = 0; t < territories.size(); ++t) {
        RepMatch m;
        m.territoryId = territories[t];
        m.currentRep = p.territory(territories[t])->repId;
        const int c = assignment.columnOfRow[t];
        const bool toRep = c >= 0 && std::size_t(c) < reps.size();
        m.suggestedRep = toRep ? reps[std::size_t(c)]->id : 0;
        m.suggestedCost = toRep ? plain[t][std::size_t(c)] : o.vacancy;
        m.suggestedTravelKm = toRep ? travelKm(demand[t], *reps[std::size_t(c)]) : 0.0;
        m.currentCost = o.vacancy;
        for (std::size_t r = 0; r < reps.size(); ++r)
            if (reps[r]->id == m.currentRep) m.currentCost = plain[t][r];
        result.currentTotal += m.currentCost;
        result.suggestedTotal += m.suggestedCost;
        result.territories.push_back(m);
    }
    result.ok = true;
    return result;
}

} // namespace tp::optimize
