#include "workloadrulecommand.h"

#include "clisupport.h"

#include "model/workloadsource.h"
#include "session/editfacade.h"
#include "session/projectsession.h"

#include <QUndoStack>

#include <cmath>

namespace tp::cli {
namespace {

const char* const workloadRuleUsage =
    "usage: territory workload-rule show PROJECT\n"
    "       territory workload-rule set PROJECT [--tier NAME=VISITS]... [--segment NAME=HOURS]... [--remove-tier "
    "NAME]...\n"
    "                               [--remove-segment NAME]... [--other-visits N] [--other-hours N] [--no-apply]\n"
    "       territory workload-rule apply PROJECT";

void print(const Project& p, QTextStream& out) {
    const WorkloadRule& rule = p.workloadRule;
    out << "tier        visits a year\n";
    for (const WorkloadRule::Entry& e : rule.tiers) out << e.name.leftJustified(12) << e.value << "\n";
    out << QStringLiteral("(other)").leftJustified(12) << rule.otherVisits << "\n\n";
    out << "segment     hours a visit\n";
    for (const WorkloadRule::Entry& e : rule.segments) out << e.name.leftJustified(12) << e.value << "\n";
    out << QStringLiteral("(other)").leftJustified(12) << rule.otherHours << "\n\n";
    const WorkloadSource source = WorkloadSource::of(p);
    out << "accounts with workload from the rule: " << source.fromRule << "\n";
    out << "accounts with workload from a file column: " << source.fromFile;
    if (!source.column.isEmpty()) out << " (last: " << source.column << ")";
    out << "\n";
}

bool number(const QString& text, double* value) {
    bool ok = false;
    *value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(*value) && *value >= 0;
}

// NAME=VALUE into the entries: replaces the entry of that name (case-insensitive) or appends.
bool setEntry(const QString& option, std::vector<WorkloadRule::Entry>* entries) {
    const qsizetype eq = option.lastIndexOf(QLatin1Char('='));
    double value = 0;
    if (eq <= 0 || option.left(eq).trimmed().isEmpty() || !number(option.mid(eq + 1), &value)) return false;
    const QString name = option.left(eq).trimmed();
    for (WorkloadRule::Entry& e : *entries)
        if (e.name.compare(name, Qt::CaseInsensitive) == 0) {
            e.value = value;
            return true;
        }
    entries->push_back({name, value});
    return true;
}

bool removeEntry(const QString& name, std::vector<WorkloadRule::Entry>* entries) {
    return std::erase_if(
               *entries,
               [&](const WorkloadRule::Entry& e) { return e.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0; })
           > 0;
}

} // namespace

int WorkloadRuleCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QStringLiteral(".\n") + QString::fromLatin1(workloadRuleUsage)
        + QStringLiteral("\nAn account whose file gave no workload costs visits a year (by its tier) x hours a"
                         " visit (by its segment); tiers and segments not listed take the --other values."
                         " Accounts whose workload came from a file column keep it."
                         "\nExit codes: 0 done, 1 refused or failed, 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("show, set or apply"));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addOption({QStringLiteral("tier"), QStringLiteral("A tier's visits a year, e.g. A=24 (added or changed)"),
                      QStringLiteral("name=visits")});
    parser.addOption({QStringLiteral("segment"), QStringLiteral("A segment's hours a visit, e.g. Enterprise=3"),
                      QStringLiteral("name=hours")});
    parser.addOption(
        {QStringLiteral("remove-tier"), QStringLiteral("Drop a tier from the rule"), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("remove-segment"), QStringLiteral("Drop a segment from the rule"), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("other-visits"), QStringLiteral("Visits a year of tiers not listed"), QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("other-hours"), QStringLiteral("Hours a visit of segments not listed"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("no-apply"), QStringLiteral("set: change the rule for later imports only")});
    int exitCode = Ok;
    const QString usage = QString::fromLatin1(workloadRuleUsage);
    if (!CliSupport::parse(parser, args, usage, 2, 2, out, err, &exitCode)) return exitCode;
    const QString action = parser.positionalArguments().at(0);
    if (action != QLatin1String("show") && action != QLatin1String("set") && action != QLatin1String("apply")) {
        err << "territory workload-rule: the action must be show, set or apply\n" << usage << "\n";
        return UsageError;
    }
    const bool changes = parser.isSet(QStringLiteral("tier")) || parser.isSet(QStringLiteral("segment"))
                         || parser.isSet(QStringLiteral("remove-tier"))
                         || parser.isSet(QStringLiteral("remove-segment"))
                         || parser.isSet(QStringLiteral("other-visits")) || parser.isSet(QStringLiteral("other-hours"));
    if (action != QLatin1String("set") && (changes || parser.isSet(QStringLiteral("no-apply")))) {
        err << "territory workload-rule: only set takes --tier, --segment, --remove-*, --other-* and --no-apply\n";
        return UsageError;
    }
    if (action == QLatin1String("set") && !changes) {
        err << "territory workload-rule: set needs at least one of --tier, --segment, --remove-tier, --remove-segment, "
               "--other-visits, --other-hours\n";
        return UsageError;
    }
    auto session = CliSupport::openSession(name(), parser.positionalArguments().at(1), err);
    if (!session) return Failure;
    if (action == QLatin1String("show")) {
        print(session->project(), out);
        return Ok;
    }
    QString error;
    for (int retries = 0;;) {
        WorkloadRule rule = session->project().workloadRule;
        for (const QString& t : parser.values(QStringLiteral("tier")))
            if (!setEntry(t, &rule.tiers)) {
                err << "territory workload-rule: --tier '" << t
                    << "' is not NAME=VISITS with a number of zero or more\n";
                return UsageError;
            }
        for (const QString& s : parser.values(QStringLiteral("segment")))
            if (!setEntry(s, &rule.segments)) {
                err << "territory workload-rule: --segment '" << s
                    << "' is not NAME=HOURS with a number of zero or more\n";
                return UsageError;
            }
        for (const QString& t : parser.values(QStringLiteral("remove-tier")))
            if (!removeEntry(t, &rule.tiers)) {
                err << "territory workload-rule: the rule has no tier '" << t << "'\n";
                return Failure;
            }
        for (const QString& s : parser.values(QStringLiteral("remove-segment")))
            if (!removeEntry(s, &rule.segments)) {
                err << "territory workload-rule: the rule has no segment '" << s << "'\n";
                return Failure;
            }
        for (const auto& [option, target] :
             {std::pair{"other-visits", &rule.otherVisits}, std::pair{"other-hours", &rule.otherHours}}) {
            if (!parser.isSet(QString::fromLatin1(option))) continue;
            if (!number(parser.value(QString::fromLatin1(option)), target)) {
                err << "territory workload-rule: --" << option << " must be a number of zero or more\n";
                return UsageError;
            }
        }
        const int before = WorkloadSource::of(session->project()).fromRule;
        session::EditFacade facade(*session);
        const bool reapply = !parser.isSet(QStringLiteral("no-apply"));
        const QUndoStack* stack = facade.stack();
        const int steps = stack->count();
        if (facade.setWorkloadRule(rule, reapply, &error)) {
            out << (stack->count() > steps ? stack->text(stack->count() - 1) : QStringLiteral("Nothing to change"))
                << "\n";
            if (reapply) out << "accounts that take their workload from the rule: " << before << "\n";
            break;
        }
        if (!CliSupport::reopenIfChanged(session, &retries, err, &error)) {
            err << "territory workload-rule: " << error << "\n";
            return Failure;
        }
    }
    return Ok;
}

} // namespace tp::cli
