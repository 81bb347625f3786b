#pragma once
// HistoryDock: the undo history of the current scenario, one line per step ("Moved 14 counties
// from Northeast to Mid-Atlantic"), newest at the bottom; clicking a line goes back or forward
// to it. Shows the facade's undo group, so switching scenario switches the history. GUI thread.

#include <QDockWidget>

class QUndoGroup;
class QUndoView;

namespace tp::ui {

class HistoryDock : public QDockWidget {
    Q_OBJECT
public:
    explicit HistoryDock(QWidget* parent = nullptr);
    void setUndoGroup(QUndoGroup* group); // nullptr: nothing open
    QUndoView* view() const { return m_view; }

private:
    QUndoView* m_view;
};

} // namespace tp::ui
