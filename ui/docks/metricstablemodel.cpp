#include "ui/docks/metricstablemodel.h"

#include "model/metricsengine.h"
#include "model/project.h"
#include "render/tolerancemark.h"

#include <QBrush>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace tp::ui {

void MetricsTableModel::refresh(const Project& project, const MetricsEngine& engine, bool rollUp) {
    MetricsTable table = rollUp ? MetricsTable(project, engine, engine.rollUp()) : MetricsTable(project, engine);
    table.setLocale(QLocale()); // the UI language's numbers
    QHash<qint64, QString> colorOf;
    for (const Territory& t : project.territories)
        if (t.scenarioId == engine.scenarioId()) colorOf.insert(t.id, t.color);
    std::vector<QColor> colors;
    for (int r = 0; r < table.rowCount(); ++r) {
        const QColor c(colorOf.value(table.territoryId(r)));
        colors.emplace_back(c.isValid() ? c : QColor(Qt::gray));
    }
    const bool sameShape = m_table && m_table->rowCount() == table.rowCount();
    if (!sameShape) {
        beginResetModel();
        m_table.emplace(std::move(table));
        m_colors = std::move(colors);
        endResetModel();
        return;
    }
    // Only the rows whose figures changed (a drag step moves two territories of hundreds), so
    // the views and the sort proxy do not redo every row on every mouse move.
    std::vector<int> changed;
    for (int r = 0; r < table.rowCount(); ++r) {
        bool same =
            table.territoryId(r) == m_table->territoryId(r) && colors[std::size_t(r)] == m_colors[std::size_t(r)];
        for (int c = 0; same && c < MetricsTable::ColumnCount; ++c) {
            const QVariant a = table.value(r, c), b = m_table->value(r, c);
            same = a.typeId() == QMetaType::Double
                       ? (a.toDouble() == b.toDouble() || (std::isnan(a.toDouble()) && std::isnan(b.toDouble())))
                       : a == b;
        }
        if (!same) changed.push_back(r);
    }
    m_table.emplace(std::move(table));
    m_colors = std::move(colors);
    for (int r : changed) emit dataChanged(index(r, 0), index(r, columnCount() - 1));
}

void MetricsTableModel::clear() {
    beginResetModel();
    m_table.reset();
    m_colors.clear();
    endResetModel();
}

void MetricsTableModel::setTolerancePct(double tolerance) {
    m_tolerancePct = tolerance;
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int MetricsTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_table ? 0 : m_table->rowCount();
}

int MetricsTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : MetricsTable::ColumnCount;
}

QVariant MetricsTableModel::data(const QModelIndex& index, int role) const {
    if (!m_table || !index.isValid()) return {};
    const int row = index.row(), column = index.column();
    switch (role) {
        case Qt::DisplayRole:
            return m_table->text(row, column);
        case Qt::UserRole: {
            const QVariant v = m_table->value(row, column);
            // NaN sorts last.
            if (v.typeId() == QMetaType::Double && std::isnan(v.toDouble())) return -1e300;
            return v;
        }
        case Qt::TextAlignmentRole:
            return int(MetricsTable::isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                       : Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::DecorationRole:
            if (column == MetricsTable::Territory) return m_colors[std::size_t(row)];
            // Never by colour alone: a drawn ▲ over, ▼ under, ✓ within the tolerance.
            if (column == MetricsTable::DeviationPct) {
                const render::ToleranceMark::State state =
                    render::ToleranceMark::state(m_table->metrics(row).deviationPct, m_tolerancePct);
                if (state != render::ToleranceMark::State::Undefined) return render::ToleranceMark::icon(state);
            }
            return {};
        case Qt::ForegroundRole:
            if (column == MetricsTable::DeviationPct) {
                const double d = m_table->metrics(row).deviationPct;
                if (!std::isnan(d) && std::abs(d) > m_tolerancePct) return QBrush(QColor(0xb0, 0x2a, 0x2a));
            }
            if (column == MetricsTable::Pieces && m_table->metrics(row).pieces > 1)
                return QBrush(QColor(0xb0, 0x2a, 0x2a));
            return {};
        case Qt::ToolTipRole:
            if (column == MetricsTable::DeviationPct)
                return render::ToleranceMark::meaning(
                    render::ToleranceMark::state(m_table->metrics(row).deviationPct, m_tolerancePct));
            if (column == MetricsTable::Pieces && m_table->metrics(row).pieces > 1)
                return tr("This territory is in %n separate pieces.", nullptr, m_table->metrics(row).pieces);
            return {};
        default:
            return {};
    }
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) return MetricsTable::header(section);
    if (role == Qt::TextAlignmentRole)
        return int(MetricsTable::isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                    : Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace tp::ui
