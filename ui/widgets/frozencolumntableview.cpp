#include "ui/widgets/frozencolumntableview.h"

#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>

namespace tp::ui {

FrozenColumnTableView::FrozenColumnTableView(QWidget* parent) : QTableView(parent), m_frozen(new QTableView(this)) {
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border: none; }"));
    m_frozen->setWordWrap(false);
    viewport()->stackUnder(m_frozen);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical != 0) return;
        m_frozen->setColumnWidth(0, size);
        updateFrozenGeometry();
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) { m_frozen->setRowHeight(logical, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    // Sorting and the indicator follow the table's header; a click on the frozen header sorts
    // by the territory like a click on the table's.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int) {
        const bool ascending = horizontalHeader()->sortIndicatorSection() != 0
                               || horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
        sortByColumn(0, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        m_frozen->horizontalHeader()->setSortIndicatorShown(section == 0);
        m_frozen->horizontalHeader()->setSortIndicator(section == 0 ? 0 : -1, order);
    });
    connect(m_frozen, &QTableView::doubleClicked, this, &QTableView::doubleClicked);
    connect(m_frozen, &QTableView::clicked, this, &QTableView::clicked);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint& at) { columnMenu()->popup(horizontalHeader()->mapToGlobal(at)); });
}

void FrozenColumnTableView::setModel(QAbstractItemModel* model) {
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        connect(model, &QAbstractItemModel::columnsInserted, this, &FrozenColumnTableView::showOnlyFirstColumn);
        connect(model, &QAbstractItemModel::modelReset, this, &FrozenColumnTableView::showOnlyFirstColumn);
        connect(model, &QAbstractItemModel::layoutChanged, this, &FrozenColumnTableView::showOnlyFirstColumn);
    }
    showOnlyFirstColumn();
}

void FrozenColumnTableView::showOnlyFirstColumn() {
    if (!model()) return;
    for (int c = 1; c < model()->columnCount(); ++c) m_frozen->setColumnHidden(c, true);
    m_frozen->setColumnWidth(0, columnWidth(0));
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->setFont(font());
    updateFrozenGeometry();
}

QMenu* FrozenColumnTableView::columnMenu() {
    delete m_menu;
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("columnMenu"));
    if (!model()) return m_menu;
    for (int c = 1; c < model()->columnCount(); ++c) {
        QAction* a = m_menu->addAction(model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool shown) { setColumnHidden(c, !shown); });
    }
    return m_menu;
}

void FrozenColumnTableView::resizeEvent(QResizeEvent* event) {
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void FrozenColumnTableView::updateGeometries() {
    QTableView::updateGeometries();
    updateFrozenGeometry();
}

QModelIndex FrozenColumnTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) {
    const QModelIndex current = QTableView::moveCursor(action, modifiers);
    // Moving left to a cell under the frozen column scrolls it into view beside it.
    if (action == MoveLeft && current.column() > 0 && visualRect(current).topLeft().x() < m_frozen->columnWidth(0)) {
        const int newValue =
            horizontalScrollBar()->value() + visualRect(current).topLeft().x() - m_frozen->columnWidth(0);
        horizontalScrollBar()->setValue(newValue);
    }
    return current;
}

void FrozenColumnTableView::scrollTo(const QModelIndex& index, ScrollHint hint) {
    // A cell of the frozen column is always in view sideways: only its row is scrolled to, at
    // the leftmost column shown (so the table does not jump back to its start).
    if (index.column() > 0 || !model()) return QTableView::scrollTo(index, hint);
    const int column = columnAt(m_frozen->columnWidth(0) + 1);
    QTableView::scrollTo(column > 0 ? index.siblingAtColumn(column) : index, hint);
}

void FrozenColumnTableView::updateFrozenGeometry() {
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), columnWidth(0),
                          viewport()->height() + horizontalHeader()->height());
}

} // namespace tp::ui
