#pragma once
// LabelSprites: the images of map labels (a title line over a detail line, dark text in a white
// halo), each drawn once per text, type size and device pixel ratio and then reused. Stroking
// the halo around text outlines is the label layer's whole cost (about 3 ms a label); between two
// frames of an edit only the figures of the territories that changed differ, so a frame draws
// the other labels from here. Bounded: emptied when it holds more than a few thousand images.
// Owned by a LabelLayer; thread-safe (render threads of the same layer may overlap).

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QRectF>
#include <QString>

namespace tp::render {

class LabelSprites {
public:
    // The fonts and metrics of labels whose title is `px` logical pixels high.
    struct Type {
        explicit Type(double px);
        double px;
        QFont title, detail;
        QFontMetricsF titleMetrics, detailMetrics;
    };

    // The label's box (text plus padding) centred at `centre`, in logical pixels.
    static QRectF box(const QString& title, const QString& detail, QPointF centre, const Type& type);

    // The label drawn for `dpr`; its pixel (0, 0) goes to device pixel round(topLeft(box) * dpr)
    // of a label whose box() is `box`, less margin(): see topLeftPx.
    QImage sprite(const QString& title, const QString& detail, bool warning, const Type& type, double dpr);
    // Where to draw the sprite of the label whose box is `box`, in device pixels.
    static QPoint topLeftPx(const QRectF& box, const Type& type, double dpr);

private:
    static double haloWidth(const Type& type) { return std::max(3.0, type.px * 0.22); }
    static double margin(const Type& type) { return std::ceil(haloWidth(type) / 2) + 1; }
    static QImage draw(const QString& title, const QString& detail, bool warning, const Type& type, double dpr);

    QMutex m_mutex;
    QHash<QString, QImage> m_sprites;
};

} // namespace tp::render
