#pragma once
// CoverageDock: the teams' coverage check (TeamCoverage): a summary line, the accounts no primary
// team covers and the accounts two or more primary teams cover (overlays may overlap by design),
// and per team its accounts and how many of them lie in no territory of the current scenario.
// Double-click an account to show it on the map. Follows the session's notifications (teams,
// accounts, plan edits, scenario switches) while shown, shortly after the change (a check reads
// every account: 40 ms at a million, which must not hold up an edit's frame); a hidden dock
// catches up when shown. GUI thread.

#include "model/teamcoverage.h"

#include <QDockWidget>

class QLabel;
class QTableWidget;
class QTabWidget;

namespace tp::ui {

class EditController;
class RefreshWhenShown;

class CoverageDock : public QDockWidget {
    Q_OBJECT
public:
    // Rows listed per table at most (the summary counts everything).
    static constexpr int maxListedRows = 5000;

    explicit CoverageDock(EditController* controller, QWidget* parent = nullptr);

    void refresh();
    const TeamCoverage& coverage() const { return m_coverage; }
    QString summary() const;
    QTableWidget* teamTable() const { return m_teams; }
    QTableWidget* uncoveredTable() const { return m_uncovered; }
    QTableWidget* doubledTable() const { return m_doubled; }

private:
    void subscribe();

    EditController* m_controller;
    RefreshWhenShown* m_refresher;
    TeamCoverage m_coverage;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QTableWidget* m_teams;
    QTableWidget* m_uncovered;
    QTableWidget* m_doubled;
};

} // namespace tp::ui
