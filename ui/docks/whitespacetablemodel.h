#pragma once
// WhiteSpaceTableModel: the white-space list (WhiteSpaceFinder rows: units, or regions) for Qt
// views, in the finder's rank order. Qt::DisplayRole is the formatted text, Qt::UserRole the raw
// value (numbers sort as numbers through a QSortFilterProxyModel; undefined ones last),
// UnitRole the unit index (-1 for a region row). setRows() replaces the snapshot. GUI thread only.

#include "model/whitespacefinder.h"

#include <QAbstractTableModel>

#include <vector>

namespace tp::ui {

class WhiteSpaceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // What a narrow dock shows first: the unit, its potential and coverage; then who owns it.
    enum Column {
        Rank,
        Code,
        Name,
        Value,
        Potential,
        Penetration,
        Reasons,
        Territory,
        Rep,
        DistanceKm,
        Revenue,
        Accounts,
        ColumnCount
    };
    static constexpr int UnitRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // regions: the rows are regions of `regionKind` (the Code column's header says which).
    void setRows(std::vector<WhiteSpaceFinder::Row> rows, const QString& measureName, bool regions,
                 const QString& regionKind);
    const WhiteSpaceFinder::Row* row(int r) const {
        return r >= 0 && r < int(m_rows.size()) ? &m_rows[std::size_t(r)] : nullptr;
    }
    const std::vector<WhiteSpaceFinder::Row>& rows() const { return m_rows; }
    bool regions() const { return m_regions; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<WhiteSpaceFinder::Row> m_rows;
    QString m_measureName;
    QString m_regionKind;
    bool m_regions = false;
};

} // namespace tp::ui
