#include "teamcommand.h"

#include "clisupport.h"

#include "model/teamcoverage.h"
#include "session/projectsession.h"
#include "session/teameditor.h"

#include <QHash>

namespace tp::cli {
namespace {

const char* const teamUsage =
    "usage: territory team list PROJECT [--scenario S]\n"
    "       territory team create PROJECT NAME [--kind primary|overlay] [--rule RULE]\n"
    "       territory team rule PROJECT TEAM [--kind primary|overlay] [--rule RULE] [--include EXT,...]\n"
    "                                        [--exclude EXT,...] [--clear-picks]\n"
    "       territory team rename PROJECT TEAM NAME\n"
    "       territory team delete PROJECT TEAM";

const char* const ruleHelp =
    "\nA RULE says which accounts a team covers: conditions on segment, industry, tier, postal_code,"
    " revenue_potential, revenue, pipeline, workload_hours or any imported column, joined all by and or"
    " all by or, e.g.\n"
    "  \"segment = Enterprise\"\n"
    "  \"segment in Mid-Market, SMB\"\n"
    "  \"industry = Healthcare and revenue_potential between 50000 and 1000000\"\n"
    "'all' (or an empty rule) covers every account. Text compares ignore case. --include and --exclude"
    " add or take out accounts by their external id, whatever the rule says (exclude wins).";

void list(const Project& p, const Scenario* scenario, QTextStream& out) {
    const TeamCoverage coverage = TeamCoverage::compute(p, scenario ? scenario->id : 0);
    out << "id  team                      kind     accounts  unassigned  territories  rule\n";
    for (std::size_t i = 0; i < p.teams.size(); ++i) {
        const Team& t = p.teams[i];
        int leaves = 0;
        if (scenario)
            for (const Territory* territory : p.territoriesOf(scenario->id, t.id))
                if (territory->level == Territory::Level::Territory) ++leaves;
        QString rule = t.rule.toText();
        if (!t.included.isEmpty()) rule += QStringLiteral(" +%1 by hand").arg(t.included.size());
        if (!t.excluded.isEmpty()) rule += QStringLiteral(" -%1 by hand").arg(t.excluded.size());
        out << QString::number(t.id).leftJustified(4) << t.name.leftJustified(26)
            << Team::kindName(t.kind).leftJustified(9) << QString::number(coverage.teams[i].covered).rightJustified(8)
            << "  " << QString::number(coverage.teams[i].unassigned).rightJustified(10) << "  "
            << QString::number(leaves).rightJustified(11) << "  " << rule << "\n";
    }
}

bool accountIds(const Project& p, const QStringList& values, QSet<qint64>* ids, QTextStream& err) {
    for (const QString& value : values)
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int index = p.accountIndexByExternalId(part.trimmed());
            if (index < 0) {
                err << "territory team: no account with external id '" << part.trimmed() << "'\n";
                return false;
            }
            ids->insert(p.accounts[std::size_t(index)].id);
        }
    return true;
}

} // namespace

int TeamCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + QStringLiteral(".\n") + QString::fromLatin1(teamUsage)
                                     + QString::fromLatin1(ruleHelp)
                                     + QStringLiteral("\nExit codes: 0 done, 1 refused or failed, 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, create, rule, rename or delete"));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addOption({QStringLiteral("kind"), QStringLiteral("primary (default) or overlay"), QStringLiteral("kind")});
    parser.addOption(
        {QStringLiteral("rule"), QStringLiteral("Which accounts the team covers (see above)"), QStringLiteral("rule")});
    parser.addOption({QStringLiteral("include"), QStringLiteral("Accounts (external ids) covered whatever the rule"),
                      QStringLiteral("ids")});
    parser.addOption(
        {QStringLiteral("exclude"), QStringLiteral("Accounts (external ids) never covered"), QStringLiteral("ids")});
    parser.addOption(
        {QStringLiteral("clear-picks"), QStringLiteral("rule: forget the accounts added or excluded by hand")});
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("list: scenario for the counts (default: current)"),
                      QStringLiteral("scenario")});
    const QString usage = QString::fromLatin1(teamUsage);
    int exitCode = Ok;
    if (!CliSupport::parse(parser, args, usage, 2, 4, out, err, &exitCode)) return exitCode;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos[0];
    const QHash<QString, int> arity{{QStringLiteral("list"), 2},
                                    {QStringLiteral("create"), 3},
                                    {QStringLiteral("rule"), 3},
                                    {QStringLiteral("rename"), 4},
                                    {QStringLiteral("delete"), 3}};
    if (!arity.contains(action) || arity.value(action) != pos.size()) {
        err << "territory team: " << (arity.contains(action) ? "wrong number of arguments" : "unknown action") << "\n"
            << usage << "\n";
        return UsageError;
    }
    const bool changesRule = parser.isSet(QStringLiteral("rule")) || parser.isSet(QStringLiteral("kind"))
                             || parser.isSet(QStringLiteral("include")) || parser.isSet(QStringLiteral("exclude"))
                             || parser.isSet(QStringLiteral("clear-picks"));
    if (action == QLatin1String("rule") && !changesRule) {
        err << "territory team: rule needs --rule, --kind, --include, --exclude or --clear-picks\n";
        return UsageError;
    }
    if ((action == QLatin1String("list") || action == QLatin1String("rename") || action == QLatin1String("delete"))
        && changesRule) {
        err << "territory team: only create and rule take --kind, --rule, --include, --exclude, --clear-picks\n";
        return UsageError;
    }
    Team::Kind kind = Team::Kind::Primary;
    if (parser.isSet(QStringLiteral("kind")) && !Team::kindFromName(parser.value(QStringLiteral("kind")), &kind)) {
        err << "territory team: --kind must be primary or overlay\n";
        return UsageError;
    }
    std::optional<AccountRule> rule;
    if (parser.isSet(QStringLiteral("rule"))) {
        QString ruleError;
        rule = AccountRule::parse(parser.value(QStringLiteral("rule")), &ruleError);
        if (!rule) {
            err << "territory team: --rule: " << ruleError << "\n";
            return UsageError;
        }
    }

    auto session = CliSupport::openSession(name(), pos[1], err);
    if (!session) return Failure;
    if (action == QLatin1String("list")) {
        const Scenario* scenario =
            CliSupport::findScenario(session->project(), parser.value(QStringLiteral("scenario")), name(), err);
        if (!scenario && !session->project().scenarios.empty()) return Failure;
        list(session->project(), scenario, out);
        return Ok;
    }
    QString error;
    for (int retries = 0;;) {
        Project& p = session->project();
        session::TeamEditor editor(*session);
        bool ok = false;
        if (action == QLatin1String("create")) {
            const qint64 id = editor.createTeam(pos[2], kind, rule.value_or(AccountRule{}), &error);
            ok = id != 0;
            if (ok) out << "Created team " << p.team(id)->name << " (" << id << ")\n";
        } else {
            const Team* team = p.findTeam(pos[2]);
            if (!team) {
                err << "territory team: no team '" << pos[2] << "' in this project\n";
                return Failure;
            }
            const qint64 id = team->id;
            const QString before = team->name;
            if (action == QLatin1String("rename")) {
                ok = editor.renameTeam(id, pos[3], &error);
                if (ok) out << "Team " << before << " renamed to " << p.team(id)->name << "\n";
            } else if (action == QLatin1String("delete")) {
                ok = editor.deleteTeam(id, &error);
                if (ok) out << "Deleted team " << before << " with its territories in every scenario\n";
            } else {
                QSet<qint64> included = parser.isSet(QStringLiteral("clear-picks")) ? QSet<qint64>() : team->included;
                QSet<qint64> excluded = parser.isSet(QStringLiteral("clear-picks")) ? QSet<qint64>() : team->excluded;
                QSet<qint64> add, remove;
                if (!accountIds(p, parser.values(QStringLiteral("include")), &add, err)
                    || !accountIds(p, parser.values(QStringLiteral("exclude")), &remove, err))
                    return Failure;
                for (qint64 a : add) excluded.remove(a);
                included.unite(add);
                for (qint64 a : remove) included.remove(a);
                excluded.unite(remove);
                ok = editor.setTeamRule(id, parser.isSet(QStringLiteral("kind")) ? kind : team->kind,
                                        rule.value_or(team->rule), included, excluded, &error);
                if (ok) {
                    const Team* t = p.team(id);
                    out << "Team " << t->name << " (" << Team::kindName(t->kind) << ") covers: " << t->rule.toText();
                    if (!t->included.isEmpty()) out << "; " << t->included.size() << " added by hand";
                    if (!t->excluded.isEmpty()) out << "; " << t->excluded.size() << " excluded by hand";
                    out << "\n";
                }
            }
        }
        if (ok) break;
        if (!CliSupport::reopenIfChanged(session, &retries, err, &error)) {
            err << "territory team: " << error << "\n";
            return Failure;
        }
    }
    return Ok;
}

} // namespace tp::cli
