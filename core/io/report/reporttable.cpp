#include "io/report/reporttable.h"

#include <QFontMetricsF>
#include <QPainter>

namespace tp::io {

void ReportTable::addColumn(const QString& header, double weight, Qt::Alignment alignment) {
    m_columns.push_back({header, weight, alignment});
}

void ReportTable::addRow(QStringList cells, bool bold) { m_rows.push_back({std::move(cells), bold}); }

int ReportTable::paint(QPainter& painter, const QRectF& area, int first, const QFont& font, double* bottom) const {
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(bold, painter.device());
    const double rowHeight = metrics.height() * 1.45;
    const double pad = metrics.averageCharWidth() * 0.6;
    double totalWeight = 0;
    for (const Column& c : m_columns) totalWeight += c.weight;
    std::vector<double> x{area.left()};
    for (const Column& c : m_columns) x.push_back(x.back() + area.width() * c.weight / totalWeight);

    auto drawRow = [&](double y, const QStringList& cells, const QFont& f) {
        painter.setFont(f);
        const QFontMetricsF fm(f, painter.device());
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            const QRectF cell(x[c] + pad, y, x[c + 1] - x[c] - 2 * pad, rowHeight);
            const QString text = c < std::size_t(cells.size()) ? cells[qsizetype(c)] : QString();
            painter.drawText(cell, int(m_columns[c].alignment | Qt::AlignVCenter), fm.elidedText(text, Qt::ElideRight, cell.width()));
        }
    };

    painter.save();
    double y = area.top();
    painter.fillRect(QRectF(area.left(), y, area.width(), rowHeight), QColor(0xE8, 0xEE, 0xF4));
    painter.setPen(QColor(0x22, 0x22, 0x22));
    QStringList headers;
    for (const Column& c : m_columns) headers << c.header;
    drawRow(y, headers, bold);
    y += rowHeight;
    int row = first;
    for (; row < rowCount() && y + rowHeight <= area.bottom(); ++row, y += rowHeight) {
        const Row& r = m_rows[std::size_t(row)];
        if (r.bold) {
            painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 0));
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        } else if ((row - first) % 2 == 1) {
            painter.fillRect(QRectF(area.left(), y, area.width(), rowHeight), QColor(0xF5, 0xF7, 0xFA));
        }
        painter.setPen(QColor(0x22, 0x22, 0x22));
        drawRow(y, r.cells, r.bold ? bold : font);
    }
    painter.restore();
    if (bottom) *bottom = y;
    return row;
}

} // namespace tp::io
