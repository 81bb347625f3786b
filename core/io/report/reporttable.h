#pragma once
// ReportTable: a table of text drawn with QPainter on report pages: a shaded header row, zebra
// rows, right-aligned number columns, text elided to the column width, an optional bold totals
// row. Long tables continue on the next page: paint() draws as many rows as fit and says where
// to go on. Column widths are shares of the available width. Value type; the thread that paints.

#include <QFont>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;
class QRectF;

namespace tp::io {

class ReportTable {
public:
    void addColumn(const QString& header, double weight, Qt::Alignment alignment = Qt::AlignLeft);
    void addRow(QStringList cells, bool bold = false);
    int rowCount() const { return int(m_rows.size()); }

    // Header plus rows from `first` while they fit into `area`; returns the index of the first
    // row not drawn (rowCount() when done) and the bottom of what was drawn in *bottom.
    int paint(QPainter& painter, const QRectF& area, int first, const QFont& font, double* bottom = nullptr) const;

private:
    struct Column {
        QString header;
        double weight = 1.0;
        Qt::Alignment alignment;
    };
    struct Row {
        QStringList cells;
        bool bold = false;
    };
    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
};

} // namespace tp::io
