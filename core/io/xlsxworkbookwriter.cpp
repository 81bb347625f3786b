#include "xlsxworkbookwriter.h"

#include "cellneutraliser.h"
#include "exporttable.h"

#include <QFile>
#include <QStringList>

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace tp::io {
namespace {

constexpr int maxStringLength = 32767;  // Excel's cell limit
constexpr int formatCount = 5;          // ExportTable::Format values

// One lxw_format per column format, plain and bold (totals), plus the header format. The workbook
// owns them.
class Formats {
public:
    explicit Formats(lxw_workbook* book) {
        header = workbook_add_format(book);
        format_set_bold(header);
        format_set_bg_color(header, 0xE8EEF4);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        for (int bold = 0; bold < 2; ++bold) {
            for (int f = 0; f < formatCount; ++f) {
                lxw_format* format = workbook_add_format(book);
                if (const char* pattern = numberFormat(ExportTable::Format(f))) format_set_num_format(format, pattern);
                if (bold) {
                    format_set_bold(format);
                    format_set_top(format, LXW_BORDER_THIN);
                }
                cells[std::size_t(bold)][std::size_t(f)] = format;
            }
        }
    }
    lxw_format* cell(ExportTable::Format format, bool bold) const { return cells[bold ? 1 : 0][std::size_t(format)]; }
    lxw_format* header = nullptr;

private:
    static const char* numberFormat(ExportTable::Format format) {
        switch (format) {
        case ExportTable::Format::Integer:
        case ExportTable::Format::Money: return "#,##0";
        case ExportTable::Format::OneDecimal: return "#,##0.0";
        case ExportTable::Format::TwoDecimals: return "0.00";
        case ExportTable::Format::Text: return nullptr;
        }
        return nullptr;
    }
    std::array<std::array<lxw_format*, formatCount>, 2> cells{};
};

// Approximate display width in characters (Excel's column width unit).
double displayWidth(const QVariant& cell, ExportTable::Format format) {
    const QString text = ExportTable::plainText(cell);
    if (!ExportTable::isNumber(cell)) {
        double width = 0;
        for (const QChar ch : text) width += ch.unicode() >= 0x1100 ? 2.0 : 1.0;  // CJK is double width
        return width;
    }
    const double v = std::abs(cell.toDouble());
    const int digits = v >= 1 ? int(std::floor(std::log10(v))) + 1 : 1;
    const int decimals = format == ExportTable::Format::OneDecimal ? 2 : format == ExportTable::Format::TwoDecimals ? 3 : 0;
    return digits + (digits - 1) / 3 + decimals + 1;
}

bool writeSheet(lxw_workbook* book, const Formats& formats, const ExportTable& table, const QString& name, QString* error) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, name.toUtf8().constData());
    if (!sheet) {
        if (error) *error = QStringLiteral("Cannot add the sheet '%1'.").arg(name);
        return false;
    }
    std::vector<double> widths(std::size_t(table.columnCount()), 0.0);
    for (int c = 0; c < table.columnCount(); ++c) {
        const QByteArray header = table.column(c).header.toUtf8();
        worksheet_write_string(sheet, 0, lxw_col_t(c), header.constData(), formats.header);
        widths[std::size_t(c)] = std::min(30.0, double(table.column(c).header.size()));
    }
    for (int r = 0; r < table.rowCount(); ++r) {
        const QVariantList& row = table.row(r);
        const bool bold = table.isTotalRow(r);
        const lxw_row_t xr = lxw_row_t(r + 1);
        for (int c = 0; c < table.columnCount(); ++c) {
            const ExportTable::Format f = table.column(c).format;
            lxw_format* format = formats.cell(f, bold);
            const QVariant& cell = row[c];
            const lxw_col_t xc = lxw_col_t(c);
            if (ExportTable::isNumber(cell) && std::isfinite(cell.toDouble())) {
                worksheet_write_number(sheet, xr, xc, cell.toDouble(), format);
            } else if (const QString text = ExportTable::plainText(cell); !text.isEmpty()) {
                const QByteArray utf8 = CellNeutraliser::neutralised(text).left(maxStringLength).toUtf8();
                worksheet_write_string(sheet, xr, xc, utf8.constData(), formats.cell(ExportTable::Format::Text, bold));
            } else if (bold) {
                worksheet_write_blank(sheet, xr, xc, format);
            }
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], displayWidth(cell, f));
        }
    }
    for (int c = 0; c < table.columnCount(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths[std::size_t(c)] + 2.0, 8.0, 60.0), nullptr);
    worksheet_freeze_panes(sheet, 1, lxw_col_t(std::max(0, table.frozenColumns())));
    if (table.columnCount() > 0)
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rowCount()), lxw_col_t(table.columnCount() - 1));
    return true;
}

} // namespace

QString XlsxWorkbookWriter::sheetName(const QString& wanted, const QStringList& taken) {
    QString base;
    for (const QChar ch : wanted) base += QStringLiteral("[]:*?/\\").contains(ch) || ch.category() == QChar::Other_Control ? QChar(u' ') : ch;
    base = base.simplified();
    while (base.startsWith(QLatin1Char('\''))) base.remove(0, 1);
    while (base.endsWith(QLatin1Char('\''))) base.chop(1);
    if (base.isEmpty()) base = QStringLiteral("Sheet");
    auto isTaken = [&](const QString& name) {
        // "History" is reserved by Excel.
        return name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0
            || std::any_of(taken.begin(), taken.end(), [&](const QString& t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QString name = base.left(31).trimmed();
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()).trimmed() + suffix;
    }
    return name;
}

bool XlsxWorkbookWriter::write(const std::vector<ExportTable>& sheets, const QString& path, QString* error) {
    for (const ExportTable& table : sheets) {
        if (table.rowCount() > maxRows) {
            if (error)
                *error = QStringLiteral("The sheet '%1' has %2 rows; Excel holds at most %3. Export CSV instead.")
                             .arg(table.title()).arg(table.rowCount()).arg(maxRows);
            return false;
        }
    }
    const QString partial = path + QStringLiteral(".partial");
    lxw_workbook_options options{};
    options.use_zip64 = LXW_TRUE;
    lxw_workbook* book = workbook_new_opt(QFile::encodeName(partial).constData(), &options);
    if (!book) {
        if (error) *error = QStringLiteral("Cannot write %1.").arg(path);
        return false;
    }
    const Formats formats(book);
    QStringList names;
    bool ok = true;
    for (const ExportTable& table : sheets) {
        names << sheetName(table.title(), names);
        if (!writeSheet(book, formats, table, names.last(), error)) {
            ok = false;
            break;
        }
    }
    const lxw_error closed = workbook_close(book);
    if (ok && closed != LXW_NO_ERROR) {
        if (error) *error = QStringLiteral("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)));
        ok = false;
    }
    if (ok) {
        QFile::remove(path);
        ok = QFile::rename(partial, path);
        if (!ok && error) *error = QStringLiteral("Cannot write %1.").arg(path);
    }
    if (!ok) QFile::remove(partial);
    return ok;
}

} // namespace tp::io
