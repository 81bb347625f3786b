#pragma once
// ReportTable: a table of text drawn with QPainter on report pages: a shaded header row, zebra
// rows, right-aligned number columns, an optional bold totals row. Long tables continue on the
// next page: paint() draws as many rows as fit and says where to go on. Columns are fitted to
// their measured text (QFontMetricsF on the painting device): each gets its widest header and
// cell, headers wrap on two lines when that saves width, the type shrinks (down to half) when
// the table is still too wide, and width left over is shared by the columns' weights. Only
// beyond half size is text elided. Value type; the thread that paints.

#include <QFont>
#include <QPaintDevice>
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

    struct Layout {
        QFont font, bold;                 // the type the table is drawn in (maybe shrunk)
        std::vector<double> widths;       // per column, device units, padding included
        std::vector<QStringList> headers; // per column, one or two lines
        double padding = 0;               // left and right in each cell
        double rowHeight = 0, headerHeight = 0;
    };
    // Column widths for `width` device units on `device` starting from `font`.
    Layout layout(QPaintDevice* device, double width, const QFont& font) const;
    const QString& header(int column) const { return m_columns[std::size_t(column)].header; }
    QStringList row(int index) const { return m_rows[std::size_t(index)].cells; }
    bool isBold(int index) const { return m_rows[std::size_t(index)].bold; }

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
