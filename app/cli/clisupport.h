#pragma once
// CliSupport: what every `territory` subcommand needs: parse options (with --help and a usage
// error), open a project as a session, and find a scenario, territory, unit or account from what
// the user typed (an id or a name, case-insensitive). Messages are written to the command's
// error stream, prefixed with "territory COMMAND: ". Stateless; main thread.

#include "clicommand.h"

#include <QCommandLineParser>

#include <memory>

namespace tp {
class Project;
struct Scenario;
struct Territory;
namespace session {
class ProjectSession;
}
} // namespace tp

namespace tp::cli {

class CliSupport {
public:
    // Parses `args`; on --help prints it to `out` and returns Ok through *exitCode; on a parse
    // error or a positional count outside [minPositional, maxPositional] prints `usage` to `err`.
    // Returns true when the command should go on.
    static bool parse(QCommandLineParser& parser, const QStringList& args, const QString& usage, int minPositional,
                      int maxPositional, QTextStream& out, QTextStream& err, int* exitCode);

    static std::unique_ptr<session::ProjectSession> openSession(const QString& command, const QString& path, QTextStream& err);

    // nullptr (and a message) when `wanted` matches no scenario; empty `wanted`: the current one.
    static const Scenario* findScenario(const Project& project, const QString& wanted, const QString& command, QTextStream& err);
    // A leaf territory of the scenario by id or name; nullptr (and a message) when none matches.
    static const Territory* findTerritory(const Project& project, const Scenario& scenario, const QString& wanted,
                                          const QString& command, QTextStream& err);
};

} // namespace tp::cli
