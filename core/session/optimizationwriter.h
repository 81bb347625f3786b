#pragma once
// OptimizationWriter: turns an optimiser result (core/optimize) into plan edits of an open
// project: a new draft scenario (a copy of the starting one, or an empty one with the new
// territories when the run built a different number), the assignment written into an existing
// scenario, or the unit assignments for the EditFacade to apply as one undo step. Territories of
// a copy are matched by position (copies keep the order), of any other scenario by name. Every
// write goes through the PlanEditor (checked, one transaction, logged). Stateless; GUI thread
// (or the CLI's main thread).

#include "planeditor.h"

#include "model/project.h"
#include "optimize/optimizerresult.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tp::session {

class ProjectSession;

class OptimizationWriter {
    Q_DECLARE_TR_FUNCTIONS(tp::session::OptimizationWriter)

public:
    // A new draft scenario named `name` holding the result; its id, or 0 and *error.
    static qint64 writeScenario(ProjectSession& session, qint64 startScenarioId,
                                const optimize::OptimizerResult& result, const QString& name, const QString& notes,
                                QString* error);
    // Writes the result into `targetScenarioId` (new territories are created there). False and
    // *error when a territory of the result has no counterpart there.
    static bool writeInto(ProjectSession& session, qint64 startScenarioId, qint64 targetScenarioId,
                          const optimize::OptimizerResult& result, QString* error);
    // The unit assignments that make `targetScenarioId` hold the result (only units that change).
    // Needs no new territories; false and *error otherwise.
    static bool assignmentsFor(const Project& project, qint64 startScenarioId, qint64 targetScenarioId,
                               const optimize::OptimizerResult& result, std::vector<PlanEditor::UnitAssignment>* out,
                               QString* error);
};

} // namespace tp::session
