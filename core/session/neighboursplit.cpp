#include "session/neighboursplit.h"

#include "session/projectsession.h"

#include "model/metricsengine.h"
#include "model/project.h"
#include "optimize/territoryoptimizer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>

namespace tp::session {
namespace {} // namespace

std::optional<PlanEdit> NeighbourSplit::edit(ProjectSession& session, const std::vector<qint64>& territoryIds,
                                             QStringList* handoff, QString* error, const TaskProgress& progress) {
    const Project& p = session.project();
    const Scenario* current = p.currentScenario();
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return std::nullopt;
    };
    if (!current) return fail(tr("The scenario no longer exists."));
    const QSet<qint64> leaving(territoryIds.begin(), territoryIds.end());
    for (qint64 id : territoryIds) {
        const Territory* t = p.territory(id);
        if (!t || t->scenarioId != current->id || t->level != Territory::Level::Territory)
            return fail(tr("Territory %1 is not a territory of this scenario.").arg(id));
        if (t->locked) return fail(tr("%1 is locked: unlock it to hand its units over.").arg(t->name));
    }
    // The start: the leaving territories' units unassigned; the scope: the unlocked territories
    // next to them.
    Scenario start = *current;
    for (std::size_t u = 0; u < start.unitTerritory.size(); ++u)
        if (leaving.contains(start.unitTerritory[u])) start.unitTerritory[u] = 0;
    start.overrides.removeIf([&](const auto& o) { return leaving.contains(o.value()); });
    QSet<qint64> neighbours;
    auto territoryOf = [&](int unit) {
        return std::size_t(unit) < current->unitTerritory.size() ? current->unitTerritory[std::size_t(unit)] : 0;
    };
    for (const geo::SharedEdge& e : p.adjacency) {
        const qint64 a = territoryOf(e.unitA), b = territoryOf(e.unitB);
        if (leaving.contains(a) && b && !leaving.contains(b)) neighbours.insert(b);
        if (leaving.contains(b) && a && !leaving.contains(a)) neighbours.insert(a);
    }
    std::vector<qint64> scope;
    for (qint64 t : neighbours)
        if (!p.territory(t)->locked) scope.push_back(t);
    if (scope.empty()) return fail(tr("No unlocked territory borders these territories: give them to a rep instead."));
    std::sort(scope.begin(), scope.end());

    optimize::OptimizerOptions options;
    options.mode = optimize::OptimizerOptions::Mode::Fill;
    options.onlyTerritories = scope;
    options.maxMovedAccountsPct = 0.0; // only the freed units move
    options.timeLimitS = 10.0;
    options.restarts = 1;
    options.cancel = progress.cancelFlag();
    progress.step(tr("Balancing the neighbouring territories…"));
    const optimize::OptimizerResult result = optimize::TerritoryOptimizer::run(p, start, options);
    if (progress.cancelled()) return std::nullopt;
    if (!result.ok) return fail(result.error);

    PlanEditor editor(session);
    PlanEdit out;
    out.change.scenarioId = current->id;
    const QLocale locale;
    for (qint64 id : territoryIds) {
        std::optional<PlanEdit> deleted = editor.deleteTerritoryEdit(id, error);
        if (!deleted) return std::nullopt;
        std::map<qint64, int> received;
        for (PlanChange::UnitChange& u : deleted->change.units) {
            const qint64 to =
                std::size_t(u.unit) < result.unitTerritory.size() ? result.unitTerritory[std::size_t(u.unit)] : 0;
            u.to = neighbours.contains(to) ? to : 0;
            ++received[u.to];
        }
        for (PlanChange::OverrideChange& o : deleted->change.overrides) o.to = 0; // named accounts follow their unit
        const Territory* t = p.territory(id);
        const TerritoryMetrics* m = session.metrics().metricsOf(id);
        QStringList to;
        for (const auto& [territory, units] : received)
            to << (territory ? QStringLiteral("%1 (%2 %3)")
                                   .arg(p.territory(territory)->name, locale.toString(units), editor.unitNoun(units))
                             : tr("%1 %2 left unassigned").arg(locale.toString(units), editor.unitNoun(units)));
        if (handoff)
            *handoff << tr("%1: %2 accounts, %3 workload hours → %4")
                            .arg(t->name, locale.toString(m ? m->accounts : 0),
                                 locale.toString(m ? m->workloadHours : 0.0, 'f', 0), to.join(QStringLiteral(", ")));
        for (auto& c : deleted->change.territories) out.change.territories.push_back(std::move(c));
        for (auto& c : deleted->change.units) out.change.units.push_back(c);
        for (auto& c : deleted->change.overrides) out.change.overrides.push_back(c);
    }
    out.text = tr("Split %1 among neighbouring territories").arg([&] {
        QStringList names;
        for (qint64 id : territoryIds) names << p.territory(id)->name;
        return names.join(QStringLiteral(", "));
    }());
    return out;
}

} // namespace tp::session
