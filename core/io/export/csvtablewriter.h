#pragma once
// CsvTableWriter: writes an ExportTable as CSV the way spreadsheets and CRMs read it: UTF-8 with
// a byte order mark (Excel otherwise guesses a legacy code page), the column keys as header,
// comma-separated, RFC 4180 quoting, CRLF line ends, numbers in the C locale, text neutralised by
// CellNeutraliser. Writes through OutputFile (never the project file; a temporary file renamed
// when complete and every write checked), so a failed export leaves any old file untouched.
// Stateless; any thread.

#include <QString>

namespace tp::io {

class ExportTable;
class OutputGuard;

class CsvTableWriter {
public:
    static bool write(const ExportTable& table, const QString& path, const OutputGuard& guard, QString* error);
    static QString field(const QString& text); // neutralised and quoted as needed
};

} // namespace tp::io
