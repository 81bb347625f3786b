#pragma once
// ShortcutsDialog: Help › Keyboard Shortcuts. Lists every action of a window that has a
// shortcut, read from the actions themselves when the dialog opens (so the list never goes
// stale), grouped by the menu that holds each action (or, for actions in no menu, the tool bar or
// dock that does), with a search field that filters by action text, group or key. Owns its
// widgets only; the actions belong to the window. GUI thread only.

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace tp::ui {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    struct Entry {
        QString group;  // e.g. "Edit", "Tools"
        QString action; // the action's text without accelerator marks and ellipsis
        QString keys;   // its shortcuts, native text, ", "-separated
    };
    // Every action of `window` with a shortcut, in menu order, then tool bars and docks.
    static std::vector<Entry> entries(QWidget* window);

    void setFilter(const QString& text);
    // The rows shown now (after the filter), for tests.
    int visibleCount() const;
    QTreeWidget* tree() const { return m_tree; }

private:
    QLineEdit* m_search;
    QTreeWidget* m_tree;
};

} // namespace tp::ui
