#pragma once
// ExportTable: one sheet of an export in memory (a title, typed columns, rows of cells) that the
// sheet writers turn into CSV or an XLSX worksheet. Cells are QVariant: text (QString), numbers
// (qint64, int or double; NaN means "undefined") or invalid/null for an empty cell. Columns carry
// a stable snake_case key (the CSV header, for scripts), a header for people (XLSX) and a number
// format. Value type; any thread.

#include <QString>
#include <QVariant>

#include <vector>

namespace tp::io {

class ExportTable {
public:
    enum class Format { Text, Integer, Money, OneDecimal, TwoDecimals };
    struct Column {
        QString key;
        QString header;
        Format format = Format::Text;
    };

    explicit ExportTable(QString title = {}) : m_title(std::move(title)) {}

    const QString& title() const { return m_title; }
    void setTitle(const QString& title) { m_title = title; }

    void addColumn(const QString& key, const QString& header, Format format = Format::Text);
    int columnCount() const { return int(m_columns.size()); }
    const Column& column(int c) const { return m_columns[std::size_t(c)]; }
    int columnIndex(const QString& key) const;  // -1 if absent

    // Rows shorter than columnCount() are padded with empty cells.
    void addRow(QVariantList cells);
    // A totals row (shown in bold in XLSX); at most one, added last.
    void addTotalRow(QVariantList cells);
    int rowCount() const { return int(m_rows.size()); }
    const QVariantList& row(int r) const { return m_rows[std::size_t(r)]; }
    bool isTotalRow(int r) const { return r == m_totalRow; }

    // Columns left of this index stay visible when scrolling sideways (XLSX).
    int frozenColumns() const { return m_frozenColumns; }
    void setFrozenColumns(int count) { m_frozenColumns = count; }

    // The cell as text: numbers in the C locale with the shortest exact digits, NaN and null empty.
    static QString plainText(const QVariant& cell);
    static bool isNumber(const QVariant& cell);

private:
    QString m_title;
    std::vector<Column> m_columns;
    std::vector<QVariantList> m_rows;
    int m_totalRow = -1;
    int m_frozenColumns = 0;
};

} // namespace tp::io
