#include "io/export/territorysummaryexporter.h"

#include "io/export/csvtablewriter.h"
#include "io/export/exportsource.h"
#include "io/import/unitimporter.h"
#include "io/export/xlsxworkbookwriter.h"

#include "model/metricsengine.h"
#include "model/project.h"
#include "model/whitespacefinder.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace tp::io {
namespace {

QVariant number(double value) {
    return std::isnan(value) ? QVariant() : QVariant(value);
}

} // namespace

std::vector<int> TerritorySummaryExporter::extraMeasures() const {
    std::vector<int> result;
    const auto& measures = m_source.engine().measures();
    for (std::size_t i = 0; i < measures.size(); ++i)
        if (measures[i].kind == MeasureDefinition::Kind::ExtraColumn
            || measures[i].kind == MeasureDefinition::Kind::Composite)
            result.push_back(int(i));
    return result;
}

ExportTable TerritorySummaryExporter::emptyTable(const QString& title) const {
    using F = ExportTable::Format;
    ExportTable table(title);
    table.addColumn(QStringLiteral("territory"), tr("Territory"));
    table.addColumn(QStringLiteral("region"), tr("Region"));
    table.addColumn(QStringLiteral("rep"), tr("Rep"));
    table.addColumn(QStringLiteral("units"), tr("Units"), F::Integer);
    table.addColumn(QStringLiteral("accounts"), tr("Accounts"), F::Integer);
    table.addColumn(QStringLiteral("revenue_potential"), tr("Revenue potential"), F::Money);
    table.addColumn(QStringLiteral("revenue"), tr("Revenue"), F::Money);
    table.addColumn(QStringLiteral("pipeline"), tr("Pipeline"), F::Money);
    table.addColumn(QStringLiteral("workload_hours"), tr("Workload hours"), F::OneDecimal);
    table.addColumn(QStringLiteral("capacity_hours"), tr("Capacity hours"), F::OneDecimal);
    table.addColumn(QStringLiteral("capacity_pct"), tr("Capacity %"), F::OneDecimal);
    table.addColumn(QStringLiteral("deviation_pct"), tr("Deviation %"), F::OneDecimal);
    table.addColumn(QStringLiteral("area_km2"), tr("Area km²"), F::Integer);
    table.addColumn(QStringLiteral("perimeter_km"), tr("Perimeter km"), F::Integer);
    table.addColumn(QStringLiteral("compactness"), tr("Compactness"), F::TwoDecimals);
    table.addColumn(QStringLiteral("pieces"), tr("Pieces"), F::Integer);
    table.addColumn(QStringLiteral("mean_travel_km"), tr("Mean travel km"), F::OneDecimal);
    table.addColumn(QStringLiteral("rep_crm_user_id"), tr("Rep CRM user id"));
    table.addColumn(QStringLiteral("quota"), tr("Quota"), F::Money);
    table.addColumn(QStringLiteral("attainment_pct"), tr("Attainment %"), F::OneDecimal);
    table.addColumn(QStringLiteral("pipeline_coverage"), tr("Pipeline coverage"), F::TwoDecimals);
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    const auto& measures = m_source.engine().measures();
    for (int i : extraMeasures()) {
        const MeasureDefinition& m = measures[std::size_t(i)];
        const QString key = (m.kind == MeasureDefinition::Kind::ExtraColumn ? m.column : m.name)
                                .toLower()
                                .replace(nonWord, QStringLiteral("_"));
        table.addColumn(key, m.name, F::TwoDecimals);
    }
    table.setFrozenColumns(1);
    return table;
}

ExportTable TerritorySummaryExporter::tableOf(const QString& title, const std::vector<TerritoryMetrics>& rows,
                                              bool withTotals) const {
    ExportTable table = emptyTable(title);
    const Project& project = m_source.project();
    const std::vector<int> extra = extraMeasures();
    TerritoryMetrics total;
    total.measures.assign(m_source.engine().measures().size(), 0.0);
    double capacity = 0.0, quota = 0.0;
    // Attainment = revenue / quota; pipeline coverage = pipeline / (quota - revenue), until the quota is met.
    auto attainment = [](double revenue, double q) { return q > 0 ? QVariant(revenue / q * 100.0) : QVariant(); };
    auto coverage = [](double pipeline, double revenue, double q) {
        return q > revenue && q > 0 ? QVariant(pipeline / (q - revenue)) : QVariant();
    };
    for (const TerritoryMetrics& m : rows) {
        const Territory* t = project.territory(m.territoryId);
        const Rep* rep = m_source.repOf(t);
        const double q = t ? t->quota : 0.0;
        quota += q;
        QVariantList row{t ? t->name : QString(),
                         m_source.regionName(t),
                         m_source.repName(t),
                         m.units,
                         m.accounts,
                         m.revenuePotential,
                         m.revenue,
                         m.pipeline,
                         m.workloadHours,
                         number(m.capacityHours),
                         number(m.utilisation * 100.0),
                         number(m.deviationPct),
                         m.areaKm2,
                         m.perimeterKm,
                         number(m.compactness),
                         m.pieces,
                         number(m.meanTravelKm),
                         rep ? QVariant(rep->crmUserId) : QVariant(),
                         q > 0 ? QVariant(q) : QVariant(),
                         attainment(m.revenue, q),
                         coverage(m.pipeline, m.revenue, q)};
        for (int i : extra)
            row << (std::size_t(i) < m.measures.size() ? number(m.measures[std::size_t(i)]) : QVariant());
        table.addRow(row);

        total.units += m.units;
        total.accounts += m.accounts;
        total.revenuePotential += m.revenuePotential;
        total.revenue += m.revenue;
        total.pipeline += m.pipeline;
        total.workloadHours += m.workloadHours;
        total.areaKm2 += m.areaKm2;
        total.pieces += m.pieces;
        if (!std::isnan(m.capacityHours)) capacity += m.capacityHours;
        for (std::size_t i = 0; i < m.measures.size() && i < total.measures.size(); ++i)
            total.measures[i] += m.measures[i];
    }
    if (!withTotals) return table;
    QVariantList totals{QCoreApplication::translate("tp::io::TerritorySummaryExporter", "Total (%n territories)",
                                                    nullptr, int(rows.size())),
                        QVariant(),
                        QVariant(),
                        total.units,
                        total.accounts,
                        total.revenuePotential,
                        total.revenue,
                        total.pipeline,
                        total.workloadHours,
                        capacity > 0 ? QVariant(capacity) : QVariant(),
                        capacity > 0 ? QVariant(total.workloadHours / capacity * 100.0) : QVariant(),
                        QVariant(),
                        total.areaKm2,
                        QVariant(),
                        QVariant(),
                        total.pieces,
                        QVariant(),
                        QVariant(),
                        quota > 0 ? QVariant(quota) : QVariant(),
                        attainment(total.revenue, quota),
                        coverage(total.pipeline, total.revenue, quota)};
    for (int i : extra) totals << total.measures[std::size_t(i)];
    table.addTotalRow(totals);
    return table;
}

ExportTable TerritorySummaryExporter::territories() const {
    return tableOf(tr("Territories"), m_source.engine().territories(), true);
}

ExportTable TerritorySummaryExporter::regions() const {
    return tableOf(tr("Regions"), m_source.engine().rollUp(), false);
}

ExportTable TerritorySummaryExporter::balance() const {
    using F = ExportTable::Format;
    const PlanMetrics plan = m_source.engine().plan();
    const auto& measures = m_source.engine().measures();
    ExportTable table(tr("Balance"));
    table.addColumn(QStringLiteral("figure"), tr("Figure"));
    table.addColumn(QStringLiteral("value"), tr("Value"), F::TwoDecimals);
    const Scenario* scenario = m_source.scenario();
    table.addRow({tr("Scenario"), scenario ? scenario->name : QString()});
    table.addRow({tr("Balance measure"), plan.balanceMeasure >= 0 && plan.balanceMeasure < int(measures.size())
                                             ? measures[std::size_t(plan.balanceMeasure)].name
                                             : QString()});
    table.addRow({tr("Territories"), plan.territories});
    table.addRow({tr("Total"), plan.total});
    table.addRow({tr("Mean"), plan.mean});
    table.addRow({tr("Minimum"), plan.min});
    table.addRow({tr("Maximum"), plan.max});
    table.addRow({tr("Balance index (max - min) / mean"), number(plan.balanceIndex)});
    table.addRow({tr("Coefficient of variation"), number(plan.coefficientOfVariation)});
    table.addRow({tr("Territories in several pieces"), plan.fragmentedTerritories});
    table.addRow({tr("Unassigned units"), plan.unassignedUnits});
    table.addRow({tr("Unassigned accounts"), plan.unassignedAccounts});
    if (const QString units = UnitImporter::provenance(m_source.project().unitLayer); !units.isEmpty())
        table.addRow({tr("Units"), units});
    return table;
}

ExportTable TerritorySummaryExporter::whiteSpace() const {
    using F = ExportTable::Format;
    ExportTable table(tr("White space"));
    table.addColumn(QStringLiteral("rank"), tr("Rank"), F::Integer);
    table.addColumn(QStringLiteral("unit_code"), tr("Unit"));
    table.addColumn(QStringLiteral("unit_name"), tr("Name"));
    table.addColumn(QStringLiteral("region"), tr("Region"));
    table.addColumn(QStringLiteral("reasons"), tr("Reasons"));
    table.addColumn(QStringLiteral("revenue_potential"), tr("Revenue potential"), F::Money);
    table.addColumn(QStringLiteral("revenue"), tr("Revenue"), F::Money);
    table.addColumn(QStringLiteral("penetration_pct"), tr("Penetration %"), F::OneDecimal);
    table.addColumn(QStringLiteral("accounts"), tr("Accounts"), F::Integer);
    table.addColumn(QStringLiteral("territory"), tr("Territory"));
    table.addColumn(QStringLiteral("rep"), tr("Rep"));
    table.addColumn(QStringLiteral("distance_km"), tr("Km to rep"), F::OneDecimal);
    table.setFrozenColumns(3);
    const WhiteSpaceFinder finder(m_source.project());
    const std::vector<WhiteSpaceFinder::Row> rows = finder.find(m_source.engine(), WhiteSpaceFinder::Options());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const WhiteSpaceFinder::Row& r = rows[i];
        table.addRow({qint64(i + 1), r.code, r.name, r.region, WhiteSpaceFinder::reasonText(r.reasons), r.potential,
                      r.revenue, number(r.penetration * 100.0), r.accounts, r.territory, r.rep, number(r.distanceKm)});
    }
    return table;
}

bool TerritorySummaryExporter::writeXlsx(const QString& path, QString* error) const {
    std::vector<ExportTable> sheets{territories()};
    if (ExportTable r = regions(); r.rowCount() > 0) sheets.push_back(std::move(r));
    sheets.push_back(balance());
    sheets.push_back(whiteSpace());
    return XlsxWorkbookWriter::write(sheets, path, m_source.guard(), error);
}

bool TerritorySummaryExporter::writeCsv(const QString& path, QString* error) const {
    return CsvTableWriter::write(territories(), path, m_source.guard(), error);
}

} // namespace tp::io
