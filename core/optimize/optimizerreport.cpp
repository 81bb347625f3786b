#include "optimizerreport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tp::optimize {
namespace {

QString signedPct(double v) {
    return QString::asprintf("%+.1f %%", v);
}

QString measureName(const OptimizerOptions& o, int m) {
    const int index = o.measures[std::size_t(m)].measure;
    const std::vector<MeasureDefinition> builtIns = MeasureDefinition::builtIns();
    const std::vector<MeasureDefinition>& catalogue = o.catalogue.empty() ? builtIns : o.catalogue;
    return index >= 0 && index < int(catalogue.size()) ? catalogue[std::size_t(index)].name : QStringLiteral("?");
}

} // namespace

QString OptimizerReport::modeName(OptimizerOptions::Mode mode) {
    switch (mode) {
        case OptimizerOptions::Mode::Rebalance:
            return tr("rebalance");
        case OptimizerOptions::Mode::Build:
            return tr("build");
        case OptimizerOptions::Mode::Fill:
            return tr("fill");
    }
    return {};
}

QString OptimizerReport::parameters(const OptimizerOptions& o) {
    QStringList parts;
    parts << tr("Mode: %1").arg(modeName(o.mode));
    if (o.mode == OptimizerOptions::Mode::Build && o.territoryCount > 0)
        parts << tr("%1 territories").arg(o.territoryCount);
    QStringList measures;
    for (int m = 0; m < int(o.measures.size()); ++m)
        measures << tr("%1 ×%2 ±%3 %")
                        .arg(measureName(o, m))
                        .arg(o.measures[std::size_t(m)].weight)
                        .arg(o.measures[std::size_t(m)].tolerancePct);
    if (measures.isEmpty()) measures << tr("Workload hours ×1 ±5 %");
    parts << tr("measures: %1").arg(measures.join(QStringLiteral(", ")));
    if (o.targetsByCapacity) parts << tr("targets by rep capacity");
    if (o.maxMovedAccountsPct >= 0) parts << tr("at most %1 % of accounts moved").arg(o.maxMovedAccountsPct);
    if (o.maxMovedRevenuePct >= 0) parts << tr("at most %1 % of revenue moved").arg(o.maxMovedRevenuePct);
    parts << tr("compactness: %1")
                 .arg(o.compactness == OptimizerOptions::Compactness::Border ? tr("border length")
                                                                             : tr("travel from rep home"));
    if (!o.onlyTerritories.empty()) parts << tr("only %n selected territories", nullptr, int(o.onlyTerritories.size()));
    if (o.regionId) parts << tr("one region");
    if (o.keepRegions) parts << tr("units stay in their region");
    parts << tr("time limit %1 s").arg(o.timeLimitS) << tr("seed %1").arg(o.seed);
    return parts.join(QStringLiteral("; "));
}

QString OptimizerReport::table(const OptimizerResult& r) {
    QStringList rows;
    auto row = [&](const QString& label, const QString& before, const QString& after) {
        rows << label.leftJustified(28) + before.rightJustified(18) + after.rightJustified(18); // 64 columns
    };
    row(QString(), tr("before"), tr("after"));
    for (int m = 0; m < int(r.measureNames.size()); ++m)
        row(tr("worst %1 (±%2 %)").arg(r.measureNames[m]).arg(r.tolerancesPct[std::size_t(m)]),
            m < int(r.before.worstDeviationPct.size()) ? signedPct(r.before.worstDeviationPct[std::size_t(m)])
                                                       : QStringLiteral("-"),
            signedPct(r.after.worstDeviationPct[std::size_t(m)]));
    row(tr("territories out of band"), tr("%1 of %2").arg(r.before.outOfBand).arg(r.before.territories),
        tr("%1 of %2").arg(r.after.outOfBand).arg(r.after.territories));
    row(tr("units moved"), QStringLiteral("-"), QString::number(r.after.unitsMoved));
    row(tr("accounts moved"), QStringLiteral("-"),
        QStringLiteral("%1 (%2 %)").arg(r.after.accountsMoved).arg(r.after.accountsMovedPct, 0, 'f', 1));
    row(tr("revenue moved"), QStringLiteral("-"),
        QStringLiteral("%1 (%2 %)").arg(r.after.revenueMoved, 0, 'f', 0).arg(r.after.revenueMovedPct, 0, 'f', 1));
    row(tr("pieces"), QString::number(r.before.pieces), QString::number(r.after.pieces));
    row(tr("border length"), QStringLiteral("%1 km").arg(r.before.borderKm, 0, 'f', 0),
        QStringLiteral("%1 km").arg(r.after.borderKm, 0, 'f', 0));
    row(tr("travel (weighted mean)"), QStringLiteral("%1 km").arg(r.before.travelKm, 0, 'f', 0),
        QStringLiteral("%1 km").arg(r.after.travelKm, 0, 'f', 0));
    row(tr("time"), QString(), QStringLiteral("%1 s").arg(r.seconds, 0, 'f', 2));
    QString text = rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (r.cancelled) text += tr("Stopped early: this is the best plan found so far.") + QLatin1Char('\n');
    if (r.allInBand) {
        text += tr("Every territory is inside its band.") + QLatin1Char('\n');
    } else {
        text += tr("%n territories are outside their band; this is the best plan found:", nullptr, r.after.outOfBand)
                + QLatin1Char('\n');
        for (const QString& reason : r.reasons) text += QStringLiteral("  - ") + reason + QLatin1Char('\n');
    }
    return text;
}

QString OptimizerReport::progressLine(const OptimizerFigures& f, const QStringList& measureNames) {
    QStringList parts;
    for (int m = 0; m < int(f.worstDeviationPct.size()); ++m)
        parts << tr("worst %1 %2").arg(measureNames.value(m), signedPct(f.worstDeviationPct[std::size_t(m)]));
    parts << tr("%1 of %2 out of band").arg(f.outOfBand).arg(f.territories);
    parts << tr("%1 units, %2 accounts moved").arg(f.unitsMoved).arg(f.accountsMoved);
    return parts.join(QStringLiteral("; "));
}

QJsonObject OptimizerReport::json(const OptimizerResult& r, const OptimizerOptions& o) {
    auto figures = [&](const OptimizerFigures& f) {
        QJsonObject worst;
        for (int m = 0; m < int(f.worstDeviationPct.size()); ++m)
            worst.insert(r.measureNames.value(m), f.worstDeviationPct[std::size_t(m)]);
        return QJsonObject{{QStringLiteral("worst_deviation_pct"), worst},
                           {QStringLiteral("territories"), f.territories},
                           {QStringLiteral("out_of_band"), f.outOfBand},
                           {QStringLiteral("units_moved"), f.unitsMoved},
                           {QStringLiteral("accounts_moved"), f.accountsMoved},
                           {QStringLiteral("accounts_moved_pct"), f.accountsMovedPct},
                           {QStringLiteral("revenue_moved"), f.revenueMoved},
                           {QStringLiteral("revenue_moved_pct"), f.revenueMovedPct},
                           {QStringLiteral("pieces"), f.pieces},
                           {QStringLiteral("border_km"), f.borderKm},
                           {QStringLiteral("travel_km"), f.travelKm}};
    };
    return {{QStringLiteral("mode"), modeName(o.mode)},
            {QStringLiteral("parameters"), parameters(o)},
            {QStringLiteral("before"), figures(r.before)},
            {QStringLiteral("after"), figures(r.after)},
            {QStringLiteral("all_in_band"), r.allInBand},
            {QStringLiteral("cancelled"), r.cancelled},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons)},
            {QStringLiteral("seconds"), r.seconds}};
}

QString OptimizerReport::notes(const OptimizerResult& r, const OptimizerOptions& o) {
    return tr("Written by the optimiser. %1.").arg(parameters(o)) + QStringLiteral("\n\n") + table(r);
}

} // namespace tp::optimize
