#pragma once
// BoundaryTool: Move Border as a front. The press grabs the border between two territories
// nearest to it (within a few pixels; elsewhere it says so in the status bar and does nothing);
// dragging pushes the grabbed stretch of border along the drag: the units of the territory
// dragged into that lie between the old border and the cursor, in the band the stretch sweeps,
// go to the other territory, with any pieces the front cuts off, so the border follows the hand
// (session::BorderFront works out which units, always from the plan at the press and the
// current cursor, so dragging back returns them). The map and the figures follow each step
// through the edit facade's gesture preview; the release is one undo step; Escape takes the drag
// back. A locked territory on either side refuses the grab, with a message. Draws the grabbed
// stretch and the drag. GUI thread only.

#include "ui/tools/gesturetool.h"

#include "session/borderfront.h"

#include <QPointF>

#include <optional>
#include <vector>

namespace tp::ui {

class EditController;

class BoundaryTool : public GestureTool {
public:
    BoundaryTool(MapCanvas* canvas, EditController* controller) : GestureTool(canvas), m_controller(controller) {}

    QCursor cursor() const override { return Qt::SizeAllCursor; }
    void paint(QPainter& painter) override;

protected:
    bool begin(QMouseEvent* event) override;
    void update(QMouseEvent* event) override;
    void finish(QMouseEvent* event) override;
    void cancel() override;

private:
    // Brings the previewed plan to what the front takes with the cursor at `position`.
    void follow(QPointF position);
    void reset();

    EditController* m_controller;
    std::optional<session::BorderFront> m_front;
    std::vector<qint64> m_start; // the plan at the press
    std::vector<int> m_moved;    // units the preview has moved off their owner at the press, ascending
    QPointF m_cursor;
    bool m_refused = false; // one message per drag
};

} // namespace tp::ui
