#pragma once
// MetricsDock: the balance figures of the current scenario: a headline with the plan's balance
// index and coefficient of variation, then the sortable territory table with its totals. Shows
// what the MetricsTableModel it owns holds; the main window calls refresh() after each change.
// Emits territoryActivated when a row is double-clicked (the map zooms there). GUI thread only.

#include <QDockWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace tp {
class MetricsEngine;
class Project;
} // namespace tp

namespace tp::ui {

class MetricsTableModel;

class MetricsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit MetricsDock(QWidget* parent = nullptr);

    void refresh(const Project& project, const MetricsEngine& engine);
    void clear();
    MetricsTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString headline() const;

signals:
    void territoryActivated(qint64 territoryId);

private:
    MetricsTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_headline;
    QLabel* m_totals;
};

} // namespace tp::ui
