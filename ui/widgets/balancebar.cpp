#include "ui/widgets/balancebar.h"

#include "model/metricstable.h"

#include <QPainter>

#include <cmath>

namespace tp::ui {

BalanceBar::BalanceBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("balanceBar"));
    setAutoFillBackground(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BalanceBar::setData(const QString& scenario, const MetricsTable& table, const std::vector<QColor>& colors, double tolerancePct) {
    m_headline = scenario + QStringLiteral(" · ") + table.balanceSummary(tolerancePct);
    m_chips.clear();
    for (int r = 0; r < table.rowCount(); ++r) {
        const double d = table.metrics(r).deviationPct;
        Chip c;
        c.name = table.text(r, MetricsTable::Territory);
        c.figure = table.text(r, MetricsTable::DeviationPct) + QStringLiteral("%");
        c.color = std::size_t(r) < colors.size() ? colors[std::size_t(r)] : QColor(Qt::gray);
        c.warning = !std::isnan(d) && std::abs(d) > tolerancePct;
        m_chips.push_back(c);
    }
    updateGeometry();
    update();
}

void BalanceBar::setComparison(const QString& summary) {
    m_comparison = summary;
    updateGeometry();
    update();
}

void BalanceBar::setTextSize(double pixels) {
    m_textPx = pixels;
    updateGeometry();
    update();
}

int BalanceBar::chipRows(int width) const {
    QFont bold = font();
    bold.setPixelSize(int(m_textPx));
    bold.setBold(true);
    QFont normal = bold;
    normal.setBold(false);
    const QFontMetrics fm(bold), nm(normal);
    const int swatch = fm.height() - 6;
    int rows = m_chips.empty() ? 0 : 1, x = 12;
    for (const Chip& c : m_chips) {
        const int chipWidth = swatch + 8 + nm.horizontalAdvance(c.name) + 8 + fm.horizontalAdvance(c.figure) + 22;
        if (x + chipWidth > width - 12 && x > 12) {
            x = 12;
            ++rows;
        }
        x += chipWidth;
    }
    return rows;
}

QSize BalanceBar::sizeHint() const {
    QFont f = font();
    f.setPixelSize(int(m_textPx));
    f.setBold(true);
    const QFontMetrics fm(f);
    const int w = std::max(width(), 400);
    const int lines = 1 + (m_comparison.isEmpty() ? 0 : 1) + chipRows(w);
    return {w, lines * (fm.height() + 8) + 12};
}

void BalanceBar::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (sizeHint().height() != height()) updateGeometry();
}

void BalanceBar::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), QColor(0x10, 0x14, 0x18));
    QFont bold = font();
    bold.setPixelSize(int(m_textPx));
    bold.setBold(true);
    QFont normal = bold;
    normal.setBold(false);
    const QFontMetrics fm(bold);
    const int lineHeight = fm.height() + 8;
    int y = 6;
    p.setFont(bold);
    p.setPen(Qt::white);
    p.drawText(QRect(12, y, width() - 24, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_headline, Qt::ElideRight, width() - 24));
    y += lineHeight;
    if (!m_comparison.isEmpty()) {
        p.setPen(QColor(0xff, 0xd3, 0x4d));
        p.drawText(QRect(12, y, width() - 24, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_comparison, Qt::ElideRight, width() - 24));
        y += lineHeight;
    }
    int x = 12;
    const int swatch = fm.height() - 6;
    for (const Chip& c : m_chips) {
        p.setFont(normal);
        const int nameWidth = QFontMetrics(normal).horizontalAdvance(c.name);
        const int figureWidth = fm.horizontalAdvance(c.figure);
        const int chipWidth = swatch + 8 + nameWidth + 8 + figureWidth + 22;
        if (x + chipWidth > width() - 12 && x > 12) {
            x = 12;
            y += lineHeight;
        }
        const QRect box(x, y + 4, swatch, swatch);
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(c.color);
        p.drawRoundedRect(box, 3, 3);
        p.setPen(QColor(0xe8, 0xec, 0xf0));
        p.drawText(QRect(x + swatch + 8, y, nameWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, c.name);
        p.setFont(bold);
        p.setPen(c.warning ? QColor(0xff, 0x7b, 0x72) : QColor(0x7e, 0xe7, 0x87));
        p.drawText(QRect(x + swatch + 16 + nameWidth, y, figureWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, c.figure);
        x += chipWidth;
    }
}

} // namespace tp::ui
