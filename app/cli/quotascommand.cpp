#include "quotascommand.h"

#include "clisupport.h"

#include "model/metricsengine.h"
#include "model/metricstable.h"
#include "model/quotaallocator.h"
#include "session/editfacade.h"
#include "session/planeditor.h"
#include "session/projectsession.h"

#include <cmath>
#include <functional>
#include <map>

namespace tp::cli {
namespace {

const char* const quotasUsage =
    "usage: territory quotas PROJECT [--scenario S]\n"
    "       territory quotas PROJECT --target AMOUNT [--basis potential|revenue|mix] [--potential-weight W]\n"
    "                        [--round STEP] [--lock T1,T2] [--unlock T3] [--set T=AMOUNT]...";

bool amount(const QString& text, double* value) {
    bool ok = false;
    *value = QString(text).remove(QLatin1Char(',')).remove(QLatin1Char('_')).toDouble(&ok);
    return ok && std::isfinite(*value) && *value >= 0;
}

void print(const Project& p, const MetricsEngine& engine, QTextStream& out) {
    const MetricsTable table(p, engine);
    const std::vector<int> columns{MetricsTable::Territory,        MetricsTable::Rep,           MetricsTable::Quota,
                                   MetricsTable::Revenue,          MetricsTable::AttainmentPct, MetricsTable::Pipeline,
                                   MetricsTable::PipelineCoverage, MetricsTable::CapacityPct};
    std::vector<int> widths;
    for (int c : columns) {
        int w = int(MetricsTable::header(c).size());
        for (int r = 0; r < table.rowCount(); ++r) w = std::max(w, int(table.text(r, c).size()));
        w = std::max(w, int(table.totalText(c).size()));
        widths.push_back(w);
    }
    auto line = [&](const std::function<QString(int)>& cell) {
        QStringList parts;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const QString t = cell(columns[i]);
            parts << (columns[i] <= MetricsTable::Rep ? t.leftJustified(widths[i]) : t.rightJustified(widths[i]));
        }
        out << parts.join(QStringLiteral("  ")).trimmed() << "\n";
    };
    line([](int c) { return MetricsTable::header(c); });
    for (int r = 0; r < table.rowCount(); ++r) line([&](int c) { return table.text(r, c); });
    line([&](int c) { return table.totalText(c); });
}

} // namespace

int QuotasCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QStringLiteral(".\n") + QString::fromLatin1(quotasUsage)
        + QStringLiteral("\nThe target is shared by each unlocked territory's share of revenue potential (potential),"
                         " of revenue (revenue) or a mix (mix, --potential-weight, default 0.5),"
                         " rounded to --round by largest remainders so the quotas add up to the target."
                         "\nExit codes: 0 done, 1 refused or failed, 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (*.territory)"));
    parser.addOption({QStringLiteral("scenario"),
                      QStringLiteral("Scenario id or name (default: the current one; changes only there)"),
                      QStringLiteral("scenario")});
    parser.addOption(
        {QStringLiteral("target"), QStringLiteral("Company target to distribute"), QStringLiteral("amount")});
    parser.addOption({QStringLiteral("basis"), QStringLiteral("potential (default), revenue or mix"),
                      QStringLiteral("basis"), QStringLiteral("potential")});
    parser.addOption({QStringLiteral("potential-weight"),
                      QStringLiteral("mix: weight of potential, 0..1 (default 0.5)"), QStringLiteral("w"),
                      QStringLiteral("0.5")});
    parser.addOption({QStringLiteral("round"), QStringLiteral("Round quotas to this step (default 1000)"),
                      QStringLiteral("step"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("lock"), QStringLiteral("Keep these territories' quotas (comma-separated)"),
                      QStringLiteral("territories")});
    parser.addOption({QStringLiteral("unlock"), QStringLiteral("Let the target change these territories' quotas"),
                      QStringLiteral("territories")});
    parser.addOption({QStringLiteral("set"), QStringLiteral("TERRITORY=AMOUNT: a quota of its own (locked)"),
                      QStringLiteral("quota")});
    int exitCode = Ok;
    const QString usage = QString::fromLatin1(quotasUsage);
    if (!CliSupport::parse(parser, args, usage, 1, 1, out, err, &exitCode)) return exitCode;
    double target = 0, weight = 0.5, step = 0;
    const QString basis = parser.value(QStringLiteral("basis"));
    if (parser.isSet(QStringLiteral("target")) && !amount(parser.value(QStringLiteral("target")), &target)) {
        err << "territory quotas: --target must be an amount of zero or more\n";
        return UsageError;
    }
    if (!amount(parser.value(QStringLiteral("round")), &step)) {
        err << "territory quotas: --round must be an amount of zero or more\n";
        return UsageError;
    }
    if (basis == QLatin1String("potential"))
        weight = 1.0;
    else if (basis == QLatin1String("revenue"))
        weight = 0.0;
    else if (basis == QLatin1String("mix")) {
        bool ok = false;
        weight = parser.value(QStringLiteral("potential-weight")).toDouble(&ok);
        if (!ok || !(weight >= 0 && weight <= 1)) {
            err << "territory quotas: --potential-weight must be between 0 and 1\n";
            return UsageError;
        }
    } else {
        err << "territory quotas: --basis must be potential, revenue or mix\n";
        return UsageError;
    }
    auto session = CliSupport::openSession(name(), parser.positionalArguments().constFirst(), err);
    if (!session) return Failure;
    const bool changes = parser.isSet(QStringLiteral("target")) || parser.isSet(QStringLiteral("set"))
                         || parser.isSet(QStringLiteral("lock")) || parser.isSet(QStringLiteral("unlock"));
    QString error;
    for (int retries = 0;;) {
        const Project& p = session->project();
        const Scenario* scenario = CliSupport::findScenario(p, parser.value(QStringLiteral("scenario")), name(), err);
        if (!scenario) return Failure;
        if (session->metrics().scenarioId() != scenario->id) session->metrics().recompute(scenario->id);
        if (!changes) break;
        // Start from the territories as they are; --set, --lock and --unlock change that first.
        std::map<qint64, session::PlanEditor::QuotaChange> wanted;
        std::vector<const Territory*> leaves;
        for (const Territory* t : p.territoriesOf(scenario->id))
            if (t->level == Territory::Level::Territory) {
                leaves.push_back(t);
                wanted[t->id] = {t->id, t->quota, t->quotaLocked};
            }
        for (const char* option : {"lock", "unlock"})
            for (const QString& name :
                 parser.value(QString::fromLatin1(option)).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const Territory* t = CliSupport::findTerritory(p, *scenario, name.trimmed(), this->name(), err);
                if (!t) return Failure;
                wanted[t->id].locked = QLatin1String(option) == QLatin1String("lock");
            }
        for (const QString& set : parser.values(QStringLiteral("set"))) {
            const qsizetype eq = set.lastIndexOf(QLatin1Char('='));
            double value = 0;
            if (eq <= 0 || !amount(set.mid(eq + 1), &value)) {
                err << "territory quotas: --set '" << set << "' is not TERRITORY=AMOUNT\n";
                return UsageError;
            }
            const Territory* t = CliSupport::findTerritory(p, *scenario, set.left(eq).trimmed(), name(), err);
            if (!t) return Failure;
            wanted[t->id] = {t->id, value, true};
        }
        if (parser.isSet(QStringLiteral("target"))) {
            std::vector<QuotaAllocator::Territory> input;
            for (const Territory* t : leaves) {
                const TerritoryMetrics* m = session->metrics().metricsOf(t->id);
                input.push_back(
                    {m ? m->revenuePotential : 0.0, m ? m->revenue : 0.0, wanted[t->id].locked, wanted[t->id].quota});
            }
            const QuotaAllocator::Result result = QuotaAllocator::allocate(input, {target, weight, step});
            if (!result.ok) {
                err << "territory quotas: " << result.error << "\n";
                return Failure;
            }
            for (std::size_t i = 0; i < leaves.size(); ++i) wanted[leaves[i]->id].quota = result.quotas[i];
        }
        std::vector<session::PlanEditor::QuotaChange> quotas;
        for (const auto& [id, q] : wanted) quotas.push_back(q);
        // The current scenario's edits join its undo history; another scenario's are logged.
        bool ok = false;
        if (scenario->id == p.currentScenarioId) {
            session::EditFacade facade(*session);
            ok = facade.setQuotas(quotas, &error);
        } else {
            session::PlanEditor editor(*session);
            const std::optional<session::PlanEdit> edit = editor.quotasEdit(scenario->id, quotas, &error);
            ok = edit && editor.apply(edit->change, edit->text, &error);
        }
        if (ok) break;
        if (!CliSupport::reopenIfChanged(session, &retries, err, &error)) {
            err << "territory quotas: " << error << "\n";
            return Failure;
        }
    }
    print(session->project(), session->metrics(), out);
    return Ok;
}

} // namespace tp::cli
