#pragma once
// LabelLayer: a label per territory, its name over its key figure (e.g. "2,826 h · 88 %"), at
// the territory's anchor, with a white halo. Labels never collide: LabelPlacer moves one beside
// its anchor (with a leader line) when it does not fit there, and leaves it out, or with
// placeEveryLabel (workshop mode) lists it in the map's corner. The point size is settable
// (workshop mode uses large type). Each label is drawn once into an image (LabelSprites,
// owned) and reused while its text stays. Setters: GUI thread; render(): any thread.

#include "render/labelplacer.h"
#include "render/maplabel.h"
#include "render/labelsprites.h"
#include "render/maplayer.h"

#include "geo/webmercator.h"

#include <QColor>
#include <QMutex>
#include <QString>

#include <memory>
#include <vector>

namespace tp::render {

class LabelLayer : public MapLayer {
public:
    using Label = MapLabel;

    void setLabels(std::vector<Label> labels);
    std::vector<Label> labels() const;
    // Pixel size of the title (the detail is 80 % of it); in logical pixels.
    void setTextSize(double pixels);
    double textSize() const;
    // Every territory in view gets its label, on the map or in a list in its corner.
    void setPlaceEveryLabel(bool every);
    bool placesEveryLabel() const;
    // Where the labels go for the view (logical pixels): what render() draws, for tests.
    std::vector<LabelPlacer::Placement> place(const MapViewport& view) const;

    QString name() const override { return QStringLiteral("Labels"); }
    QImage render(const MapViewport& view, const std::atomic_bool& cancelled) const override;

private:
    mutable QMutex m_mutex;
    std::vector<Label> m_labels;
    double m_textSize = 13.0;
    bool m_everyLabel = false;
    std::unique_ptr<LabelSprites> m_sprites = std::make_unique<LabelSprites>();
};

} // namespace tp::render
