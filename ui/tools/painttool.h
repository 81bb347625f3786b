#pragma once
// PaintTool: click a unit to give it to the active territory, or press and drag to paint every
// unit the brush passes over. The brush is the unit under the cursor, or a circle whose radius
// (screen pixels, so it feels the same at every zoom) `[` and `]` change: every unit whose shape
// the circle touches is painted, and the circle is drawn around the cursor. The map and the
// metrics follow each step live; the stroke is one undo step when the button is released;
// Escape takes the stroke back. Units of locked territories are left as they are, with a
// message. GUI thread only.

#include "ui/tools/gesturetool.h"

#include <QPointF>

#include <optional>

namespace tp::ui {

class EditController;

class PaintTool : public GestureTool {
public:
    PaintTool(MapCanvas* canvas, EditController* controller) : GestureTool(canvas), m_controller(controller) {}

    // The brush radii `[` and `]` step through, in pixels; 0 is the unit under the cursor.
    static constexpr double radiusSteps[] = {0, 4, 6, 9, 14, 20, 30, 45, 70, 100};

    QCursor cursor() const override { return Qt::CrossCursor; }
    void activate() override;
    void deactivate() override;
    void paint(QPainter& painter) override;

    double brushRadius() const { return m_radius; }
    void setBrushRadius(double pixels);
    // What the status bar says about the brush.
    QString brushText() const;

protected:
    bool begin(QMouseEvent* event) override;
    void update(QMouseEvent* event) override;
    void finish(QMouseEvent* event) override;
    void cancel() override;
    void hover(QMouseEvent* event) override;
    bool key(QKeyEvent* event) override;

private:
    void paintAt(QPointF position);

    EditController* m_controller;
    bool m_refused = false; // one message per stroke
    int m_lastUnit = -1;
    QPointF m_lastPos;
    bool m_stroking = false;
    double m_radius = 0;
    std::optional<QPointF> m_cursor; // where the brush outline is drawn
};

} // namespace tp::ui
