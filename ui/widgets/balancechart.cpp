#include "ui/widgets/balancechart.h"

#include "model/metricstable.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tp::ui {

BalanceChart::BalanceChart(QWidget* parent)
    : QChartView(parent), m_series(new QHorizontalStackedBarSeries), m_categories(new QBarCategoryAxis),
      m_values(new QValueAxis), m_bandY(new QValueAxis), m_bandLow(new QLineSeries), m_bandHigh(new QLineSeries),
      m_band(new QAreaSeries(m_bandHigh, m_bandLow)) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(140); // room for a few bars; small windows (1024x700) still fit
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation); // live updates during a drag must not lag
    m_band->setColor(QColor(0x22, 0x88, 0x33, 40));
    m_band->setBorderColor(QColor(0x22, 0x88, 0x33, 120));
    chart->addSeries(m_band);
    chart->addSeries(m_series);
    m_series->setBarWidth(0.7);
    m_values->setLabelFormat(QStringLiteral("%+.0f%%"));
    m_values->setTickCount(5);
    chart->addAxis(m_values, Qt::AlignBottom);
    chart->addAxis(m_categories, Qt::AlignLeft);
    m_categories->setTruncateLabels(false); // the names, not "…", when the dock is narrow
    chart->addAxis(m_bandY, Qt::AlignRight);
    m_bandY->setRange(0, 1);
    m_bandY->setVisible(false);
    m_series->attachAxis(m_values);
    m_series->attachAxis(m_categories);
    m_band->attachAxis(m_values);
    m_band->attachAxis(m_bandY);
    setChart(chart);
    m_labelPixels = QFontInfo(m_categories->labelsFont()).pixelSize();
    connect(chart, &QChart::plotAreaChanged, this, &BalanceChart::fitCategoryLabels);
    updateBand();
}

void BalanceChart::fitCategoryLabels() {
    const int n = int(m_bars.size());
    if (n == 0) return;
    // A label takes about 1.6 times its pixel size of height (line spacing and the label item's
    // margins); 8 px stays legible.
    const double perBar = chart()->plotArea().height() / n;
    const int pixels = std::clamp(int(perBar / 1.6), 8, m_labelPixels);
    QFont font = m_categories->labelsFont();
    if (font.pixelSize() == pixels || (pixels == m_labelPixels && font.pixelSize() <= 0)) return;
    font.setPixelSize(pixels);
    m_categories->setLabelsFont(font); // lays the chart out again: plotAreaChanged, then a no-op here
}

void BalanceChart::clearData() {
    m_series->clear();
    m_categories->clear();
    m_categories->setVisible(false); // see setData
    m_bars.clear();
}

void BalanceChart::setData(const MetricsTable& table, const std::vector<QColor>& colors, const QString& measureName) {
    // Every territory up to maxBars; beyond that the ones furthest from the mean (500 bars would
    // be unreadable, and slow to lay out on every step of a drag).
    std::vector<int> rows(std::size_t(table.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    const auto deviation = [&](int r) {
        const double d = table.metrics(r).deviationPct;
        return std::isnan(d) ? 0.0 : d;
    };
    if (int(rows.size()) > maxBars) {
        std::stable_sort(rows.begin(), rows.end(),
                         [&](int a, int b) { return std::abs(deviation(a)) > std::abs(deviation(b)); });
        rows.resize(std::size_t(maxBars));
        std::sort(rows.begin(), rows.end());
        chart()->setTitle((table.plan().capacityTargets
                               ? tr("Deviation from the capacity targets: %1 (the %2 furthest of %3)")
                               : tr("Deviation from the mean: %1 (the %2 furthest of %3)"))
                              .arg(measureName)
                              .arg(maxBars)
                              .arg(table.rowCount()));
    } else {
        chart()->setTitle((table.plan().capacityTargets ? tr("Deviation from the capacity targets: %1")
                                                        : tr("Deviation from the mean: %1"))
                              .arg(measureName));
    }
    std::vector<std::pair<QString, double>> bars;
    std::vector<QColor> barColors;
    for (int r : rows) {
        bars.emplace_back(table.text(r, MetricsTable::Territory), deviation(r));
        barColors.push_back(std::size_t(r) < colors.size() ? colors[std::size_t(r)] : QColor(Qt::gray));
    }
    const int n = int(bars.size());
    if (n != int(m_bars.size())) {
        // One set per territory, holding its value in its own row only: each bar gets its colour.
        // Building sets is the chart's expensive part (each makes a legend marker and text items):
        // it happens only when the number of bars changes; other changes relabel the sets.
        m_series->clear();
        for (int i = 0; i < n; ++i) {
            auto* set = new QBarSet(bars[std::size_t(i)].first);
            for (int row = 0; row < n; ++row) set->append(0.0);
            m_series->append(set);
        }
    }
    const bool sameNames = std::equal(bars.begin(), bars.end(), m_bars.begin(), m_bars.end(),
                                      [](const auto& a, const auto& b) { return a.first == b.first; });
    if (!sameNames) {
        QStringList names;
        for (int i = n - 1; i >= 0; --i) names << bars[std::size_t(i)].first; // first territory on top
        m_categories->setCategories(names);
        // Emptied, a QBarCategoryAxis keeps drawing its old labels and grid (a new blank project
        // showed the demo's territories): without territories the axis is not shown.
        m_categories->setVisible(n > 0);
        const auto sets = m_series->barSets();
        for (int i = 0; i < n; ++i) sets[i]->setLabel(bars[std::size_t(i)].first);
    }
    const auto sets = m_series->barSets();
    for (int i = 0; i < n; ++i) {
        QBarSet* set = sets[i];
        const double d = bars[std::size_t(i)].second;
        // Each change re-lays out the series: only what changed (a drag changes two bars).
        if (set->at(n - 1 - i) != d) set->replace(n - 1 - i, d);
        const QColor base = barColors[std::size_t(i)];
        const bool outside = std::abs(d) > m_tolerance;
        const QColor border = outside ? QColor(0xb0, 0x2a, 0x2a) : base.darker(130);
        // Outside the tolerance the bar is hatched too, not only outlined in red.
        const Qt::BrushStyle style = outside ? Qt::BDiagPattern : Qt::SolidPattern;
        if (set->color() != base || set->brush().style() != style) set->setBrush(QBrush(base, style));
        if (set->borderColor() != border) set->setBorderColor(border);
        if (QPen pen = set->pen(); pen.widthF() != (outside ? 2.0 : 1.0)) {
            pen.setWidthF(outside ? 2.0 : 1.0);
            set->setPen(pen);
        }
    }
    double extent = m_tolerance * 1.5;
    for (const auto& b : bars) extent = std::max(extent, std::abs(b.second) * 1.1);
    extent = std::ceil(extent / 10.0) * 10.0;
    m_values->setRange(-extent, extent);
    const bool countChanged = n != int(m_bars.size());
    m_bars = std::move(bars);
    if (countChanged) fitCategoryLabels();
}

void BalanceChart::setTolerancePct(double tolerance) {
    m_tolerance = tolerance;
    updateBand();
}

void BalanceChart::updateBand() {
    m_bandLow->clear();
    m_bandHigh->clear();
    // A vertical band from -tolerance to +tolerance over the full height.
    m_bandLow->append(-m_tolerance, 0);
    m_bandLow->append(m_tolerance, 0);
    m_bandHigh->append(-m_tolerance, 1);
    m_bandHigh->append(m_tolerance, 1);
}

} // namespace tp::ui
