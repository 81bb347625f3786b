#pragma once
// NewCommand: `territory new PROJECT [--units counties|states|FILE] [--where SQL] [--force]`
// writes a blank project (units and their adjacency, no accounts, one empty draft scenario), so
// a user with their own data can start without the demo. Refuses to replace an existing file
// unless --force. Main thread only.
#include "clicommand.h"

namespace tp::cli {

class NewCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override {
        return QStringLiteral("Create a blank project (bundled US counties or states, or your own units)");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
