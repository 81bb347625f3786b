#pragma once
// ThemeLayer: the thematic map: fills every unit with the colour of its class (a figure such as
// potential per km² classified by UnitThemeValues + Classification), units without a value in
// the "no data" grey, and draws the territory borders on top so the plan stays readable. It
// shares the territory layer's prepared Geometry (the projected units and their shared edges)
// and Assignment (territory per unit, for the borders); its own snapshot is the class of each
// unit and the class colours. Fills are drawn without antialiasing, a few paths per class: units
// share exact vertices, so neighbours tile without seams and every pixel inside a unit has its
// class colour exactly. Borders are one 1-pixel cosmetic stroke widened by composited copies (as
// in TerritoryLayer: wide or capped pens cost ten times more). Hidden by default (the map shows
// territories). Setters: GUI thread; render(): any thread.

#include "render/maplayer.h"
#include "render/maprenderstyle.h"
#include "render/territorylayer.h"

#include <QColor>
#include <QMutex>

#include <memory>
#include <vector>

namespace tp::render {

class ThemeLayer : public MapLayer {
public:
    struct Classes {
        std::vector<int> unitClass;  // per unit: index into colours, -1 without a value
        std::vector<QColor> colours; // opaque class colours
        QColor noData;
        friend bool operator==(const Classes&, const Classes&) = default;
    };

    explicit ThemeLayer(const MapRenderStyle& style);

    void setGeometry(std::shared_ptr<const TerritoryLayer::Geometry> geometry);
    void setAssignment(std::shared_ptr<const TerritoryLayer::Assignment> assignment);
    // Returns false (and keeps the revision) when nothing changed.
    bool setClasses(std::shared_ptr<const Classes> classes);
    std::shared_ptr<const Classes> classes() const;

    QString name() const override { return QStringLiteral("Theme"); }
    QImage render(const MapViewport& view, const std::atomic_bool& cancelled) const override;

private:
    MapRenderStyle m_style;
    mutable QMutex m_mutex;
    std::shared_ptr<const TerritoryLayer::Geometry> m_geometry;
    std::shared_ptr<const TerritoryLayer::Assignment> m_assignment;
    std::shared_ptr<const Classes> m_classes;
};

} // namespace tp::render
