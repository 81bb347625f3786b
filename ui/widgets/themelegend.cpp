#include "ui/widgets/themelegend.h"

#include "model/thematicmap.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tp::ui {

namespace {
constexpr int padding = 8;
constexpr int sideMargin = 10;
} // namespace

ThemeLegend::ThemeLegend(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("themeLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    hide();
}

void ThemeLegend::setLegend(const QString& title, const QString& subtitle, std::vector<Entry> entries) {
    m_title = title;
    m_subtitle = subtitle;
    m_entries = std::move(entries);
    place();
    update();
}

void ThemeLegend::setMap(const ThematicMap& map) {
    std::vector<Entry> entries;
    for (const ThematicMap::LegendRow& row : map.legend()) entries.push_back({QColor::fromRgb(row.colour), row.label, row.count});
    setLegend(map.title(), map.subtitle(), std::move(entries));
}

QSize ThemeLegend::sizeHint() const {
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bm(bold);
    const int row = fm.height() + 3;
    const int swatch = fm.height();
    int labelW = 0, countW = 0;
    const QLocale locale;
    for (const Entry& e : m_entries) {
        labelW = std::max(labelW, fm.horizontalAdvance(e.label));
        countW = std::max(countW, fm.horizontalAdvance(locale.toString(e.count)));
    }
    const int width = std::max({bm.horizontalAdvance(m_title), fm.horizontalAdvance(m_subtitle), swatch + 8 + labelW + 16 + countW});
    const int height = bm.height() + (m_subtitle.isEmpty() ? 0 : fm.height()) + 6 + row * int(m_entries.size());
    return {width + 2 * padding + 6, height + 2 * padding};  // + slack: painter and QFontMetrics may round apart
}

void ThemeLegend::place() {
    if (!parentWidget()) return;
    const QSize hint = sizeHint();
    const QSize room = parentWidget()->size();
    // Above the scale bar, whose type grows with ours (workshop mode).
    const int bottomMargin = 20 + 2 * QFontMetrics(font()).height();
    const QSize size(std::min(hint.width(), std::max(80, room.width() - 2 * sideMargin)),
                     std::min(hint.height(), std::max(60, room.height() - bottomMargin - sideMargin)));
    setGeometry(sideMargin, room.height() - bottomMargin - size.height(), size.width(), size.height());
}

bool ThemeLegend::event(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) place();
    return QWidget::event(event);
}

void ThemeLegend::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath panel;
    panel.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p.fillPath(panel, QColor(255, 255, 255, 235));
    p.setPen(QColor(0, 0, 0, 60));
    p.drawPath(panel);

    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bm(bold);
    const QColor text(0x22, 0x28, 0x2e), muted(0x55, 0x5d, 0x66);
    int y = padding;
    const int x = padding, right = width() - padding;
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(x, y, right - x, bm.height()), Qt::AlignLeft | Qt::AlignVCenter, bm.elidedText(m_title, Qt::ElideRight, right - x));
    y += bm.height();
    p.setFont(font());
    if (!m_subtitle.isEmpty()) {
        p.setPen(muted);
        p.drawText(QRect(x, y, right - x, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(m_subtitle, Qt::ElideRight, right - x));
        y += fm.height();
    }
    y += 6;
    const int row = fm.height() + 3;
    const int swatch = fm.height();
    const QLocale locale;
    for (const Entry& e : m_entries) {
        p.setPen(QColor(0, 0, 0, 90));
        p.setBrush(e.colour);
        p.drawRect(QRectF(x + 0.5, y + 1.5, swatch - 1, swatch - 3));
        p.setPen(text);
        p.drawText(QRect(x + swatch + 8, y, right - x - swatch - 8, row), Qt::AlignLeft | Qt::AlignVCenter, e.label);
        p.setPen(muted);
        p.drawText(QRect(x, y, right - x, row), Qt::AlignRight | Qt::AlignVCenter, locale.toString(e.count));
        y += row;
    }
}

} // namespace tp::ui
