#include "whitespacetablemodel.h"

#include "model/metricstable.h"

#include <cmath>
#include <limits>

namespace tp::ui {
namespace {

// Undefined numbers sort after every defined one (descending sorts put them first: still apart).
QVariant sortable(double v) {
    return std::isnan(v) ? QVariant(std::numeric_limits<double>::infinity()) : QVariant(v);
}

} // namespace

void WhiteSpaceTableModel::setRows(std::vector<WhiteSpaceFinder::Row> rows, const QString& measureName, bool regions,
                                   const QString& regionKind) {
    beginResetModel();
    m_rows = std::move(rows);
    m_measureName = measureName;
    m_regions = regions;
    m_regionKind = regionKind;
    endResetModel();
}

int WhiteSpaceTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}
int WhiteSpaceTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhiteSpaceTableModel::data(const QModelIndex& index, int role) const {
    const WhiteSpaceFinder::Row* r = row(index.row());
    if (!r) return {};
    if (role == UnitRole) return r->unit;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Code || index.column() == Name || index.column() == Reasons
                       || index.column() == Territory || index.column() == Rep
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Reasons) return WhiteSpaceFinder::reasonText(r->reasons);
    const bool display = role == Qt::DisplayRole;
    if (!display && role != Qt::UserRole) return {};
    switch (index.column()) {
        case Rank:
            return display ? QVariant(QString::number(index.row() + 1)) : QVariant(index.row());
        case Code:
            return r->code;
        case Name:
            if (!m_regions) return r->name;
            return display ? QVariant(tr("%n unit(s)", nullptr, r->units)) : QVariant(r->units);
        case Reasons:
            return display ? QVariant(WhiteSpaceFinder::reasonText(r->reasons)) : QVariant(r->reasons);
        case Value:
            return display ? QVariant(MetricsTable::formatNumber(r->value, std::abs(r->value) < 100 ? 1 : 0))
                           : QVariant(r->value);
        case Potential:
            return display ? QVariant(MetricsTable::formatMoney(r->potential)) : QVariant(r->potential);
        case Revenue:
            return display ? QVariant(MetricsTable::formatMoney(r->revenue)) : QVariant(r->revenue);
        case Penetration:
            return display ? QVariant(MetricsTable::formatNumber(r->penetration * 100.0, 1)) : sortable(r->penetration);
        case Accounts:
            return display ? QVariant(QString::number(r->accounts)) : QVariant(r->accounts);
        case Territory:
            return m_regions ? QString() : (r->territoryId ? r->territory : (display ? tr("(unassigned)") : QString()));
        case Rep:
            return r->rep;
        case DistanceKm:
            return display ? QVariant(MetricsTable::formatNumber(r->distanceKm, 0)) : sortable(r->distanceKm);
        default:
            return {};
    }
}

QVariant WhiteSpaceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Rank:
            return QStringLiteral("#");
        case Code:
            return m_regions && !m_regionKind.isEmpty() ? QVariant(m_regionKind.left(1).toUpper() + m_regionKind.mid(1))
                                                        : QVariant(tr("Unit"));
        case Name:
            return m_regions ? tr("Units") : tr("Name");
        case Reasons:
            return tr("Reasons");
        case Value:
            return m_measureName;
        case Potential:
            return tr("Potential");
        case Revenue:
            return tr("Revenue");
        case Penetration:
            return tr("Penetration %");
        case Accounts:
            return tr("Accounts");
        case Territory:
            return tr("Territory");
        case Rep:
            return tr("Rep");
        case DistanceKm:
            return m_regions ? tr("Max. km to rep") : tr("Km to rep");
        default:
            return {};
    }
}

} // namespace tp::ui
