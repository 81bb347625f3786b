#pragma once
// NeighbourSplit: hands territories whose rep leaves to the territories around them, as one plan
// edit: the territories are deleted and each of their units goes to a neighbouring territory that
// the territory optimiser (mode Fill, nothing else moved) chooses so that the neighbours stay
// balanced on workload; their named accounts then follow their units. Units no neighbour can
// reach stay unassigned (said in the handoff). Stateless; GUI thread (or the CLI's main thread).

#include "session/planeditor.h"

#include "model/taskprogress.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace tp::session {

class ProjectSession;

class NeighbourSplit {
    Q_DECLARE_TR_FUNCTIONS(tp::session::NeighbourSplit)

public:
    // The edit for `territoryIds` (leaf territories of the current scenario), and in *handoff one
    // line per territory: "Mountain: 412 accounts, 2,930 workload hours → Southwest (12 counties),
    // Great Plains (9 counties)". nullopt and *error when refused (locked, no neighbour, ...).
    // Reads the session only (any thread while nothing edits it); `progress` is told the step
    // and may cancel the optimiser's run (then nullopt and no error).
    static std::optional<PlanEdit> edit(ProjectSession& session, const std::vector<qint64>& territoryIds,
                                        QStringList* handoff, QString* error, const TaskProgress& progress = {});
};

} // namespace tp::session
