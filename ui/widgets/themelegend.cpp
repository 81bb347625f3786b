#include "ui/widgets/themelegend.h"

#include "model/thematicmap.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tp::ui {

namespace {
constexpr int padding = 8;
constexpr int sideMargin = 10;

QFont boldOf(const QFont& font) {
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

// The fold marker beside a collapsible title: a small triangle, right (folded) or down.
void paintFold(QPainter& p, const QRectF& box, bool collapsed, const QColor& colour) {
    QPainterPath t;
    const QRectF r = box.adjusted(box.width() * 0.25, box.height() * 0.3, -box.width() * 0.25, -box.height() * 0.3);
    if (collapsed) {
        t.moveTo(r.left(), r.top());
        t.lineTo(r.right(), r.center().y());
        t.lineTo(r.left(), r.bottom());
    } else {
        t.moveTo(r.left(), r.top());
        t.lineTo(r.right(), r.top());
        t.lineTo(r.center().x(), r.bottom());
    }
    t.closeSubpath();
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPath(t);
    p.restore();
}

void paintSwatch(QPainter& p, const ThemeLegend::Entry& e, const QRectF& box, const QFont& font) {
    p.save();
    switch (e.swatch) {
        case ThemeLegend::Swatch::Fill:
            p.setPen(QColor(0, 0, 0, 90));
            p.setBrush(e.colour);
            p.drawRect(box.adjusted(0.5, 1.5, -0.5, -1.5));
            break;
        case ThemeLegend::Swatch::Dot: {
            const double r = std::min(box.width(), box.height()) * 0.22 * e.scale;
            p.setPen(QPen(QColor(255, 255, 255, 230), 1.0));
            p.setBrush(e.colour);
            p.drawEllipse(box.center(), r, r);
            break;
        }
        case ThemeLegend::Swatch::Hatch:
        case ThemeLegend::Swatch::CrossHatch: {
            const QRectF r = box.adjusted(0.5, 1.5, -0.5, -1.5);
            p.fillRect(r, QColor(0xf4, 0xf2, 0xee));
            QBrush hatch(e.colour, e.swatch == ThemeLegend::Swatch::Hatch ? Qt::BDiagPattern : Qt::DiagCrossPattern);
            hatch.setTransform(QTransform::fromScale(1.5, 1.5));
            p.fillRect(r, hatch);
            p.setPen(QPen(e.colour, 1.2, e.swatch == ThemeLegend::Swatch::Hatch ? Qt::DashLine : Qt::SolidLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r);
            break;
        }
        case ThemeLegend::Swatch::Symbol:
            p.setFont(boldOf(font));
            p.setPen(e.colour);
            p.drawText(box, Qt::AlignCenter, e.symbol);
            break;
        case ThemeLegend::Swatch::Heading:
            break;
    }
    p.restore();
}

} // namespace

ThemeLegend::ThemeLegend(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("themeLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    hide();
}

void ThemeLegend::setLegend(const QString& title, const QString& subtitle, std::vector<Entry> entries) {
    if (title == m_title && subtitle == m_subtitle && entries == m_entries) return; // after most edits
    m_title = title;
    m_subtitle = subtitle;
    m_entries = std::move(entries);
    m_drawn = QImage();
    place();
    update();
}

void ThemeLegend::setMap(const ThematicMap& map) {
    std::vector<Entry> entries;
    for (const ThematicMap::LegendRow& row : map.legend())
        entries.push_back({QColor::fromRgb(row.colour), row.label, row.count});
    setLegend(map.title(), map.subtitle(), std::move(entries));
}

void ThemeLegend::setCorner(Qt::Corner corner) {
    m_corner = corner;
    place();
}

void ThemeLegend::setAnchor(QWidget* anchor) {
    m_anchor = anchor;
    place();
}

void ThemeLegend::setCollapsible(bool collapsible) {
    m_collapsible = collapsible;
    m_drawn = QImage();
    setAttribute(Qt::WA_TransparentForMouseEvents, !collapsible);
    setCursor(collapsible ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (collapsible) setToolTip(tr("Click to fold or unfold the legend"));
    place();
}

void ThemeLegend::setCollapsed(bool collapsed) {
    if (collapsed == m_collapsed) return;
    m_collapsed = collapsed;
    m_drawn = QImage();
    place();
    update();
    emit collapsedChanged(collapsed);
}

void ThemeLegend::mousePressEvent(QMouseEvent* event) {
    if (m_collapsible && event->button() == Qt::LeftButton) {
        setCollapsed(!m_collapsed);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

QSize ThemeLegend::sizeFor(const QFont& font, const QString& title, const QString& subtitle,
                           const std::vector<Entry>& entries, bool collapsed, bool collapsible) {
    const QFontMetrics fm(font);
    const QFontMetrics bm(boldOf(font));
    const int row = fm.height() + 3;
    const int swatch = fm.height();
    const int fold = collapsible ? bm.height() : 0;
    int labelW = 0, countW = 0;
    const QLocale locale;
    for (const Entry& e : entries) {
        const int indent = e.swatch == Swatch::Heading ? 0 : swatch + 8;
        labelW = std::max(labelW, indent + (e.swatch == Swatch::Heading ? bm : fm).horizontalAdvance(e.label));
        if (e.showCount) countW = std::max(countW, fm.horizontalAdvance(locale.toString(e.count)));
    }
    const int titleW = fold + bm.horizontalAdvance(title);
    if (collapsed) return {titleW + 2 * padding + 6, bm.height() + 2 * padding};
    const int width = std::max({titleW, fm.horizontalAdvance(subtitle), labelW + (countW ? 16 + countW : 0)});
    const int height = bm.height() + (subtitle.isEmpty() ? 0 : fm.height()) + 6 + row * int(entries.size());
    return {width + 2 * padding + 6, height + 2 * padding}; // + slack: painter and QFontMetrics may round apart
}

QSize ThemeLegend::sizeHint() const {
    return sizeFor(font(), m_title, m_subtitle, m_entries, m_collapsed, m_collapsible);
}

void ThemeLegend::place() {
    if (!parentWidget()) return;
    const QSize hint = sizeHint();
    QWidget* over = m_anchor ? m_anchor : parentWidget();
    const QSize room = over->size();
    const QPoint origin = over == parentWidget() ? QPoint(0, 0) : over->mapTo(parentWidget(), QPoint(0, 0));
    // Above the scale bar and the attribution, whose type grows with ours (workshop mode).
    const int bottomMargin = 20 + 2 * QFontMetrics(font()).height();
    const QSize size(
        std::min(hint.width(), std::max(80, room.width() - 2 * sideMargin)),
        std::min(hint.height(), std::max(m_collapsed ? 20 : 60, room.height() - bottomMargin - sideMargin)));
    const bool right = m_corner == Qt::BottomRightCorner || m_corner == Qt::TopRightCorner;
    const bool top = m_corner == Qt::TopLeftCorner || m_corner == Qt::TopRightCorner;
    setGeometry(origin.x() + (right ? room.width() - sideMargin - size.width() : sideMargin),
                origin.y() + (top ? sideMargin : room.height() - bottomMargin - size.height()), size.width(),
                size.height());
}

bool ThemeLegend::event(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_drawn = QImage();
        place();
    }
    if (event->type() == QEvent::LocaleChange || event->type() == QEvent::PaletteChange) m_drawn = QImage();
    return QWidget::event(event);
}

void ThemeLegend::paintEvent(QPaintEvent*) {
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (m_drawn.size() != pixels || m_drawn.devicePixelRatio() != ratio) {
        m_drawn = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_drawn.setDevicePixelRatio(ratio);
        m_drawn.fill(Qt::transparent);
        QPainter onImage(&m_drawn);
        paintLegend(onImage, rect(), font(), m_title, m_subtitle, m_entries, m_collapsed, m_collapsible);
    }
    QPainter p(this);
    p.drawImage(QPointF(0, 0), m_drawn);
}

void ThemeLegend::paintLegend(QPainter& p, const QRect& rect, const QFont& font, const QString& title,
                              const QString& subtitle, const std::vector<Entry>& entries, bool collapsed,
                              bool collapsible) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath panel;
    panel.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p.fillPath(panel, QColor(255, 255, 255, 235));
    p.setPen(QColor(0, 0, 0, 60));
    p.drawPath(panel);

    const QFontMetrics fm(font);
    const QFont bold = boldOf(font);
    const QFontMetrics bm(bold);
    const QColor text(0x22, 0x28, 0x2e), muted(0x55, 0x5d, 0x66);
    int y = rect.top() + padding;
    int x = rect.left() + padding;
    const int right = rect.right() + 1 - padding;
    if (collapsible) {
        paintFold(p, QRectF(x, y, bm.height(), bm.height()), collapsed, muted);
        x += bm.height();
    }
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(x, y, right - x, bm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               bm.elidedText(title, Qt::ElideRight, right - x));
    x = rect.left() + padding;
    y += bm.height();
    if (collapsed) {
        p.restore();
        return;
    }
    p.setFont(font);
    if (!subtitle.isEmpty()) {
        p.setPen(muted);
        p.drawText(QRect(x, y, right - x, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(subtitle, Qt::ElideRight, right - x));
        y += fm.height();
    }
    y += 6;
    const int row = fm.height() + 3;
    const int swatch = fm.height();
    const QLocale locale;
    for (const Entry& e : entries) {
        if (e.swatch == Swatch::Heading) {
            p.setFont(bold);
            p.setPen(muted);
            p.drawText(QRect(x, y, right - x, row), Qt::AlignLeft | Qt::AlignBottom,
                       bm.elidedText(e.label, Qt::ElideRight, right - x));
            p.setFont(font);
            y += row;
            continue;
        }
        paintSwatch(p, e, QRectF(x, y, swatch, swatch), font);
        p.setPen(text);
        const int countW = e.showCount ? fm.horizontalAdvance(locale.toString(e.count)) + 8 : 0;
        const int labelW = right - x - swatch - 8 - countW;
        p.drawText(QRect(x + swatch + 8, y, labelW, row), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(e.label, Qt::ElideRight, labelW));
        if (e.showCount) {
            p.setPen(muted);
            p.drawText(QRect(x, y, right - x, row), Qt::AlignRight | Qt::AlignVCenter, locale.toString(e.count));
        }
        y += row;
    }
    p.restore();
}

} // namespace tp::ui
