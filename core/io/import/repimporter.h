#pragma once
// RepImporter: reads a rep roster from a CSV/TSV or spreadsheet (XLSX, ODS) into a result,
// changing no project. Columns are detected from common headers as for accounts (Name, User Id /
// Owner Id, Email, Role, Home ZIP, Home, Longitude/Latitude, Capacity Hours, Quota, Industries /
// Skills, Segments, Start Date), compared like ColumnMapping does; a column the caller names wins.
// Rules:
// - A row needs a name. A CRM user id repeated in the file rejects the later row.
// - Home: longitude and latitude when both are filled (finite, on Earth), else the home ZIP
//   through the bundled postal points (an unknown ZIP rejects the row); without either the rep
//   is kept without a home (counted in withoutHome).
// - Capacity and quota are amounts read by NumberText (either decimal convention); text, NaN,
//   Inf and negative values reject the row. Empty means 0.
// - Role: field, inside or overlay (empty: field). Start date: yyyy-mm-dd, m/d/yyyy or d.m.yyyy.
// - Industries and segments: lists separated by ';', ',' or '|'.
// - A rejected row carries every reason found in it, joined with "; ". Rows with no value at all
//   are skipped. Text that is not UTF-8 is read as Windows-1252/Latin-1 with a warning.
// Any thread (GDAL is opened and closed inside the call).

#include "io/import/accountimporter.h" // RejectedRow

#include "model/rep.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace tp::io {

class PostalCodeIndex;

enum class RepField {
    Name,
    CrmUserId,
    Email,
    Role,
    PostalCode,
    HomeLabel,
    Longitude,
    Latitude,
    CapacityHours,
    Quota,
    Industries,
    Segments,
    StartDate,
};
inline constexpr int repFieldCount = int(RepField::StartDate) + 1;

struct RepImportOptions {
    QString path;
    QHash<RepField, QString> columns;             // the caller's choices; the rest is detected
    const PostalCodeIndex* postalCodes = nullptr; // nullptr: the bundled ZIP points, loaded if needed
};

struct RepImportResult {
    bool ok = false;
    QString error;          // set when !ok: why nothing was imported
    std::vector<Rep> reps;  // accepted rows, id 0
    std::vector<int> lines; // lines[i]: where reps[i] came from
    std::vector<RejectedRow> rejected;
    QStringList warnings;
    QStringList columns;                        // the source's column names
    std::array<QString, repFieldCount> mapping; // the source column of each field, as used
    int withoutHome = 0;
    int locatedByPostalCode = 0;
};

class RepImporter {
public:
    static RepImportResult importReps(const RepImportOptions& options);

    static QString fieldName(RepField field); // "name", "crmUserId", ...
    static bool fieldFromName(const QString& name, RepField* field);
    // Detected source column of each field (normalised header comparison, most specific first).
    static std::array<QString, repFieldCount> detect(const QStringList& headers,
                                                     const QHash<RepField, QString>& chosen);
    // Splits "Retail; Health | Software" into its items, trimmed, empty ones dropped.
    static QStringList splitList(const QString& text);
    // "2024-03-01", "3/1/2024", "1.3.2024"; invalid when it is none of these.
    static QDate parseDate(const QString& text);
};

} // namespace tp::io
