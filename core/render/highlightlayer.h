#pragma once
// HighlightLayer: what the planner should notice on top of the territories: the selected units
// (a light fill and a strong outline), the units in stray pieces of fragmented territories
// (red diagonal hatching) and changed units while comparing scenarios (dark cross-hatching), drawn from the territory layer's projected unit geometry. Setters: GUI
// thread; render(): any thread (it works on its own snapshot).

#include "render/maplayer.h"
#include "render/maprenderstyle.h"
#include "render/territorylayer.h"

#include <QMutex>

#include <memory>
#include <vector>

namespace tp::render {

class HighlightLayer : public MapLayer {
public:
    struct Marks {
        std::shared_ptr<const TerritoryLayer::Geometry> geometry;
        std::vector<int> selected;
        std::vector<int> stray;
        std::vector<int> changed; // e.g. differing from a compared scenario
    };

    explicit HighlightLayer(const MapRenderStyle& style) : m_style(style) {}

    void setMarks(Marks marks);
    Marks marks() const;

    QString name() const override { return QStringLiteral("Highlights"); }
    QImage render(const MapViewport& view, const std::atomic_bool& cancelled) const override;

private:
    MapRenderStyle m_style;
    mutable QMutex m_mutex;
    Marks m_marks;
};

} // namespace tp::render
