#include "ui/widgets/docktable.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace tp::ui {

void DockTable::setUp(QTableView* view, QSortFilterProxyModel* proxy, QAbstractItemModel* source,
                      const QString& objectName, QAbstractItemView::SelectionMode selection) {
    proxy->setSourceModel(source);
    proxy->setSortRole(Qt::UserRole);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the source's order until a header is clicked
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
}

} // namespace tp::ui
