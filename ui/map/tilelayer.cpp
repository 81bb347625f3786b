#include "ui/map/tilelayer.h"

#include "geo/webmercator.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tp::ui {
namespace {

constexpr int maxFallbackLevels = 6; // a z-6 ancestor is scaled 64x: beyond that it is only mush

} // namespace

void TileLayer::setCache(std::shared_ptr<TileCache> cache) {
    {
        QMutexLocker lock(&m_mutex);
        if (cache == m_cache) return;
        m_cache = std::move(cache);
    }
    bumpRevision();
}

std::shared_ptr<TileCache> TileLayer::cache() const {
    QMutexLocker lock(&m_mutex);
    return m_cache;
}

int TileLayer::zoomFor(double resolution, const TileSource& source) {
    if (!(resolution > 0.0)) return source.minZoom;
    const double worldPx = 2.0 * geo::WebMercator::halfWorldM / resolution; // the world's width in view pixels
    const int z = int(std::lround(std::log2(worldPx / source.tileSize)));
    return std::clamp(z, source.minZoom, source.maxZoom);
}

QImage TileLayer::render(const render::MapViewport& view, const std::atomic_bool& cancelled) const {
    QImage image = makeImage(view);
    const std::shared_ptr<TileCache> cache = this->cache();
    if (!cache || !view.isValid()) return image;
    const TileSource& source = cache->source();

    const int z = zoomFor(view.resolution(), source);
    const int n = 1 << z;
    const double half = geo::WebMercator::halfWorldM;
    const double span = 2.0 * half / n; // metres per tile
    const render::MapViewport dv = view.deviceViewport();
    const render::MercatorRect e = dv.extent();
    if (e.maxX <= -half || e.minX >= half || e.maxY <= -half || e.minY >= half) return image;
    auto index = [n](double v) { return std::clamp(int(std::floor(v)), 0, n - 1); };
    const int x0 = index((e.minX + half) / span), x1 = index((e.maxX + half) / span);
    const int y0 = index((half - e.maxY) / span), y1 = index((half - e.minY) / span);

    // Centre first: that is the order the missing ones are fetched in.
    std::vector<TileCache::Key> keys;
    keys.reserve(std::size_t(x1 - x0 + 1) * std::size_t(y1 - y0 + 1));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) keys.push_back({z, x, y});
    const double cx = (dv.center().x + half) / span - 0.5, cy = (half - dv.center().y) / span - 0.5;
    auto distance = [cx, cy](const TileCache::Key& k) { return (k.x - cx) * (k.x - cx) + (k.y - cy) * (k.y - cy); };
    std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) { return distance(a) < distance(b); });

    // Tile edges rounded to device pixels the same way for both neighbours: no seams, no overlap.
    auto edgeX = [&](int x) { return int(std::lround(dv.toScreen(geo::MercatorPoint{-half + x * span, 0.0}).x())); };
    auto edgeY = [&](int y) { return int(std::lround(dv.toScreen(geo::MercatorPoint{0.0, half - y * span}).y())); };

    QPainter p(&image);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    std::vector<TileCache::Key> wanted;
    for (const TileCache::Key& key : keys) {
        if (cancelled.load(std::memory_order_relaxed)) return image;
        const int left = edgeX(key.x), top = edgeY(key.y);
        const QRect target(left, top, edgeX(key.x + 1) - left, edgeY(key.y + 1) - top);
        if (target.isEmpty()) continue;
        TileCache::Lookup found = cache->tile(key);
        if (!found.image.isNull()) {
            p.drawImage(target, found.image);
            if (!found.fresh) wanted.push_back(key); // drawn now, refreshed when online
            continue;
        }
        wanted.push_back(key);
        for (int up = 1; up <= maxFallbackLevels && z - up >= 0; ++up) {
            const TileCache::Key parent{z - up, key.x >> up, key.y >> up};
            found = cache->tile(parent);
            if (found.image.isNull()) continue;
            const double w = double(found.image.width()) / (1 << up), h = double(found.image.height()) / (1 << up);
            const QRectF part((key.x - (parent.x << up)) * w, (key.y - (parent.y << up)) * h, w, h);
            p.drawImage(QRectF(target), found.image, part);
            break;
        }
    }
    p.end();
    cache->request(std::move(wanted));
    return image;
}

} // namespace tp::ui
