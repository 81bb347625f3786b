#pragma once
// BalanceBar: the compact balance summary of workshop mode, readable from the back of a room:
// the scenario and its status, the balance index, and one chip per territory (its colour, name
// and deviation from the mean, red beyond the tolerance), plus the comparison summary when one
// is on. Large type; paints itself from a MetricsTable snapshot. GUI thread only.

#include <QColor>
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

    void setData(const QString& scenario, const MetricsTable& table, const std::vector<QColor>& colors, double tolerancePct);
    void setComparison(const QString& summary);  // empty: none
    void setTextSize(double pixels);
    double textSize() const { return m_textPx; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Chip {
        QString name, figure;
        QColor color;
        bool warning = false;
    };
    int chipRows(int width) const;

    QString m_headline;
    QString m_comparison;
    std::vector<Chip> m_chips;
    double m_textPx = 20.0;
};

} // namespace tp::ui
