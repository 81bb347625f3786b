#include "assigncommand.h"

#include "clisupport.h"

#include "session/planeditor.h"
#include "session/projectsession.h"

namespace tp::cli {
namespace {

QStringList listValues(const QStringList& values) {
    QStringList result;
    for (const QString& v : values)
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) result << part.trimmed();
    return result;
}

} // namespace

int AssignCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QStringLiteral(".\nExit codes: 0 done, 1 refused or failed (nothing changed), 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addOption(CliSupport::teamOption());
    parser.addOption({QStringLiteral("territory"), QStringLiteral("Target territory: id or name; 'none' unassigns"),
                      QStringLiteral("territory")});
    parser.addOption(
        {QStringLiteral("unit"), QStringLiteral("Unit code(s), comma-separated or repeated"), QStringLiteral("code")});
    parser.addOption({QStringLiteral("account"),
                      QStringLiteral("Account external id(s): named accounts of the territory"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("Scenario id or name (default: the current one)"),
                      QStringLiteral("scenario")});
    const QString usage = QStringLiteral("usage: territory assign PROJECT --territory T (--unit CODE[,CODE...] | "
                                         "--account ID[,ID...]) [--scenario S] [--team T]");
    int exitCode = Ok;
    if (!CliSupport::parse(parser, args, usage, 1, 1, out, err, &exitCode)) return exitCode;
    const QStringList units = listValues(parser.values(QStringLiteral("unit")));
    const QStringList accounts = listValues(parser.values(QStringLiteral("account")));
    if (!parser.isSet(QStringLiteral("territory")) || units.isEmpty() == accounts.isEmpty()) {
        err << usage << "\n";
        return UsageError;
    }
    auto session = CliSupport::openSession(name(), parser.positionalArguments().constFirst(), err);
    if (!session) return Failure;
    if (!CliSupport::selectTeam(*session, parser.value(QStringLiteral("team")), name(), err)) return Failure;
    // Everything is looked up again when another program changed the project after it was read
    // (a new unit layer, say): the change is made to what the file holds now, or refused.
    const Scenario* scenario = nullptr;
    qint64 lastLogId = 0;
    QString error;
    for (int retries = 0;;) {
        const Project& project = session->project();
        scenario = CliSupport::findScenario(project, parser.value(QStringLiteral("scenario")), name(), err);
        if (!scenario) return Failure;
        qint64 territoryId = 0;
        const QString wanted = parser.value(QStringLiteral("territory"));
        if (wanted.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
            const Territory* t = CliSupport::findTerritory(project, *scenario, wanted, name(), err);
            if (!t) return Failure;
            territoryId = t->id;
        }

        session::PlanEditor editor(*session);
        const auto previous = session->file().readLog(1, scenario->id);
        lastLogId = previous.empty() ? 0 : previous.front().id;
        bool ok = false;
        if (!units.isEmpty()) {
            std::vector<int> indexes;
            for (const QString& code : units) {
                const int index = project.unitIndexByCode(code);
                if (index < 0) {
                    err << "territory assign: no unit with code '" << code << "'\n";
                    return Failure;
                }
                indexes.push_back(index);
            }
            ok = editor.assignUnitsTo(scenario->id, indexes, territoryId, &error);
        } else {
            std::vector<qint64> ids;
            for (const QString& externalId : accounts) {
                const int index = project.accountIndexByExternalId(externalId);
                if (index < 0) {
                    err << "territory assign: no account with external id '" << externalId << "'\n";
                    return Failure;
                }
                ids.push_back(project.accounts[std::size_t(index)].id);
            }
            // All or nothing: one transaction for the whole list.
            ok = session->file().transaction(
                [&](QString* e) {
                    for (qint64 id : ids)
                        if (!editor.setAccountOverride(scenario->id, id, territoryId, e)) return false;
                    return true;
                },
                &error);
        }
        if (ok) break;
        if (!CliSupport::reopenIfChanged(session, &retries, err, &error)) {
            err << "territory assign: " << error << "\n";
            return Failure;
        }
    }
    auto log = session->file().readLog(int(accounts.size()) + 1, scenario->id);
    std::erase_if(log, [&](const storage::EditLogEntry& e) { return e.id <= lastLogId; });
    if (log.empty()) out << "Nothing to change: already assigned that way\n";
    for (auto it = log.rbegin(); it != log.rend(); ++it) out << it->text << "\n";
    return Ok;
}

} // namespace tp::cli
