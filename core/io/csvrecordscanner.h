#pragma once
// CsvRecordScanner: a fast pass over a delimited text file that finds where each record starts
// (its 1-based line) and how many values it has, honouring quotes the way GDAL's CSV reader does.
// OGR reads the values but skips blank lines, joins quoted line breaks and drops surplus values
// silently; this pass lets the importer report true line numbers and malformed rows. It also
// spots binary or UTF-16 files before GDAL guesses at them. Value type; any thread.

#include <QString>

#include <vector>

namespace tp::io {

struct CsvRecord {
    int line = 0;       // 1-based line where the record starts
    int lineCount = 1;  // lines it spans (> 1: quoted line breaks, or an unclosed quote)
    int values = 0;     // number of values (separators outside quotes + 1)
};

class CsvRecordScanner {
public:
    bool scan(const QString& path);   // false: error() says why (binary, UTF-16, unreadable)

    const QString& error() const { return m_error; }
    char separator() const { return m_separator; }
    int headerValues() const { return m_header.values; }
    bool hasHeader() const { return m_header.line > 0; }
    // Data records (non-blank, after the header), in file order: OGR's feature order.
    const std::vector<CsvRecord>& records() const { return m_records; }

private:
    QString m_error;
    char m_separator = ',';
    CsvRecord m_header;
    std::vector<CsvRecord> m_records;
};

} // namespace tp::io
