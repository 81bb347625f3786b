#pragma once
// DockActions: the action rows of the docks (Territories, Scenarios, Reps, White Space): tool
// bars of text-only buttons, stacked in short rows so a dock stays narrow and no action hides
// behind an overflow button, and actions with an object name (tests and shortcuts find them), a
// tooltip and what they trigger. Stateless; GUI thread.

#include <QAction>
#include <QString>
#include <QToolBar>

namespace tp::ui {

class DockActions {
public:
    static QToolBar* row() {
        auto* bar = new QToolBar;
        bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return bar;
    }
    // `slot`: a member function of `receiver` or a functor, called with `receiver`'s lifetime.
    template <typename Receiver, typename Slot>
    static QAction* add(QToolBar* row, const QString& name, const QString& text, const QString& tip, Receiver* receiver,
                        Slot slot) {
        QAction* action = row->addAction(text);
        action->setObjectName(name);
        action->setToolTip(tip);
        QObject::connect(action, &QAction::triggered, receiver, slot);
        return action;
    }
};

} // namespace tp::ui
