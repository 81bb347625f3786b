#include "io/export/exportsource.h"

#include "model/metricsengine.h"
#include "model/project.h"

namespace tp::io {

ExportSource::ExportSource(const Project& project, const MetricsEngine& engine, qint64 baselineScenarioId,
                           OutputGuard guard)
    : m_project(project), m_engine(engine), m_baselineId(project.scenario(baselineScenarioId) ? baselineScenarioId : 0),
      m_guard(std::move(guard)) {}

const Scenario* ExportSource::scenario() const {
    return m_project.scenario(m_engine.scenarioId());
}

const Scenario* ExportSource::baseline() const {
    return m_baselineId ? m_project.scenario(m_baselineId) : nullptr;
}

std::vector<const Territory*> ExportSource::leafTerritories() const {
    std::vector<const Territory*> result;
    for (const Territory* t : m_project.territoriesOf(m_engine.scenarioId()))
        if (t->level == Territory::Level::Territory) result.push_back(t);
    return result;
}

const Rep* ExportSource::repOf(const Territory* territory) const {
    return territory && territory->repId ? m_project.rep(territory->repId) : nullptr;
}

QString ExportSource::repName(const Territory* territory) const {
    const Rep* rep = repOf(territory);
    return rep ? rep->name : QString();
}

QString ExportSource::regionName(const Territory* territory) const {
    QString region;
    // Bounded walk: a damaged hierarchy with a cycle must not hang an export.
    for (int depth = 0; territory && territory->parentId && depth < 16; ++depth) {
        territory = m_project.territory(territory->parentId);
        if (territory && territory->level == Territory::Level::Region) region = territory->name;
    }
    return region;
}

qint64 ExportSource::defaultBaseline(const Project& project, qint64 scenarioId) {
    for (const Scenario& s : project.scenarios)
        if (s.planOfRecord && s.id != scenarioId) return s.id;
    const Scenario* scenario = project.scenario(scenarioId);
    return scenario && scenario->parentId && project.scenario(scenario->parentId) ? scenario->parentId : 0;
}

} // namespace tp::io
