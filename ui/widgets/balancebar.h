#pragma once
// BalanceBar: the compact balance summary of workshop mode, readable from the back of a room:
// the scenario and its status, the balance figures, and one chip per territory (its colour, name
// and deviation from the mean, red beyond the tolerance), plus the comparison summary when one
// is on, each chip then reading "before → after". Text wraps rather than being cut. Large type;
// paints itself from a MetricsTable snapshot. GUI thread only.

#include <QColor>
#include <QHash>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace tp {
class MetricsTable;
}

namespace tp::ui {

class BalanceBar : public QWidget {
    Q_OBJECT
public:
    explicit BalanceBar(QWidget* parent = nullptr);

    void setData(const QString& scenario, const MetricsTable& table, const std::vector<QColor>& colors,
                 double tolerancePct);
    // The comparison's summary (empty: none) and each territory's deviation (%) in the scenario
    // compared with, by name: the chips show before → after.
    void setComparison(const QString& summary, const QHash<QString, double>& before = {});
    void setTextSize(double pixels);
    double textSize() const { return m_textPx; }

    // Each chip's text as drawn ("Florida −1.6% → +0.4%"), for tests.
    QStringList chipTexts() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Chip {
        QString name, figure, before; // before: "−4.3% → " while comparing
        QColor color;
        bool warning = false;
    };
    int chipRows(int width) const;
    int chipWidth(const Chip& c, const QFontMetrics& bold, const QFontMetrics& normal) const;
    int textHeight(const QString& text, int width) const; // wrapped, in the bold type
    void updateBefore();

    QString m_headline;
    QString m_comparison;
    QHash<QString, double> m_before;
    std::vector<Chip> m_chips;
    double m_textPx = 20.0;
};

} // namespace tp::ui
