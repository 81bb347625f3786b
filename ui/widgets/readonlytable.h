#pragma once
// ReadOnlyTable: the read-only QTableWidget the Compare and Coverage docks list rows in (whole rows
// selected, alternating colours, columns fitted to their contents, no wrapping), and its cells
// (numbers right-aligned). Stateless helpers; GUI thread.

#include <QString>
#include <QStringList>

class QTableWidget;
class QTableWidgetItem;

namespace tp::ui {

class ReadOnlyTable {
public:
    static QTableWidget* make(const QStringList& headers); // owned by the caller (a parent widget)
    static QTableWidgetItem* cell(const QString& text, bool number = false);
};

} // namespace tp::ui
