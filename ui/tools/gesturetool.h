#pragma once
// GestureTool: a map tool whose work is one left-button gesture: the press starts it, moves
// continue it, the release finishes it, and Escape or switching to another tool cancels it. The
// bookkeeping (which button, whether a gesture runs, Escape, deactivation) is written once here;
// each tool says what starting, continuing, finishing and cancelling mean (PaintTool,
// BoundaryTool, SelectTool, AccountMoveTool), and may follow the mouse between gestures (hover)
// and take other keys (key). Does not own the canvas. GUI thread only.

#include "ui/tools/maptool.h"

namespace tp::ui {

class GestureTool : public MapTool {
public:
    using MapTool::MapTool;

    bool gestureActive() const { return m_active; }

    void deactivate() override;
    void pressEvent(QMouseEvent* event) final;
    void moveEvent(QMouseEvent* event) final;
    void releaseEvent(QMouseEvent* event) final;
    bool keyPressEvent(QKeyEvent* event) final;

protected:
    // A left press: true when a gesture starts (false: refused or nothing under the cursor).
    virtual bool begin(QMouseEvent* event) = 0;
    // The cursor moved while the gesture runs.
    virtual void update(QMouseEvent* event) = 0;
    // The left button was released: the gesture is done.
    virtual void finish(QMouseEvent* event) = 0;
    // Escape or another tool: take the gesture back.
    virtual void cancel() = 0;
    // Escape, after any gesture was cancelled; true when the tool used the key (default: when
    // a gesture was cancelled).
    virtual bool escape(bool cancelledGesture) { return cancelledGesture; }
    // The mouse moved while no gesture runs (e.g. to draw a brush outline).
    virtual void hover(QMouseEvent* event) {}
    // Any key but Escape; true when the tool used it.
    virtual bool key(QKeyEvent* event) { return false; }

private:
    bool m_active = false;
};

} // namespace tp::ui
