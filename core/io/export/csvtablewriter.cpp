#include "io/export/csvtablewriter.h"

#include "io/export/cellneutraliser.h"
#include "io/export/exporttable.h"

#include "io/export/outputfile.h"

namespace tp::io {

QString CsvTableWriter::field(const QString& text) {
    QString value = CellNeutraliser::neutralised(text);
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')))
        value = QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

bool CsvTableWriter::write(const ExportTable& table, const QString& path, const OutputGuard& guard, QString* error) {
    OutputFile file(path, guard);
    if (!file.open(error)) return false;
    QString text;
    text.reserve(64 * (table.rowCount() + 1) * std::max(1, table.columnCount()) / 4);
    text += QChar(0xFEFF);
    QStringList cells;
    for (int c = 0; c < table.columnCount(); ++c) cells << field(table.column(c).key);
    text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < table.rowCount(); ++r) {
        if ((r & 4095) == 0) {
            if (guard.progress().cancelled()) return file.commit(error); // refuses: the old file stays
            guard.progress().advance(double(r) / table.rowCount());
        }
        cells.clear();
        const QVariantList& row = table.row(r);
        for (int c = 0; c < table.columnCount(); ++c) {
            const QVariant& cell = row[c];
            cells << (ExportTable::isNumber(cell) ? ExportTable::plainText(cell) : field(ExportTable::plainText(cell)));
        }
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return file.write(text.toUtf8(), error) && file.commit(error);
}

} // namespace tp::io
