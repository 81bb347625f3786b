#pragma once
// BalanceChart: one horizontal bar per territory showing how far its balance measure lies from
// the plan's mean (in %), in the territory's colour, with the tolerance band (e.g. +-10 %)
// shaded, so out-of-balance territories stand out; with more than maxBars territories only those
// furthest from the mean. Qt Charts; the MetricsDock feeds it a new
// MetricsTable after each change. GUI thread only.

#include <QChartView>
#include <QColor>

#include <vector>

class QBarCategoryAxis;
class QAreaSeries;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QValueAxis;

namespace tp {
class MetricsTable;
}

namespace tp::ui {

class BalanceChart : public QChartView {
    Q_OBJECT
public:
    static constexpr int maxBars = 40;

    explicit BalanceChart(QWidget* parent = nullptr);

    void setData(const MetricsTable& table, const std::vector<QColor>& colors, const QString& measureName);
    void setTolerancePct(double tolerance);
    double tolerancePct() const { return m_tolerance; }
    void clearData();
    // Bars currently shown, in order: (territory name, deviation %).
    const std::vector<std::pair<QString, double>>& bars() const { return m_bars; }

private:
    void updateBand();
    // Shrinks the territory names' type (down to a legible minimum) until every bar's name fits
    // beside it: Qt's category axis otherwise drops every other name in a short chart.
    void fitCategoryLabels();

    QHorizontalStackedBarSeries* m_series;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_values;
    QValueAxis* m_bandY;
    QLineSeries* m_bandLow;
    QLineSeries* m_bandHigh;
    QAreaSeries* m_band;
    double m_tolerance = 10.0;
    int m_labelPixels = 0; // the category labels' full size (the widget's font)
    std::vector<std::pair<QString, double>> m_bars;
};

} // namespace tp::ui
