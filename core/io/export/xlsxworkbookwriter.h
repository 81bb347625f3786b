#pragma once
// XlsxWorkbookWriter: writes ExportTables as the worksheets of one formatted XLSX workbook with
// libxlsxwriter: a bold header row with an autofilter, frozen header (and the table's frozen
// columns), column widths from the content, number formats per column, a bold totals row. Text
// is written as string cells (never formulas) and neutralised by CellNeutraliser like CSV, so a
// sheet saved again as CSV stays safe. Sheet names are made valid for Excel (31 characters, no
// []:*?/\, unique). Rows are streamed (libxlsxwriter's constant-memory mode, rows in order, strings
// inline), so memory does not grow with the row count. The workbook is written through
// OutputFile (never the project file; a temporary file renamed over the target when complete and
// read back first, so a full disk is an error and never a short file). Stateless; any thread.

#include <QString>

#include <vector>

namespace tp::io {

class ExportTable;
class OutputGuard;

class XlsxWorkbookWriter {
public:
    static constexpr int maxRows = 1'048'575; // Excel's row limit minus the header

    static bool write(const std::vector<ExportTable>& sheets, const QString& path, const OutputGuard& guard,
                      QString* error);
    // A valid sheet name for `wanted`, different (case-insensitively) from every name in `taken`.
    static QString sheetName(const QString& wanted, const QStringList& taken);
};

} // namespace tp::io
