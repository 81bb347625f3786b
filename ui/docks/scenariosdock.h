#pragma once
// ScenariosDock: the project's scenarios as a sortable tree (each under the one it was copied
// from; ScenarioTreeModel) with status and marks (current, plan of record), notes, and the
// actions: switch (one click), new empty, copy, rename, set status, make plan of record, delete,
// compare with the current plan. Scenario edits go through the edit facade and are logged; the
// dock follows the session's notifications (scenarios changed, another scenario current).
// GUI thread only.

#include <QDockWidget>

class QAction;
class QModelIndex;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace tp::ui {

class EditController;
class ScenarioTreeModel;

class ScenariosDock : public QDockWidget {
    Q_OBJECT
public:
    ScenariosDock(EditController* controller, QWidget* parent = nullptr);

    // Rebuilds the tree and the notes from the project.
    void refresh();
    QTreeView* tree() const { return m_tree; }
    ScenarioTreeModel* model() const { return m_model; }
    QAction* action(const QString& objectName) const;

    // The actions, also callable directly (tests, workshop mode).
    bool switchTo(qint64 scenarioId);
    qint64 copyCurrent(const QString& name);
    qint64 createEmpty(const QString& name);
    bool renameCurrent(const QString& name);
    bool setCurrentStatus(int status); // Scenario::Status
    bool makeCurrentPlanOfRecord();
    bool deleteScenario(qint64 scenarioId);

signals:
    void compareRequested(qint64 otherScenarioId); // compare the current plan with another

private:
    void subscribe();
    void showCurrent();
    void saveNotes();
    bool report(bool ok, const QString& error);

    EditController* m_controller;
    ScenarioTreeModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTreeView* m_tree;
    QPlainTextEdit* m_notes;
    bool m_refreshing = false;
};

} // namespace tp::ui
