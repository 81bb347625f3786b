#include "idtreemodel.h"

#include "model/parentlinks.h"

namespace tp::ui {

QModelIndex IdTreeModel::index(int row, int column, const QModelIndex& parent) const {
    const int parentNode = parent.isValid() ? int(parent.internalId()) : -1;
    if (parent.isValid() && parent.column() != 0) return {};
    const std::vector<int>& children = childrenOf(parentNode);
    if (row < 0 || row >= int(children.size()) || column < 0 || column >= columnCount(parent)) return {};
    return createIndex(row, column, quintptr(children[std::size_t(row)]));
}

QModelIndex IdTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid()) return {};
    const int parentNode = m_nodes[std::size_t(child.internalId())].parent;
    if (parentNode < 0) return {};
    return createIndex(m_nodes[std::size_t(parentNode)].row, 0, quintptr(parentNode));
}

int IdTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0) return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

QModelIndex IdTreeModel::indexOf(qint64 id, int column) const {
    const auto it = m_nodeOf.constFind(id);
    if (it == m_nodeOf.constEnd()) return {};
    return createIndex(m_nodes[std::size_t(*it)].row, column, quintptr(*it));
}

qint64 IdTreeModel::idAt(const QModelIndex& index) const {
    return index.isValid() && index.model() == this ? m_nodes[std::size_t(index.internalId())].id : 0;
}

qint64 IdTreeModel::shownParent(qint64 id) const {
    const auto it = m_nodeOf.constFind(id);
    if (it == m_nodeOf.constEnd() || m_nodes[std::size_t(*it)].parent < 0) return 0;
    return m_nodes[std::size_t(m_nodes[std::size_t(*it)].parent)].id;
}

void IdTreeModel::setItems(const std::vector<std::pair<qint64, qint64>>& items) {
    m_nodes.clear();
    m_top.clear();
    m_nodeOf.clear();
    QHash<qint64, qint64> parents;
    for (const auto& [id, parent] : items) {
        m_nodeOf.insert(id, int(m_nodes.size()));
        m_nodes.push_back(Node{id, -1, 0, {}});
        parents.insert(id, parent);
    }
    ParentLinks::cutCycles(parents);
    const QHash<qint64, int> depth = ParentLinks::depths(parents);
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const qint64 parentId = parents.value(m_nodes[i].id);
        const int parentNode = m_nodeOf.value(parentId, -1);
        const bool nested = parentId != 0 && parentNode >= 0 && depth.value(parentId) < maxNesting;
        std::vector<int>& siblings = nested ? m_nodes[std::size_t(parentNode)].children : m_top;
        m_nodes[i].parent = nested ? parentNode : -1;
        m_nodes[i].row = int(siblings.size());
        siblings.push_back(int(i));
    }
}

void IdTreeModel::itemsChanged(const QList<qint64>& ids) {
    const int last = columnCount() - 1;
    for (qint64 id : ids)
        if (const QModelIndex i = indexOf(id); i.isValid()) emit dataChanged(i, i.siblingAtColumn(last));
}

} // namespace tp::ui
