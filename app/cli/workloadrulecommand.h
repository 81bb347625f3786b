#pragma once
// WorkloadRuleCommand: `territory workload-rule show|set|apply PROJECT ...`: the project's
// workload rule (visits a year by tier x hours a visit by segment, for accounts whose file gave
// no workload) and how many accounts take their workload from it or from a file column; `set`
// changes rows of the rule and, unless --no-apply, recomputes the accounts that take their
// workload from it; `apply` recomputes them with the rule as it is. Each change is one undo step
// through the edit facade.
#include "clicommand.h"

namespace tp::cli {

class WorkloadRuleCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("workload-rule"); }
    QString summary() const override {
        return QStringLiteral("Show, change or re-apply the workload rule (tiers and segments)");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
