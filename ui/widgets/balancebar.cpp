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

void BalanceBar::setData(const QString& scenario, const MetricsTable& table, const std::vector<QColor>& colors,
                         double tolerancePct) {
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
    updateBefore();
    updateGeometry();
    update();
}

void BalanceBar::setComparison(const QString& summary, const QHash<QString, double>& before) {
    m_comparison = summary;
    m_before = summary.isEmpty() ? QHash<QString, double>() : before;
    updateBefore();
    updateGeometry();
    update();
}

void BalanceBar::updateBefore() {
    for (Chip& c : m_chips) {
        const auto it = m_before.constFind(c.name);
        c.before = it == m_before.constEnd() || std::isnan(*it)
                       ? QString()
                       : (*it > 0 ? QStringLiteral("+") : QString()) + MetricsTable::formatNumber(*it, 1)
                             + QStringLiteral("% → ");
    }
}

QStringList BalanceBar::chipTexts() const {
    QStringList texts;
    for (const Chip& c : m_chips) texts << c.name + QLatin1Char(' ') + c.before + c.figure;
    return texts;
}

int BalanceBar::chipWidth(const Chip& c, const QFontMetrics& bold, const QFontMetrics& normal) const {
    const int swatch = bold.height() - 6;
    return swatch + 8 + normal.horizontalAdvance(c.name) + 8 + normal.horizontalAdvance(c.before)
           + bold.horizontalAdvance(c.figure) + 22;
}

int BalanceBar::textHeight(const QString& text, int width) const {
    QFont bold = font();
    bold.setPixelSize(int(m_textPx));
    bold.setBold(true);
    const QFontMetrics fm(bold);
    return fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text).height() + 8;
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
    int rows = m_chips.empty() ? 0 : 1, x = 12;
    for (const Chip& c : m_chips) {
        const int w = chipWidth(c, fm, nm);
        if (x + w > width - 12 && x > 12) {
            x = 12;
            ++rows;
        }
        x += w;
    }
    return rows;
}

QSize BalanceBar::sizeHint() const {
    QFont f = font();
    f.setPixelSize(int(m_textPx));
    f.setBold(true);
    const QFontMetrics fm(f);
    const int w = std::max(width(), 400);
    const int text = textHeight(m_headline, w - 24) + (m_comparison.isEmpty() ? 0 : textHeight(m_comparison, w - 24));
    return {w, text + chipRows(w) * (fm.height() + 8) + 12};
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
    const int headlineHeight = textHeight(m_headline, width() - 24);
    p.drawText(QRect(12, y + 4, width() - 24, headlineHeight), Qt::AlignLeft | Qt::TextWordWrap, m_headline);
    y += headlineHeight;
    if (!m_comparison.isEmpty()) {
        p.setPen(QColor(0xff, 0xd3, 0x4d));
        const int comparisonHeight = textHeight(m_comparison, width() - 24);
        p.drawText(QRect(12, y + 4, width() - 24, comparisonHeight), Qt::AlignLeft | Qt::TextWordWrap, m_comparison);
        y += comparisonHeight;
    }
    const QFontMetrics nm(normal);
    int x = 12;
    const int swatch = fm.height() - 6;
    for (const Chip& c : m_chips) {
        p.setFont(normal);
        const int nameWidth = nm.horizontalAdvance(c.name);
        const int beforeWidth = nm.horizontalAdvance(c.before);
        const int figureWidth = fm.horizontalAdvance(c.figure);
        const int w = chipWidth(c, fm, nm);
        if (x + w > width() - 12 && x > 12) {
            x = 12;
            y += lineHeight;
        }
        const QRect box(x, y + 4, swatch, swatch);
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(c.color);
        p.drawRoundedRect(box, 3, 3);
        p.setPen(QColor(0xe8, 0xec, 0xf0));
        p.drawText(QRect(x + swatch + 8, y, nameWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, c.name);
        if (!c.before.isEmpty()) {
            p.setPen(QColor(0xb8, 0xc2, 0xcc));
            p.drawText(QRect(x + swatch + 16 + nameWidth, y, beforeWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       c.before);
        }
        p.setFont(bold);
        p.setPen(c.warning ? QColor(0xff, 0x7b, 0x72) : QColor(0x7e, 0xe7, 0x87));
        p.drawText(QRect(x + swatch + 16 + nameWidth + beforeWidth, y, figureWidth, lineHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, c.figure);
        x += w;
    }
}

} // namespace tp::ui
