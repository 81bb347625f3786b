#include "io/export/rejectedrowswriter.h"

#include "io/export/csvtablewriter.h"
#include "io/export/outputfile.h"
#include "io/import/numbertext.h"

namespace tp::io {
namespace {

QString cell(const QString& value) {
    const QByteArray utf8 = value.trimmed().toUtf8();
    if (!utf8.isEmpty()
        && NumberText::read(std::string_view(utf8.constData(), std::size_t(utf8.size()))).kind == NumberReading::Exact
        && !value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')))
        return value.trimmed();
    return CsvTableWriter::field(value);
}

} // namespace

bool RejectedRowsWriter::write(const AccountImportResult& result, const QString& path, const OutputGuard& guard,
                               QString* error) {
    OutputFile file(path, guard);
    if (!file.open(error)) return false;
    QString text;
    text += QChar(0xFEFF); // UTF-8 byte order mark: spreadsheets otherwise guess a legacy code page
    QStringList cells{result.linesAreFeatures ? QStringLiteral("feature") : QStringLiteral("line"),
                      QStringLiteral("reason")};
    for (const QString& c : result.columns) cells << CsvTableWriter::field(c);
    text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    // The guard carries the export's progress: a cancel stops here, and commit() would refuse.
    const TaskProgress& progress = guard.progress();
    const std::size_t rows = result.rejected.size();
    for (std::size_t i = 0; i < rows; ++i) {
        if (i % 4096 == 0) {
            if (progress.cancelled()) {
                if (error) error->clear();
                return false; // the temporary file goes with `file`
            }
            progress.advance(double(i) / double(rows));
        }
        const RejectedRow& r = result.rejected[i];
        cells = {QString::number(r.line), CsvTableWriter::field(r.reason)};
        for (int c = 0; c < result.columns.size(); ++c) cells << cell(r.values.value(c));
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return file.write(text.toUtf8(), error) && file.commit(error);
}

} // namespace tp::io
