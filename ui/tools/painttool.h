#pragma once
// PaintTool: click a unit to give it to the active territory, or press and drag to paint every
// unit the cursor passes over. The map and the metrics follow each unit live; the stroke is one
// undo step when the button is released; Escape takes the stroke back. GUI thread only.

#include "ui/tools/gesturetool.h"

#include <QPointF>

namespace tp::ui {

class EditController;

class PaintTool : public GestureTool {
public:
    PaintTool(MapCanvas* canvas, EditController* controller) : GestureTool(canvas), m_controller(controller) {}

    QCursor cursor() const override { return Qt::CrossCursor; }

protected:
    bool begin(QMouseEvent* event) override;
    void update(QMouseEvent* event) override;
    void finish(QMouseEvent* event) override;
    void cancel() override;

private:
    void paintAt(QPointF position);

    EditController* m_controller;
    bool m_refused = false;  // one message per stroke
    int m_lastUnit = -1;
    QPointF m_lastPos;
};

} // namespace tp::ui
