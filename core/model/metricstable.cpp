#include "metricstable.h"

#include "metricsengine.h"
#include "project.h"

#include <QCoreApplication>
#include <QHash>
#include "numberformat.h"

#include <QLocale>

#include <cmath>

namespace tp {

MetricsTable::MetricsTable(const Project& project, const MetricsEngine& engine)
    : MetricsTable(project, engine, engine.territories()) {}

MetricsTable::MetricsTable(const Project& project, const MetricsEngine& engine,
                           const std::vector<TerritoryMetrics>& rows)
    : m_plan(engine.plan()) {
    // One pass over territories and reps instead of a search per row (500 territories, live).
    QHash<qint64, const tp::Territory*> territories;
    for (const tp::Territory& t : project.territories)
        if (t.scenarioId == engine.scenarioId()) territories.insert(t.id, &t);
    QHash<qint64, const tp::Rep*> reps;
    for (const tp::Rep& r : project.reps) reps.insert(r.id, &r);
    double capacity = 0.0;
    bool anyCapacity = false;
    for (const TerritoryMetrics& m : rows) {
        Row row;
        row.metrics = m;
        if (const tp::Territory* t = territories.value(m.territoryId)) {
            row.name = t->name;
            row.quota = t->quota;
            if (const tp::Rep* r = reps.value(t->repId)) row.rep = r->name;
            row.vacant = row.rep.isEmpty() && !project.reps.empty() && t->level == tp::Territory::Level::Territory;
        }
        m_totalQuota += row.quota;
        m_total.units += m.units;
        m_total.accounts += m.accounts;
        m_total.revenuePotential += m.revenuePotential;
        m_total.revenue += m.revenue;
        m_total.pipeline += m.pipeline;
        m_total.workloadHours += m.workloadHours;
        m_total.pieces += m.pieces;
        if (!std::isnan(m.capacityHours)) {
            capacity += m.capacityHours;
            anyCapacity = true;
        }
        m_rows.push_back(std::move(row));
    }
    if (anyCapacity && capacity > 0) {
        m_total.capacityHours = capacity;
        m_total.utilisation = m_total.workloadHours / capacity;
    }
    const auto& measures = engine.measures();
    if (m_plan.balanceMeasure >= 0 && m_plan.balanceMeasure < int(measures.size()))
        m_balanceMeasureName = measures[std::size_t(m_plan.balanceMeasure)].name;
}

QString MetricsTable::header(int column) {
    switch (column) {
        case Territory:
            return QCoreApplication::translate("tp::MetricsTable", "Territory");
        case Rep:
            return QCoreApplication::translate("tp::MetricsTable", "Rep");
        case Accounts:
            return QCoreApplication::translate("tp::MetricsTable", "Accounts");
        case RevenuePotential:
            return QCoreApplication::translate("tp::MetricsTable", "Potential");
        case Revenue:
            return QCoreApplication::translate("tp::MetricsTable", "Revenue");
        case Pipeline:
            return QCoreApplication::translate("tp::MetricsTable", "Pipeline");
        case WorkloadHours:
            return QCoreApplication::translate("tp::MetricsTable", "Workload h");
        case CapacityPct:
            return QCoreApplication::translate("tp::MetricsTable", "Capacity %");
        case DeviationPct:
            return QCoreApplication::translate("tp::MetricsTable", "Dev. %");
        case Compactness:
            return QCoreApplication::translate("tp::MetricsTable", "Compact.");
        case Pieces:
            return QCoreApplication::translate("tp::MetricsTable", "Pieces");
        case TravelKm:
            return QCoreApplication::translate("tp::MetricsTable", "Travel km");
        case Quota:
            return QCoreApplication::translate("tp::MetricsTable", "Quota");
        case AttainmentPct:
            return QCoreApplication::translate("tp::MetricsTable", "Attain. %");
        case PipelineCoverage:
            return QCoreApplication::translate("tp::MetricsTable", "Coverage");
        default:
            return {};
    }
}

QString MetricsTable::key(int column) {
    static constexpr const char* keys[ColumnCount] = {"territory",
                                                      "rep",
                                                      "accounts",
                                                      "revenue_potential",
                                                      "revenue",
                                                      "pipeline",
                                                      "workload_hours",
                                                      "capacity_pct",
                                                      "deviation_pct",
                                                      "compactness",
                                                      "pieces",
                                                      "mean_travel_km",
                                                      "quota",
                                                      "attainment_pct",
                                                      "pipeline_coverage"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(keys[column]) : QString();
}

QVariant MetricsTable::value(int row, int column) const {
    const Row& r = m_rows[std::size_t(row)];
    const TerritoryMetrics& m = r.metrics;
    switch (column) {
        case Territory:
            return r.name;
        case Rep:
            return r.rep;
        case Accounts:
            return m.accounts;
        case RevenuePotential:
            return m.revenuePotential;
        case Revenue:
            return m.revenue;
        case Pipeline:
            return m.pipeline;
        case WorkloadHours:
            return m.workloadHours;
        case CapacityPct:
            return m.utilisation * 100.0;
        case DeviationPct:
            return m.deviationPct;
        case Compactness:
            return m.compactness;
        case Pieces:
            return m.pieces;
        case TravelKm:
            return m.meanTravelKm;
        case Quota:
            return r.quota > 0 ? r.quota : std::nan("");
        case AttainmentPct:
            return attainment(m.revenue, r.quota) * 100.0;
        case PipelineCoverage:
            return coverage(m.pipeline, m.revenue, r.quota);
        default:
            return {};
    }
}

double MetricsTable::attainment(double revenue, double quota) {
    return quota > 0 ? revenue / quota : std::nan("");
}

double MetricsTable::coverage(double pipeline, double revenue, double quota) {
    return quota > 0 && quota > revenue ? pipeline / (quota - revenue) : std::nan("");
}

QString MetricsTable::formatNumber(double value, int decimals) {
    return NumberFormat::number(value, decimals, NumberFormat::cGrouped());
}

QString MetricsTable::formatMoney(double value) {
    return NumberFormat::compact(value, NumberFormat::cGrouped());
}

QString MetricsTable::formatNumber(double value, int decimals, const QLocale& locale) {
    return NumberFormat::number(value, decimals, locale);
}

QString MetricsTable::formatMoney(double value, const QLocale& locale) {
    return NumberFormat::compact(value, locale);
}

void MetricsTable::setLocale(const QLocale& locale) {
    m_locale = NumberFormat::grouped(locale);
}

QString MetricsTable::text(int row, int column) const {
    const QVariant v = value(row, column);
    switch (column) {
        case Territory:
            return v.toString();
        case Rep:
            if (!v.toString().isEmpty()) return v.toString();
            return m_rows[std::size_t(row)].vacant ? QCoreApplication::translate("tp::MetricsTable", "Vacant")
                                                   : QStringLiteral("—");
        case Accounts:
            return formatNumber(v.toDouble(), 0, m_locale);
        case Pieces:
            return QString::number(v.toLongLong());
        case DeviationPct: {
            const double d = v.toDouble();
            return std::isnan(d) ? formatNumber(d, 1, m_locale)
                                 : (d > 0 ? QStringLiteral("+") : QString()) + formatNumber(d, 1, m_locale);
        }
        case Compactness:
            return formatNumber(v.toDouble(), 2, m_locale);
        case RevenuePotential:
        case Revenue:
        case Pipeline:
            return formatMoney(v.toDouble(), m_locale);
        case Quota:
            return std::isnan(v.toDouble()) ? formatNumber(v.toDouble(), 0, m_locale)
                                            : formatMoney(v.toDouble(), m_locale);
        case PipelineCoverage:
            return std::isnan(v.toDouble()) ? formatNumber(v.toDouble(), 0, m_locale)
                                            : formatNumber(v.toDouble(), 1, m_locale) + QStringLiteral("×");
        default:
            return formatNumber(v.toDouble(), 0, m_locale);
    }
}

QString MetricsTable::totalText(int column) const {
    const TerritoryMetrics& m = m_total;
    switch (column) {
        case Territory:
            return QCoreApplication::translate("tp::MetricsTable", "Total (%n territories)", nullptr, rowCount());
        case Accounts:
            return formatNumber(double(m.accounts), 0, m_locale);
        case RevenuePotential:
            return formatMoney(m.revenuePotential, m_locale);
        case Revenue:
            return formatMoney(m.revenue, m_locale);
        case Pipeline:
            return formatMoney(m.pipeline, m_locale);
        case WorkloadHours:
            return formatNumber(m.workloadHours, 0, m_locale);
        case CapacityPct:
            return formatNumber(m.utilisation * 100.0, 0, m_locale);
        case Pieces:
            return QString::number(m.pieces);
        case Quota:
            return m_totalQuota > 0 ? formatMoney(m_totalQuota, m_locale) : formatNumber(std::nan(""), 0, m_locale);
        case AttainmentPct:
            return formatNumber(attainment(m.revenue, m_totalQuota) * 100.0, 0, m_locale);
        case PipelineCoverage: {
            const double c = coverage(m.pipeline, m.revenue, m_totalQuota);
            return std::isnan(c) ? formatNumber(c, 0, m_locale) : formatNumber(c, 1, m_locale) + QStringLiteral("×");
        }
        default:
            return {};
    }
}

std::pair<int, int> MetricsTable::withinTolerance(double tolerancePct) const {
    int within = 0, rated = 0;
    for (const Row& r : m_rows) {
        if (std::isnan(r.metrics.deviationPct)) continue;
        ++rated;
        within += std::abs(r.metrics.deviationPct) <= tolerancePct ? 1 : 0;
    }
    return {within, rated};
}

QString MetricsTable::balanceSummary(double tolerancePct) const {
    QString s = (m_plan.capacityTargets
                     ? QCoreApplication::translate("tp::MetricsTable", "%1: spread (max − min) of value / target %2")
                     : QCoreApplication::translate("tp::MetricsTable", "%1: spread (max − min) / mean %2"))
                    .arg(m_balanceMeasureName, formatNumber(m_plan.balanceIndex, 2, m_locale));
    if (!std::isnan(tolerancePct)) {
        const auto [within, rated] = withinTolerance(tolerancePct);
        s += QStringLiteral(" · ")
             + QCoreApplication::translate("tp::MetricsTable", "%1 of %2 within ±%3 %")
                   .arg(within)
                   .arg(rated)
                   .arg(formatNumber(tolerancePct, 0, m_locale));
    }
    s += QStringLiteral(" · ")
         + QCoreApplication::translate("tp::MetricsTable", "CV %1")
               .arg(formatNumber(m_plan.coefficientOfVariation, 2, m_locale));
    if (m_plan.capacityTargets)
        s += QStringLiteral(" · ") + QCoreApplication::translate("tp::MetricsTable", "targets by rep capacity");
    if (m_plan.fragmentedTerritories > 0)
        s += QStringLiteral(" · ")
             + QCoreApplication::translate("tp::MetricsTable", "%n territories in several pieces", nullptr,
                                           m_plan.fragmentedTerritories);
    if (m_plan.unassignedAccounts > 0)
        s += QStringLiteral(" · ")
             + QCoreApplication::translate("tp::MetricsTable", "%n accounts unassigned", nullptr,
                                           int(m_plan.unassignedAccounts));
    return s;
}

} // namespace tp
