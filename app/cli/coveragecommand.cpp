#include "coveragecommand.h"

#include "clisupport.h"

#include "model/teamcoverage.h"
#include "session/projectsession.h"

namespace tp::cli {

int CoverageCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary()
        + QStringLiteral(".\nusage: territory coverage PROJECT [--scenario S] [--limit N]\n"
                         "Exit codes: 0 every account has exactly one primary team, 1 gaps or double coverage "
                         "found (or failed), 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addOption({QStringLiteral("scenario"),
                      QStringLiteral("Scenario for the unassigned counts (default: current)"),
                      QStringLiteral("scenario")});
    parser.addOption({QStringLiteral("limit"),
                      QStringLiteral("List at most N accounts of each kind (default 50, 0: all)"), QStringLiteral("N"),
                      QStringLiteral("50")});
    const QString usage = QStringLiteral("usage: territory coverage PROJECT [--scenario S] [--limit N]");
    int exitCode = Ok;
    if (!CliSupport::parse(parser, args, usage, 1, 1, out, err, &exitCode)) return exitCode;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0) {
        err << "territory coverage: --limit must be a number of zero or more\n";
        return UsageError;
    }
    auto session = CliSupport::openSession(name(), parser.positionalArguments().constFirst(), err);
    if (!session) return Failure;
    const Project& p = session->project();
    const Scenario* scenario = CliSupport::findScenario(p, parser.value(QStringLiteral("scenario")), name(), err);
    if (!scenario && !p.scenarios.empty()) return Failure;
    const TeamCoverage coverage = TeamCoverage::compute(p, scenario ? scenario->id : 0);

    out << "team                      kind     accounts  unassigned\n";
    for (std::size_t i = 0; i < p.teams.size(); ++i)
        out << p.teams[i].name.leftJustified(26) << Team::kindName(p.teams[i].kind).leftJustified(9)
            << QString::number(coverage.teams[i].covered).rightJustified(8) << "  "
            << QString::number(coverage.teams[i].unassigned).rightJustified(10) << "\n";
    out << "\naccounts: " << p.accounts.size() << "; covered by no primary team: " << coverage.uncovered.size()
        << "; covered by two or more primary teams: " << coverage.doubled.size() << "\n";
    auto describe = [&](int index) {
        const Account& a = p.accounts[std::size_t(index)];
        return QStringLiteral("%1  %2  (%3, %4, tier %5)")
            .arg(a.externalId, a.name, a.segment.isEmpty() ? QStringLiteral("no segment") : a.segment.str(),
                 a.industry.isEmpty() ? QStringLiteral("no industry") : a.industry.str(), a.tier.str());
    };
    if (!coverage.uncovered.empty()) {
        out << "\nno primary team:\n";
        for (std::size_t i = 0; i < coverage.uncovered.size() && (limit == 0 || int(i) < limit); ++i)
            out << "  " << describe(coverage.uncovered[i]) << "\n";
        if (limit > 0 && int(coverage.uncovered.size()) > limit)
            out << "  ... and " << coverage.uncovered.size() - std::size_t(limit) << " more\n";
    }
    if (!coverage.doubled.empty()) {
        out << "\ntwo or more primary teams:\n";
        for (std::size_t i = 0; i < coverage.doubled.size() && (limit == 0 || int(i) < limit); ++i) {
            QStringList teams;
            for (qint64 id : coverage.doubled[i].teamIds) teams << p.team(id)->name;
            out << "  " << describe(coverage.doubled[i].account) << ": " << teams.join(QStringLiteral(", ")) << "\n";
        }
        if (limit > 0 && int(coverage.doubled.size()) > limit)
            out << "  ... and " << coverage.doubled.size() - std::size_t(limit) << " more\n";
    }
    return coverage.isClean() ? Ok : Failure;
}

} // namespace tp::cli
