#include "render/heatmaplayer.h"

#include "geo/kerneldensity.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace tp::render {
namespace {

// ColorBrewer YlOrRd, 9 classes: light yellow (sparse) to dark red (dense).
constexpr std::array<QRgb, 9> ramp{0xffffffcc, 0xffffeda0, 0xfffed976, 0xfffeb24c, 0xfffd8d3c,
                                   0xfffc4e2a, 0xffe31a1c, 0xffbd0026, 0xff800026};

} // namespace

HeatMapLayer::HeatMapLayer() {
    setVisible(false);
} // opt-in, from the Layers dock

bool HeatMapLayer::setPoints(std::shared_ptr<const AccountLayer::Points> points,
                             std::shared_ptr<const std::vector<double>> weights) {
    {
        QMutexLocker lock(&m_mutex);
        if (points == m_points && weights == m_weights) return false;
        m_points = std::move(points);
        m_weights = std::move(weights);
    }
    bumpRevision();
    return true;
}

bool HeatMapLayer::setSettings(const Settings& settings) {
    {
        QMutexLocker lock(&m_mutex);
        if (settings == m_settings) return false;
        m_settings = settings;
    }
    bumpRevision();
    return true;
}

HeatMapLayer::Settings HeatMapLayer::settings() const {
    return readLocked(m_mutex, m_settings);
}

QColor HeatMapLayer::rampColor(double t) {
    t = std::clamp(t, 0.0, 1.0);
    const double at = t * double(ramp.size() - 1);
    const std::size_t i = std::min(std::size_t(at), ramp.size() - 2);
    const double f = at - double(i);
    const QColor a = QColor::fromRgb(ramp[i]), b = QColor::fromRgb(ramp[i + 1]);
    QColor c =
        QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                         float(a.blueF() + (b.blueF() - a.blueF()) * f));
    // Transparent where there is (almost) nothing, 85 % opaque from a third of the maximum on.
    c.setAlphaF(float(std::clamp(t * 2.6, 0.0, 0.85)));
    return c;
}

double HeatMapLayer::radiusPixels(const Settings& settings, const MapViewport& deviceView) {
    if (!settings.kilometres) return settings.radius * deviceView.devicePixelRatio();
    const double metresPerPixel = deviceView.groundResolution();
    return metresPerPixel > 0 ? settings.radius * 1000.0 / metresPerPixel : 0.0;
}

std::vector<double> HeatMapLayer::density(const MapViewport& dv, const AccountLayer::Points& points,
                                          const std::vector<double>* weights, const Settings& settings,
                                          double* cellSize, int* gridWidth, int* gridHeight,
                                          const std::atomic_bool* cancelled) {
    // Radii beyond the view's diagonal say nothing more; below a pixel there is nothing to smooth.
    const double w = dv.size().width(), h = dv.size().height();
    const double radius = std::clamp(radiusPixels(settings, dv), 1.0, std::hypot(w, h));
    const double cell = std::max(1.0, radius / 6.0);
    const int gw = int(std::ceil(w / cell)), gh = int(std::ceil(h / cell));
    *cellSize = cell;
    *gridWidth = gw;
    *gridHeight = gh;
    geo::KernelDensity kde(gw, gh, cell, radius);
    const bool weighted = weights && weights->size() == points.position.size();
    // Mercator -> device pixels, inlined: a million points per frame.
    const geo::MercatorPoint c = dv.center();
    const double inv = 1.0 / dv.resolution();
    const double x0 = w * 0.5 - c.x * inv, y0 = h * 0.5 + c.y * inv;
    for (std::size_t i = 0; i < points.position.size(); ++i) {
        if ((i & 0xffff) == 0 && cancelled && cancelled->load(std::memory_order_relaxed)) return {};
        if (points.segment[i] == AccountLayer::hidden) continue;
        const double x = x0 + points.position[i].x() * inv, y = y0 - points.position[i].y() * inv;
        if (x < -radius || y < -radius || x > w + radius || y > h + radius) continue;
        kde.add(x, y, weighted ? (*weights)[i] : 1.0);
    }
    return kde.compute(cancelled);
}

double HeatMapLayer::colourScale(const std::vector<double>& grid) {
    std::vector<double> positive;
    positive.reserve(grid.size());
    for (double v : grid)
        if (v > 0.0) positive.push_back(v);
    if (positive.empty()) return 0.0;
    const auto at = positive.begin() + std::ptrdiff_t(double(positive.size() - 1) * 0.98);
    std::nth_element(positive.begin(), at, positive.end());
    return *at;
}

QImage HeatMapLayer::render(const MapViewport& view, const std::atomic_bool& cancelled) const {
    QImage image = makeImage(view);
    std::shared_ptr<const AccountLayer::Points> pts;
    std::shared_ptr<const std::vector<double>> weights;
    Settings settings;
    {
        QMutexLocker lock(&m_mutex);
        pts = m_points;
        weights = m_weights;
        settings = m_settings;
    }
    if (!pts || pts->position.empty()) return image;
    const MapViewport dv = view.deviceViewport();
    double cell = 1.0;
    int gw = 0, gh = 0;
    const std::vector<double> grid = density(dv, *pts, weights.get(), settings, &cell, &gw, &gh, &cancelled);
    if (grid.empty()) return image;
    const double peak = colourScale(grid);
    if (!(peak > 0.0)) return image;

    // Colour through a lookup table: 1024 steps of the square-root scale.
    constexpr int steps = 1024;
    std::array<QRgb, steps> lut;
    for (int k = 0; k < steps; ++k) lut[std::size_t(k)] = rampColor(double(k) / (steps - 1)).rgba();
    QImage small(gw, gh, QImage::Format_ARGB32);
    for (int y = 0; y < gh; ++y) {
        auto* line = reinterpret_cast<QRgb*>(small.scanLine(y));
        const double* row = grid.data() + std::size_t(y) * std::size_t(gw);
        for (int x = 0; x < gw; ++x) {
            const double t = std::min(1.0, std::sqrt(std::max(0.0, row[x]) / peak));
            line[x] = lut[std::size_t(std::lround(t * (steps - 1)))];
        }
    }
    QPainter p(&image);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    // Cell (x, y) covers [x * cell, (x + 1) * cell): the scaled image puts each cell where it belongs.
    p.drawImage(QRectF(0, 0, gw * cell, gh * cell), small);
    return image;
}

} // namespace tp::render
