#pragma once
// DockTable: the set-up the docks' sortable lists share (Reps, White Space): a QTableView over a
// QSortFilterProxyModel that sorts by Qt::UserRole, in the source model's order until a header is
// clicked; whole rows selected, read-only, compact rows without a row header, columns sized to
// their contents (the last one stretched), alternating rows, no wrapping, and a steady vertical
// scroll bar (a list is usually longer than its dock: the columns do not jump when the dock is
// resized, or when workshop mode restores the window). Stateless; GUI thread.

#include <QAbstractItemView>
#include <QString>

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace tp::ui {

class DockTable {
public:
    static void setUp(QTableView* view, QSortFilterProxyModel* proxy, QAbstractItemModel* source,
                      const QString& objectName, QAbstractItemView::SelectionMode selection);
};

} // namespace tp::ui
