#pragma once
// ImportUnitsCommand: `territory import-units PROJECT (DATA | --bundled counties|states)` makes a
// polygon layer the project's units (reprojected, repaired, adjacency built); units whose code
// stays keep their territory in every scenario, and all accounts are located again.
#include "clicommand.h"

namespace tp::cli {

class ImportUnitsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("import-units"); }
    QString summary() const override {
        return QStringLiteral("Replace the units with a polygon layer or the bundled US counties/states");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
