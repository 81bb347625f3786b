#include "scenariotreemodel.h"

#include "model/project.h"

#include <QCoreApplication>
#include <QFont>

namespace tp::ui {
void ScenarioTreeModel::setProject(const Project* project) {
    m_project = project;
    reload();
}

void ScenarioTreeModel::reload() {
    beginResetModel();
    std::vector<std::pair<qint64, qint64>> items;
    if (m_project)
        for (const Scenario& s : m_project->scenarios) items.emplace_back(s.id, s.parentId);
    setItems(items);
    endResetModel();
}

void ScenarioTreeModel::scenariosChanged(const QList<qint64>& ids) {
    itemsChanged(ids);
}

QString ScenarioTreeModel::statusText(Scenario::Status status) {
    switch (status) {
        case Scenario::Status::Draft:
            return QCoreApplication::translate("tp::ui::ScenariosDock", "draft");
        case Scenario::Status::Proposed:
            return QCoreApplication::translate("tp::ui::ScenariosDock", "proposed");
        case Scenario::Status::Approved:
            return QCoreApplication::translate("tp::ui::ScenariosDock", "approved");
    }
    return {};
}

int ScenarioTreeModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant ScenarioTreeModel::data(const QModelIndex& index, int role) const {
    const Scenario* s = m_project ? m_project->scenario(idAt(index)) : nullptr;
    if (!s) return {};
    if (role == IdRole) return s->id;
    if (role == Qt::FontRole && s->id == m_project->currentScenarioId) {
        QFont f;
        f.setBold(true);
        return f;
    }
    switch (index.column()) {
        case NameColumn:
            if (role == Qt::DisplayRole) return s->planOfRecord ? s->name + QStringLiteral("  ✔") : s->name;
            if (role == SortRole) return s->name;
            if (role == Qt::ToolTipRole) return s->notes;
            break;
        case StatusColumn:
            if (role == Qt::DisplayRole) return statusText(s->status);
            if (role == SortRole) return int(s->status);
            break;
        default:
            break;
    }
    return {};
}

QVariant ScenarioTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case NameColumn:
            return QCoreApplication::translate("tp::ui::ScenariosDock", "Scenario");
        case StatusColumn:
            return QCoreApplication::translate("tp::ui::ScenariosDock", "Status");
        default:
            return {};
    }
}

} // namespace tp::ui
