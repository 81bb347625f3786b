#include "ui/map/labellayer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <numeric>

namespace tp::ui {
namespace {

QFont titleFont(double px) {
    QFont f;
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setWeight(QFont::Bold);
    return f;
}

QFont detailFont(double px) {
    QFont f;
    f.setPixelSize(std::max(1, int(std::lround(px * 0.8))));
    f.setWeight(QFont::DemiBold);
    return f;
}

// The box of a label centred at c: title line over detail line.
QRectF boxOf(const LabelLayer::Label& l, QPointF c, double px) {
    const QFontMetricsF tm(titleFont(px)), dm(detailFont(px));
    const double w = std::max(tm.horizontalAdvance(l.title), l.detail.isEmpty() ? 0.0 : dm.horizontalAdvance(l.detail));
    const double h = tm.height() + (l.detail.isEmpty() ? 0.0 : dm.height());
    return QRectF(c.x() - w / 2, c.y() - h / 2, w, h).adjusted(-4, -2, 4, 2);
}

std::vector<std::size_t> placementOrder(const std::vector<LabelLayer::Label>& labels) {
    std::vector<std::size_t> order(labels.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return labels[a].weight > labels[b].weight; });
    return order;
}

} // namespace

void LabelLayer::setLabels(std::vector<Label> labels) {
    {
        QMutexLocker lock(&m_mutex);
        m_labels = std::move(labels);
    }
    bumpRevision();
}

std::vector<LabelLayer::Label> LabelLayer::labels() const {
    QMutexLocker lock(&m_mutex);
    return m_labels;
}

void LabelLayer::setTextSize(double pixels) {
    {
        QMutexLocker lock(&m_mutex);
        m_textSize = pixels;
    }
    bumpRevision();
}

double LabelLayer::textSize() const {
    QMutexLocker lock(&m_mutex);
    return m_textSize;
}

std::vector<QRectF> LabelLayer::place(const std::vector<Label>& labels, const MapViewport& view, double textSize) {
    std::vector<QRectF> placed;
    const QRectF visible(QPointF(0, 0), QSizeF(view.size()));
    for (std::size_t i : placementOrder(labels)) {
        const QRectF box = boxOf(labels[i], view.toScreen(labels[i].position), textSize);
        if (!visible.contains(box)) continue;
        if (std::any_of(placed.begin(), placed.end(), [&](const QRectF& r) { return r.intersects(box); })) continue;
        placed.push_back(box);
    }
    return placed;
}

QImage LabelLayer::render(const MapViewport& view, const std::atomic_bool& cancelled) const {
    QImage image = makeImage(view);
    const std::vector<Label> labels = this->labels();
    const double px = textSize();
    if (labels.empty()) return image;
    const double dpr = view.devicePixelRatio();
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(dpr, dpr);  // place in logical pixels, draw sharp in device pixels
    const QFont title = titleFont(px), detail = detailFont(px);
    const QFontMetricsF tm(title), dm(detail);
    std::vector<QRectF> placed;
    const QRectF visible(QPointF(0, 0), QSizeF(view.size()));
    for (std::size_t i : placementOrder(labels)) {
        if (cancelled.load(std::memory_order_relaxed)) return image;
        const Label& l = labels[i];
        const QRectF box = boxOf(l, view.toScreen(l.position), px);
        if (!visible.contains(box)) continue;
        if (std::any_of(placed.begin(), placed.end(), [&](const QRectF& r) { return r.intersects(box); })) continue;
        placed.push_back(box);
        const double cx = box.center().x();
        double baseline = box.top() + 2 + tm.ascent();
        auto drawLine = [&](const QString& text, const QFont& font, const QFontMetricsF& fm, const QColor& color) {
            QPainterPath path;
            path.addText(QPointF(cx - fm.horizontalAdvance(text) / 2, baseline), font, text);
            p.setPen(QPen(QColor(255, 255, 255, 235), std::max(3.0, px * 0.22), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawPath(path);
        };
        drawLine(l.title, title, tm, QColor(0x1b, 0x22, 0x2a));
        if (!l.detail.isEmpty()) {
            baseline += tm.descent() + dm.ascent();
            drawLine(l.detail, detail, dm, l.warning ? QColor(0xa0, 0x1c, 0x1c) : QColor(0x33, 0x3d, 0x47));
        }
    }
    return image;
}

} // namespace tp::ui
