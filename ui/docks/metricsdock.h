#pragma once
// MetricsDock: the balance figures of the current scenario: a headline with the plan's balance
// index and coefficient of variation, the sortable territory table with its totals (or the
// region/district roll-ups), and a bar chart of each territory's deviation from the mean with a
// configurable tolerance band, balanced on a measure the user chooses; deviations from the mean
// or, on request, from targets by rep capacity, and which rule produced the workload (tiers, a
// file column). Shows what the MetricsTableModel it owns holds; it follows the
// session's notifications: every live step of a gesture refreshes the table and the headline
// (keep it cheap), every complete change everything.
// Emits territoryChosen when the user makes a row current (click, keys): the territory becomes
// the active one everywhere; showTerritory makes the row of the active territory current.
// Emits territoryActivated when a row is double-clicked (the map zooms there). GUI thread only.

#include <QDockWidget>
#include <QSize>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace tp {
class MetricsEngine;
class Project;
} // namespace tp

namespace tp::session {
class ProjectSession;
}

namespace tp::ui {

class FrozenColumnTableView;

class BalanceChart;
class MetricsTableModel;

class MetricsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit MetricsDock(QWidget* parent = nullptr);

    // The open project (nullptr: none, the dock is cleared): shows its figures and follows its
    // notifications.
    void setSession(session::ProjectSession* session);

    // The table, chart, headline and totals (not the workload line: see refreshWorkloadLine).
    void refresh(const Project& project, const MetricsEngine& engine);
    // The line saying where the workload came from. It reads every account (20 ms at a million),
    // so the session's notifications call it only when accounts, the rule or the team changed,
    // not after each plan edit.
    void refreshWorkloadLine(const Project& project, const MetricsEngine& engine);
    // During a drag: the table and the headline only; the chart follows with the next refresh().
    void refreshLive(const Project& project, const MetricsEngine& engine);
    void clear();
    MetricsTableModel* model() const { return m_model; }
    FrozenColumnTableView* view() const { return m_view; }
    QString headline() const;
    // Where the accounts' workload came from (WorkloadSource), under the totals.
    QString workloadText() const; // the line under the table, then its tooltip (the rule)
    BalanceChart* chart() const { return m_chart; }
    // Deviation (%) within which a territory counts as balanced (table colours, chart band).
    void setTolerancePct(double tolerance);
    double tolerancePct() const;
    // Show regions and districts (sums over their territories) instead of territories.
    void setRollUp(bool rollUp);
    // Deviation against each territory's target by its rep's (ramped) capacity instead of the
    // mean (MetricsEngine::setTargetsByCapacity); says in the headline when it cannot apply.
    void setTargetsByCapacity(bool on);
    QCheckBox* targetsByCapacityCheck() const { return m_byCapacity; }
    // The measure the territories are balanced on (an index into the engine's measures): the
    // deviations, chart and labels follow (deviationsChanged).
    void setBalanceMeasure(int measure);
    QComboBox* balanceMeasureCombo() const { return m_measure; }
    // Makes the territory's row current (none for 0 or a territory without a row); emits nothing.
    void showTerritory(qint64 territoryId);

signals:
    void territoryChosen(qint64 territoryId);
    void territoryActivated(qint64 territoryId);
    // The deviations changed without a plan edit (targets by capacity on or off): labels follow.
    void deviationsChanged();

private:
    void fillMeasures(const MetricsEngine& engine);
    MetricsTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    FrozenColumnTableView* m_view;
    QLabel* m_headline;
    QLabel* m_totals;
    QLabel* m_workload;
    BalanceChart* m_chart;
    QDoubleSpinBox* m_tolerance;
    QCheckBox* m_rollUp;
    QCheckBox* m_byCapacity;
    QComboBox* m_measure;
    qint64 m_shownTerritory = 0; // the row showTerritory made current, kept over refreshes
    bool m_showing = false;      // making a row current ourselves: not the user's choice
    QSize m_sizedShape;          // columns x rows when the columns were last fitted
    QTimer m_resizeColumns;      // fits them after a refresh that kept the shape
    session::ProjectSession* m_session = nullptr;
    const Project* m_project = nullptr;
    const MetricsEngine* m_engine = nullptr;
};

} // namespace tp::ui
