#pragma once
// RepHomeLayer: rep home bases as white-bordered dark diamonds (with the rep's name when zoomed in),
// distinct from account dots. setReps(): GUI thread; render(): any thread.

#include "render/maplayer.h"
#include "render/maprenderstyle.h"

#include "geo/webmercator.h"

#include <QMutex>
#include <QString>

#include <memory>
#include <vector>

namespace tp::render {

class RepHomeLayer : public MapLayer {
public:
    struct Marker {
        geo::MercatorPoint position;
        QString name;
        friend bool operator==(const Marker& a, const Marker& b) {
            return a.position.x == b.position.x && a.position.y == b.position.y && a.name == b.name;
        }
    };
    using Markers = std::vector<Marker>;

    explicit RepHomeLayer(const MapRenderStyle& style) : m_style(style) {}

    bool setMarkers(std::shared_ptr<const Markers> markers); // false when nothing changed
    std::shared_ptr<const Markers> markers() const;
    // Rep names' text size in logical pixels (workshop mode makes it large).
    void setLabelSize(double pixels);

    QString name() const override { return QStringLiteral("Reps"); }
    QImage render(const MapViewport& view, const std::atomic_bool& cancelled) const override;

private:
    MapRenderStyle m_style;
    mutable QMutex m_mutex;
    std::shared_ptr<const Markers> m_markers;
    double m_labelSize = 11.0;
};

} // namespace tp::render
