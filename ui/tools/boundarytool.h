#pragma once
// BoundaryTool: grab a territory at its border and drag the border. The territory under the
// press is the one that grows: each unit the cursor enters that touches it and belongs to
// another territory flips to it, so the border follows the cursor; the map and the metrics
// follow every flip live. The drag is one undo step; Escape takes it back. Locked territories
// refuse, with a message. GUI thread only.

#include "ui/tools/gesturetool.h"

#include <QPointF>

namespace tp::ui {

class EditController;

class BoundaryTool : public GestureTool {
public:
    BoundaryTool(MapCanvas* canvas, EditController* controller) : GestureTool(canvas), m_controller(controller) {}

    QCursor cursor() const override { return Qt::SizeAllCursor; }

protected:
    bool begin(QMouseEvent* event) override;
    void update(QMouseEvent* event) override;
    void finish(QMouseEvent* event) override;
    void cancel() override;

private:
    bool touchesGrabbed(int unit) const;

    EditController* m_controller;
    qint64 m_grabbed = 0;   // the territory that grows
    int m_lastUnit = -1;
    QPointF m_lastPos;
    bool m_refused = false;  // one message per drag
};

} // namespace tp::ui
