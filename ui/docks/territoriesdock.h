#pragma once
// TerritoriesDock: the territories of the current scenario as a sortable tree (region > district
// > territory; TerritoryTreeModel) with colour, rep and lock state, and the actions on them: new,
// rename, recolour, assign a rep, lock, merge, split off the selected units, delete, and give the
// selected units to the chosen territory. The chosen leaf territory is the controller's active
// territory (what the paint tool paints with). Every change goes through the edit facade; the
// dock follows the session's notifications (territories changed, units reassigned, another
// scenario current). GUI thread only.

#include <QDockWidget>

class QAction;
class QComboBox;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace tp::ui {

class EditController;
class TerritoryTreeModel;

class TerritoriesDock : public QDockWidget {
    Q_OBJECT
public:
    TerritoriesDock(EditController* controller, QWidget* parent = nullptr);

    // Rebuilds the tree from the project; keeps the active territory.
    void refresh();
    QTreeView* tree() const { return m_tree; }
    TerritoryTreeModel* model() const { return m_model; }
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
    void subscribe();
    void fitColumns(); // name and unit count to their contents
    void onCurrentChanged(const QModelIndex& current);
    void showActive(); // the active territory as the view's current row
    void fillReps();
    void updateActions();
    void report(bool ok, const QString& error);

    EditController* m_controller;
    TerritoryTreeModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTreeView* m_tree;
    QComboBox* m_rep;
    bool m_refreshing = false;
};

} // namespace tp::ui
