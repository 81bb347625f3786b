#include "optimizecommand.h"

#include "clisupport.h"

#include "optimize/optimizerreport.h"
#include "optimize/territoryoptimizer.h"
#include "session/optimizationwriter.h"
#include "session/projectsession.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <atomic>
#include <cstdio>
#include <unistd.h>

namespace tp::cli {
namespace {

const char* const optimizeUsage =
    "usage: territory optimize PROJECT [--scenario S] [--team T] [--mode rebalance|build|fill] [--territories N]\n"
    "       [--measure NAME[:WEIGHT[:TOLERANCE%]]]... [--max-moved P%] [--max-moved-revenue P%]\n"
    "       [--compactness border|travel] [--only T1,T2 | --region R] [--keep-regions] [--by-capacity]\n"
    "       [--time-limit S] [--seed N] [--into SCENARIO | --name NAME] [--format table|json]";

QString uniqueName(const Project& p, const QString& base) {
    QSet<QString> names;
    for (const Scenario& s : p.scenarios) names.insert(s.name.toLower());
    QString name = base;
    for (int i = 2; names.contains(name.toLower()); ++i) name = QStringLiteral("%1 (%2)").arg(base).arg(i);
    return name;
}

} // namespace

int OptimizeCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary()
                                     + QStringLiteral(".\nThe result is written as a new draft scenario (or into "
                                                      "--into); the project's current scenario does not change.\n"
                                                      "Exit codes: 0 every territory inside its band, 4 written but "
                                                      "some territory outside its band, 1 failed, 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addOption(CliSupport::teamOption());
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("Starting scenario (default: the current one)"),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("mode"), QStringLiteral("rebalance (default), build or fill"),
                      QStringLiteral("mode"), QStringLiteral("rebalance")});
    parser.addOption({QStringLiteral("territories"),
                      QStringLiteral("build: number of territories (default: as many as now)"), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("measure"),
         QStringLiteral(
             "Measure to balance, with weight and tolerance, e.g. workload:1:5% (repeatable; default workload:1:5%)"),
         QStringLiteral("NAME[:W[:T%]]")});
    parser.addOption({QStringLiteral("max-moved"), QStringLiteral("Move at most this share of the accounts, e.g. 10%"),
                      QStringLiteral("P%")});
    parser.addOption({QStringLiteral("max-moved-revenue"), QStringLiteral("Move at most this share of the revenue"),
                      QStringLiteral("P%")});
    parser.addOption({QStringLiteral("compactness"), QStringLiteral("border (default) or travel"),
                      QStringLiteral("kind"), QStringLiteral("border")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Only these territories (ids or names, comma-separated)"),
                      QStringLiteral("T1,T2")});
    parser.addOption({QStringLiteral("region"), QStringLiteral("Only the territories of this region or district"),
                      QStringLiteral("R")});
    parser.addOption({QStringLiteral("keep-regions"), QStringLiteral("No unit leaves its region")});
    parser.addOption({QStringLiteral("by-capacity"),
                      QStringLiteral("Targets proportional to each rep's capacity instead of the mean")});
    parser.addOption({QStringLiteral("time-limit"), QStringLiteral("Seconds (default 30)"), QStringLiteral("S"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("seed"),
                      QStringLiteral("Random seed (default 1): the same seed gives the same plan"), QStringLiteral("N"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("into"), QStringLiteral("Write into this existing scenario instead of a new one"),
                      QStringLiteral("SCENARIO")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Name of the new scenario"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("table (default) or json"), QStringLiteral("format"),
                      QStringLiteral("table")});
    const QString usage = QString::fromLatin1(optimizeUsage);
    int exitCode = Ok;
    if (!CliSupport::parse(parser, args, usage, 1, 1, out, err, &exitCode)) return exitCode;
    auto usageError = [&](const QString& message) {
        err << "territory optimize: " << message << "\n" << usage << "\n";
        return UsageError;
    };

    using optimize::OptimizerOptions;
    OptimizerOptions options;
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == QLatin1String("rebalance"))
        options.mode = OptimizerOptions::Mode::Rebalance;
    else if (mode == QLatin1String("build"))
        options.mode = OptimizerOptions::Mode::Build;
    else if (mode == QLatin1String("fill"))
        options.mode = OptimizerOptions::Mode::Fill;
    else
        return usageError(QStringLiteral("--mode is rebalance, build or fill"));
    bool ok = true;
    if (parser.isSet(QStringLiteral("territories"))) {
        options.territoryCount = parser.value(QStringLiteral("territories")).toInt(&ok);
        if (!ok || options.territoryCount < 1)
            return usageError(QStringLiteral("--territories takes a whole number of at least 1"));
        if (options.mode != OptimizerOptions::Mode::Build)
            return usageError(QStringLiteral("--territories goes with --mode build"));
    }
    if (parser.isSet(QStringLiteral("max-moved"))
        && !CliSupport::percentValue(parser.value(QStringLiteral("max-moved")), &options.maxMovedAccountsPct))
        return usageError(QStringLiteral("--max-moved takes a percentage between 0 and 100, e.g. 10%"));
    if (parser.isSet(QStringLiteral("max-moved-revenue"))
        && !CliSupport::percentValue(parser.value(QStringLiteral("max-moved-revenue")), &options.maxMovedRevenuePct))
        return usageError(QStringLiteral("--max-moved-revenue takes a percentage between 0 and 100"));
    const QString compactness = parser.value(QStringLiteral("compactness"));
    if (compactness == QLatin1String("travel"))
        options.compactness = OptimizerOptions::Compactness::Travel;
    else if (compactness != QLatin1String("border"))
        return usageError(QStringLiteral("--compactness is border or travel"));
    options.timeLimitS = parser.value(QStringLiteral("time-limit")).toDouble(&ok);
    if (!ok || options.timeLimitS <= 0)
        return usageError(QStringLiteral("--time-limit takes a positive number of seconds"));
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) return usageError(QStringLiteral("--seed takes a whole number"));
    if (parser.isSet(QStringLiteral("only")) && parser.isSet(QStringLiteral("region")))
        return usageError(QStringLiteral("--only and --region exclude each other"));
    if (parser.isSet(QStringLiteral("into")) && parser.isSet(QStringLiteral("name")))
        return usageError(QStringLiteral("--into and --name exclude each other"));
    options.keepRegions = parser.isSet(QStringLiteral("keep-regions"));
    options.targetsByCapacity = parser.isSet(QStringLiteral("by-capacity"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(QStringLiteral("--format is table or json"));

    auto session = CliSupport::openSession(name(), parser.positionalArguments().constFirst(), err);
    if (!session) return Failure;
    if (!CliSupport::selectTeam(*session, parser.value(QStringLiteral("team")), name(), err)) return Failure;
    Project& project = session->project();
    const Scenario* start = CliSupport::findScenario(project, parser.value(QStringLiteral("scenario")), name(), err);
    if (!start) return Failure;
    const qint64 startId = start->id;

    options.catalogue = MeasureDefinition::defaultsFor(project);
    for (const QString& spec : parser.values(QStringLiteral("measure"))) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        optimize::OptimizerMeasure m;
        m.measure = CliSupport::findMeasure(options.catalogue, parts.value(0));
        if (m.measure < 0) {
            QStringList known;
            for (const MeasureDefinition& d : options.catalogue) known << d.name;
            err << "territory optimize: no measure '" << parts.value(0)
                << "'; known: " << known.join(QStringLiteral(", ")) << "\n";
            return UsageError;
        }
        if (parts.size() > 1) m.weight = parts[1].toDouble(&ok);
        if (!ok || !(m.weight > 0))
            return usageError(QStringLiteral("a measure's weight is a positive number: %1").arg(spec));
        if (parts.size() > 2 && !CliSupport::percentValue(parts[2], &m.tolerancePct))
            return usageError(QStringLiteral("a measure's tolerance is a percentage: %1").arg(spec));
        if (parts.size() > 3)
            return usageError(QStringLiteral("--measure is NAME[:WEIGHT[:TOLERANCE%]]: %1").arg(spec));
        options.measures.push_back(m);
    }
    if (parser.isSet(QStringLiteral("only"))) {
        for (const QString& wanted : parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const Territory* t = CliSupport::findTerritory(project, *start, wanted.trimmed(), name(), err);
            if (!t) return Failure;
            options.onlyTerritories.push_back(t->id);
        }
    }
    if (parser.isSet(QStringLiteral("region"))) {
        const QString wanted = parser.value(QStringLiteral("region"));
        for (const Territory* t : project.territoriesOf(startId))
            if (t->level != Territory::Level::Territory
                && (QString::number(t->id) == wanted || t->name.compare(wanted, Qt::CaseInsensitive) == 0))
                options.regionId = t->id;
        if (!options.regionId) {
            err << "territory optimize: no region or district '" << wanted << "' in scenario '" << start->name << "'\n";
            return Failure;
        }
    }
    qint64 intoId = 0;
    if (parser.isSet(QStringLiteral("into"))) {
        const Scenario* into = CliSupport::findScenario(project, parser.value(QStringLiteral("into")), name(), err);
        if (!into) return Failure;
        intoId = into->id;
    }

    const bool terminal = isatty(fileno(stderr));
    if (terminal)
        options.progress = [&err](const optimize::OptimizerProgress& p) {
            err << "\r" << QStringLiteral("%1 s  ").arg(p.seconds, 0, 'f', 1)
                << optimize::OptimizerReport::progressLine(*p.best, {}) << "   ";
            err.flush();
        };
    const optimize::OptimizerResult result = optimize::TerritoryOptimizer::run(project, *start, options);
    if (terminal) err << "\n";
    if (!result.ok) {
        err << "territory optimize: " << result.error << "\n";
        return Failure;
    }
    QString error;
    QString writtenTo;
    if (intoId) {
        if (!session::OptimizationWriter::writeInto(*session, startId, intoId, result, &error)) {
            err << "territory optimize: " << error << "\n";
            return Failure;
        }
        writtenTo = project.scenario(intoId)->name;
    } else {
        const QString base = parser.isSet(QStringLiteral("name"))
                                 ? parser.value(QStringLiteral("name"))
                                 : QStringLiteral("%1 (optimised: %2)")
                                       .arg(start->name, optimize::OptimizerReport::modeName(options.mode));
        const QString scenarioName = parser.isSet(QStringLiteral("name")) ? base : uniqueName(project, base);
        const qint64 id = session::OptimizationWriter::writeScenario(
            *session, startId, result, scenarioName, optimize::OptimizerReport::notes(result, options), &error);
        if (!id) {
            err << "territory optimize: " << error << "\n";
            return Failure;
        }
        writtenTo = project.scenario(id)->name;
    }
    if (format == QLatin1String("json")) {
        QJsonObject o = optimize::OptimizerReport::json(result, options);
        o.insert(QStringLiteral("scenario"), writtenTo);
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out << QStringLiteral("%1 — %2 of %3\n")
                   .arg(project.title, optimize::OptimizerReport::modeName(options.mode),
                        project.scenario(startId)->name);
        out << optimize::OptimizerReport::table(result);
        out << QStringLiteral("Written to scenario \"%1\"%2.\n")
                   .arg(writtenTo,
                        result.allInBand ? QString() : QStringLiteral(" (not every territory is inside its band)"));
    }
    return result.allInBand ? Ok : OutOfBand;
}

} // namespace tp::cli
