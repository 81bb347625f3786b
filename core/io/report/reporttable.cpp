#include "io/report/reporttable.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tp::io {

void ReportTable::addColumn(const QString& header, double weight, Qt::Alignment alignment) {
    m_columns.push_back({header, weight, alignment});
}

void ReportTable::addRow(QStringList cells, bool bold) {
    m_rows.push_back({std::move(cells), bold});
}

namespace {

QFont scaled(const QFont& font, double factor) {
    QFont f = font;
    if (font.pixelSize() > 0)
        f.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * factor))));
    else
        f.setPointSizeF(std::max(1.0, font.pointSizeF() * factor));
    return f;
}

// The header on two lines at the space that makes the wider line narrowest; one line when
// there is no space.
QStringList twoLines(const QString& text, const QFontMetricsF& fm) {
    QStringList best{text};
    double bestWidth = fm.horizontalAdvance(text);
    for (qsizetype i = text.indexOf(QLatin1Char(' ')); i > 0; i = text.indexOf(QLatin1Char(' '), i + 1)) {
        const QString a = text.left(i), b = text.mid(i + 1);
        const double w = std::max(fm.horizontalAdvance(a), fm.horizontalAdvance(b));
        if (w < bestWidth) bestWidth = w, best = QStringList{a, b};
    }
    return best;
}

} // namespace

ReportTable::Layout ReportTable::layout(QPaintDevice* device, double width, const QFont& font) const {
    Layout result;
    const std::size_t n = m_columns.size();
    for (double factor = 1.0;; factor -= 0.05) {
        result = Layout{};
        result.font = scaled(font, factor);
        result.bold = result.font;
        result.bold.setBold(true);
        const QFontMetricsF plain(result.font, device), bold(result.bold, device);
        result.padding = bold.averageCharWidth() * 0.6;
        result.rowHeight = bold.height() * 1.45;
        std::vector<double> cells(n, 0.0), oneLine(n, 0.0), wrapped(n, 0.0);
        std::vector<QStringList> wraps(n);
        for (std::size_t c = 0; c < n; ++c) {
            for (const Row& r : m_rows)
                if (c < std::size_t(r.cells.size()))
                    cells[c] = std::max(cells[c], (r.bold ? bold : plain).horizontalAdvance(r.cells[qsizetype(c)]));
            oneLine[c] = bold.horizontalAdvance(m_columns[c].header);
            wraps[c] = twoLines(m_columns[c].header, bold);
            for (const QString& line : wraps[c]) wrapped[c] = std::max(wrapped[c], bold.horizontalAdvance(line));
        }
        // One-line headers when everything fits so; else wrap the headers that are wider than
        // their column's cells.
        double total = 0;
        for (std::size_t c = 0; c < n; ++c) total += std::max(cells[c], oneLine[c]) + 2 * result.padding;
        const bool wrap = total > width;
        bool twoLineHeader = false;
        for (std::size_t c = 0; c < n; ++c) {
            const bool wrapThis = wrap && wraps[c].size() == 2 && oneLine[c] > cells[c];
            result.headers.push_back(wrapThis ? wraps[c] : QStringList{m_columns[c].header});
            result.widths.push_back(std::max(cells[c], wrapThis ? wrapped[c] : oneLine[c]) + 2 * result.padding + 1.0);
            twoLineHeader = twoLineHeader || wrapThis;
        }
        result.headerHeight = twoLineHeader ? bold.height() * 2.0 + bold.height() * 0.45 : result.rowHeight;
        const double needed = std::accumulate(result.widths.begin(), result.widths.end(), 0.0);
        if (needed <= width || factor <= 0.5) {
            double totalWeight = 0;
            for (const Column& c : m_columns) totalWeight += c.weight;
            const double spare = width - needed;
            for (std::size_t c = 0; c < n; ++c)
                result.widths[c] = spare >= 0 ? result.widths[c] + spare * m_columns[c].weight / totalWeight
                                              : result.widths[c] * width / needed;
            return result;
        }
    }
}

int ReportTable::paint(QPainter& painter, const QRectF& area, int first, const QFont& font, double* bottom) const {
    const Layout l = layout(painter.device(), area.width(), font);
    const double rowHeight = l.rowHeight;
    const double pad = l.padding;
    std::vector<double> x{area.left()};
    for (double w : l.widths) x.push_back(x.back() + w);

    auto drawRow = [&](double y, const QStringList& cells, const QFont& f) {
        painter.setFont(f);
        const QFontMetricsF fm(f, painter.device());
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            const QRectF cell(x[c] + pad, y, x[c + 1] - x[c] - 2 * pad, rowHeight);
            const QString text = c < std::size_t(cells.size()) ? cells[qsizetype(c)] : QString();
            painter.drawText(cell, int(m_columns[c].alignment | Qt::AlignVCenter),
                             fm.elidedText(text, Qt::ElideRight, cell.width()));
        }
    };

    painter.save();
    double y = area.top();
    painter.fillRect(QRectF(area.left(), y, area.width(), l.headerHeight), QColor(0xE8, 0xEE, 0xF4));
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.setFont(l.bold);
    {
        const QFontMetricsF fm(l.bold, painter.device());
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            const QRectF cell(x[c] + pad, y, x[c + 1] - x[c] - 2 * pad, l.headerHeight);
            QStringList lines;
            for (const QString& line : l.headers[c]) lines << fm.elidedText(line, Qt::ElideRight, cell.width());
            painter.drawText(cell, int(m_columns[c].alignment | Qt::AlignVCenter), lines.join(QLatin1Char('\n')));
        }
    }
    y += l.headerHeight;
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
        drawRow(y, r.cells, r.bold ? l.bold : l.font);
    }
    painter.restore();
    if (bottom) *bottom = y;
    return row;
}

} // namespace tp::io
