#include "scenariocommand.h"

#include "clisupport.h"

#include "session/planeditor.h"
#include "session/projectsession.h"

#include <QRegularExpression>

namespace tp::cli {
namespace {

const char* const usageText =
    "usage: territory scenario list PROJECT\n"
    "       territory scenario create PROJECT NAME [--from SCENARIO | --empty]\n"
    "       territory scenario rename PROJECT SCENARIO NAME\n"
    "       territory scenario status PROJECT SCENARIO draft|proposed|approved [--plan-of-record]\n"
    "       territory scenario switch PROJECT SCENARIO";

void list(const Project& project, QTextStream& out) {
    out << QStringLiteral("%1  %2  %3  %4  %5\n").arg(QStringLiteral("id"), 4).arg(QStringLiteral("name"), -36)
               .arg(QStringLiteral("status"), -9).arg(QStringLiteral("territories"), 11).arg(QStringLiteral("parent"), 6);
    for (const Scenario& s : project.scenarios) {
        int territories = 0;
        for (const Territory* t : project.territoriesOf(s.id))
            if (t->level == Territory::Level::Territory) ++territories;
        QStringList marks;
        if (s.id == project.currentScenarioId) marks << QStringLiteral("current");
        if (s.planOfRecord) marks << QStringLiteral("plan of record");
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n").arg(s.id, 4).arg(s.name, -36).arg(Scenario::statusName(s.status), -9)
                   .arg(territories, 11).arg(s.parentId ? QString::number(s.parentId) : QStringLiteral("-"), 6)
                   .arg(marks.join(QStringLiteral(", ")))
                   .remove(QRegularExpression(QStringLiteral("\\s+$")))
            << "\n";
    }
}

} // namespace

int ScenarioCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + QStringLiteral(".\n") + QString::fromLatin1(usageText)
                                     + QStringLiteral("\nExit codes: 0 done, 1 refused or failed, 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, create, rename, status or switch"));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addOption({QStringLiteral("from"), QStringLiteral("create: copy this scenario (default: the current one)"), QStringLiteral("scenario")});
    parser.addOption({QStringLiteral("empty"), QStringLiteral("create: start without territories")});
    parser.addOption({QStringLiteral("plan-of-record"), QStringLiteral("status approved: also make it the plan of record")});
    int exitCode = Ok;
    const QString usage = QString::fromLatin1(usageText);
    if (!CliSupport::parse(parser, args, usage, 2, 4, out, err, &exitCode)) return exitCode;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos[0];
    const QHash<QString, int> arity{{QStringLiteral("list"), 2}, {QStringLiteral("create"), 3}, {QStringLiteral("rename"), 4},
                                    {QStringLiteral("status"), 4}, {QStringLiteral("switch"), 3}};
    if (!arity.contains(action) || arity.value(action) != pos.size()) {
        err << usage << "\n";
        return UsageError;
    }
    Scenario::Status status = Scenario::Status::Draft;
    if (action == QLatin1String("status") && !Scenario::statusFromName(pos[3], &status)) {
        err << "territory scenario: status must be draft, proposed or approved, not '" << pos[3] << "'\n";
        return UsageError;
    }
    auto session = CliSupport::openSession(name(), pos[1], err);
    if (!session) return Failure;
    if (action == QLatin1String("list")) {
        list(session->project(), out);
        return Ok;
    }

    // Redone on the fresh project when another program changed it after it was read: a new
    // scenario then gets an id after the other program's, never the same one.
    QString error;
    for (int retries = 0;;) {
        const Project& fresh = session->project();
        session::PlanEditor editor(*session);
        bool ok = false;
        if (action == QLatin1String("create")) {
            qint64 from = 0;
            if (!parser.isSet(QStringLiteral("empty"))) {
                const Scenario* source = CliSupport::findScenario(fresh, parser.value(QStringLiteral("from")), name(), err);
                if (!source) return Failure;
                from = source->id;
            }
            if (const qint64 id = editor.createScenario(pos[2], from, &error)) {
                out << "Created scenario " << id << ": " << pos[2] << "\n";
                return Ok;
            }
        } else {
            const Scenario* scenario = CliSupport::findScenario(fresh, pos[2], name(), err);
            if (!scenario) return Failure;
            const qint64 id = scenario->id;
            if (action == QLatin1String("rename")) ok = editor.renameScenario(id, pos[3], &error);
            else if (action == QLatin1String("status"))
                ok = editor.setScenarioStatus(id, status, &error)
                     && (!parser.isSet(QStringLiteral("plan-of-record")) || editor.setPlanOfRecord(id, &error));
            else ok = editor.switchScenario(id, &error);
        }
        if (ok) break;
        if (!CliSupport::reopenIfChanged(session, &retries, err, &error)) {
            err << "territory scenario: " << error << "\n";
            return Failure;
        }
    }
    list(session->project(), out);
    return Ok;
}

} // namespace tp::cli
