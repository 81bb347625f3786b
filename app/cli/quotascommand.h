#pragma once
// QuotasCommand: `territory quotas PROJECT [...]` shows each territory's quota, attainment
// (revenue / quota) and pipeline coverage (pipeline / (quota - revenue)); with --target it
// distributes a company target over the territories by potential, revenue or a mix, rounded,
// keeping locked quotas; --set gives a territory a quota of its own (and locks it). Every change
// is one undo step through the edit facade.
#include "clicommand.h"

namespace tp::cli {

class QuotasCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("quotas"); }
    QString summary() const override {
        return QStringLiteral("Show or set territory quotas, or distribute a company target");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
