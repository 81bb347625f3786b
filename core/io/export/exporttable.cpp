#include "io/export/exporttable.h"

#include <QLocale>

#include <cmath>

namespace tp::io {

void ExportTable::addColumn(const QString& key, const QString& header, Format format) {
    m_columns.push_back({key, header, format});
}

int ExportTable::columnIndex(const QString& key) const {
    for (std::size_t c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].key == key) return int(c);
    return -1;
}

void ExportTable::addRow(QVariantList cells) {
    while (cells.size() < columnCount()) cells.append(QVariant());
    m_rows.push_back(std::move(cells));
}

void ExportTable::setRowSource(int count, std::function<QVariantList(int)> row) {
    m_sourceCount = count;
    m_source = std::move(row);
}

QVariantList ExportTable::row(int r) const {
    if (r >= m_sourceCount) return m_rows[std::size_t(r - m_sourceCount)];
    QVariantList cells = m_source(r);
    while (cells.size() < columnCount()) cells.append(QVariant());
    return cells;
}

void ExportTable::addTotalRow(QVariantList cells) {
    addRow(std::move(cells));
    m_totalRow = rowCount() - 1;
}

bool ExportTable::isNumber(const QVariant& cell) {
    switch (cell.typeId()) {
        case QMetaType::Double:
        case QMetaType::Float:
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            return true;
        default:
            return false;
    }
}

QString ExportTable::plainText(const QVariant& cell) {
    if (cell.isNull() || !cell.isValid()) return {};
    if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Float) {
        const double v = cell.toDouble();
        if (!std::isfinite(v)) return {};
        return QLocale::c().toString(v, 'f', QLocale::FloatingPointShortest);
    }
    return cell.toString();
}

} // namespace tp::io
