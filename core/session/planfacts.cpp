#include "planfacts.h"

#include "sessionnotifier.h"

#include "model/contiguity.h"
#include "model/project.h"

namespace tp::session {

PlanFacts::PlanFacts(const Project& project, SessionNotifier& notifier, QObject* parent)
    : QObject(parent), m_project(project) {
    connect(&notifier, &SessionNotifier::unitsReassigned, this, [this](qint64 scenario) { invalidate(scenario); });
    connect(&notifier, &SessionNotifier::territoriesChanged, this, [this](qint64 scenario) { invalidate(scenario); });
    connect(&notifier, &SessionNotifier::scenariosChanged, this,
            [this](ScenarioChange, qint64 scenario) { invalidate(scenario); });
    // Another team's plans: every scenario's pieces are other ones.
    connect(&notifier, &SessionNotifier::currentTeamChanged, this, [this] { invalidate(0); });
}

const std::vector<int>& PlanFacts::strayUnits(qint64 scenarioId) {
    if (auto it = m_stray.find(scenarioId); it != m_stray.end()) return it->second;
    const Scenario* scenario = m_project.scenario(scenarioId);
    if (!scenario) return m_stray[scenarioId] = {};
    if (m_graph.unitCount() != int(m_project.units.size()) || m_graphEdges != m_project.adjacency.data()
        || m_graphEdgeCount != m_project.adjacency.size()) {
        m_graph = UnitGraph(int(m_project.units.size()), m_project.adjacency);
        m_graphEdges = m_project.adjacency.data();
        m_graphEdgeCount = m_project.adjacency.size();
    }
    return m_stray[scenarioId] = Contiguity::strayUnits(m_project, *scenario, m_graph);
}

void PlanFacts::invalidate(qint64 scenarioId) {
    if (scenarioId == 0)
        m_stray.clear();
    else
        m_stray.erase(scenarioId);
}

} // namespace tp::session
