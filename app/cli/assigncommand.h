#pragma once
// AssignCommand: `territory assign PROJECT --territory T (--unit CODE,... | --account ID,...)`
// gives units to a territory, or makes accounts named accounts of it (`--territory none` clears
// them). Locked territories are refused. Every change is logged in the project's change log.
#include "clicommand.h"

namespace tp::cli {

class AssignCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("assign"); }
    QString summary() const override { return QStringLiteral("Assign units or named accounts to a territory"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
