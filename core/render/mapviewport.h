#pragma once
// MapViewport: the view state of the map canvas and its math. The view is Web Mercator
// (EPSG:3857): a centre in metres, a resolution in metres per logical pixel, a widget size in
// logical pixels and the device pixel ratio. Screen y grows downwards, mercator y upwards.
// Value type; any thread (render workers receive copies).

#include "geo/geometry.h"
#include "geo/webmercator.h"

#include <QPointF>
#include <QRectF>
#include <QSize>

namespace tp::render {

struct MercatorRect {
    double minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0;
    bool intersects(const MercatorRect& o) const {
        return minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY;
    }
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
};

class MapViewport {
public:
    static constexpr double minResolution = 0.25;    // metres per pixel: street level
    static constexpr double maxResolution = 80000.0; // the whole world in a few hundred pixels

    MapViewport() = default;
    MapViewport(geo::MercatorPoint center, double resolution, QSize size, double devicePixelRatio = 1.0);

    geo::MercatorPoint center() const { return m_center; }
    double resolution() const { return m_resolution; }
    QSize size() const { return m_size; }
    double devicePixelRatio() const { return m_dpr; }
    bool isValid() const { return !m_size.isEmpty() && m_resolution > 0.0; }

    // The same view measured in device pixels (resolution / dpr, size * dpr, dpr 1): renderers
    // draw in device pixels so that a 1 px pen is one physical pixel.
    MapViewport deviceViewport() const;

    QPointF toScreen(geo::MercatorPoint m) const {
        return {(m.x - m_center.x) / m_resolution + m_size.width() * 0.5,
                (m_center.y - m.y) / m_resolution + m_size.height() * 0.5};
    }
    geo::MercatorPoint toMercator(QPointF p) const {
        return {m_center.x + (p.x() - m_size.width() * 0.5) * m_resolution,
                m_center.y - (p.y() - m_size.height() * 0.5) * m_resolution};
    }
    QPointF toScreen(geo::GeoPoint g) const { return toScreen(geo::WebMercator::project(g)); }
    geo::GeoPoint toGeo(QPointF p) const { return geo::WebMercator::unproject(toMercator(p)); }

    MercatorRect extent() const;
    // Where a rectangle of this view appears in `other` (for drawing an old image in a new view).
    QRectF rectIn(const MapViewport& other) const;

    // New views; resolution is clamped to [minResolution, maxResolution].
    MapViewport withCenter(geo::MercatorPoint center) const;
    MapViewport withSize(QSize size, double devicePixelRatio) const;
    MapViewport pannedByPixels(QPointF delta) const;           // content moves by delta
    MapViewport zoomedAt(QPointF anchor, double factor) const; // factor > 1 zooms in
    MapViewport fittedTo(const geo::Box& lonlat, double marginPx = 20.0) const;

    // Metres on the ground per logical pixel at the view centre (Mercator stretches by 1/cos(lat)).
    double groundResolution() const;

    friend bool operator==(const MapViewport& a, const MapViewport& b) {
        return a.m_center.x == b.m_center.x && a.m_center.y == b.m_center.y && a.m_resolution == b.m_resolution
               && a.m_size == b.m_size && a.m_dpr == b.m_dpr;
    }

private:
    geo::MercatorPoint m_center;
    double m_resolution = 5000.0;
    QSize m_size;
    double m_dpr = 1.0;
};

} // namespace tp::render
