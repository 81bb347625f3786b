#include "csvrecordscanner.h"

#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace tp::io {
namespace {

// GDAL's rule of thumb: the header line decides the separator.
char separatorOf(const QByteArray& header, const QString& suffix) {
    if (suffix == QLatin1String("tsv")) return '\t';
    if (suffix == QLatin1String("psv")) return '|';
    int counts[4] = {0, 0, 0, 0};
    const char candidates[4] = {',', ';', '\t', '|'};
    bool quoted = false;
    for (char c : header) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        for (int i = 0; i < 4; ++i)
            if (c == candidates[i]) ++counts[i];
    }
    for (int i = 0; i < 4; ++i)
        if (counts[i] > 0) return candidates[i];
    return ',';
}

} // namespace

bool CsvRecordScanner::scan(const QString& path) {
    m_records.clear();
    m_header = {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray head = file.peek(64 * 1024);
    if (head.startsWith("\xff\xfe") || head.startsWith("\xfe\xff")) {
        m_error = QStringLiteral("%1 is UTF-16 text; save it as UTF-8 (or Windows-1252) CSV.").arg(QFileInfo(path).fileName());
        return false;
    }
    if (head.contains('\0')) {
        m_error = QStringLiteral("%1 contains binary data; it is not a text table.").arg(QFileInfo(path).fileName());
        return false;
    }
    const qsizetype firstNewline = head.indexOf('\n');
    m_separator = separatorOf(firstNewline >= 0 ? head.left(firstNewline) : head, QFileInfo(path).suffix().toLower());

    bool quoted = false;
    int line = 1;
    CsvRecord current{1, 1, 1};
    bool currentHasContent = false;
    auto finish = [&] {
        if (currentHasContent) {
            if (m_header.line == 0) m_header = current;
            else m_records.push_back(current);
        }
    };
    std::vector<char> buffer(1 << 20);
    bool sawBinary = false;
    bool endsWithNewline = false;
    for (qint64 n; (n = file.read(buffer.data(), qint64(buffer.size()))) > 0;) {
        for (qint64 i = 0; i < n; ++i) {
            const char c = buffer[std::size_t(i)];
            endsWithNewline = c == '\n';
            if (c == '"') {
                quoted = !quoted;
                currentHasContent = true;
            } else if (c == '\n') {
                ++line;
                if (quoted) {
                    ++current.lineCount;
                } else {
                    finish();
                    current = {line, 1, 1};
                    currentHasContent = false;
                }
            } else if (c == m_separator) {
                currentHasContent = true;
                if (!quoted) ++current.values;
            } else if (c == '\0') {
                sawBinary = true;
            } else if (c != '\r') {
                currentHasContent = true;
            }
        }
    }
    // An unclosed quote runs to the end of the file; the final line break ends no line of it.
    if (quoted && endsWithNewline) --current.lineCount;
    finish();
    if (sawBinary) {
        m_error = QStringLiteral("%1 contains binary data; it is not a text table.").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

} // namespace tp::io
