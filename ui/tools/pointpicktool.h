#pragma once
// PointPickTool: takes one click on the map as a location (e.g. a rep's home) and hands it to
// the callback, then puts back the tool that was active before; Escape cancels. Dragging still
// pans (a click is a press and release within a few pixels). Owned by whoever asks for the
// point (the Reps dock); GUI thread only.

#include "ui/tools/maptool.h"

#include "geo/geopoint.h"

#include <QPointF>

#include <functional>

namespace tp::ui {

class PointPickTool : public MapTool {
public:
    using Picked = std::function<void(geo::GeoPoint)>;
    explicit PointPickTool(MapCanvas* canvas) : MapTool(canvas) {}

    // Makes this the canvas's tool until a point is picked or the pick is cancelled.
    void start(Picked picked);
    void cancel();
    bool isActive() const { return bool(m_picked); }

    QCursor cursor() const override { return Qt::CrossCursor; }
    void pressEvent(QMouseEvent* event) override;
    void moveEvent(QMouseEvent* event) override;
    void releaseEvent(QMouseEvent* event) override;
    bool keyPressEvent(QKeyEvent* event) override;

private:
    void finish();

    Picked m_picked;
    MapTool* m_previous = nullptr;
    QPointF m_press, m_last;
    bool m_pressed = false;
    bool m_dragged = false;
};

} // namespace tp::ui
