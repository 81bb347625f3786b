#include "io/export/xlsxworkbookwriter.h"

#include "io/export/cellneutraliser.h"
#include "io/export/exporttable.h"
#include "io/export/outputfile.h"

#include <QFile>
#include <QStringList>

#include <cpl_vsi.h>
#include <xlsxwriter.h>

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <map>
#include <cmath>

namespace tp::io {
namespace {

constexpr int maxStringLength = 32767; // Excel's cell limit
constexpr int formatCount = 5;         // ExportTable::Format values

// One lxw_format per distinct look (number format, plain or bold for totals), the header format
// and a filler for rows without cells; the workbook owns them. Distinct on purpose: libxlsxwriter
// 1.1 caches a format's style index only for the first of several equal formats and hashes the
// others again on every cell (a third of the time of a million-row sheet), so equal looks share
// one format, and plain text uses none (the default style).
class Formats {
public:
    explicit Formats(lxw_workbook* book) {
        header = workbook_add_format(book);
        format_set_bold(header);
        format_set_bg_color(header, 0xE8EEF4);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        filler = workbook_add_format(book);
        format_set_align(filler, LXW_ALIGN_VERTICAL_BOTTOM); // Excel's default look, but its own style
        for (int bold = 0; bold < 2; ++bold) {
            std::map<QByteArray, lxw_format*> byPattern;
            for (int f = 0; f < formatCount; ++f) {
                const char* pattern = numberFormat(ExportTable::Format(f));
                if (!pattern && !bold) continue; // plain text: the default style
                lxw_format*& format = byPattern[QByteArray(pattern ? pattern : "")];
                if (!format) {
                    format = workbook_add_format(book);
                    if (pattern) format_set_num_format(format, pattern);
                    if (bold) {
                        format_set_bold(format);
                        format_set_top(format, LXW_BORDER_THIN);
                    }
                }
                cells[std::size_t(bold)][std::size_t(f)] = format;
            }
        }
    }
    lxw_format* cell(ExportTable::Format format, bool bold) const { return cells[bold ? 1 : 0][std::size_t(format)]; }
    lxw_format* header = nullptr;
    lxw_format* filler = nullptr;

private:
    static const char* numberFormat(ExportTable::Format format) {
        switch (format) {
            case ExportTable::Format::Integer:
            case ExportTable::Format::Money:
                return "#,##0";
            case ExportTable::Format::OneDecimal:
                return "#,##0.0";
            case ExportTable::Format::TwoDecimals:
                return "0.00";
            case ExportTable::Format::Text:
                return nullptr;
        }
        return nullptr;
    }
    std::array<std::array<lxw_format*, formatCount>, 2> cells{};
};

// Approximate display width in characters (Excel's column width unit).
double displayWidth(const QVariant& cell, ExportTable::Format format) {
    if (!ExportTable::isNumber(cell)) {
        const QString text = ExportTable::plainText(cell);
        double width = 0;
        for (const QChar ch : text) width += ch.unicode() >= 0x1100 ? 2.0 : 1.0; // CJK is double width
        return width;
    }
    const double v = std::abs(cell.toDouble());
    const int digits = v >= 1 ? int(std::floor(std::log10(v))) + 1 : 1;
    const int decimals = format == ExportTable::Format::OneDecimal    ? 2
                         : format == ExportTable::Format::TwoDecimals ? 3
                                                                      : 0;
    return digits + (digits - 1) / 3 + decimals + 1;
}

// The reason of a libxlsxwriter call that failed; empty when it succeeded.
QString failed(lxw_error result) {
    return result == LXW_NO_ERROR ? QString() : QString::fromUtf8(lxw_strerror(result));
}

// Empty when the sheet was written, else the reason.
QString writeSheet(lxw_workbook* book, const Formats& formats, const ExportTable& table, const QString& name,
                   const TaskProgress& progress) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, name.toUtf8().constData());
    if (!sheet) return QStringLiteral("cannot add the sheet '%1'").arg(name);
    QString reason;
    auto check = [&](lxw_error result) {
        if (reason.isEmpty()) reason = failed(result);
    };
    std::vector<double> widths(std::size_t(table.columnCount()), 0.0);
    for (int c = 0; c < table.columnCount(); ++c) {
        const QByteArray header = table.column(c).header.toUtf8();
        check(worksheet_write_string(sheet, 0, lxw_col_t(c), header.constData(), formats.header));
        widths[std::size_t(c)] = std::min(30.0, double(table.column(c).header.size()));
    }
    for (int r = 0; r < table.rowCount() && reason.isEmpty(); ++r) {
        if ((r & 4095) == 0) {
            if (progress.cancelled()) return QStringLiteral("the export was cancelled");
            progress.advance(double(r) / table.rowCount());
        }
        const QVariantList row = table.row(r);
        const bool bold = table.isTotalRow(r);
        const lxw_row_t xr = lxw_row_t(r + 1);
        bool wroteCell = false; // a row without cells would not be in the file (see verify())
        for (int c = 0; c < table.columnCount(); ++c) {
            const ExportTable::Format f = table.column(c).format;
            lxw_format* format = formats.cell(f, bold);
            const QVariant& cell = row[c];
            const lxw_col_t xc = lxw_col_t(c);
            if (ExportTable::isNumber(cell) && std::isfinite(cell.toDouble())) {
                check(worksheet_write_number(sheet, xr, xc, cell.toDouble(), format));
                wroteCell = true;
            } else if (const QString text = ExportTable::plainText(cell); !text.isEmpty()) {
                const QByteArray utf8 = CellNeutraliser::neutralised(text).left(maxStringLength).toUtf8();
                check(worksheet_write_string(sheet, xr, xc, utf8.constData(),
                                             formats.cell(ExportTable::Format::Text, bold)));
                wroteCell = true;
            } else if (bold) {
                check(worksheet_write_blank(sheet, xr, xc, format));
                wroteCell = true;
            }
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], displayWidth(cell, f));
        }
        if (!wroteCell && table.columnCount() > 0) check(worksheet_write_blank(sheet, xr, 0, formats.filler));
    }
    for (int c = 0; c < table.columnCount(); ++c)
        check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                                   std::clamp(widths[std::size_t(c)] + 2.0, 8.0, 60.0), nullptr));
    worksheet_freeze_panes(sheet, 1, lxw_col_t(std::max(0, table.frozenColumns())));
    if (table.columnCount() > 0)
        check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rowCount()), lxw_col_t(table.columnCount() - 1)));
    return reason;
}

// libxlsxwriter does not check the writes to its temporary files: on a full disk (or at a file
// size limit) it closes the workbook "successfully" with the sheets cut short. So the workbook is
// read back: every sheet must hold its header and data rows and end with its closing tag.
// Empty when it is complete, else the reason.
QString verify(const QString& path, const std::vector<int>& rowsPerSheet) {
    const QString incomplete = QStringLiteral("the workbook came out incomplete (is the disk full?)");
    for (std::size_t i = 0; i < rowsPerSheet.size(); ++i) {
        const QByteArray member = "/vsizip/" + QFile::encodeName(path) + "/xl/worksheets/sheet"
                                  + QByteArray::number(qulonglong(i + 1)) + ".xml";
        VSILFILE* file = VSIFOpenL(member.constData(), "rb");
        if (!file) return incomplete;
        static constexpr char rowTag[] = "<row ";
        constexpr qsizetype tagLength = sizeof(rowTag) - 1;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        QByteArray carry; // the last bytes of the previous chunk: a tag split between chunks, the end tag
        qint64 rows = 0;
        for (;;) {
            const std::size_t n = VSIFReadL(buffer.data(), 1, std::size_t(buffer.size()), file);
            if (n == 0) break;
            const QByteArray chunk = carry + QByteArray::fromRawData(buffer.constData(), qsizetype(n));
            // Count tags that start in this chunk but not in the carried-over part already counted.
            for (qsizetype at = chunk.indexOf(rowTag, 0); at >= 0; at = chunk.indexOf(rowTag, at + tagLength))
                if (at + tagLength > carry.size()) ++rows;
            carry = chunk.right(16);
        }
        VSIFCloseL(file);
        if (rows != rowsPerSheet[i] + 1 || !carry.trimmed().endsWith("</worksheet>")) return incomplete;
    }
    return {};
}

// Whether `count` more files can be open at once, raising the soft limit up to the hard one if
// needed (the usual practice of programs that open many files).
bool haveDescriptors(std::size_t count) {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return false;
    const rlim_t wanted = rlim_t(count) + 128; // what the process has open already, roughly
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < wanted) return false;
        limit.rlim_cur = wanted;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0) return false;
    }
    return true;
}

} // namespace

QString XlsxWorkbookWriter::sheetName(const QString& wanted, const QStringList& taken) {
    QString base;
    for (const QChar ch : wanted)
        base += QStringLiteral("[]:*?/\\").contains(ch) || ch.category() == QChar::Other_Control ? QChar(u' ') : ch;
    base = base.simplified();
    while (base.startsWith(QLatin1Char('\''))) base.remove(0, 1);
    while (base.endsWith(QLatin1Char('\''))) base.chop(1);
    if (base.isEmpty()) base = QStringLiteral("Sheet");
    auto isTaken = [&](const QString& name) {
        // "History" is reserved by Excel.
        return name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0
               || std::any_of(taken.begin(), taken.end(),
                              [&](const QString& t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QString name = base.left(31).trimmed();
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()).trimmed() + suffix;
    }
    return name;
}

bool XlsxWorkbookWriter::write(const std::vector<ExportTable>& sheets, const QString& path, const OutputGuard& guard,
                               QString* error) {
    for (const ExportTable& table : sheets) {
        if (table.rowCount() > maxRows) {
            if (error)
                *error = QStringLiteral("The sheet '%1' has %2 rows; Excel holds at most %3. Export CSV instead.")
                             .arg(table.title())
                             .arg(table.rowCount())
                             .arg(maxRows);
            return false;
        }
    }
    OutputFile out(path, guard);
    if (!out.open(error)) return false;
    // Constant memory: each row goes to a temporary file as soon as the next one starts; those
    // files live in the output's temporary folder, on the target's file system. libxlsxwriter
    // keeps one such file open per sheet, so a workbook with a sheet for each of thousands of
    // reps needs as many descriptors: the soft limit is raised towards the hard one, and only if
    // that is not enough the sheets are kept in memory instead.
    QByteArray tmpdir = QFile::encodeName(out.tempFolder());
    lxw_workbook_options options{};
    options.constant_memory = haveDescriptors(sheets.size() + 64) ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = tmpdir.data();
    options.use_zip64 = LXW_TRUE;
    lxw_workbook* book = workbook_new_opt(QFile::encodeName(out.tempPath()).constData(), &options);
    if (!book) {
        if (error) *error = out.failure(QStringLiteral("libxlsxwriter cannot start the workbook"));
        return false;
    }
    const Formats formats(book);
    QStringList names;
    QString reason;
    std::vector<int> rowsPerSheet;
    for (const ExportTable& table : sheets) {
        names << sheetName(table.title(), names);
        rowsPerSheet.push_back(table.rowCount());
        reason = writeSheet(book, formats, table, names.last(), guard.progress());
        if (!reason.isEmpty()) break;
    }
    const lxw_error closed = workbook_close(book);
    if (reason.isEmpty()) reason = failed(closed);
    if (reason.isEmpty()) reason = verify(out.tempPath(), rowsPerSheet);
    if (!reason.isEmpty()) {
        if (error) *error = out.failure(reason);
        return false;
    }
    return out.commit(error);
}

} // namespace tp::io
