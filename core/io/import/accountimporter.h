#pragma once
// AccountImporter: reads accounts from a CRM export or GIS file (CSV, XLSX, ODS, GeoPackage,
// Shapefile, GeoJSON, KML, anything OGR reads) into a result, changing no project: a failed or
// partly bad import loses nothing. Every rejected row is reported with its line and reason; the
// others are kept. AccountMerger then applies the result to a project. Any thread, one call at a
// time per options object (GDAL datasets are opened and closed inside the call).
//
// Rules (see also tp::WorkloadRule, CategoryNames and PostalCodeIndex::normalize):
// - Location: a point geometry (GIS layers, reprojected to EPSG:4326), else the longitude and
//   latitude columns when both are filled, else the postal code (bundled US ZIP points); or the
//   postal code first, or only one of the two (LocationSource). 0,0 counts as missing. Rows left
//   without a location are rejected.
// - Latitude outside +-90 (or below -60, i.e. Antarctica) while swapping the two values lands in
//   the US: rejected as "latitude and longitude look swapped" unless fixSwappedCoordinates, which
//   swaps them with a warning.
// - External id: when the file has no id column, the line number is used ("line-12", warned once,
//   re-importing the same file then matches by line). An empty id in an id column rejects the
//   row (a generated id would duplicate the account on the next import). A repeated id rejects
//   the later row.
// - Numbers are read by NumberText in either decimal convention ("1,234.5", "1.234,5", "1 234,5",
//   "$1,234"); "1,234" / "1.234" take their column's convention (from the column's unambiguous
//   values; with none: decimal comma in ';'-separated files, else decimal point) and are rejected
//   when the column mixes both. Empty means 0; NaN, Inf, 1e309 and text reject the row. An empty
//   (or missing) workload comes from options.workloadRule (Account::workloadFromRule set).
// - Coordinates must be finite and on Earth (longitude -180..180, latitude -90..90), from a point
//   geometry or from columns (typed numbers read as numbers: GIS tables without geometry).
// - A rejected row carries every reason found in it, joined with "; ".
// - Text tables are read by CsvReader (quotes, line endings, separators: see there), other
//   formats by GDAL; an .xlsx is also checked by XlsxCellCheck (damaged shared-string cells).
//   When GDAL reads no row, its message is the error.
// - Text that is not UTF-8 is read as Windows-1252/Latin-1 with one warning, or the import fails
//   when acceptLatin1 is false (or always as Windows-1252 with windows1252).
// - Columns that feed no field are kept in Account::extra (unless ignoredColumns names them): as
//   double when every non-empty value of the column is a number, else as text. Empty values are
//   left out.

#include "io/import/columnmapping.h"

#include "model/account.h"
#include "model/workloadrule.h"
#include "model/taskprogress.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tp::io {

class PostalCodeIndex;

// Where an account's location comes from when a row has both coordinates and a postal code.
enum class LocationSource {
    CoordinatesFirst, // a point geometry or the longitude/latitude columns, else the postal code
    PostalCodeFirst,  // the postal code's point, else the coordinates
    CoordinatesOnly,  // postal codes are kept as text but never located
    PostalCodeOnly,   // coordinates and geometries are ignored
};

struct AccountImportOptions {
    QString path;
    QString layer;                                // empty: the first layer with rows
    ColumnMapping mapping;                        // the caller's choices; the rest is detected
    const PostalCodeIndex* postalCodes = nullptr; // nullptr: the bundled ZIP points, loaded if needed
    bool fixSwappedCoordinates = false;           // false: reject rows whose lat/lon look swapped
    bool acceptLatin1 = true;                     // false: a non-UTF-8 file fails with a message
    bool windows1252 = false;                     // true: every non-ASCII text is Windows-1252 (no UTF-8 guess)
    LocationSource location = LocationSource::CoordinatesFirst;
    QStringList ignoredColumns;                           // columns not kept in Account::extra
    WorkloadRule workloadRule = WorkloadRule::standard(); // the project's: rows without workload
    // A preview: stop after maxRows data rows (-1: read all), keep the cells of the first
    // sampleRows rows as text, and with requireLocation false read a file without location
    // columns (its rows are then rejected) instead of failing.
    int maxRows = -1;
    int sampleRows = 0;
    bool requireLocation = true;
    // Reports rows read; when cancelled, the import stops with cancelled set and no accounts.
    TaskProgress progress;
};

struct RejectedRow {
    int line = 0;       // 1-based: file line for text tables, sheet row for spreadsheets, feature number for GIS layers
    QString reason;     // e.g. "revenue 'abc' is not a number; no location: ..." (every reason, "; "-joined)
    QStringList values; // the row's cells as text (decoded, untrimmed), one per column when the row had them
};

struct AccountImportResult {
    bool ok = false;
    bool cancelled = false;        // options.progress was cancelled: !ok, nothing read
    QString error;                 // set when !ok: why nothing was imported
    std::vector<Account> accounts; // accepted rows, id 0 and unit -1 (see AccountMerger)
    std::vector<int> lines;        // lines[i]: where accounts[i] came from
    std::vector<RejectedRow> rejected;
    QStringList warnings;
    ColumnMapping mapping;           // as used, detected columns filled in
    QStringList columns;             // the source's column names
    QStringList layers;              // every layer or sheet of the source (empty for text tables)
    QString layer;                   // the one read
    bool hasGeometry = false;        // the layer has a geometry column (points locate accounts)
    QChar separator;                 // text tables: the separator found; null otherwise
    bool decimalComma = false;       // text tables: "1,234" reads as 1.234 unless its column says otherwise
    std::vector<QStringList> sample; // the first options.sampleRows data rows as text
    QStringList notes;               // fields without a column and what that means (ColumnMapping::gapNotes)
    QStringList extraColumns;        // columns kept in Account::extra
    bool linesAreFeatures = false;   // true for GIS layers (numbers count features, no header)
    int rowsRead = 0;                // data rows seen (accepted + rejected + empty)
    int emptyRows = 0;               // rows with no value at all: skipped silently
    int locatedByPostalCode = 0;
    int workloadDerived = 0; // accounts whose workload came from options.workloadRule
    int recodedValues = 0;   // text values read as Windows-1252
};

class AccountImporter {
public:
    static AccountImportResult importAccounts(const AccountImportOptions& options);
};

} // namespace tp::io
