#include "metricscommand.h"

#include "model/metricsengine.h"
#include "model/metricstable.h"
#include "storage/projectfile.h"

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
        for (int r = 0; r <= table.rowCount(); ++r) widths[std::size_t(c)] = std::max(widths[std::size_t(c)], int(cell(r, c).size()));
    }
    auto line = [&](auto textOf) {
        QStringList parts;
        for (int c = 0; c < MetricsTable::ColumnCount; ++c) {
            const QString t = textOf(c);
            parts << (c <= MetricsTable::Rep ? t.leftJustified(widths[std::size_t(c)]) : t.rightJustified(widths[std::size_t(c)]));
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

QString csvField(QString text) {
    // Neutralise spreadsheet formulas and quote what needs it.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()) && !(text.front() == QLatin1Char('-') && text.size() > 1 && text[1].isDigit()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

void printCsv(const MetricsTable& table, QTextStream& out) {
    QStringList header;
    for (int c = 0; c < MetricsTable::ColumnCount; ++c) header << MetricsTable::key(c);
    out << header.join(QLatin1Char(',')) << "\n";
    for (int r = 0; r < table.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < MetricsTable::ColumnCount; ++c) {
            const QVariant v = table.value(r, c);
            row << csvField(v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'f', 4) : v.toString());
        }
        out << row.join(QLatin1Char(',')) << "\n";
    }
}

void printJson(const MetricsTable& table, QTextStream& out) {
    QJsonArray rows;
    for (int r = 0; r < table.rowCount(); ++r) {
        QJsonObject o;
        o.insert(QStringLiteral("territory_id"), table.territoryId(r));
        for (int c = 0; c < MetricsTable::ColumnCount; ++c) o.insert(MetricsTable::key(c), QJsonValue::fromVariant(table.value(r, c)));
        rows.append(o);
    }
    out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace

int MetricsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("Scenario id or name (default: the current one)"), QStringLiteral("scenario")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("table (default), csv or json"), QStringLiteral("format"), QStringLiteral("table")});
    if (!parser.parse(args)) {
        err << parser.errorText() << "\n";
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (parser.positionalArguments().size() != 1 || !QStringList{"table", "csv", "json"}.contains(format)) {
        err << "usage: territory metrics FILE [--scenario ID|NAME] [--format table|csv|json]\n";
        return UsageError;
    }
    Project project;
    QString error;
    if (!storage::ProjectFile::open(parser.positionalArguments().constFirst(), &project, &error)) {
        err << "territory metrics: " << error << "\n";
        return Failure;
    }
    const Scenario* scenario = project.currentScenario();
    if (parser.isSet(QStringLiteral("scenario"))) {
        const QString wanted = parser.value(QStringLiteral("scenario"));
        scenario = nullptr;
        for (const Scenario& s : project.scenarios)
            if (QString::number(s.id) == wanted || s.name.compare(wanted, Qt::CaseInsensitive) == 0) scenario = &s;
        if (!scenario) {
            err << "territory metrics: no scenario '" << wanted << "' in this project\n";
            return Failure;
        }
    }
    if (!scenario) {
        err << "territory metrics: the project has no scenario\n";
        return Failure;
    }
    MetricsEngine engine(project);
    engine.recompute(scenario->id);
    const MetricsTable table(project, engine);
    if (format == QLatin1String("csv")) printCsv(table, out);
    else if (format == QLatin1String("json")) printJson(table, out);
    else printTable(table, QStringLiteral("%1 — %2 (%3)").arg(project.title, scenario->name, Scenario::statusName(scenario->status)), out);
    return Ok;
}

} // namespace tp::cli
