#pragma once
// ExportTable: one sheet of an export in memory (a title, typed columns, rows of cells) that the
// sheet writers turn into CSV or an XLSX worksheet. Cells are QVariant: text (QString), numbers
// (qint64, int or double; NaN means "undefined") or invalid/null for an empty cell. Columns carry
// a stable snake_case key (the CSV header, for scripts), a header for people (XLSX) and a number
// format. Rows are either stored (addRow) or made on demand by a row source (setRowSource), so a
// sheet of a million accounts is written without holding a million rows of cells at once.
// Value type; any thread (a row source must be callable from the writer's thread).

#include <QString>
#include <QVariant>

#include <functional>
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
    int columnIndex(const QString& key) const; // -1 if absent

    // Rows shorter than columnCount() are padded with empty cells.
    void addRow(QVariantList cells);
    // A totals row (shown in bold in XLSX); at most one, added last.
    void addTotalRow(QVariantList cells);
    // `count` rows made by `row(r)` when they are read, before any stored rows; the source must
    // stay valid as long as the table (capture what it needs by value or shared pointer).
    void setRowSource(int count, std::function<QVariantList(int)> row);
    int rowCount() const { return m_sourceCount + int(m_rows.size()); }
    // Padded to columnCount().
    QVariantList row(int r) const;
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
    int m_sourceCount = 0;
    std::function<QVariantList(int)> m_source;
    int m_totalRow = -1;
    int m_frozenColumns = 0;
};

} // namespace tp::io
