#pragma once
// PlanFacts: facts derived from a scenario's plan that several views show, computed once per
// change and read by all of them: the units in stray pieces of their territory (Contiguity; the
// map hatches them, the labeller keeps labels off them, zoom-to-territory frames the main piece).
// Computed on first read and kept until the session's notifier says the scenario changed, so a
// gesture's live steps cost nothing here until someone asks. The unit graph is built once per
// unit layer and kept across edits. Owned by the ProjectSession (it
// refers to the project); GUI thread (or the CLI's main thread).

#include "model/unitgraph.h"

#include <QObject>

#include <map>
#include <vector>

namespace tp {
class Project;
}

namespace tp::session {

class SessionNotifier;

class PlanFacts : public QObject {
    Q_OBJECT
public:
    // Listens to `notifier` (connect it before any view does, so views read fresh facts).
    PlanFacts(const Project& project, SessionNotifier& notifier, QObject* parent = nullptr);

    // Units of `scenarioId` outside their territory's largest piece, ascending; empty for an
    // unknown scenario. The reference stays valid until the next change of that scenario.
    const std::vector<int>& strayUnits(qint64 scenarioId);
    // Forgets what was computed for one scenario (0: for all).
    void invalidate(qint64 scenarioId = 0);

private:
    const Project& m_project;
    std::map<qint64, std::vector<int>> m_stray;
    UnitGraph m_graph;
    const void* m_graphEdges = nullptr; // the adjacency m_graph was built from (data, size)
    std::size_t m_graphEdgeCount = 0;
};

} // namespace tp::session
