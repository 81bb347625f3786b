#pragma once
// IdTreeModel: the tree part of the Territories and Scenarios docks' models: items with ids,
// nested along their parent links (region > district > territory; a scenario under the one it
// was copied from), safe against what a damaged file may hold: cycles are cut (ParentLinks) and
// nesting stops at maxNesting levels (deeper items are listed at the top level; views walk
// trees recursively). Subclasses give the columns and the data; IdRole gives an item's id and
// SortRole what a QSortFilterProxyModel sorts by. GUI thread only.

#include <QAbstractItemModel>
#include <QHash>

#include <utility>
#include <vector>

namespace tp::ui {

class IdTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int maxNesting = 16;

    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;

    // The item with this id (invalid when there is none).
    QModelIndex indexOf(qint64 id, int column = 0) const;
    qint64 idAt(const QModelIndex& index) const;

protected:
    // Replaces the items: (id, parent id) in display order; call between begin/endResetModel.
    void setItems(const std::vector<std::pair<qint64, qint64>>& items);
    // Every column of these items changed.
    void itemsChanged(const QList<qint64>& ids);
    // The parent id each item is shown under (0: top level), as set.
    qint64 shownParent(qint64 id) const;

private:
    struct Node {
        qint64 id = 0;
        int parent = -1; // node index, -1: top level
        int row = 0;
        std::vector<int> children;
    };
    const std::vector<int>& childrenOf(int node) const {
        return node < 0 ? m_top : m_nodes[std::size_t(node)].children;
    }

    std::vector<Node> m_nodes;
    std::vector<int> m_top;
    QHash<qint64, int> m_nodeOf;
};

} // namespace tp::ui
