#include "exportcommand.h"

#include "clisupport.h"
#include "terminalprogress.h"

#include "io/export/exportrunner.h"
#include "io/export/exportsource.h"
#include "io/import/datapaths.h"
#include "session/projectsession.h"

#include "model/thematicmap.h"

#include <QLocale>

#include <QCommandLineParser>
#include <QFileInfo>

#include <memory>

namespace tp::cli {
namespace {

// The requested format (aliases allowed), else OUT's suffix, else the kind's default; empty when
// the kind cannot be written in the requested format.
QString formatFor(const QString& kind, const QString& requested, const QString& out) {
    QString format = requested.toLower();
    if (format == QLatin1String("shapefile")) format = QStringLiteral("shp");
    if (format == QLatin1String("json")) format = QStringLiteral("geojson");
    if (format.isEmpty()) return io::ExportRunner::formatFor(kind, out);
    return io::ExportRunner::formats(kind).contains(format) ? format : QString();
}

} // namespace

int ExportCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary()
        + QStringLiteral(
            ".\n\nKIND and its formats (the first is the default; OUT's suffix chooses otherwise):\n"
            "  accounts    xlsx|csv   one row per account: territory, region, rep, previous territory/rep\n"
            "                         (baseline), changed, measures; xlsx adds one sheet per rep\n"
            "  crm         csv        external_id,owner for a CRM owner update\n"
            "  changes     xlsx|csv   accounts that change owner, grouped by losing and gaining rep\n"
            "  summary     xlsx|csv   one row per territory with every metric, and the totals\n"
            "  boundaries  gpkg|geojson|shp|kml  territory polygons dissolved from units, with metrics\n"
            "  units       gpkg|geojson|shp|kml  units with their territory, region and rep\n"
            "  report      pdf        map page, optional thematic page, summary table, optional page per territory\n"
            "  reps        xlsx|csv   the rep roster with the territories each owns (imports again)\n\n"
            "The baseline (what 'previous' and 'changed' refer to) defaults to the plan of record,\n"
            "or the scenario's parent when the scenario is the plan of record.\n"
            "Sheet cells starting with = + - @ are prefixed with ' so spreadsheets do not run them.\n"
            "Exit codes: 0 done, 1 failed, 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addPositionalArgument(QStringLiteral("kind"),
                                 QStringLiteral("accounts, crm, changes, summary, boundaries, units, report or reps"));
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("File to write (replaced if it exists)"));
    parser.addOption(CliSupport::teamOption());
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("Scenario id or name (default: the current one)"),
                      QStringLiteral("scenario")});
    parser.addOption({QStringLiteral("baseline"), QStringLiteral("Scenario to compare with, or 'none'"),
                      QStringLiteral("scenario")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output format (see above)"), QStringLiteral("format")});
    parser.addOption({QStringLiteral("per-territory-pages"),
                      QStringLiteral("report: add a page per territory with its map and accounts")});
    parser.addOption({QStringLiteral("title"), QStringLiteral("report: title (default: project — scenario)"),
                      QStringLiteral("title")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("report: a4 (default) or letter"), QStringLiteral("size"),
                      QStringLiteral("a4")});
    parser.addOption({QStringLiteral("tolerance"),
                      QStringLiteral("report: the balance band, ±PCT % around the target (default 10)"),
                      QStringLiteral("pct"), QStringLiteral("10")});
    parser.addOption(
        {QStringLiteral("theme"),
         QStringLiteral(
             "report: add a thematic page, FIGURE[:METHOD[:CLASSES[:RAMP]]]: FIGURE a measure (accounts, potential,\n"
             "revenue, pipeline, workload or an extra column), density:MEASURE (per km²), penetration,\n"
             "coverage or change:MEASURE (against the baseline); METHOD quantiles (default), jenks or equal;\n"
             "CLASSES 3-9 (5); RAMP YlGnBu (default), Oranges, Purples, RdBu or PuOr (changes: RdBu)"),
         QStringLiteral("spec")});
    const QString usage =
        QStringLiteral("usage: territory export PROJECT accounts|crm|changes|summary|boundaries|units|report|reps OUT\n"
                       "                        [--scenario S] [--team T] [--baseline S|none] [--format F] "
                       "[--per-territory-pages] [--title T] [--page a4|letter] [--tolerance PCT]\n"
                       "                        [--theme FIGURE[:METHOD[:CLASSES[:RAMP]]]]");
    int exitCode = Ok;
    if (!CliSupport::parse(parser, args, usage, 3, 3, out, err, &exitCode)) return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString kind = positional[1].toLower();
    const QString outPath = positional[2];
    if (io::ExportRunner::formats(kind).isEmpty()) {
        err << "territory export: unknown kind '" << positional[1] << "'\n" << usage << "\n";
        return UsageError;
    }
    const QString format = formatFor(kind, parser.value(QStringLiteral("format")), outPath);
    if (format.isEmpty()) {
        err << "territory export: " << kind << " can be written as "
            << io::ExportRunner::formats(kind).join(QStringLiteral(", ")) << ", not '"
            << parser.value(QStringLiteral("format")) << "'\n"
            << usage << "\n";
        return UsageError;
    }
    const QString page = parser.value(QStringLiteral("page")).toLower();
    if (page != QLatin1String("a4") && page != QLatin1String("letter")) {
        err << usage << "\n";
        return UsageError;
    }
    double tolerance = 10.0;
    if (!CliSupport::percentValue(parser.value(QStringLiteral("tolerance")), &tolerance) || tolerance <= 0) {
        err << "territory export: --tolerance is a percentage above 0 and up to 100, e.g. 5 or 5%\n" << usage << "\n";
        return UsageError;
    }
    // File identity, not path text: a link to the project or another spelling of its name counts.
    const io::OutputGuard guard(positional[0]);
    if (const QString problem = guard.problem(outPath); !problem.isEmpty()) {
        err << "territory export: OUT must not be the project file: " << problem << "\n";
        return UsageError;
    }

    auto session = CliSupport::openSession(name(), positional[0], err);
    if (!session) return Failure;
    if (!CliSupport::selectTeam(*session, parser.value(QStringLiteral("team")), name(), err)) return Failure;
    const Project& project = session->project();
    const Scenario* scenario = CliSupport::findScenario(project, parser.value(QStringLiteral("scenario")), name(), err);
    if (!scenario) return Failure;
    qint64 baseline = io::ExportSource::defaultBaseline(project, scenario->id);
    if (parser.isSet(QStringLiteral("baseline"))) {
        const QString wanted = parser.value(QStringLiteral("baseline"));
        if (wanted.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            baseline = 0;
        } else {
            const Scenario* b = CliSupport::findScenario(project, wanted, name(), err);
            if (!b) return Failure;
            baseline = b->id;
        }
    }
    session->metrics().recompute(scenario->id);
    io::ExportSource source(project, session->metrics(), baseline, guard);
    auto progress = std::make_unique<TerminalProgress>();
    progress->progress().step(QStringLiteral("Writing %1…").arg(QFileInfo(outPath).fileName()));
    source.setProgress(progress->progress());

    QString error;
    QStringList warnings;
    io::ReportOptions options;
    options.title = parser.value(QStringLiteral("title"));
    options.territoryPages = parser.isSet(QStringLiteral("per-territory-pages"));
    options.pageSize = page == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    options.baseMapPath = io::DataPaths::basemapPath(); // the report's maps show the bundled base map
    options.tolerancePct = tolerance;
    if (parser.isSet(QStringLiteral("theme"))) {
        ThematicMap::Options theme;
        if (kind != QLatin1String("report")) {
            err << "territory export: --theme is for the report only\n" << usage << "\n";
            return UsageError;
        }
        if (!ThematicMap::Options::parse(parser.value(QStringLiteral("theme")), session->metrics().measures(), &theme,
                                         &error)) {
            err << "territory export: --theme: " << error << "\n" << usage << "\n";
            return UsageError;
        }
        theme.figure.baseScenario = baseline;
        if (theme.figure.kind == UnitThemeValues::Kind::Change && !baseline) {
            err << "territory export: --theme change: needs a baseline scenario to compare with (--baseline)\n";
            return UsageError;
        }
        options.theme = ThematicMap::build(project, session->metrics(), theme, QLocale::c());
    }
    const bool ok = io::ExportRunner::run(source, kind, format, outPath, options, &error, &warnings);
    progress.reset(); // the progress line goes before any message
    for (const QString& w : warnings) err << "territory export: warning: " << w << "\n";
    if (!ok) {
        err << "territory export: " << error << "\n";
        return Failure;
    }
    const Scenario* base = project.scenario(baseline);
    out << "Wrote " << kind << " (" << format << ") of scenario '" << scenario->name << "'";
    if (base && (kind == QLatin1String("accounts") || kind == QLatin1String("changes")))
        out << " against '" << base->name << "'";
    out << " to " << outPath << "\n";
    return Ok;
}

} // namespace tp::cli
