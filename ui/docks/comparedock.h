#pragma once
// CompareDock: the current scenario against another one: a summary line (units and accounts
// that change territory, accounts that change rep: the disruption), the metric deltas per
// territory, the units and the accounts that move (from -> to). Changed units are cross-hatched
// on the map while the comparison is on; "Side by side" opens two synchronized maps. Follows the
// session's notifications (any complete change of the plan, scenarios, accounts). GUI thread.

#include "model/scenariocomparison.h"

#include <QDockWidget>

class QCheckBox;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace tp::ui {

class EditController;

class CompareDock : public QDockWidget {
    Q_OBJECT
public:
    // Rows listed per table at most (the summary counts everything).
    static constexpr int maxListedRows = 5000;

    CompareDock(EditController* controller, QWidget* parent = nullptr);

    // Compare the current scenario with `otherScenarioId` (0: stop comparing).
    void compareWith(qint64 otherScenarioId);
    qint64 otherScenario() const { return m_other; }
    // Recompute after an edit or a scenario switch (no-op when not comparing).
    void refresh();
    const ScenarioDiff& diff() const { return m_diff; }
    QString summary() const;
    QTableWidget* territoryTable() const { return m_territories; }
    QTableWidget* unitTable() const { return m_units; }
    QTableWidget* accountTable() const { return m_accounts; }

signals:
    void sideBySideRequested(qint64 leftScenarioId);

private:
    void subscribe();
    void fillTables();

    EditController* m_controller;
    qint64 m_other = 0;
    ScenarioDiff m_diff;
    QLabel* m_summary;
    QCheckBox* m_hatch;
    QTabWidget* m_tabs;
    QTableWidget* m_territories;
    QTableWidget* m_units;
    QTableWidget* m_accounts;
};

} // namespace tp::ui
