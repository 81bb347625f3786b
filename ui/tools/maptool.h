#pragma once
// MapTool: what the mouse does on the map canvas (pan, select, paint, lasso, ...). The canvas
// forwards its mouse events to the one active tool; positions are widget (logical) pixels. The
// canvas does not own tools, except its default PanTool. The middle button pans whatever tool
// is active. GUI thread only.

#include <QCursor>

class QKeyEvent;
class QMouseEvent;
class QPainter;
class QWheelEvent;

namespace tp::ui {

class MapCanvas;

class MapTool {
public:
    explicit MapTool(MapCanvas* canvas) : m_canvas(canvas) {}
    virtual ~MapTool() = default;
    MapTool(const MapTool&) = delete;
    MapTool& operator=(const MapTool&) = delete;

    MapCanvas* canvas() const { return m_canvas; }

    virtual void activate() {}
    virtual void deactivate() {}
    virtual QCursor cursor() const { return Qt::ArrowCursor; }

    virtual void pressEvent(QMouseEvent* event) {}
    virtual void moveEvent(QMouseEvent* event) {}
    virtual void releaseEvent(QMouseEvent* event) {}
    // Default: zoom around the cursor, as every tool should allow.
    virtual void wheelEvent(QWheelEvent* event);
    // True when the tool used the key (e.g. Escape cancels a gesture).
    virtual bool keyPressEvent(QKeyEvent* event) { return false; }
    // Draws the tool's feedback (rubber band, drag line) over the map, in widget pixels.
    virtual void paint(QPainter& painter) {}

private:
    MapCanvas* m_canvas;
};

} // namespace tp::ui
