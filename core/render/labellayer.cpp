#include "render/labellayer.h"

#include <QPainter>

#include <algorithm>

namespace tp::render {

void LabelLayer::setLabels(std::vector<Label> labels) {
    storeLocked(m_mutex, m_labels, std::move(labels));
}

std::vector<LabelLayer::Label> LabelLayer::labels() const {
    return readLocked(m_mutex, m_labels);
}

void LabelLayer::setTextSize(double pixels) {
    storeLocked(m_mutex, m_textSize, pixels);
}

double LabelLayer::textSize() const {
    return readLocked(m_mutex, m_textSize);
}

void LabelLayer::setPlaceEveryLabel(bool every) {
    {
        QMutexLocker lock(&m_mutex);
        if (m_everyLabel == every) return;
        m_everyLabel = every;
    }
    bumpRevision();
}

bool LabelLayer::placesEveryLabel() const {
    return readLocked(m_mutex, m_everyLabel);
}

std::vector<LabelPlacer::Placement> LabelLayer::place(const MapViewport& view) const {
    return LabelPlacer::place(labels(), view, LabelSprites::Type(textSize()), placesEveryLabel());
}

QImage LabelLayer::render(const MapViewport& view, const std::atomic_bool& cancelled) const {
    const std::vector<Label> labels = this->labels();
    if (labels.empty()) return {};
    QImage image = makeImage(view);
    const LabelSprites::Type type(textSize());
    const std::vector<LabelPlacer::Placement> placements = LabelPlacer::place(labels, view, type, placesEveryLabel());
    const double dpr = view.devicePixelRatio();
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    // Leader lines and list backgrounds in logical pixels, under the labels.
    p.scale(dpr, dpr);
    for (const LabelPlacer::Placement& at : placements) {
        if (cancelled.load(std::memory_order_relaxed)) return image;
        const Label& l = labels[at.label];
        if (at.kind == LabelPlacer::Placement::Kind::Displaced) {
            const QPointF end(std::clamp(at.anchor.x(), at.box.left() + 4, at.box.right() - 4),
                              std::clamp(at.anchor.y(), at.box.top() + 2, at.box.bottom() - 2));
            p.setPen(QPen(QColor(255, 255, 255, 220), 3.0, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(at.anchor, end);
            p.setPen(QPen(QColor(0x1b, 0x22, 0x2a), 1.2, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(at.anchor, end);
            p.setBrush(QColor(0x1b, 0x22, 0x2a));
            p.drawEllipse(at.anchor, 2.5, 2.5);
        } else if (at.kind == LabelPlacer::Placement::Kind::Listed) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 215));
            p.drawRoundedRect(at.box, 3, 3);
            const double side = LabelPlacer::swatchPx - 4;
            p.setBrush(l.accent);
            p.setPen(QPen(QColor(0x1b, 0x22, 0x2a), 1.0));
            p.drawRect(QRectF(at.box.left() + 3, at.box.center().y() - side / 2, side, side));
        }
    }
    p.resetTransform(); // sprites in device pixels
    for (const LabelPlacer::Placement& at : placements) {
        const Label& l = labels[at.label];
        const QRectF box =
            at.kind == LabelPlacer::Placement::Kind::Listed ? at.box.adjusted(LabelPlacer::swatchPx, 0, 0, 0) : at.box;
        p.drawImage(LabelSprites::topLeftPx(box, type, dpr),
                    m_sprites->sprite(l.title, l.detail, l.warning, type, dpr));
    }
    return image;
}

} // namespace tp::render
