#pragma once
// LabelLayer: a label per territory, its name over its key figure (e.g. "2,826 h · 88 %"), at
// the territory's anchor, with a white halo. Larger territories are placed first and a label
// that would overlap one already placed is left out, so labels never collide. The point size is
// settable (workshop mode uses large type). Each label is drawn once into an image (LabelSprites,
// owned) and reused while its text stays. Setters: GUI thread; render(): any thread.

#include "ui/map/labelsprites.h"
#include "ui/map/maplayer.h"

#include "geo/webmercator.h"

#include <QColor>
#include <QMutex>
#include <QString>

#include <memory>
#include <vector>

namespace tp::ui {

class LabelLayer : public MapLayer {
public:
    struct Label {
        geo::MercatorPoint position;
        QString title;
        QString detail;
        QColor accent;        // the territory colour, for the underline
        double weight = 0.0;  // placement priority (area)
        bool warning = false; // e.g. out of tolerance: detail drawn in red
    };

    void setLabels(std::vector<Label> labels);
    std::vector<Label> labels() const;
    // Pixel size of the title (the detail is 80 % of it); in logical pixels.
    void setTextSize(double pixels);
    double textSize() const;
    // The rectangles (logical pixels) the last placement used for the view: for tests.
    static std::vector<QRectF> place(const std::vector<Label>& labels, const MapViewport& view, double textSize);

    QString name() const override { return QStringLiteral("Labels"); }
    QImage render(const MapViewport& view, const std::atomic_bool& cancelled) const override;

private:
    mutable QMutex m_mutex;
    std::vector<Label> m_labels;
    double m_textSize = 13.0;
    std::unique_ptr<LabelSprites> m_sprites = std::make_unique<LabelSprites>();
};

} // namespace tp::ui
