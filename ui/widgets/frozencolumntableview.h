#pragma once
// FrozenColumnTableView: a table whose first column (the territory) stays in place while the
// other columns scroll sideways, as in spreadsheets, and whose header offers a column chooser
// (right-click: a check per column; the first cannot be hidden). The frozen column is a second
// QTableView over the left edge that shares the model and the selection model and follows the
// table's rows, scrolling, widths and sorting (Qt's "Frozen Column" pattern). Owns the overlay.
// GUI thread only.

#include <QTableView>

class QMenu;

namespace tp::ui {

class FrozenColumnTableView : public QTableView {
    Q_OBJECT
public:
    explicit FrozenColumnTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    QTableView* frozenView() const { return m_frozen; }
    // The column chooser, as the header's context menu shows it (built afresh each time).
    QMenu* columnMenu();
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;

private:
    void showOnlyFirstColumn();
    void updateFrozenGeometry();

    QTableView* m_frozen;
    QMenu* m_menu = nullptr;
};

} // namespace tp::ui
