#pragma once
// TerritorySummaryExporter: one row per leaf territory of the exported scenario with every
// metric the engine has (units, accounts, money, workload, capacity, utilisation, deviation,
// area, perimeter, compactness, pieces, travel, extra and composite measures), then a totals
// row (sums; utilisation of the summed workload and capacity, as in MetricsTable; ratios that do
// not add up are left empty). XLSX adds a "Regions" sheet (the engine's roll-up) and a "Balance"
// sheet (balance index, CV, unassigned) and a "White space" sheet (WhiteSpaceFinder with its
// default options: units with potential that are unassigned, under-penetrated or far from their
// rep, by potential). CSV holds the territory table. Holds a reference to
// the source; thread of the engine.

#include "io/export/exporttable.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tp {
struct TerritoryMetrics;
}

namespace tp::io {

class ExportSource;

class TerritorySummaryExporter {
    Q_DECLARE_TR_FUNCTIONS(tp::io::TerritorySummaryExporter)

public:
    explicit TerritorySummaryExporter(const ExportSource& source) : m_source(source) {}

    ExportTable territories() const;
    ExportTable regions() const; // districts and regions; no rows when the plan has none
    ExportTable balance() const;
    ExportTable whiteSpace() const;

    bool writeXlsx(const QString& path, QString* error) const;
    bool writeCsv(const QString& path, QString* error) const;

private:
    ExportTable emptyTable(const QString& title) const;
    ExportTable tableOf(const QString& title, const std::vector<TerritoryMetrics>& rows, bool withTotals) const;
    std::vector<int> extraMeasures() const; // engine measures beyond the built-ins

    const ExportSource& m_source;
};

} // namespace tp::io
