#pragma once
// CsvReader: reads a delimited text file (.csv, .tsv, .psv, .txt) record by record, with the true
// 1-based line of every record. GDAL 3.6's CSV driver is not used for these files: it toggles
// quoting on every quote character (an unquoted inch mark, `Acme 5" screen`, swallows the
// following rows), knows no pipe separator, and hides blank lines and joined lines from the
// caller. The rules here are those of lenient RFC-4180 readers (Python's csv, LibreOffice):
// - a quote opens a quoted value only at the start of a value (spaces before it are dropped);
//   anywhere else it is literal. In a quoted value "" is a quote; a closing quote followed by
//   other text keeps both as literal text.
// - line breaks are \r\n, \n or a lone \r, each one line; quoted values may span lines.
// - a quote that is never closed makes its first line a malformed record (unclosedQuote) and
//   reading resumes on the next line, so one stray quote loses one row, not the rest of the file.
// - the separator is detected from the header line (the most frequent of , ; TAB |), or fixed
//   by the suffix (.tsv: TAB, .psv: |). A UTF-8 byte order mark is skipped.
// - blank lines (nothing but spaces) are skipped; UTF-16 and binary files are refused.
// Values are raw bytes (the caller decodes them). Owned by one thread at a time.

#include <QFile>
#include <QString>

#include <string>
#include <vector>

namespace tp::io {

struct CsvRecord {
    int line = 0;                    // 1-based line where the record starts
    int lineCount = 1;               // lines it spans (> 1: quoted line breaks)
    bool unclosedQuote = false;      // a quote opened on `line` is never closed: values are unusable
    std::vector<std::string> values; // raw bytes of each value, quotes removed
};

class CsvReader {
public:
    // Opens the file, checks it is text, detects the separator and reads the header record.
    // false: error() says why (unreadable, binary, UTF-16, no header).
    bool open(const QString& path);
    // The next non-blank data record; false at the end or on an error (error() is then set).
    bool next(CsvRecord& record);

    const QString& error() const { return m_error; }
    char separator() const { return m_separator; }
    // Header names, trimmed; an empty name becomes "field_N" (N = 1-based column), a repeated
    // one "name_2", "name_3", ...
    const std::vector<std::string>& header() const { return m_header; }
    int headerLine() const { return m_headerLine; }
    // Data records to expect, from the file size and the first lines (for reserving memory).
    qsizetype estimatedRecords() const { return m_estimatedRecords; }

private:
    enum class Read { Record, Blank, End };
    Read readRecord(CsvRecord& record);
    bool refill();
    int get() { // the next byte, or -1 at the end of the file
        if (m_pos == m_end && !refill()) return -1;
        return static_cast<unsigned char>(m_buffer[m_pos++]);
    }
    int peek() {
        if (m_pos == m_end && !refill()) return -1;
        return static_cast<unsigned char>(m_buffer[m_pos]);
    }
    qint64 offset() const { return m_bufferOffset + qint64(m_pos); }
    bool seek(qint64 offset);

    QFile m_file;
    QString m_fileName;
    QString m_error;
    char m_separator = ',';
    std::vector<std::string> m_header;
    int m_headerLine = 0;
    qsizetype m_estimatedRecords = 0;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    qint64 m_bufferOffset = 0; // file offset of m_buffer[0]
    int m_line = 1;            // line of the next byte
};

} // namespace tp::io
