#include "territorytreemodel.h"

#include "ui/widgets/iconset.h"

#include "model/project.h"
#include "session/sessionnotifier.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace tp::ui {
void TerritoryTreeModel::setProject(const Project* project) {
    m_project = project;
    reload();
}

void TerritoryTreeModel::reload() {
    beginResetModel();
    std::vector<std::pair<qint64, qint64>> items;
    if (m_project)
        for (const Territory* t : m_project->territoriesOf(m_project->currentScenarioId))
            items.emplace_back(t->id, t->parentId);
    setItems(items);
    m_units = countUnits();
    endResetModel();
}

void TerritoryTreeModel::territoriesChanged(const session::TerritoryChanges& changes) {
    bool sameShape = changes.created.isEmpty() && changes.deleted.isEmpty();
    for (qint64 id : changes.changed) {
        const Territory* t = m_project ? m_project->territory(id) : nullptr;
        if (!t || !indexOf(id).isValid() || t->parentId != shownParent(id)) sameShape = false;
    }
    if (!sameShape) return reload();
    itemsChanged(changes.changed);
}

void TerritoryTreeModel::unitCountsChanged() {
    const QHash<qint64, int> counts = countUnits();
    QList<qint64> changed;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (m_units.value(it.key()) != it.value()) changed << it.key();
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it)
        if (!counts.contains(it.key())) changed << it.key();
    m_units = counts;
    for (qint64 id : changed)
        if (const QModelIndex i = indexOf(id, UnitsColumn); i.isValid()) emit dataChanged(i, i);
}

QHash<qint64, int> TerritoryTreeModel::countUnits() const {
    QHash<qint64, int> units;
    const Scenario* scenario = m_project ? m_project->currentScenario() : nullptr;
    if (scenario)
        for (qint64 t : scenario->unitTerritory)
            if (t) ++units[t];
    return units;
}

int TerritoryTreeModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QIcon TerritoryTreeModel::swatch(const QString& color, bool locked) const {
    // A locked territory: the padlock beside the colour (drawn from the icon set, so no emoji
    // font is needed).
    const QString key = locked ? color + QStringLiteral("/locked") : color;
    auto it = m_swatches.constFind(key);
    if (it != m_swatches.constEnd()) return *it;
    QPixmap pixmap(locked ? 30 : 14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(color));
    p.setPen(QColor(color).darker(140));
    p.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    if (locked) IconSet::icon(QStringLiteral("lock")).paint(&p, QRect(16, 0, 14, 14));
    p.end();
    return *m_swatches.insert(key, QIcon(pixmap));
}

QVariant TerritoryTreeModel::data(const QModelIndex& index, int role) const {
    const Territory* t = m_project ? m_project->territory(idAt(index)) : nullptr;
    if (!t) return {};
    const bool leaf = t->level == Territory::Level::Territory;
    if (role == IdRole) return t->id;
    switch (index.column()) {
        case NameColumn:
            if (role == Qt::DisplayRole || role == SortRole) return t->name;
            if (role == Qt::DecorationRole) return swatch(t->color, t->locked);
            if (role == Qt::ToolTipRole && t->locked) return tr("%1 (locked: tools leave it unchanged)").arg(t->name);
            if (role == Qt::FontRole && !leaf) {
                QFont f;
                f.setBold(true);
                return f;
            }
            break;
        case RepColumn:
            if (role == Qt::DisplayRole || role == SortRole) {
                const Rep* rep = m_project->rep(t->repId);
                return rep ? rep->name : QString();
            }
            break;
        case UnitsColumn:
            if (role == Qt::DisplayRole && leaf) return QString::number(m_units.value(t->id));
            if (role == SortRole) return leaf ? m_units.value(t->id) : -1;
            if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
            break;
        default:
            break;
    }
    return {};
}

QVariant TerritoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case NameColumn:
            return QCoreApplication::translate("tp::ui::TerritoriesDock", "Territory");
        case RepColumn:
            return QCoreApplication::translate("tp::ui::TerritoriesDock", "Rep");
        case UnitsColumn:
            return QCoreApplication::translate("tp::ui::TerritoriesDock", "Units");
        default:
            return {};
    }
}

} // namespace tp::ui
