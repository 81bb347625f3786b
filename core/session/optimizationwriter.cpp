#include "optimizationwriter.h"

#include "projectsession.h"

#include <QCoreApplication>
#include <QHash>

namespace tp::session {
namespace {

// Colour-blind-safe colours (Paul Tol's "muted" and "bright" sets) for new territories.
const char* const palette[] = {"#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99",
                               "#999933", "#AA4499", "#4477AA", "#66CCEE", "#228833", "#CCBB44", "#EE6677"};

std::vector<const Territory*> leavesOf(const Project& p, qint64 scenarioId) {
    std::vector<const Territory*> out;
    for (const Territory* t : p.territoriesOf(scenarioId))
        if (t->level == Territory::Level::Territory) out.push_back(t);
    return out;
}

// Result territory id -> target territory id; new territories map to 0 (to be created).
bool mapTerritories(const Project& p, qint64 startId, qint64 targetId, QHash<qint64, qint64>* map, QString* error) {
    const Scenario* target = p.scenario(targetId);
    if (!target || !p.scenario(startId)) {
        if (error) *error = OptimizationWriter::tr("The scenario no longer exists.");
        return false;
    }
    const std::vector<const Territory*> from = p.territoriesOf(startId), to = p.territoriesOf(targetId);
    const bool positional = targetId == startId || (target->parentId == startId && from.size() == to.size());
    for (std::size_t i = 0; i < from.size(); ++i) {
        if (from[i]->level != Territory::Level::Territory) continue;
        qint64 counterpart = 0;
        if (targetId == startId)
            counterpart = from[i]->id;
        else if (positional && to[i]->name == from[i]->name)
            counterpart = to[i]->id;
        else
            for (const Territory* t : leavesOf(p, targetId))
                if (t->name == from[i]->name) counterpart = t->id;
        map->insert(from[i]->id, counterpart);
    }
    return true;
}

} // namespace

bool OptimizationWriter::assignmentsFor(const Project& project, qint64 startScenarioId, qint64 targetScenarioId,
                                        const optimize::OptimizerResult& result,
                                        std::vector<PlanEditor::UnitAssignment>* out, QString* error) {
    out->clear();
    if (!result.newTerritories.empty()) {
        if (error) *error = tr("This result builds new territories; write it as a new scenario.");
        return false;
    }
    QHash<qint64, qint64> map;
    if (!mapTerritories(project, startScenarioId, targetScenarioId, &map, error)) return false;
    const Scenario* target = project.scenario(targetScenarioId);
    if (result.unitTerritory.size() != target->unitTerritory.size()) {
        if (error) *error = tr("The units changed since the optimiser ran; run it again.");
        return false;
    }
    for (std::size_t u = 0; u < result.unitTerritory.size(); ++u) {
        const qint64 wanted = result.unitTerritory[u];
        const qint64 mapped = wanted ? map.value(wanted, -1) : 0;
        if (mapped < 0 || (wanted && mapped == 0)) {
            if (error) *error = tr("A territory of the result has no counterpart in scenario %1.").arg(target->name);
            return false;
        }
        if (target->unitTerritory[u] != mapped) out->emplace_back(int(u), mapped);
    }
    return true;
}

bool OptimizationWriter::writeInto(ProjectSession& session, qint64 startScenarioId, qint64 targetScenarioId,
                                   const optimize::OptimizerResult& result, QString* error) {
    PlanEditor editor(session);
    optimize::OptimizerResult local = result;
    if (!result.newTerritories.empty()) {
        // Create the new territories in the target, then refer to them by their real ids.
        QHash<qint64, qint64> created;
        int k = 0;
        for (const Territory& t : result.newTerritories) {
            Territory copy = t;
            copy.id = 0;
            copy.scenarioId = targetScenarioId;
            copy.color = QString::fromLatin1(palette[k++ % int(std::size(palette))]);
            const qint64 id = editor.saveTerritory(copy, error);
            if (!id) return false;
            created.insert(t.id, id);
        }
        for (qint64& id : local.unitTerritory)
            if (id < 0) id = created.value(id);
        local.newTerritories.clear();
        startScenarioId = targetScenarioId; // every id now names a territory of the target
    }
    std::vector<PlanEditor::UnitAssignment> assignments;
    if (!assignmentsFor(session.project(), startScenarioId, targetScenarioId, local, &assignments, error)) return false;
    return assignments.empty() || editor.assignUnits(targetScenarioId, assignments, error);
}

qint64 OptimizationWriter::writeScenario(ProjectSession& session, qint64 startScenarioId,
                                         const optimize::OptimizerResult& result, const QString& name,
                                         const QString& notes, QString* error) {
    PlanEditor editor(session);
    const qint64 id = editor.createScenario(name, result.newTerritories.empty() ? startScenarioId : 0, error);
    if (!id) return 0;
    if (!writeInto(session, startScenarioId, id, result, error) || !editor.setScenarioNotes(id, notes, error)) {
        QString ignored;
        editor.deleteScenario(id, &ignored); // nothing half-written stays behind
        return 0;
    }
    return id;
}

} // namespace tp::session
