#pragma once
// AccountMoveTool: drag an account onto another territory to make it a named account of that
// territory (an override, regardless of geography); dropping it back on its own unit's territory
// removes the override. A line follows the cursor while dragging. One undo step per drop;
// Escape drops nothing. GUI thread only.

#include "ui/tools/gesturetool.h"

#include <QPointF>

namespace tp::ui {

class EditController;

class AccountMoveTool : public GestureTool {
public:
    AccountMoveTool(MapCanvas* canvas, EditController* controller) : GestureTool(canvas), m_controller(controller) {}

    QCursor cursor() const override { return m_account >= 0 ? Qt::ClosedHandCursor : Qt::PointingHandCursor; }
    void paint(QPainter& painter) override;

protected:
    bool begin(QMouseEvent* event) override;
    void update(QMouseEvent* event) override;
    void finish(QMouseEvent* event) override;
    void cancel() override;

private:
    EditController* m_controller;
    int m_account = -1; // index of the account being dragged
    QPointF m_from, m_to;
};

} // namespace tp::ui
