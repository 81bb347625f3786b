#include "metricscommand.h"

#include "model/metricsengine.h"
#include "model/metricstable.h"
#include "clisupport.h"

#include "session/projectsession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tp::cli {
namespace {

void printTable(const MetricsTable& table, const QString& title, QTextStream& out) {
    std::vector<int> widths(MetricsTable::ColumnCount, 0);
    auto cell = [&](int row, int column) {
        return row < table.rowCount() ? table.text(row, column) : table.totalText(column);
    };
    for (int c = 0; c < MetricsTable::ColumnCount; ++c) {
        widths[std::size_t(c)] = int(MetricsTable::header(c).size());
        for (int r = 0; r <= table.rowCount(); ++r)
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], int(cell(r, c).size()));
    }
    auto line = [&](auto textOf) {
        QStringList parts;
        for (int c = 0; c < MetricsTable::ColumnCount; ++c) {
            const QString t = textOf(c);
            parts << (c <= MetricsTable::Rep ? t.leftJustified(widths[std::size_t(c)])
                                             : t.rightJustified(widths[std::size_t(c)]));
        }
        out << parts.join(QStringLiteral("  ")).trimmed() << "\n";
    };
    out << title << "\n";
    line([](int c) { return MetricsTable::header(c); });
    int total = 0;
    for (int w : widths) total += w + 2;
    out << QString(total - 2, QLatin1Char('-')) << "\n";
    for (int r = 0; r < table.rowCount(); ++r) line([&](int c) { return cell(r, c); });
    out << QString(total - 2, QLatin1Char('-')) << "\n";
    line([&](int c) { return cell(table.rowCount(), c); });
    out << table.balanceSummary() << "\n";
}

void printCsv(const MetricsTable& table, QTextStream& out) {
    QStringList header;
    for (int c = 0; c < MetricsTable::ColumnCount; ++c) header << MetricsTable::key(c);
    out << header.join(QLatin1Char(',')) << "\n";
    for (int r = 0; r < table.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < MetricsTable::ColumnCount; ++c) {
            const QVariant v = table.value(r, c);
            row << CliSupport::csvField(v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'f', 4)
                                                                        : v.toString());
        }
        out << row.join(QLatin1Char(',')) << "\n";
    }
}

void printJson(const MetricsTable& table, QTextStream& out) {
    QJsonArray rows;
    for (int r = 0; r < table.rowCount(); ++r) {
        QJsonObject o;
        o.insert(QStringLiteral("territory_id"), table.territoryId(r));
        for (int c = 0; c < MetricsTable::ColumnCount; ++c)
            o.insert(MetricsTable::key(c), QJsonValue::fromVariant(table.value(r, c)));
        rows.append(o);
    }
    out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace

int MetricsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + QStringLiteral(".\nExit codes: 0 done, 1 failed, 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addOption(CliSupport::teamOption());
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("Scenario id or name (default: the current one)"),
                      QStringLiteral("scenario")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("table (default), csv or json"),
                      QStringLiteral("format"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("rollup"),
                      QStringLiteral("Regions and districts (sums over their territories) instead of territories")});
    parser.addOption(
        {QStringLiteral("by-capacity"),
         QStringLiteral("Deviation against each territory's share by its rep's capacity (ramped over the first six "
                        "months) instead of the mean")});
    const QString usage = QStringLiteral(
        "usage: territory metrics FILE [--scenario ID|NAME] [--team T] [--format table|csv|json] [--rollup]");
    int exitCode = Ok;
    if (!CliSupport::parse(parser, args, usage, 1, 1, out, err, &exitCode)) return exitCode;
    const QString format = parser.value(QStringLiteral("format"));
    if (!QStringList{"table", "csv", "json"}.contains(format)) {
        err << usage << "\n";
        return UsageError;
    }
    auto session = CliSupport::openSession(name(), parser.positionalArguments().constFirst(), err);
    if (!session) return Failure;
    if (!CliSupport::selectTeam(*session, parser.value(QStringLiteral("team")), name(), err)) return Failure;
    const Project& project = session->project();
    const Scenario* scenario = CliSupport::findScenario(project, parser.value(QStringLiteral("scenario")), name(), err);
    if (!scenario) return Failure;
    MetricsEngine& engine = session->metrics();
    engine.recompute(scenario->id);
    if (parser.isSet(QStringLiteral("by-capacity"))) {
        engine.setTargetsByCapacity(true);
        if (!engine.plan().capacityTargets)
            err << "territory metrics: targets by capacity need a capacity for every territory's rep; deviations are "
                   "from the mean\n";
    }
    const bool rollUp = parser.isSet(QStringLiteral("rollup"));
    const MetricsTable table = rollUp ? MetricsTable(project, engine, engine.rollUp()) : MetricsTable(project, engine);
    if (format == QLatin1String("csv"))
        printCsv(table, out);
    else if (format == QLatin1String("json"))
        printJson(table, out);
    else
        printTable(
            table,
            QStringLiteral("%1 — %2 (%3)%4")
                .arg(project.title, scenario->name, Scenario::statusName(scenario->status),
                     (rollUp ? QStringLiteral(", regions and districts") : QString())
                         + (engine.plan().capacityTargets ? QStringLiteral(", targets by capacity") : QString())),
            out);
    return Ok;
}

} // namespace tp::cli
