#pragma once
// WhiteSpaceCommand: `territory whitespace PROJECT [--scenario S] [--measure M] [--top N]
// [--min-penetration X] [--max-distance KM] [--level units|regions] [--format table|csv|json]`
// prints the white-space list of a scenario (WhiteSpaceFinder): units, or regions, with potential
// and low coverage, ranked by the measure.
#include "clicommand.h"

namespace tp::cli {

class WhiteSpaceCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("whitespace"); }
    QString summary() const override {
        return QStringLiteral("List units with potential and low coverage (white space)");
    }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace tp::cli
