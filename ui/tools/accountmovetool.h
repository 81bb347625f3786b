#pragma once
// AccountMoveTool: drag an account onto another territory to make it a named account of that
// territory (an override, regardless of geography); dropping it back on its own unit's territory
// removes the override. A line follows the cursor while dragging. One undo step per drop.
// GUI thread only.

#include "ui/tools/maptool.h"

#include <QPointF>

namespace tp::ui {

class EditController;

class AccountMoveTool : public MapTool {
public:
    AccountMoveTool(MapCanvas* canvas, EditController* controller) : MapTool(canvas), m_controller(controller) {}

    QCursor cursor() const override { return m_account >= 0 ? Qt::ClosedHandCursor : Qt::PointingHandCursor; }
    void pressEvent(QMouseEvent* event) override;
    void moveEvent(QMouseEvent* event) override;
    void releaseEvent(QMouseEvent* event) override;
    bool keyPressEvent(QKeyEvent* event) override;
    void paint(QPainter& painter) override;

private:
    EditController* m_controller;
    int m_account = -1;      // index of the account being dragged
    QPointF m_from, m_to;
};

} // namespace tp::ui
