#include "whitespacecommand.h"

#include "clisupport.h"

#include "model/metricsengine.h"
#include "model/metricstable.h"
#include "model/whitespacefinder.h"
#include "session/projectsession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tp::cli {
namespace {

const char* const whiteSpaceUsage =
    "usage: territory whitespace PROJECT [--scenario S] [--measure M] [--top N] [--min-penetration X]\n"
    "       [--max-distance KM] [--level units|regions] [--format table|csv|json]";

using Row = WhiteSpaceFinder::Row;

// "0.15", "15%" or "15 %" -> 0.15.
bool fractionValue(QString text, double* out) {
    text = text.trimmed();
    const bool percent = text.endsWith(QLatin1Char('%'));
    if (percent) text.chop(1);
    bool ok = false;
    double v = text.trimmed().toDouble(&ok);
    if (percent) v /= 100.0;
    *out = v;
    return ok && v >= 0.0 && v <= 1.0;
}

QJsonValue number(double v) {
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}
QString fixed(double v, int decimals) {
    return std::isnan(v) ? QString() : QString::number(v, 'f', decimals);
}

struct Column {
    QString key;    // CSV / JSON
    QString header; // table
    bool number = true;
    std::function<QString(const Row&)> text; // table cell
    std::function<QString(const Row&)> csv;  // CSV cell
    std::function<QJsonValue(const Row&)> json;
};

std::vector<Column> columnsFor(bool regions, const QString& measureName, const QString& regionName) {
    std::vector<Column> c;
    auto text = [](std::function<QString(const Row&)> f) { return f; };
    if (regions) {
        c.push_back({QStringLiteral("region"), regionName, false, text([](const Row& r) { return r.code; }),
                     [](const Row& r) { return CliSupport::csvField(r.code); },
                     [](const Row& r) { return QJsonValue(r.code); }});
        c.push_back({QStringLiteral("units"), QStringLiteral("Units"), true,
                     [](const Row& r) { return QString::number(r.units); },
                     [](const Row& r) { return QString::number(r.units); },
                     [](const Row& r) { return QJsonValue(r.units); }});
    } else {
        c.push_back({QStringLiteral("unit_code"), QStringLiteral("Unit"), false, [](const Row& r) { return r.code; },
                     [](const Row& r) { return CliSupport::csvField(r.code); },
                     [](const Row& r) { return QJsonValue(r.code); }});
        c.push_back({QStringLiteral("unit_name"), QStringLiteral("Name"), false, [](const Row& r) { return r.name; },
                     [](const Row& r) { return CliSupport::csvField(r.name); },
                     [](const Row& r) { return QJsonValue(r.name); }});
        c.push_back({QStringLiteral("region"), regionName, false, [](const Row& r) { return r.region; },
                     [](const Row& r) { return CliSupport::csvField(r.region); },
                     [](const Row& r) { return QJsonValue(r.region); }});
    }
    c.push_back({QStringLiteral("reasons"), QStringLiteral("Reasons"), false,
                 [](const Row& r) { return WhiteSpaceFinder::reasonText(r.reasons); },
                 [](const Row& r) { return WhiteSpaceFinder::reasonKeys(r.reasons); },
                 [](const Row& r) {
                     return QJsonValue(
                         QJsonArray::fromStringList(WhiteSpaceFinder::reasonKeys(r.reasons).split(QLatin1Char('|'))));
                 }});
    c.push_back({QStringLiteral("value"), measureName, true,
                 [](const Row& r) { return MetricsTable::formatNumber(r.value, 0); },
                 [](const Row& r) { return fixed(r.value, 2); }, [](const Row& r) { return number(r.value); }});
    c.push_back({QStringLiteral("revenue_potential"), QStringLiteral("Potential"), true,
                 [](const Row& r) { return MetricsTable::formatMoney(r.potential); },
                 [](const Row& r) { return fixed(r.potential, 2); }, [](const Row& r) { return number(r.potential); }});
    c.push_back({QStringLiteral("revenue"), QStringLiteral("Revenue"), true,
                 [](const Row& r) { return MetricsTable::formatMoney(r.revenue); },
                 [](const Row& r) { return fixed(r.revenue, 2); }, [](const Row& r) { return number(r.revenue); }});
    c.push_back({QStringLiteral("penetration"), QStringLiteral("Penetration %"), true,
                 [](const Row& r) { return MetricsTable::formatNumber(r.penetration * 100.0, 1); },
                 [](const Row& r) { return fixed(r.penetration, 6); },
                 [](const Row& r) { return number(r.penetration); }});
    c.push_back({QStringLiteral("accounts"), QStringLiteral("Accounts"), true,
                 [](const Row& r) { return QString::number(r.accounts); },
                 [](const Row& r) { return QString::number(r.accounts); },
                 [](const Row& r) { return QJsonValue(r.accounts); }});
    if (!regions) {
        c.push_back({QStringLiteral("territory_id"), QStringLiteral("Territory id"), true,
                     [](const Row& r) { return r.territoryId ? QString::number(r.territoryId) : QStringLiteral("—"); },
                     [](const Row& r) { return r.territoryId ? QString::number(r.territoryId) : QString(); },
                     [](const Row& r) { return r.territoryId ? QJsonValue(r.territoryId) : QJsonValue(); }});
        c.push_back({QStringLiteral("territory"), QStringLiteral("Territory"), false,
                     [](const Row& r) { return r.territory; },
                     [](const Row& r) { return CliSupport::csvField(r.territory); },
                     [](const Row& r) { return QJsonValue(r.territory); }});
        c.push_back({QStringLiteral("rep"), QStringLiteral("Rep"), false, [](const Row& r) { return r.rep; },
                     [](const Row& r) { return CliSupport::csvField(r.rep); },
                     [](const Row& r) { return QJsonValue(r.rep); }});
    }
    c.push_back({regions ? QStringLiteral("max_distance_km") : QStringLiteral("distance_km"),
                 regions ? QStringLiteral("Max. km to rep") : QStringLiteral("km to rep"), true,
                 [](const Row& r) { return MetricsTable::formatNumber(r.distanceKm, 0); },
                 [](const Row& r) { return fixed(r.distanceKm, 3); },
                 [](const Row& r) { return number(r.distanceKm); }});
    return c;
}

void printTable(const std::vector<Row>& rows, const std::vector<Column>& columns, const QString& title,
                QTextStream& out) {
    std::vector<int> widths;
    for (const Column& c : columns) {
        int w = int(c.header.size());
        for (const Row& r : rows) w = std::max(w, int(c.text(r).size()));
        widths.push_back(w);
    }
    const int rankWidth = std::max(1, int(QString::number(rows.size()).size()));
    auto line = [&](const QString& rank, auto cell) {
        QStringList parts{rank.rightJustified(rankWidth)};
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const QString t = cell(i);
            parts << (columns[i].number ? t.rightJustified(widths[i]) : t.leftJustified(widths[i]));
        }
        out << parts.join(QStringLiteral("  ")).trimmed() << "\n";
    };
    out << title << "\n";
    line(QStringLiteral("#"), [&](std::size_t i) { return columns[i].header; });
    int total = rankWidth;
    for (int w : widths) total += w + 2;
    out << QString(total, QLatin1Char('-')) << "\n";
    for (std::size_t r = 0; r < rows.size(); ++r)
        line(QString::number(r + 1), [&](std::size_t i) { return columns[i].text(rows[r]); });
    if (rows.empty()) out << "(none)\n";
}

} // namespace

int WhiteSpaceCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary()
        + QStringLiteral(".\nA unit is listed when its measure is positive and it is unassigned, or its penetration "
                         "(revenue / revenue\n"
                         "potential) is below --min-penetration, or its centroid is farther than --max-distance from "
                         "the home of the\n"
                         "rep who owns it. Regions (--level regions) sum the listed units of each county or state.\n"
                         "Exit codes: 0 done, 1 failed, 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("Scenario id or name (default: the current one)"),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("measure"), QStringLiteral("Measure to rank by (default: potential)"),
                      QStringLiteral("M"), QStringLiteral("potential")});
    parser.addOption({QStringLiteral("top"), QStringLiteral("Only the first N (default: all)"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("min-penetration"),
                      QStringLiteral("Penetration below this is low, e.g. 0.15 or 15% (default 15%; 0: no test)"),
                      QStringLiteral("X"), QStringLiteral("0.15")});
    parser.addOption({QStringLiteral("max-distance"),
                      QStringLiteral("Km from the rep's home beyond which a unit is far (default 500; 0: no test)"),
                      QStringLiteral("KM"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("level"), QStringLiteral("units (default) or regions"), QStringLiteral("level"),
                      QStringLiteral("units")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("table (default), csv or json"),
                      QStringLiteral("format"), QStringLiteral("table")});
    const QString usage = QString::fromLatin1(whiteSpaceUsage);
    int exitCode = Ok;
    if (!CliSupport::parse(parser, args, usage, 1, 1, out, err, &exitCode)) return exitCode;
    auto usageError = [&](const QString& message) {
        err << "territory whitespace: " << message << "\n" << usage << "\n";
        return UsageError;
    };

    WhiteSpaceFinder::Options options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("top"))) {
        options.top = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || options.top < 1) return usageError(QStringLiteral("--top takes a whole number of at least 1"));
    }
    if (!fractionValue(parser.value(QStringLiteral("min-penetration")), &options.minPenetration))
        return usageError(
            QStringLiteral("--min-penetration takes a share between 0 and 1 or a percentage, e.g. 0.15 or 15%"));
    options.maxDistanceKm = parser.value(QStringLiteral("max-distance")).trimmed().toDouble(&ok);
    if (!ok || !(options.maxDistanceKm >= 0) || std::isinf(options.maxDistanceKm))
        return usageError(QStringLiteral("--max-distance takes a number of kilometres (0: no distance test)"));
    const QString level = parser.value(QStringLiteral("level"));
    if (level == QLatin1String("regions"))
        options.level = WhiteSpaceFinder::Level::Regions;
    else if (level != QLatin1String("units"))
        return usageError(QStringLiteral("--level is units or regions"));
    const QString format = parser.value(QStringLiteral("format"));
    if (!QStringList{"table", "csv", "json"}.contains(format))
        return usageError(QStringLiteral("--format is table, csv or json"));

    auto session = CliSupport::openSession(name(), parser.positionalArguments().constFirst(), err);
    if (!session) return Failure;
    const Project& project = session->project();
    const Scenario* scenario = CliSupport::findScenario(project, parser.value(QStringLiteral("scenario")), name(), err);
    if (!scenario) return Failure;
    MetricsEngine& engine = session->metrics();
    options.measure = CliSupport::findMeasure(engine.measures(), parser.value(QStringLiteral("measure")));
    if (options.measure < 0) {
        QStringList known;
        for (const MeasureDefinition& d : engine.measures()) known << d.name;
        err << "territory whitespace: no measure '" << parser.value(QStringLiteral("measure"))
            << "'; known: " << known.join(QStringLiteral(", ")) << "\n";
        return UsageError;
    }
    engine.recompute(scenario->id);
    const WhiteSpaceFinder finder(project);
    const bool regions = options.level == WhiteSpaceFinder::Level::Regions;
    if (regions && finder.regionKind() == WhiteSpaceFinder::RegionKind::None) {
        err << "territory whitespace: the units carry no county, state or region code: no regions to list\n";
        return Failure;
    }
    const std::vector<Row> rows = finder.find(engine, options);
    const QString measureName = engine.measures()[std::size_t(options.measure)].name;
    QString regionName = WhiteSpaceFinder::regionKindName(finder.regionKind());
    if (!regionName.isEmpty()) regionName[0] = regionName[0].toUpper();
    if (regionName.isEmpty()) regionName = QStringLiteral("Region");
    const std::vector<Column> columns = columnsFor(regions, measureName, regionName);

    if (format == QLatin1String("csv")) {
        QStringList header{QStringLiteral("rank")};
        for (const Column& c : columns) header << c.key;
        out << header.join(QLatin1Char(',')) << "\n";
        for (std::size_t r = 0; r < rows.size(); ++r) {
            QStringList cells{QString::number(r + 1)};
            for (const Column& c : columns) cells << c.csv(rows[r]);
            out << cells.join(QLatin1Char(',')) << "\n";
        }
    } else if (format == QLatin1String("json")) {
        QJsonArray list;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            QJsonObject o{{QStringLiteral("rank"), qint64(r + 1)}};
            for (const Column& c : columns) o.insert(c.key, c.json(rows[r]));
            list.append(o);
        }
        QJsonObject doc{{QStringLiteral("scenario"), scenario->name},
                        {QStringLiteral("scenario_id"), scenario->id},
                        {QStringLiteral("measure"), measureName},
                        {QStringLiteral("level"), level},
                        {QStringLiteral("region_kind"), regions ? QJsonValue(regionName.toLower()) : QJsonValue()},
                        {QStringLiteral("min_penetration"), options.minPenetration},
                        {QStringLiteral("max_distance_km"), options.maxDistanceKm},
                        {QStringLiteral("rows"), list}};
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else {
        QStringList tests;
        if (options.minPenetration > 0)
            tests << QStringLiteral("penetration < %1 %").arg(options.minPenetration * 100.0, 0, 'g', 4);
        if (options.maxDistanceKm > 0)
            tests << QStringLiteral("> %1 km from the rep").arg(options.maxDistanceKm, 0, 'g', 6);
        tests.prepend(QStringLiteral("unassigned"));
        printTable(rows, columns,
                   QStringLiteral("%1 — %2: white space by %3 (%4)%5")
                       .arg(project.title, scenario->name, measureName.toLower(), tests.join(QStringLiteral(", ")),
                            regions ? QStringLiteral(", by %1").arg(regionName.toLower()) : QString()),
                   out);
    }
    return Ok;
}

} // namespace tp::cli
