#pragma once
// XlsxWorkbookWriter: writes ExportTables as the worksheets of one formatted XLSX workbook with
// libxlsxwriter: a bold header row with an autofilter, frozen header (and the table's frozen
// columns), column widths from the content, number formats per column, a bold totals row. Text
// is written as string cells (never formulas) and neutralised by CellNeutraliser like CSV, so a
// sheet saved again as CSV stays safe. Sheet names are made valid for Excel (31 characters, no
// []:*?/\, unique). The workbook is written next to the target and renamed over it when
// complete. Stateless; any thread.

#include <QString>

#include <vector>

namespace tp::io {

class ExportTable;

class XlsxWorkbookWriter {
public:
    static constexpr int maxRows = 1'048'575;  // Excel's row limit minus the header

    static bool write(const std::vector<ExportTable>& sheets, const QString& path, QString* error);
    // A valid sheet name for `wanted`, different (case-insensitively) from every name in `taken`.
    static QString sheetName(const QString& wanted, const QStringList& taken);
};

} // namespace tp::io
