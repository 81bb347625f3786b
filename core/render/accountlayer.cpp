#include "render/accountlayer.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace tp::render {
namespace {

// A haloed dot pre-rendered once per render call: blitting it is far cheaper than painting
// thousands of antialiased ellipses.
QImage dotSprite(const QColor& fill, const QColor& halo, double radiusPx, double haloPx) {
    const int size = int(std::ceil(2.0 * (radiusPx + haloPx))) + 2;
    QImage sprite(size, size, QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    QPainter p(&sprite);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF c(size / 2.0, size / 2.0);
    p.setPen(Qt::NoPen);
    p.setBrush(halo);
    p.drawEllipse(c, radiusPx + haloPx, radiusPx + haloPx);
    p.setBrush(fill);
    p.drawEllipse(c, radiusPx, radiusPx);
    return sprite;
}

} // namespace

AccountLayer::Segment AccountLayer::segmentOf(const QString& name) {
    if (name.compare(QLatin1String("Enterprise"), Qt::CaseInsensitive) == 0) return Enterprise;
    if (name.compare(QLatin1String("Mid-Market"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("Mid Market"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("MidMarket"), Qt::CaseInsensitive) == 0)
        return MidMarket;
    if (name.compare(QLatin1String("SMB"), Qt::CaseInsensitive) == 0) return Smb;
    return OtherSegment;
}

QColor AccountLayer::colorOf(int segment) const {
    switch (segment) {
        case Enterprise:
            return m_style.enterprise;
        case MidMarket:
            return m_style.midMarket;
        case Smb:
            return m_style.smb;
        default:
            return m_style.otherSegment;
    }
}

bool AccountLayer::setPoints(std::shared_ptr<const Points> points) {
    {
        QMutexLocker lock(&m_mutex);
        if (m_points && points && *m_points == *points) return false;
        m_points = std::move(points);
    }
    bumpRevision();
    return true;
}

std::shared_ptr<const AccountLayer::Points> AccountLayer::points() const {
    return readLocked(m_mutex, m_points);
}

QImage AccountLayer::render(const MapViewport& view, const std::atomic_bool& cancelled) const {
    QImage image = makeImage(view);
    const std::shared_ptr<const Points> pts = points();
    if (!pts || pts->position.empty()) return image;
    const MapViewport dv = view.deviceViewport();
    const double dpr = view.devicePixelRatio();
    const double w = dv.size().width(), h = dv.size().height();
    const double margin = 6.0 * dpr;

    std::vector<std::uint32_t> visible;
    visible.reserve(std::min<std::size_t>(pts->position.size(), std::size_t(m_pointLimit) + 1));
    std::size_t visibleCount = 0;
    for (std::size_t i = 0; i < pts->position.size(); ++i) {
        if ((i & 0xffff) == 0 && cancelled.load(std::memory_order_relaxed)) return image;
        if (pts->segment[i] == hidden) continue;
        const QPointF s = dv.toScreen(pts->position[i]);
        if (s.x() < -margin || s.y() < -margin || s.x() > w + margin || s.y() > h + margin) continue;
        if (++visibleCount <= std::size_t(m_pointLimit)) visible.push_back(std::uint32_t(i));
    }

    QPainter p(&image);
    if (visibleCount <= std::size_t(m_pointLimit)) {
        // One sprite per segment and size class; sized points: 0.7x to 2.1x the normal radius.
        const bool sized = pts->sizeClass.size() == pts->position.size();
        std::array<std::array<QImage, sizeClasses>, SegmentCount> sprites;
        for (int s = 0; s < SegmentCount; ++s)
            for (int k = 0; k < (sized ? sizeClasses : 1); ++k) {
                const double scale = sized ? 0.7 + 0.35 * k : 1.0;
                sprites[std::size_t(s)][std::size_t(k)] =
                    dotSprite(colorOf(s), m_style.halo, m_style.accountRadius * scale * dpr, 1.0 * dpr);
            }
        // Small points first, so the big ones stay visible on top.
        if (sized)
            std::stable_sort(visible.begin(), visible.end(),
                             [&](std::uint32_t a, std::uint32_t b) { return pts->sizeClass[a] < pts->sizeClass[b]; });
        for (std::uint32_t i : visible) {
            const QPointF s = dv.toScreen(pts->position[i]);
            const std::uint8_t seg = std::min<std::uint8_t>(pts->segment[i], OtherSegment);
            const QImage& sprite = sprites[seg][sized ? std::min<std::size_t>(pts->sizeClass[i], sizeClasses - 1) : 0];
            const double half = sprite.width() / 2.0;
            p.drawImage(QPointF(std::round(s.x() - half), std::round(s.y() - half)), sprite);
        }
        return image;
    }

    // Aggregate: counts per screen cell and segment.
    const double cell = 7.0 * dpr;
    const int cols = int(std::ceil(w / cell)) + 1, rows = int(std::ceil(h / cell)) + 1;
    std::vector<std::array<std::uint32_t, SegmentCount>> bins(std::size_t(cols) * std::size_t(rows));
    for (std::size_t i = 0; i < pts->position.size(); ++i) {
        if ((i & 0xffff) == 0 && cancelled.load(std::memory_order_relaxed)) return image;
        if (pts->segment[i] == hidden) continue;
        const QPointF s = dv.toScreen(pts->position[i]);
        if (s.x() < 0 || s.y() < 0 || s.x() >= w || s.y() >= h) continue;
        const int cx = int(s.x() / cell), cy = int(s.y() / cell);
        ++bins[std::size_t(cy) * std::size_t(cols) + std::size_t(cx)]
              [std::min<std::uint8_t>(pts->segment[i], OtherSegment)];
    }
    // Density dots: one neutral colour, size and opacity growing with the count (log scale), so
    // the territories stay readable underneath; segments are shown once zoomed in.
    std::uint32_t maxCount = 1;
    for (const auto& b : bins) maxCount = std::max(maxCount, b[0] + b[1] + b[2] + b[3]);
    constexpr int sizeSteps = 6;
    std::array<QImage, sizeSteps> sprites;
    for (int k = 0; k < sizeSteps; ++k) {
        QColor c = m_style.densityDot;
        c.setAlphaF(float(0.45 + 0.5 * k / (sizeSteps - 1)));
        QColor halo = m_style.halo;
        halo.setAlphaF(0.5f);
        sprites[std::size_t(k)] = dotSprite(c, halo, (1.1 + 0.35 * k) * dpr, 0.6 * dpr);
    }
    const double logMax = std::log(double(maxCount) + 1.0);
    for (int cy = 0; cy < rows; ++cy) {
        for (int cx = 0; cx < cols; ++cx) {
            const auto& b = bins[std::size_t(cy) * std::size_t(cols) + std::size_t(cx)];
            const std::uint32_t total = b[0] + b[1] + b[2] + b[3];
            if (total == 0) continue;
            const int k = std::min(sizeSteps - 1, int(std::log(double(total) + 1.0) / logMax * sizeSteps));
            const QImage& sprite = sprites[std::size_t(k)];
            const double half = sprite.width() / 2.0;
            p.drawImage(QPointF(std::round((cx + 0.5) * cell - half), std::round((cy + 0.5) * cell - half)), sprite);
        }
    }
    return image;
}

} // namespace tp::render
