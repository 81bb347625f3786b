#pragma once
// OptimizeCommand: `territory optimize PROJECT [options]` runs the territory optimiser on a
// scenario and writes the best plan as a new draft scenario (or into --into), printing the
// figures before and after. Exit 0 when every territory is inside its band, 4 when the best plan
// found is not (it is still written, and the output says so).
#include "clicommand.h"

namespace tp::cli {

class OptimizeCommand : public CliCommand {
public:
    static constexpr int OutOfBand = 4;

    QString name() const override { return QStringLiteral("optimize"); }
    QString summary() const override {
        return QStringLiteral("Balance territories (or build / fill them) into a new scenario");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
