#pragma once
// PanTool: the default map tool. Dragging pans the map (the canvas moves its last image while
// dragging and re-renders when the button is released); Shift-dragging draws a box to zoom to;
// a press and release without movement is a click, which the canvas turns into unitClicked /
// accountClicked. GUI thread only.

#include "ui/tools/maptool.h"

#include <QPointF>

namespace tp::ui {

class PanTool : public MapTool {
public:
    using MapTool::MapTool;

    // Movement (in pixels) below which a press-release is a click and not a drag.
    static constexpr double clickTolerancePx = 4.0;

    QCursor cursor() const override { return m_dragging ? Qt::ClosedHandCursor : Qt::OpenHandCursor; }
    void deactivate() override;
    void pressEvent(QMouseEvent* event) override;
    void moveEvent(QMouseEvent* event) override;
    void releaseEvent(QMouseEvent* event) override;
    void paint(QPainter& painter) override;

private:
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_boxZoom = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
};

} // namespace tp::ui
