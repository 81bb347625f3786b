#pragma once
// CanvasSubscriptions: which of an open session's notifications each layer of a MapCanvas
// needs, in one place. The territory layer follows unit moves (gesture steps, their release and
// undo repaint only around the moved units), territory changes (colours) and the current scenario; the highlight
// layer's stray-piece marks are read from the session's PlanFacts (computed once there, not in
// the canvas) when a change is complete; the account and rep layers follow account changes
// (imports). The label layer's texts are figures, refreshed by the main window with the balance
// dock. Lives as long as the session's notifier (its child); does not own the canvas. GUI thread.

#include <QObject>

namespace tp::session {
class PlanFacts;
class SessionNotifier;
} // namespace tp::session

namespace tp::ui {

class MapCanvas;

class CanvasSubscriptions : public QObject {
    Q_OBJECT
public:
    // Connects `canvas` to `notifier` until the notifier goes; marks come from `facts`.
    CanvasSubscriptions(MapCanvas* canvas, session::SessionNotifier& notifier, session::PlanFacts& facts);

    // The stray-piece marks for the scenario the canvas shows, from the facts.
    void updateStrayMarks();

private:
    MapCanvas* m_canvas;
    session::PlanFacts& m_facts;
};

} // namespace tp::ui
