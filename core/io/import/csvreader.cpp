#include "io/import/csvreader.h"

#include <QFileInfo>

#include <algorithm>

namespace tp::io {
namespace {

constexpr std::size_t bufferSize = 1 << 20;
// A quoted value longer than this many lines is taken as a quote that is never closed: a stray
// quote then costs one re-read of at most this many lines, not of the rest of the file.
constexpr int maxQuotedLines = 1000;

// The header line decides the separator: the most frequent candidate outside quotes (ties: the
// order below). Quotes count only at the start of a value, as when reading.
char separatorOf(const QByteArray& head, const QString& suffix) {
    if (suffix == QLatin1String("tsv")) return '\t';
    if (suffix == QLatin1String("psv")) return '|';
    const char candidates[4] = {',', ';', '\t', '|'};
    int counts[4] = {0, 0, 0, 0};
    bool quoted = false, valueStart = true;
    for (char c : head) {
        if (!quoted && (c == '\n' || c == '\r')) break;
        if (c == '"') {
            if (quoted || valueStart) quoted = !quoted;
            valueStart = false;
            continue;
        }
        if (quoted || c == ' ') continue;
        valueStart = false;
        for (int i = 0; i < 4; ++i) {
            if (c == candidates[i]) {
                ++counts[i];
                valueStart = true;
            }
        }
    }
    int best = 0;
    for (int i = 1; i < 4; ++i)
        if (counts[i] > counts[best]) best = i;
    return counts[best] > 0 ? candidates[best] : ',';
}

std::string trimmedName(const std::string& s) {
    const auto notSpace = [](char c) { return c != ' ' && c != '\t' && c != '\r' && c != '\n'; };
    const auto first = std::find_if(s.begin(), s.end(), notSpace);
    const auto last = std::find_if(s.rbegin(), s.rend(), notSpace).base();
    return first < last ? std::string(first, last) : std::string();
}

} // namespace

bool CsvReader::refill() {
    m_bufferOffset += qint64(m_end);
    m_pos = m_end = 0;
    const qint64 n = m_file.read(m_buffer.data(), qint64(m_buffer.size()));
    if (n < 0) {
        if (m_error.isEmpty()) m_error = QStringLiteral("Cannot read %1: %2").arg(m_fileName, m_file.errorString());
        return false;
    }
    m_end = std::size_t(n);
    return n > 0;
}

bool CsvReader::seek(qint64 offset) {
    m_pos = m_end = 0;
    m_bufferOffset = offset;
    if (m_file.seek(offset)) return true;
    m_error = QStringLiteral("Cannot read %1: %2").arg(m_fileName, m_file.errorString());
    return false;
}

bool CsvReader::open(const QString& path) {
    m_fileName = QFileInfo(path).fileName();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("Cannot read %1: %2").arg(path, m_file.errorString());
        return false;
    }
    const QByteArray head = m_file.peek(64 * 1024);
    if (head.startsWith("\xff\xfe") || head.startsWith("\xfe\xff")) {
        m_error = QStringLiteral("%1 is UTF-16 text; save it as UTF-8 (or Windows-1252) CSV.").arg(m_fileName);
        return false;
    }
    if (head.contains('\0')) {
        m_error = QStringLiteral("%1 contains binary data; it is not a text table.").arg(m_fileName);
        return false;
    }
    const bool bom = head.startsWith("\xEF\xBB\xBF");
    m_separator = separatorOf(bom ? head.mid(3) : head, QFileInfo(path).suffix().toLower());
    m_buffer.resize(bufferSize);
    if (!seek(bom ? 3 : 0)) return false;

    CsvRecord header;
    for (;;) {
        const Read read = readRecord(header);
        if (!m_error.isEmpty()) return false;
        if (read == Read::End) {
            m_error = QStringLiteral("%1 has no rows (only blank lines).").arg(m_fileName);
            return false;
        }
        if (read == Read::Record) break;
    }
    if (header.unclosedQuote) {
        m_error = QStringLiteral("%1: the header on line %2 has a quote that is never closed.")
                      .arg(m_fileName)
                      .arg(header.line);
        return false;
    }
    m_headerLine = header.line;
    m_header.clear();
    for (std::size_t i = 0; i < header.values.size(); ++i) {
        std::string name = trimmedName(header.values[i]);
        if (name.empty()) name = "field_" + std::to_string(i + 1);
        // A repeated name gets a number, so both columns are kept (the second would shadow the first).
        const std::string base = name;
        for (int n = 2; std::find(m_header.begin(), m_header.end(), name) != m_header.end(); ++n)
            name = base + "_" + std::to_string(n);
        m_header.push_back(std::move(name));
    }
    const qsizetype lines = std::max<qsizetype>(1, head.count('\n') + (head.count('\n') == 0 ? head.count('\r') : 0));
    m_estimatedRecords =
        head.size() < 64 * 1024 ? lines : qsizetype(double(m_file.size()) / double(head.size()) * double(lines));
    return true;
}

bool CsvReader::next(CsvRecord& record) {
    if (!m_error.isEmpty()) return false;
    for (;;) {
        const Read read = readRecord(record);
        if (!m_error.isEmpty() || read == Read::End) return false;
        if (read == Read::Record) return true;
    }
}

CsvReader::Read CsvReader::readRecord(CsvRecord& r) {
    const qint64 start = offset();
    r.line = m_line;
    r.lineCount = 1;
    r.unclosedQuote = false;
    std::size_t used = 0;
    auto beginValue = [&]() -> std::string* {
        if (used == r.values.size()) r.values.emplace_back();
        std::string* s = &r.values[used++];
        s->clear();
        return s;
    };
    auto lineBreak = [&](int c) { // \r\n counts once
        if (c == '\r' && peek() == '\n') get();
        ++m_line;
    };
    const char sep = m_separator;
    int c = get();
    if (c < 0) return Read::End;
    std::string* value = beginValue();
    bool content = false; // anything but spaces: a line of spaces is blank
    enum class State { Start, Unquoted, Quoted, AfterQuote } state = State::Start;
    bool tooLong = false;
    for (; c >= 0 && !tooLong; c = get()) {
        if (c == 0) {
            m_error = QStringLiteral("%1 contains binary data (line %2); it is not a text table.")
                          .arg(m_fileName)
                          .arg(m_line);
            return Read::End;
        }
        switch (state) {
            case State::Start:
                if (c == '"') {
                    value->clear(); // spaces before an opening quote
                    content = true;
                    state = State::Quoted;
                    continue;
                }
                if (c == ' ' || (c == '\t' && sep != '\t')) {
                    value->push_back(char(c));
                    continue;
                }
                state = State::Unquoted;
                [[fallthrough]];
            case State::Unquoted: {
                if (c == sep) {
                    content = true;
                    value = beginValue();
                    state = State::Start;
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    lineBreak(c);
                    r.values.resize(used);
                    return content ? Read::Record : Read::Blank;
                }
                content = true;
                value->push_back(char(c));
                // The rest of an unquoted value in one go (quotes are literal here).
                const std::size_t from = m_pos;
                while (m_pos < m_end) {
                    const char d = m_buffer[m_pos];
                    if (d == sep || d == '\n' || d == '\r' || d == '\0') break;
                    ++m_pos;
                }
                value->append(m_buffer.data() + from, m_pos - from);
                continue;
            }
            case State::Quoted: {
                if (c == '"') {
                    state = State::AfterQuote;
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    if (c == '\r' && peek() == '\n') {
                        value->push_back('\r');
                        c = get();
                    }
                    ++m_line;
                    if (++r.lineCount > maxQuotedLines) {
                        tooLong = true;
                        break;
                    }
                }
                value->push_back(char(c));
                const std::size_t from = m_pos;
                while (m_pos < m_end) {
                    const char d = m_buffer[m_pos];
                    if (d == '"' || d == '\n' || d == '\r' || d == '\0') break;
                    ++m_pos;
                }
                value->append(m_buffer.data() + from, m_pos - from);
                continue;
            }
            case State::AfterQuote:
                if (c == '"') { // "" inside quotes
                    value->push_back('"');
                    state = State::Quoted;
                    continue;
                }
                if (c == sep) {
                    value = beginValue();
                    state = State::Start;
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    lineBreak(c);
                    r.values.resize(used);
                    return Read::Record;
                }
                value->push_back('"'); // "abc"def: the quote was not a closing one
                value->push_back(char(c));
                state = State::Unquoted;
                continue;
        }
    }
    if (!m_error.isEmpty()) return Read::End;
    r.values.resize(used);
    if (state != State::Quoted) return content ? Read::Record : Read::Blank;

    // The file ended inside quotes (or the quoted value ran on too long): the quote on the first
    // line was never closed. That line is one malformed record; reading goes on after it.
    r.unclosedQuote = true;
    r.lineCount = 1;
    r.values.clear();
    m_line = r.line;
    if (!seek(start)) return Read::End;
    for (int d = get(); d >= 0; d = get()) {
        if (d == '\n' || d == '\r') {
            lineBreak(d);
            break;
        }
    }
    if (m_line == r.line) ++m_line; // the unclosed quote was on the last line
    return Read::Record;
}

} // namespace tp::io
