#include "render/tolerancemark.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace tp::render {

ToleranceMark::State ToleranceMark::state(double deviationPct, double tolerancePct) {
    if (std::isnan(deviationPct)) return State::Undefined;
    if (deviationPct > tolerancePct) return State::Over;
    if (deviationPct < -tolerancePct) return State::Under;
    return State::Within;
}

QString ToleranceMark::symbol(double deviationPct, double tolerancePct) {
    return symbol(state(deviationPct, tolerancePct));
}

QString ToleranceMark::symbol(State state) {
    switch (state) {
        case State::Over:
            return QStringLiteral("▲");
        case State::Under:
            return QStringLiteral("▼");
        case State::Within:
            return QStringLiteral("✓");
        case State::Undefined:
            break;
    }
    return {};
}

QString ToleranceMark::meaning(State state) {
    switch (state) {
        case State::Over:
            return QCoreApplication::translate("tp::ui::ToleranceMark", "over the tolerance");
        case State::Under:
            return QCoreApplication::translate("tp::ui::ToleranceMark", "under the tolerance");
        case State::Within:
            return QCoreApplication::translate("tp::ui::ToleranceMark", "within the tolerance");
        case State::Undefined:
            break;
    }
    return {};
}

QColor ToleranceMark::colour(State state) {
    return state == State::Over || state == State::Under ? QColor(0xb0, 0x2a, 0x2a) : QColor(0x3a, 0x7d, 0x44);
}

void ToleranceMark::paint(QPainter* painter, const QRectF& box, State state, const QColor& colour) {
    if (state == State::Undefined) return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = box.adjusted(box.width() * 0.1, box.height() * 0.15, -box.width() * 0.1, -box.height() * 0.15);
    if (state == State::Within) {
        QPen pen(colour, std::max(1.5, box.height() / 7.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        QPainterPath tick;
        tick.moveTo(r.left(), r.center().y());
        tick.lineTo(r.left() + r.width() * 0.38, r.bottom());
        tick.lineTo(r.right(), r.top());
        painter->drawPath(tick);
    } else {
        QPainterPath triangle;
        if (state == State::Over) {
            triangle.moveTo(r.center().x(), r.top());
            triangle.lineTo(r.right(), r.bottom());
            triangle.lineTo(r.left(), r.bottom());
        } else {
            triangle.moveTo(r.left(), r.top());
            triangle.lineTo(r.right(), r.top());
            triangle.lineTo(r.center().x(), r.bottom());
        }
        triangle.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPath(triangle);
    }
    painter->restore();
}

QIcon ToleranceMark::icon(State state, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    paint(&p, QRectF(0, 0, size, size), state, colour(state));
    p.end();
    return QIcon(pixmap);
}

} // namespace tp::render
