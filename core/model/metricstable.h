#pragma once
// MetricsTable: the territory table as people read it (CLI, metrics dock, exports): one row per
// leaf territory of the engine's scenario with its name, rep and balance figures, plus a totals
// row and a one-line balance summary. A snapshot: built from the project and the engine at one
// moment, it holds copies only. value() gives raw numbers (NaN where undefined), text() the
// formatted cell (money compact, e.g. "94.9 M"). Quota figures: the territory's quota,
// attainment = revenue / quota and pipeline coverage = pipeline / (quota - revenue), undefined
// without a quota (and coverage once the quota is met). Value type; build on the thread that owns the
// engine, read from any.

#include "numberformat.h"
#include "planmetrics.h"
#include "territorymetrics.h"

#include <QLocale>
#include <QString>
#include <QVariant>

#include <cmath>
#include <utility>
#include <vector>

namespace tp {

class MetricsEngine;
class Project;

class MetricsTable {
public:
    enum Column {
        Territory = 0,
        Rep,
        Accounts,
        RevenuePotential,
        Revenue,
        Pipeline,
        WorkloadHours,
        CapacityPct,
        DeviationPct,
        Compactness,
        Pieces,
        TravelKm,
        Quota,
        AttainmentPct,
        PipelineCoverage,
        ColumnCount
    };

    // The engine's leaf territories.
    MetricsTable(const Project& project, const MetricsEngine& engine);
    // Other rows of the same engine, e.g. its rollUp() (regions and districts).
    MetricsTable(const Project& project, const MetricsEngine& engine, const std::vector<TerritoryMetrics>& rows);

    int rowCount() const { return int(m_rows.size()); }
    qint64 territoryId(int row) const { return m_rows[std::size_t(row)].metrics.territoryId; }
    const TerritoryMetrics& metrics(int row) const { return m_rows[std::size_t(row)].metrics; }
    const PlanMetrics& plan() const { return m_plan; }

    static QString header(int column); // translated, for people
    static QString key(int column);    // stable snake_case, for CSV/JSON
    static bool isNumeric(int column) { return column >= Accounts; }

    QVariant value(int row, int column) const; // QString, qint64/int or double
    // The locale of text(), totalText() and balanceSummary(): the C locale with group separators
    // unless set (the GUI sets the UI language's, QLocale()).
    void setLocale(const QLocale& locale);
    const QLocale& locale() const { return m_locale; }
    QString text(int row, int column) const; // formatted in locale(), "—" for undefined
    QString totalText(int column) const;     // the totals row
    // What the balance figures mean, e.g. "Workload hours: spread (max − min) / mean 0.42 ·
    // 9 of 12 within ±10 % · CV 0.13 · 1 territory in several pieces" (the count only with a
    // tolerance; against capacity targets the spread is of value / target).
    QString balanceSummary(double tolerancePct = std::nan("")) const;
    // The rows whose deviation is within ±tolerancePct, and the rows with a deviation.
    std::pair<int, int> withinTolerance(double tolerancePct) const;

    static QString formatNumber(double value, int decimals); // C locale, thousands separators; "—" for NaN
    static QString formatMoney(double value);                // "94.9 M", "1.65 B"
    // The same in `locale` (see NumberFormat): German "1.234,5", "1,65 Mrd.".
    static QString formatNumber(double value, int decimals, const QLocale& locale);
    static QString formatMoney(double value, const QLocale& locale);

private:
    struct Row {
        QString name;
        QString rep;
        bool vacant = false; // no rep, while the roster has reps (someone left, or no one is hired yet)
        double quota = 0.0;
        TerritoryMetrics metrics;
    };
    static double attainment(double revenue, double quota);
    static double coverage(double pipeline, double revenue, double quota);

    std::vector<Row> m_rows;
    TerritoryMetrics m_total;
    double m_totalQuota = 0.0;
    PlanMetrics m_plan;
    QString m_balanceMeasureName;
    QLocale m_locale = NumberFormat::cGrouped();
};

} // namespace tp
