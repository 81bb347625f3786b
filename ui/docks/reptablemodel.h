#pragma once
// RepTableModel: the rep roster for Qt views, one row per rep in roster order, with the number
// of territories each owns in the current scenario and their workload against the rep's
// capacity. Qt::DisplayRole is the formatted text, Qt::UserRole the raw value (numbers and dates
// sort as such through a QSortFilterProxyModel), RepIdRole the rep's id. refresh() takes a new
// snapshot. GUI thread only.

#include "model/rep.h"

#include <QAbstractTableModel>

#include <vector>

namespace tp {
class MetricsEngine;
class Project;
} // namespace tp

namespace tp::ui {

class RepTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        CrmUserId,
        Role,
        Home,
        Capacity,
        Quota,
        Territories,
        Utilisation,
        Skills,
        Segments,
        Email,
        Start,
        ColumnCount
    };
    static constexpr int RepIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void refresh(const Project& project, const MetricsEngine* engine);
    void clear();
    const Rep* rep(int row) const {
        return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)].rep : nullptr;
    }
    int rowOf(qint64 repId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString roleText(Rep::Role role);

private:
    struct Row {
        Rep rep;
        int territories = 0;
        double workload = 0.0; // hours of the territories it owns in the current scenario
    };
    std::vector<Row> m_rows;
};

} // namespace tp::ui
