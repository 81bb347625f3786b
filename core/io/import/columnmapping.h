#pragma once
// ColumnMapping: which source column feeds each account field. Columns the caller names win;
// the others are detected from common CRM export headers (Salesforce, HubSpot, Dynamics, generic
// names), compared case-, space-, underscore- and punctuation-insensitively. A column feeds at
// most one field. A CRM's "Type" column (Customer / Prospect / Partner) is no segment, so "type"
// is not a segment synonym; "Annual Revenue" is current revenue, not potential, and a file
// without a potential column says so (gapNotes) instead of filling it. Value type; any thread.

#include <QString>
#include <QStringList>

#include <array>

namespace tp::io {

enum class AccountField {
    ExternalId,
    Name,
    Address,
    PostalCode,
    Industry,
    Segment,
    Tier,
    Longitude,
    Latitude,
    RevenuePotential,
    Revenue,
    Pipeline,
    WorkloadHours,
};
inline constexpr int accountFieldCount = int(AccountField::WorkloadHours) + 1;

class ColumnMapping {
public:
    // The source column of `field`; empty when nothing feeds it.
    QString column(AccountField field) const { return m_columns[std::size_t(field)]; }
    bool isMapped(AccountField field) const { return !column(field).isEmpty(); }
    // The caller's choice, kept by detect(). An empty column means "this field has no column".
    void setColumn(AccountField field, const QString& column);
    // Back to auto-detection for `field`.
    void resetColumn(AccountField field);
    bool isExplicit(AccountField field) const { return m_explicit[std::size_t(field)]; }

    // Fills every field the caller did not set from `headers` (the file's column names) and
    // stores the matching header spelling. Explicit columns are not checked here.
    void detect(const QStringList& headers);
    // Explicit columns that are not among `headers`, as "field: column" texts.
    QStringList missingColumns(const QStringList& headers) const;
    // The mapped source columns, in field order.
    QStringList mappedColumns() const;
    // What the import does for each field without a column, said plainly for the user, e.g.
    // "No potential column: Potential will be 0 for every account." (hasGeometry: the layer's
    // points locate the accounts, so missing coordinate columns are no gap).
    QStringList gapNotes(bool hasGeometry) const;

    static QString fieldName(AccountField field);           // "externalId", "postalCode", ...
    static QString fieldLabel(AccountField field);          // for people, translated: "External id", "Postal code", ...
    static QString normalizedHeader(const QString& header); // "Billing Zip/Postal Code" -> "billingzippostalcode"
    static QStringList synonyms(AccountField field);        // normalized, most specific first

private:
    std::array<QString, accountFieldCount> m_columns;
    std::array<bool, accountFieldCount> m_explicit{};
};

} // namespace tp::io
