#pragma once
// CliCommand: one subcommand of the `territory` command-line tool (`territory NAME ARGS...`).
// Each command parses its own options with QCommandLineParser, writes results to `out` and
// problems to `err`, and returns the process exit code. Main thread only.

#include <QStringList>
#include <QTextStream>

namespace tp::cli {

enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // args[0] is "territory NAME", as QCommandLineParser expects.
    virtual int run(const QStringList& args, QTextStream& out, QTextStream& err) = 0;
};

} // namespace tp::cli
