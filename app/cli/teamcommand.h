#pragma once
// TeamCommand: `territory team list|create|rule|rename|delete PROJECT ...`: the project's teams
// (territory models): a primary team or an overlay, the rule that says which accounts it covers
// (see AccountRule for the notation) and accounts added or excluded by hand (external ids). Each
// change is written at once with a change-log line (TeamEditor); team changes are not undo steps.
#include "clicommand.h"

namespace tp::cli {

class TeamCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("team"); }
    QString summary() const override {
        return QStringLiteral("List, create, rename or delete teams and set which accounts each covers");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
