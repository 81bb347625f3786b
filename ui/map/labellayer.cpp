#include "ui/map/labellayer.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

namespace tp::ui {
namespace {

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
    const LabelSprites::Type type(textSize);
    for (std::size_t i : placementOrder(labels)) {
        const QRectF box = LabelSprites::box(labels[i].title, labels[i].detail, view.toScreen(labels[i].position), type);
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
    QPainter p(&image);  // sprites in device pixels
    const LabelSprites::Type type(px);
    std::vector<QRectF> placed;
    const QRectF visible(QPointF(0, 0), QSizeF(view.size()));
    for (std::size_t i : placementOrder(labels)) {
        if (cancelled.load(std::memory_order_relaxed)) return image;
        const Label& l = labels[i];
        const QRectF box = LabelSprites::box(l.title, l.detail, view.toScreen(l.position), type);
        if (!visible.contains(box)) continue;
        if (std::any_of(placed.begin(), placed.end(), [&](const QRectF& r) { return r.intersects(box); })) continue;
        placed.push_back(box);
        p.drawImage(LabelSprites::topLeftPx(box, type, dpr), m_sprites->sprite(l.title, l.detail, l.warning, type, dpr));
    }
    return image;
}

} // namespace tp::ui
