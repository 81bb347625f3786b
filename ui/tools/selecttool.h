#pragma once
// SelectTool: selects units for a later action (assign to the active territory, split off).
// Click selects the unit under the cursor (Ctrl adds or removes it); dragging draws a
// rectangle, or a free lasso when Shift is held at the press, and selects the units whose
// centre lies inside (Ctrl adds them to the selection). Escape clears. GUI thread only.

#include "ui/tools/gesturetool.h"

#include <QPolygonF>

namespace tp::ui {

class EditController;

class SelectTool : public GestureTool {
public:
    SelectTool(MapCanvas* canvas, EditController* controller) : GestureTool(canvas), m_controller(controller) {}

    QCursor cursor() const override { return Qt::CrossCursor; }
    void paint(QPainter& painter) override;

protected:
    bool begin(QMouseEvent* event) override;
    void update(QMouseEvent* event) override;
    void finish(QMouseEvent* event) override;
    void cancel() override;
    bool escape(bool cancelledGesture) override;

private:
    EditController* m_controller;
    bool m_lasso = false, m_add = false, m_dragging = false;
    QPointF m_start;
    QPolygonF m_path;
};

} // namespace tp::ui
