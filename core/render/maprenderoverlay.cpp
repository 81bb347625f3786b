#include "render/maprenderoverlay.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace tp::render {

QString MapRenderOverlay::attribution(const QString& tileAttribution, const QString& dataAttribution) {
    const QString own =
        dataAttribution.isEmpty() ? QStringLiteral("Map data: US Census (us-atlas), Natural Earth") : dataAttribution;
    return tileAttribution.isEmpty() ? own : tileAttribution + QStringLiteral(" | ") + own;
}

double MapRenderOverlay::niceScaleMetres(double metresPerPixel, double maxPx) {
    const double maxMetres = metresPerPixel * maxPx;
    if (!(maxMetres > 0.0)) return 0.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= maxMetres) return step * magnitude;
    return magnitude;
}

void MapRenderOverlay::draw(QPainter& p, const MapViewport& view, const MapRenderStyle& style,
                            const QString& tileAttribution, const QString& dataAttribution) {
    if (!view.isValid()) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font = p.font();
    font.setPixelSize(int(std::lround(style.overlayTextPx)));
    p.setFont(font);
    const QFontMetricsF fm(font);
    const double w = view.size().width(), h = view.size().height();

    // Scale bar.
    const double metres = niceScaleMetres(view.groundResolution(), 110.0);
    if (metres > 0.0) {
        const double px = metres / view.groundResolution();
        const QString label =
            metres >= 1000.0 ? QStringLiteral("%1 km").arg(metres / 1000.0) : QStringLiteral("%1 m").arg(metres);
        const double boxHeight = fm.height() + 19;
        const QRectF box(8, h - 8 - boxHeight, std::max(px, fm.horizontalAdvance(label)) + 20, boxHeight);
        p.setPen(Qt::NoPen);
        p.setBrush(style.overlayBackground);
        p.drawRoundedRect(box, 3, 3);
        const double x0 = box.left() + 10, y = box.bottom() - 8;
        QPen pen(style.overlayText, 1.5, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
        p.setPen(pen);
        p.drawPolyline(QPolygonF({QPointF(x0, y - 5), QPointF(x0, y), QPointF(x0 + px, y), QPointF(x0 + px, y - 5)}));
        p.drawText(QRectF(box.left(), box.top() + 2, box.width(), fm.height()), Qt::AlignCenter, label);
    }

    // Attribution.
    const QString text = attribution(tileAttribution, dataAttribution);
    const double tw = fm.horizontalAdvance(text) + 10;
    const QRectF tbox(w - tw - 4, h - fm.height() - 6, tw, fm.height() + 2);
    p.setPen(Qt::NoPen);
    p.setBrush(style.overlayBackground);
    p.drawRoundedRect(tbox, 2, 2);
    p.setPen(style.overlayText);
    p.drawText(tbox, Qt::AlignCenter, text);
    p.restore();
}

} // namespace tp::render
