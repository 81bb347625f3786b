#include "render/mapviewport.h"

#include <algorithm>
#include <cmath>

namespace tp::render {

MapViewport::MapViewport(geo::MercatorPoint center, double resolution, QSize size, double devicePixelRatio)
    : m_center(center), m_resolution(std::clamp(resolution, minResolution, maxResolution)), m_size(size),
      m_dpr(devicePixelRatio > 0.0 ? devicePixelRatio : 1.0) {}

MapViewport MapViewport::deviceViewport() const {
    MapViewport v = *this;
    v.m_resolution = m_resolution / m_dpr;
    v.m_size = QSize(int(std::lround(m_size.width() * m_dpr)), int(std::lround(m_size.height() * m_dpr)));
    v.m_dpr = 1.0;
    return v;
}

MercatorRect MapViewport::extent() const {
    const double hw = m_size.width() * 0.5 * m_resolution, hh = m_size.height() * 0.5 * m_resolution;
    return {m_center.x - hw, m_center.y - hh, m_center.x + hw, m_center.y + hh};
}

QRectF MapViewport::rectIn(const MapViewport& other) const {
    const MercatorRect e = extent();
    const QPointF topLeft = other.toScreen(geo::MercatorPoint{e.minX, e.maxY});
    const QPointF bottomRight = other.toScreen(geo::MercatorPoint{e.maxX, e.minY});
    return QRectF(topLeft, bottomRight);
}

MapViewport MapViewport::withCenter(geo::MercatorPoint center) const {
    MapViewport v = *this;
    v.m_center = center;
    return v;
}

MapViewport MapViewport::withSize(QSize size, double devicePixelRatio) const {
    return MapViewport(m_center, m_resolution, size, devicePixelRatio);
}

MapViewport MapViewport::pannedByPixels(QPointF delta) const {
    return withCenter({m_center.x - delta.x() * m_resolution, m_center.y + delta.y() * m_resolution});
}

MapViewport MapViewport::zoomedAt(QPointF anchor, double factor) const {
    if (!(factor > 0.0)) return *this;
    const geo::MercatorPoint fixed = toMercator(anchor);
    MapViewport v(m_center, m_resolution / factor, m_size, m_dpr);
    // Keep the mercator point under the anchor where it was on screen.
    v.m_center = {fixed.x - (anchor.x() - m_size.width() * 0.5) * v.m_resolution,
                  fixed.y + (anchor.y() - m_size.height() * 0.5) * v.m_resolution};
    return v;
}

MapViewport MapViewport::fittedTo(const geo::Box& lonlat, double marginPx) const {
    const geo::MercatorPoint lo = geo::WebMercator::project(lonlat.min_corner());
    const geo::MercatorPoint hi = geo::WebMercator::project(lonlat.max_corner());
    const double w = std::max(1.0, m_size.width() - 2.0 * marginPx);
    const double h = std::max(1.0, m_size.height() - 2.0 * marginPx);
    const double res = std::max({std::abs(hi.x - lo.x) / w, std::abs(hi.y - lo.y) / h, minResolution});
    return MapViewport({(lo.x + hi.x) * 0.5, (lo.y + hi.y) * 0.5}, res, m_size, m_dpr);
}

double MapViewport::groundResolution() const {
    const double lat = geo::WebMercator::unproject(m_center).lat;
    return m_resolution * std::cos(lat * 3.14159265358979323846 / 180.0);
}

} // namespace tp::render
