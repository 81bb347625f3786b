#pragma once
// CliSupport: what every `territory` subcommand needs: parse options (with --help and a usage
// error), open a project as a session, and find a scenario, territory, unit or account from what
// the user typed (an id or a name, case-insensitive). Messages are written to the command's
// error stream, prefixed with "territory COMMAND: ". Stateless; main thread.

#include "clicommand.h"

#include <QCommandLineParser>

#include <memory>

#include <vector>

namespace tp {
struct MeasureDefinition;
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

    // Prints the file's warnings (e.g. a missing current scenario) and, for a damaged file that
    // opened read-only, why nothing can be saved to it.
    static std::unique_ptr<session::ProjectSession> openSession(const QString& command, const QString& path,
                                                                QTextStream& err);
    // After a write failed: when it was refused because another program changed the project
    // since it was read, reopens it (re-reading everything) so the command can redo its work on
    // the fresh state (a note on `err` says so), and returns true; at most `maxRetries` times per command. Otherwise (or
    // when reopening fails, *error then says why) returns false and the command reports *error.
    static bool reopenIfChanged(std::unique_ptr<session::ProjectSession>& session, int* retries, QTextStream& err,
                                QString* error);
    static constexpr int maxRetries = 8;

    // nullptr (and a message) when `wanted` matches no scenario; empty `wanted`: the current one.
    static const Scenario* findScenario(const Project& project, const QString& wanted, const QString& command,
                                        QTextStream& err);
    // A leaf territory of the scenario by id or name; nullptr (and a message) when none matches.
    static const Territory* findTerritory(const Project& project, const Scenario& scenario, const QString& wanted,
                                          const QString& command, QTextStream& err);
    // Index of the measure named `wanted` (its name or column, case-insensitive, or a short name of
    // a built-in: workload, hours, accounts, count, potential, revenue, pipeline); -1 when none.
    // The --team option of commands that work on one team's plan (metrics, assign, export, optimize).
    static QCommandLineOption teamOption();
    // Makes the team named (or numbered) `wanted` current in the session (empty: keep the first
    // team); false and a message when there is no such team.
    static bool selectTeam(session::ProjectSession& session, const QString& wanted, const QString& command,
                           QTextStream& err);
    static int findMeasure(const std::vector<MeasureDefinition>& catalogue, const QString& wanted);
    // "10%", "10 %" or "10" -> 10; false unless a number from 0 to 100.
    static bool percentValue(QString text, double* out);
    // One field of the CSV the commands print: text a spreadsheet would run as a formula gets a
    // leading ' (a plain number, a negative one too, stays as it is); a field with a comma, a quote
    // or a line break is quoted.
    static QString csvField(const QString& text);
};

} // namespace tp::cli
