#pragma once
// ScenariosDock: the project's scenarios as a tree (each under the one it was copied from) with
// status and marks (current, plan of record), notes, and the actions: switch (one click), new
// empty, copy, rename, set status, make plan of record, delete, compare with the current plan.
// Scenario edits go through the PlanEditor of the edit facade and are logged. GUI thread only.

#include <QDockWidget>

class QAction;
class QPlainTextEdit;
class QTreeWidget;

namespace tp::ui {

class EditController;

class ScenariosDock : public QDockWidget {
    Q_OBJECT
public:
    ScenariosDock(EditController* controller, QWidget* parent = nullptr);

    void refresh();
    QTreeWidget* tree() const { return m_tree; }
    QAction* action(const QString& objectName) const;

    // The actions, also callable directly (tests, workshop mode).
    bool switchTo(qint64 scenarioId);
    qint64 copyCurrent(const QString& name);
    qint64 createEmpty(const QString& name);
    bool renameCurrent(const QString& name);
    bool setCurrentStatus(int status);   // Scenario::Status
    bool makeCurrentPlanOfRecord();
    bool deleteScenario(qint64 scenarioId);

signals:
    void scenariosChanged();                        // list, names, status or notes changed
    void compareRequested(qint64 otherScenarioId);  // compare the current plan with another

private:
    void saveNotes();
    bool report(bool ok, const QString& error);

    EditController* m_controller;
    QTreeWidget* m_tree;
    QPlainTextEdit* m_notes;
    bool m_refreshing = false;
};

} // namespace tp::ui
