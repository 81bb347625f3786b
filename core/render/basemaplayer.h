#pragma once
// BaseMapLayer: the calm background: water, land (world countries and the US outline), US
// state outlines, and county outlines once zoomed in far enough. The geometry is prepared once
// (prepare(), any thread, e.g. right after loading) and then shared immutably with renders.
// setGeometry(): GUI thread; render(): any thread.

#include "render/maplayer.h"
#include "render/maprendergeometry.h"
#include "render/maprenderstyle.h"

#include "render/basemap.h"

#include <QMutex>

#include <memory>

namespace tp::render {

class BaseMapLayer : public MapLayer {
public:
    struct Geometry {
        MapRenderGeometry countries;
        MapRenderGeometry nation;
        MapRenderGeometry states;
        MapRenderGeometry counties;
    };

    explicit BaseMapLayer(const MapRenderStyle& style) : m_style(style) {}

    static std::shared_ptr<const Geometry> prepare(const BaseMap& map);

    void setGeometry(std::shared_ptr<const Geometry> geometry);
    std::shared_ptr<const Geometry> geometry() const;

    QString name() const override { return QStringLiteral("Base map"); }
    QImage render(const MapViewport& view, const std::atomic_bool& cancelled) const override;

private:
    MapRenderStyle m_style;
    mutable QMutex m_mutex;
    std::shared_ptr<const Geometry> m_geometry;
};

} // namespace tp::render
