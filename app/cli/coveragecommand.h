#pragma once
// CoverageCommand: `territory coverage PROJECT`: the teams' coverage check: accounts no primary
// team covers and accounts two primary teams both cover (overlays may overlap by design), and per
// team how many of its accounts lie in no territory of the scenario. Exit code 0 when every
// account has exactly one primary team, 1 when not (or on failure), so scripts can check a plan.
#include "clicommand.h"

namespace tp::cli {

class CoverageCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("coverage"); }
    QString summary() const override {
        return QStringLiteral("List accounts no primary team covers, or two primary teams cover");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
