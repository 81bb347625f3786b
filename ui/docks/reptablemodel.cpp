#include "reptablemodel.h"

#include "model/metricsengine.h"
#include "model/project.h"

#include <QLocale>

#include <cmath>

namespace tp::ui {

QString RepTableModel::roleText(Rep::Role role) {
    switch (role) {
        case Rep::Role::Inside:
            return tr("Inside");
        case Rep::Role::Overlay:
            return tr("Overlay");
        case Rep::Role::Field:
            break;
    }
    return tr("Field");
}

void RepTableModel::refresh(const Project& project, const MetricsEngine* engine) {
    beginResetModel();
    m_rows.clear();
    QHash<qint64, std::size_t> rowOfRep;
    for (const Rep& r : project.reps) {
        rowOfRep.insert(r.id, m_rows.size());
        m_rows.push_back({r, 0, 0.0});
    }
    for (const Territory* t : project.territoriesOf(project.currentScenarioId)) {
        if (t->level != Territory::Level::Territory || !rowOfRep.contains(t->repId)) continue;
        Row& row = m_rows[rowOfRep.value(t->repId)];
        ++row.territories;
        if (const TerritoryMetrics* m = engine ? engine->metricsOf(t->id) : nullptr) row.workload += m->workloadHours;
    }
    endResetModel();
}

void RepTableModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int RepTableModel::rowOf(qint64 repId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].rep.id == repId) return int(i);
    return -1;
}

int RepTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}
int RepTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RepTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size())) return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const Rep& r = row.rep;
    if (role == RepIdRole) return r.id;
    const double utilisation = r.capacityHours > 0 ? row.workload / r.capacityHours : std::nan("");
    const QLocale locale;
    if (role == Qt::UserRole) {
        switch (index.column()) {
            case Capacity:
                return r.capacityHours;
            case Quota:
                return r.quota;
            case Territories:
                return row.territories;
            case Utilisation:
                return std::isnan(utilisation) ? -1.0 : utilisation;
            case Start:
                return r.startDate;
            default:
                return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Capacity || index.column() == Quota || index.column() == Territories
                       || index.column() == Utilisation
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Home && r.hasHome())
        return QStringLiteral("%1, %2").arg(r.home.lat, 0, 'f', 4).arg(r.home.lon, 0, 'f', 4);
    if (role == Qt::ToolTipRole && index.column() == Name && !r.hasHome())
        return tr("No home yet: set it by ZIP code or on the map");
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case Name:
            return r.name;
        case CrmUserId:
            return r.crmUserId;
        case Role:
            return roleText(r.role);
        case Home:
            return r.hasHome() ? (r.homeLabel.isEmpty() ? tr("on the map") : r.homeLabel) : QStringLiteral("—");
        case Capacity:
            return r.capacityHours > 0 ? locale.toString(r.capacityHours, 'f', 0) : QStringLiteral("—");
        case Quota:
            return r.quota > 0 ? locale.toString(r.quota, 'f', 0) : QStringLiteral("—");
        case Territories:
            return row.territories;
        case Utilisation:
            return std::isnan(utilisation) ? QStringLiteral("—")
                                           : locale.toString(100.0 * utilisation, 'f', 0) + QStringLiteral(" %");
        case Skills:
            return r.skills.join(QStringLiteral(", "));
        case Segments:
            return r.segments.join(QStringLiteral(", "));
        case Email:
            return r.email;
        case Start:
            return r.startDate.isValid() ? locale.toString(r.startDate, QLocale::ShortFormat) : QString();
        default:
            return {};
    }
}

QVariant RepTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case Name:
            return tr("Rep");
        case CrmUserId:
            return tr("CRM user id");
        case Role:
            return tr("Role");
        case Home:
            return tr("Home");
        case Capacity:
            return tr("Capacity (h)");
        case Quota:
            return tr("Quota");
        case Territories:
            return tr("Territories");
        case Utilisation:
            return tr("Utilisation");
        case Skills:
            return tr("Industries");
        case Segments:
            return tr("Segments");
        case Email:
            return tr("E-mail");
        case Start:
            return tr("Start");
        default:
            return {};
    }
}

} // namespace tp::ui
