#include "render/labelsprites.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace tp::render {
namespace {

constexpr qsizetype maxSprites = 4096;

QFont labelFont(double px, QFont::Weight weight) {
    QFont f;
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setWeight(weight);
    return f;
}

} // namespace

LabelSprites::Type::Type(double px)
    : px(px), title(labelFont(px, QFont::Bold)), detail(labelFont(px * 0.8, QFont::DemiBold)), titleMetrics(title),
      detailMetrics(detail) {}

QRectF LabelSprites::box(const QString& title, const QString& detail, QPointF c, const Type& type) {
    const double w = std::max(type.titleMetrics.horizontalAdvance(title),
                              detail.isEmpty() ? 0.0 : type.detailMetrics.horizontalAdvance(detail));
    const double h = type.titleMetrics.height() + (detail.isEmpty() ? 0.0 : type.detailMetrics.height());
    return QRectF(c.x() - w / 2, c.y() - h / 2, w, h).adjusted(-4, -2, 4, 2);
}

QPoint LabelSprites::topLeftPx(const QRectF& box, const Type& type, double dpr) {
    const double m = margin(type);
    return QPoint(int(std::lround((box.left() - m) * dpr)), int(std::lround((box.top() - m) * dpr)));
}

QImage LabelSprites::sprite(const QString& title, const QString& detail, bool warning, const Type& type, double dpr) {
    const QString key =
        QStringLiteral("%1\x1f%2\x1f%3\x1f%4\x1f%5").arg(title, detail).arg(int(warning)).arg(type.px).arg(dpr);
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_sprites.constFind(key);
        if (it != m_sprites.constEnd()) return *it;
    }
    QImage image = draw(title, detail, warning, type, dpr);
    QMutexLocker lock(&m_mutex);
    if (m_sprites.size() >= maxSprites) m_sprites.clear();
    m_sprites.insert(key, image);
    return image;
}

QImage LabelSprites::draw(const QString& title, const QString& detail, bool warning, const Type& type, double dpr) {
    const QRectF b = box(title, detail, QPointF(0, 0), type);
    const double m = margin(type);
    QImage image(int(std::ceil((b.width() + 2 * m) * dpr)) + 1, int(std::ceil((b.height() + 2 * m) * dpr)) + 1,
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(dpr, dpr);
    p.translate(m - b.left(), m - b.top());
    double baseline = b.top() + 2 + type.titleMetrics.ascent();
    auto drawLine = [&](const QString& text, const QFont& font, const QFontMetricsF& fm, const QColor& color) {
        QPainterPath path;
        path.addText(QPointF(-fm.horizontalAdvance(text) / 2, baseline), font, text);
        p.setPen(QPen(QColor(255, 255, 255, 235), haloWidth(type), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPath(path);
    };
    drawLine(title, type.title, type.titleMetrics, QColor(0x1b, 0x22, 0x2a));
    if (!detail.isEmpty()) {
        baseline += type.titleMetrics.descent() + type.detailMetrics.ascent();
        drawLine(detail, type.detail, type.detailMetrics,
                 warning ? QColor(0xa0, 0x1c, 0x1c) : QColor(0x33, 0x3d, 0x47));
    }
    return image;
}

} // namespace tp::render
