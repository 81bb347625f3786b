#pragma once
// MetricsTableModel: the territory table (model/MetricsTable) for Qt views. Each refresh takes a
// new snapshot from the engine; rows keep their territory order. Qt::DisplayRole is the formatted
// text, Qt::UserRole the raw number (for sorting), Qt::DecorationRole the territory colour in the
// first column, Qt::ForegroundRole red for a deviation beyond the tolerance. GUI thread only.

#include "model/metricstable.h"

#include <QAbstractTableModel>
#include <QColor>

#include <optional>
#include <vector>

namespace tp {
class MetricsEngine;
class Project;
} // namespace tp

namespace tp::ui {

class MetricsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // rollUp: regions and districts instead of the leaf territories.
    void refresh(const Project& project, const MetricsEngine& engine, bool rollUp = false);
    const std::vector<QColor>& colors() const { return m_colors; }
    void clear();
    const MetricsTable* table() const { return m_table ? &*m_table : nullptr; }
    // Deviation (in %) beyond which a territory is shown out of balance.
    void setTolerancePct(double tolerance);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<MetricsTable> m_table;
    std::vector<QColor> m_colors;
    double m_tolerancePct = 10.0;
};

} // namespace tp::ui
