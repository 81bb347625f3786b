#pragma once
// DemoCommand: `territory demo OUT.territory [--seed N] [--accounts N]` writes the demo project.
#include "clicommand.h"

namespace tp::cli {

class DemoCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override {
        return QStringLiteral("Write the demo project (US counties, 12 reps, two scenarios)");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
