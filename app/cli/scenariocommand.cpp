#include "scenariocommand.h"

#include "clisupport.h"

#include "model/ownerplan.h"
#include "session/ownerplanwriter.h"
#include "session/planeditor.h"
#include "session/projectsession.h"

#include <QRegularExpression>

namespace tp::cli {
namespace {

const char* const scenarioUsage =
    "usage: territory scenario list PROJECT\n"
    "       territory scenario create PROJECT NAME [--from SCENARIO | --empty]\n"
    "       territory scenario rename PROJECT SCENARIO NAME\n"
    "       territory scenario status PROJECT SCENARIO draft|proposed|approved [--plan-of-record]\n"
    "       territory scenario switch PROJECT SCENARIO\n"
    "       territory scenario from-owners PROJECT NAME [--owner-column COLUMN] [--owner-id-column COLUMN]";

void list(const Project& project, QTextStream& out) {
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("id"), 4)
               .arg(QStringLiteral("name"), -36)
               .arg(QStringLiteral("status"), -9)
               .arg(QStringLiteral("territories"), 11)
               .arg(QStringLiteral("parent"), 6);
    for (const Scenario& s : project.scenarios) {
        int territories = 0;
        for (const Territory* t : project.territoriesOf(s.id))
            if (t->level == Territory::Level::Territory) ++territories;
        QStringList marks;
        if (s.id == project.currentScenarioId) marks << QStringLiteral("current");
        if (s.planOfRecord) marks << QStringLiteral("plan of record");
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(s.id, 4)
                   .arg(s.name, -36)
                   .arg(Scenario::statusName(s.status), -9)
                   .arg(territories, 11)
                   .arg(s.parentId ? QString::number(s.parentId) : QStringLiteral("-"), 6)
                   .arg(marks.join(QStringLiteral(", ")))
                   .remove(QRegularExpression(QStringLiteral("\\s+$")))
            << "\n";
    }
}

// The plan as the accounts' CRM owners have it, as a new scenario; owners the roster lacks are
// added as reps first. Failure with *error set may be retried on a fresh project.
int fromOwners(session::ProjectSession& session, const QCommandLineParser& parser, const QString& scenarioName,
               QTextStream& out, QTextStream& err, QString* error) {
    const Project& p = session.project();
    const QStringList owners = OwnerPlan::ownerColumns(p), ids = OwnerPlan::ownerIdColumns(p);
    QString column = parser.value(QStringLiteral("owner-column")),
            idColumn = parser.value(QStringLiteral("owner-id-column"));
    if (!parser.isSet(QStringLiteral("owner-column")) && !owners.isEmpty()) column = owners.first();
    if (!parser.isSet(QStringLiteral("owner-id-column")) && !ids.isEmpty()) idColumn = ids.first();
    if (column.isEmpty() && idColumn.isEmpty()) {
        err << "territory scenario: no imported column names account owners (looked for Account Owner, Owner, Owner "
               "Id, "
               "Sales Rep, ...); name one with --owner-column\n";
        return UsageError;
    }
    const OwnerPlan plan = OwnerPlan::fromAccounts(p, column, idColumn);
    if (plan.owners.empty()) {
        err << "territory scenario: no account has an owner in column '" << (column.isEmpty() ? idColumn : column)
            << "'\n";
        return Failure;
    }
    session::PlanEditor editor(session);
    const std::vector<Rep> missing = session::OwnerPlanWriter::missingReps(session, plan);
    const QString summary = session::OwnerPlanWriter::summary(session, plan);
    if (!missing.empty()) {
        const std::optional<session::PlanEdit> edit = editor.repsEdit(p.currentScenarioId, missing, error);
        if (!edit || !editor.apply(edit->change, edit->text, error)) return Failure;
    }
    const qint64 id = session::OwnerPlanWriter::writeScenario(session, plan, scenarioName, error);
    if (!id) return Failure;
    out << summary << "\n";
    out << "Created scenario " << id << ": " << scenarioName << "\n";
    return Ok;
}

} // namespace

int ScenarioCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + QStringLiteral(".\n") + QString::fromLatin1(scenarioUsage)
                                     + QStringLiteral("\nExit codes: 0 done, 1 refused or failed, 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("list, create, rename, status, switch or from-owners"));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addOption({QStringLiteral("from"), QStringLiteral("create: copy this scenario (default: the current one)"),
                      QStringLiteral("scenario")});
    parser.addOption({QStringLiteral("empty"), QStringLiteral("create: start without territories")});
    parser.addOption(
        {QStringLiteral("plan-of-record"), QStringLiteral("status approved: also make it the plan of record")});
    parser.addOption(
        {QStringLiteral("owner-column"),
         QStringLiteral(
             "from-owners: the imported column naming each account's owner (default: Account Owner, Owner, ...)"),
         QStringLiteral("column")});
    parser.addOption(
        {QStringLiteral("owner-id-column"),
         QStringLiteral("from-owners: the column with the owner's CRM user id (default: Owner Id, ... when present)"),
         QStringLiteral("column")});
    int exitCode = Ok;
    const QString usage = QString::fromLatin1(scenarioUsage);
    if (!CliSupport::parse(parser, args, usage, 2, 4, out, err, &exitCode)) return exitCode;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos[0];
    const QHash<QString, int> arity{{QStringLiteral("list"), 2},   {QStringLiteral("create"), 3},
                                    {QStringLiteral("rename"), 4}, {QStringLiteral("status"), 4},
                                    {QStringLiteral("switch"), 3}, {QStringLiteral("from-owners"), 3}};
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
                const Scenario* source =
                    CliSupport::findScenario(fresh, parser.value(QStringLiteral("from")), name(), err);
                if (!source) return Failure;
                from = source->id;
            }
            if (const qint64 id = editor.createScenario(pos[2], from, &error)) {
                out << "Created scenario " << id << ": " << pos[2] << "\n";
                return Ok;
            }
        } else if (action == QLatin1String("from-owners")) {
            const int code = fromOwners(*session, parser, pos[2], out, err, &error);
            if (code != Failure || error.isEmpty()) return code;
        } else {
            const Scenario* scenario = CliSupport::findScenario(fresh, pos[2], name(), err);
            if (!scenario) return Failure;
            const qint64 id = scenario->id;
            if (action == QLatin1String("rename"))
                ok = editor.renameScenario(id, pos[3], &error);
            else if (action == QLatin1String("status"))
                ok = editor.setScenarioStatus(id, status, &error)
                     && (!parser.isSet(QStringLiteral("plan-of-record")) || editor.setPlanOfRecord(id, &error));
            else
                ok = editor.switchScenario(id, &error);
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
