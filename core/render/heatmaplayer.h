#pragma once
// HeatMapLayer: account density as a heat map. The accounts in and around the view are binned
// into a screen grid and smoothed with a Gaussian kernel (geo::KernelDensity: sigma = radius / 3,
// cut at the radius, separable passes), optionally weighted by a measure (revenue potential,
// revenue, pipeline or workload hours instead of a count). The radius is in screen pixels or in
// kilometres on the ground (converted at the view centre). The grid's cells are a sixth of the
// radius (at least one device pixel), so the work per frame depends on the view, not on the
// kernel, and the image is scaled up smoothly. Colours: a sequential yellow-orange-red ramp
// (ColorBrewer YlOrRd, colour-blind safe) from transparent at no density to opaque at the
// densest places in view (the 98th percentile of the cells with any density, so one outlier
// does not wash out the rest; square-root scale, so sparse areas still show). Hidden accounts (the
// account filter) are left out. Snapshot like the other layers: setters GUI thread, render() any.

#include "render/accountlayer.h"
#include "render/maplayer.h"

#include <QColor>
#include <QMutex>

#include <memory>
#include <vector>

namespace tp::geo {
class KernelDensity;
}

namespace tp::render {

class HeatMapLayer : public MapLayer {
public:
    struct Settings {
        double radius = 30.0; // pixels or kilometres
        bool kilometres = false;
        int weight = -1; // MeasureColumns::Builtin summed per account; -1: a count
        friend bool operator==(const Settings&, const Settings&) = default;
    };

    HeatMapLayer();

    // Positions (and the filter) come from the account layer's snapshot; weights, one per account,
    // may be null (each account counts 1). false when nothing changed.
    bool setPoints(std::shared_ptr<const AccountLayer::Points> points,
                   std::shared_ptr<const std::vector<double>> weights);
    bool setSettings(const Settings& settings);
    Settings settings() const;

    QString name() const override { return QStringLiteral("Heat map"); }
    QImage render(const MapViewport& view, const std::atomic_bool& cancelled) const override;

    // The kernel radius in device pixels of a device view.
    static double radiusPixels(const Settings& settings, const MapViewport& deviceView);
    // The density grid of a device view (what render() colours). Empty vector when cancelled.
    static std::vector<double> density(const MapViewport& deviceView, const AccountLayer::Points& points,
                                       const std::vector<double>* weights, const Settings& settings, double* cellSize,
                                       int* gridWidth, int* gridHeight, const std::atomic_bool* cancelled = nullptr);
    // The density that gets the ramp's dense end: the 98th percentile of the positive cells.
    static double colourScale(const std::vector<double>& grid);
    // The ramp's colour (with alpha) for a relative density t in [0, 1] (legends, tests); a cell's
    // t is sqrt(density / colourScale), at most 1.
    static QColor rampColor(double t);

private:
    mutable QMutex m_mutex;
    std::shared_ptr<const AccountLayer::Points> m_points;
    std::shared_ptr<const std::vector<double>> m_weights;
    Settings m_settings;
};

} // namespace tp::render
