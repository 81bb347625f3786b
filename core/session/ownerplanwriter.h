#pragma once
// OwnerPlanWriter: writes an OwnerPlan (the plan as the CRM's account owners have it today) into
// an open project as a new draft scenario: one territory per owner, owned by the owner's rep,
// holding the units where the owner has most accounts, and the owner's other accounts as named
// accounts; coloured so that neighbours differ. The owners' reps must be in the roster first
// (missingReps() lists those to add; the EditFacade adds them as one undo step, the CLI directly).
// Every write goes through the PlanEditor (checked, one transaction, logged). Stateless; GUI
// thread (or the CLI's main thread).

#include "model/ownerplan.h"
#include "model/rep.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tp::session {

class ProjectSession;

class OwnerPlanWriter {
    Q_DECLARE_TR_FUNCTIONS(tp::session::OwnerPlanWriter)

public:
    // The owners the roster has no rep for (matched by CRM user id, else by name), as new reps.
    static std::vector<Rep> missingReps(ProjectSession& session, const OwnerPlan& plan);
    // A new draft scenario `name` holding the plan; its id, or 0 and *error (nothing left behind).
    // Refused while an owner has no rep in the roster.
    static qint64 writeScenario(ProjectSession& session, const OwnerPlan& plan, const QString& name, QString* error);
    // "Owners in column "Account Owner": 12 (new reps: 3) · units to the owner with most accounts
    // there: 2,930 · named accounts: 412 · ...": what writeScenario would do (dialogs, the CLI).
    static QString summary(ProjectSession& session, const OwnerPlan& plan);
};

} // namespace tp::session
