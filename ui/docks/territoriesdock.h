#pragma once
// TerritoriesDock: the territories of the current scenario as a tree (region > district >
// territory) with colour, rep and lock state, and the actions on them: new, rename, recolour,
// assign a rep, lock, merge, split off the selected units, delete, and give the selected units to
// the chosen territory. The chosen leaf territory is the controller's active territory (what the
// paint tool paints with). Every change goes through the edit facade. GUI thread only.

#include <QDockWidget>

class QAction;
class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace tp::ui {

class EditController;

class TerritoriesDock : public QDockWidget {
    Q_OBJECT
public:
    TerritoriesDock(EditController* controller, QWidget* parent = nullptr);

    // Rebuilds the tree from the project (after any change); keeps the active territory.
    void refresh();
    QTreeWidget* tree() const { return m_tree; }
    QAction* action(const QString& objectName) const;

    // The actions, also callable directly (tests, shortcuts).
    qint64 newTerritory(const QString& name = {});
    bool renameActive(const QString& name);
    bool recolourActive(const QColor& color);
    bool setActiveRep(qint64 repId);
    bool toggleLockActive();
    bool mergeActiveInto(qint64 intoId);
    qint64 splitSelectionOffActive(const QString& name);
    bool deleteActive();

private:
    void onCurrentItemChanged(QTreeWidgetItem* item);
    void updateActions();
    void report(bool ok, const QString& error);

    EditController* m_controller;
    QTreeWidget* m_tree;
    QComboBox* m_rep;
    bool m_refreshing = false;
};

} // namespace tp::ui
