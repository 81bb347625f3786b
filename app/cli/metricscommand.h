#pragma once
// MetricsCommand: `territory metrics FILE [--scenario ID|NAME] [--format table|csv|json]`
// prints the territory table of a scenario (the current one by default).
#include "clicommand.h"

namespace tp::cli {

class MetricsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("metrics"); }
    QString summary() const override { return QStringLiteral("Print the territory metrics of a scenario"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
