#pragma once
// ScenarioCommand: `territory scenario ACTION PROJECT ...` lists scenarios, creates one (a copy
// of another, or empty), renames it, sets its status (draft, proposed, approved; approval is
// logged with who and when), makes an approved one the plan of record, makes one current, or
// builds one from the account owners a CRM export carries (from-owners, see OwnerPlan).
#include "clicommand.h"

namespace tp::cli {

class ScenarioCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("scenario"); }
    QString summary() const override { return QStringLiteral("List, create, rename, approve or switch scenarios"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
