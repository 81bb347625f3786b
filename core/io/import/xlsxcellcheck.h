#pragma once
// XlsxCellCheck: finds the rows of an .xlsx sheet that GDAL's XLSX driver reads wrongly. A cell
// of type "s" holds an index into the workbook's shared-string table; when that index is not in
// the table (a damaged or hand-made file), GDAL 3.6 returns the index itself as the cell's text,
// so "99" would be imported as an account id. The check reads the package through GDAL's
// /vsizip/ file system and the XML with QXmlStreamReader, in chunks. Value type; any thread.

#include <QHash>
#include <QString>

namespace tp::io {

class XlsxCellCheck {
public:
    // The sheet named `sheet` (a layer name) of the .xlsx at `path`. A package that cannot be
    // read gives no problems here: GDAL reports it when opening.
    static XlsxCellCheck check(const QString& path, const QString& sheet);

    // Why row `row` (1-based, as in the sheet) cannot be trusted; empty when it can.
    QString problem(int row) const { return m_rows.value(row); }
    int badRows() const { return int(m_rows.size()); }

private:
    QHash<int, QString> m_rows;
};

} // namespace tp::io
