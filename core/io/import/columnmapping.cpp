#include "io/import/columnmapping.h"

#include <QCoreApplication>

namespace tp::io {

void ColumnMapping::setColumn(AccountField field, const QString& column) {
    m_columns[std::size_t(field)] = column;
    m_explicit[std::size_t(field)] = true;
}

void ColumnMapping::resetColumn(AccountField field) {
    m_columns[std::size_t(field)].clear();
    m_explicit[std::size_t(field)] = false;
}

QString ColumnMapping::normalizedHeader(const QString& header) {
    QString out;
    out.reserve(header.size());
    for (QChar c : header)
        if (c.isLetterOrNumber()) out.append(c.toLower());
    return out;
}

QStringList ColumnMapping::synonyms(AccountField field) {
    // Most specific first: a file with both "Billing Postal Code" and "Postal Code" uses billing.
    switch (field) {
        case AccountField::ExternalId:
            return {"externalid", "accountid",      "recordid",      "crmid",      "customerid",
                    "companyid",  "customernumber", "accountnumber", "customerno", "id"};
        case AccountField::Name:
            return {"accountname",      "companyname", "customername", "organizationname",
                    "organisationname", "company",     "customer",     "organization",
                    "organisation",     "account",     "name"};
        case AccountField::Address:
            return {"billingstreet", "billingaddress", "streetaddress",  "address",         "street",
                    "addressline1",  "address1",       "streetaddress1", "address1street1", "address1street"};
        case AccountField::PostalCode:
            return {"billingzippostalcode",
                    "billingpostalcode",
                    "billingzip",
                    "billingzipcode",
                    "postalcode",
                    "zippostalcode",
                    "postcode",
                    "zipcode",
                    "zip",
                    "plz",
                    "address1zippostalcode",
                    "address1postalcode",
                    "address1zipcode"};
        case AccountField::Industry:
            return {"industry", "vertical", "sector"};
        case AccountField::Segment:
            // Not "type" / "accounttype": in Salesforce, HubSpot and Dynamics that is Customer / Prospect / Partner.
            return {"segment", "customersegment", "marketsegment", "accountsegment", "companysize", "size"};
        case AccountField::Tier:
            return {"tier", "accounttier", "customertier", "rating", "accountrating", "priority"};
        case AccountField::Longitude:
            return {"billinglongitude", "longitude", "lon", "lng", "long", "x", "address1longitude"};
        case AccountField::Latitude:
            return {"billinglatitude", "latitude", "lat", "y", "address1latitude"};
        case AccountField::RevenuePotential:
            return {"revenuepotential", "potentialrevenue", "potential", "walletsize", "wallet", "tam"};
        case AccountField::Revenue:
            return {"annualrevenue", "currentrevenue", "revenue", "arr", "sales"};
        case AccountField::Pipeline:
            return {"pipeline", "openpipeline", "pipelineamount", "pipelinevalue", "openopportunities"};
        case AccountField::WorkloadHours:
            return {"workloadhours", "workload", "hoursperyear", "workloadhoursperyear", "effort", "hours"};
    }
    return {};
}

QString ColumnMapping::fieldLabel(AccountField field) {
    static constexpr const char* labels[accountFieldCount] = {
        QT_TRANSLATE_NOOP("tp::io::ColumnMapping", "External id"),
        QT_TRANSLATE_NOOP("tp::io::ColumnMapping", "Name"),
        QT_TRANSLATE_NOOP("tp::io::ColumnMapping", "Address"),
        QT_TRANSLATE_NOOP("tp::io::ColumnMapping", "Postal code"),
        QT_TRANSLATE_NOOP("tp::io::ColumnMapping", "Industry"),
        QT_TRANSLATE_NOOP("tp::io::ColumnMapping", "Segment"),
        QT_TRANSLATE_NOOP("tp::io::ColumnMapping", "Tier"),
        QT_TRANSLATE_NOOP("tp::io::ColumnMapping", "Longitude"),
        QT_TRANSLATE_NOOP("tp::io::ColumnMapping", "Latitude"),
        QT_TRANSLATE_NOOP("tp::io::ColumnMapping", "Revenue potential"),
        QT_TRANSLATE_NOOP("tp::io::ColumnMapping", "Revenue"),
        QT_TRANSLATE_NOOP("tp::io::ColumnMapping", "Pipeline"),
        QT_TRANSLATE_NOOP("tp::io::ColumnMapping", "Workload hours"),
    };
    return QCoreApplication::translate("tp::io::ColumnMapping", labels[int(field)]);
}

QStringList ColumnMapping::gapNotes(bool hasGeometry) const {
    auto tr = [](const char* text) { return QCoreApplication::translate("tp::io::ColumnMapping", text); };
    QStringList notes;
    const bool lonLat = isMapped(AccountField::Longitude) && isMapped(AccountField::Latitude);
    if (!hasGeometry && !lonLat && !isMapped(AccountField::PostalCode))
        notes << tr("No location columns: choose longitude and latitude or a postal code, else every row is rejected.");
    else if (!hasGeometry && !lonLat)
        notes << tr("No longitude/latitude columns: accounts are placed at their postal code's centre.");
    if (!isMapped(AccountField::ExternalId))
        notes << tr("No id column: ids are made from line numbers, so a later import matches accounts by line.");
    if (!isMapped(AccountField::Name)) notes << tr("No name column: accounts will have no names.");
    if (!isMapped(AccountField::RevenuePotential))
        notes << tr("No potential column: Potential will be 0 for every account.");
    if (!isMapped(AccountField::Revenue)) notes << tr("No revenue column: Revenue will be 0 for every account.");
    if (!isMapped(AccountField::Pipeline)) notes << tr("No pipeline column: Pipeline will be 0 for every account.");
    if (!isMapped(AccountField::WorkloadHours)) {
        if (isMapped(AccountField::Tier))
            notes << tr("No workload column: workload comes from the tier rule (visits per year × hours per visit).");
        else
            notes << tr(
                "No workload column and no tier column: every account gets the rule for accounts without a tier, "
                "so workload balance becomes an account count.");
    }
    return notes;
}

QString ColumnMapping::fieldName(AccountField field) {
    static constexpr const char* names[accountFieldCount] = {
        "externalId", "name",     "address",          "postalCode", "industry", "segment",      "tier",
        "longitude",  "latitude", "revenuePotential", "revenue",    "pipeline", "workloadHours"};
    return QLatin1String(names[int(field)]);
}

void ColumnMapping::detect(const QStringList& headers) {
    QStringList normalized;
    normalized.reserve(headers.size());
    for (const QString& h : headers) normalized << normalizedHeader(h);
    std::vector<bool> used(std::size_t(headers.size()), false);
    for (int f = 0; f < accountFieldCount; ++f)
        if (m_explicit[std::size_t(f)])
            for (int i = 0; i < headers.size(); ++i)
                if (headers[i] == m_columns[std::size_t(f)]) used[std::size_t(i)] = true;
    for (int f = 0; f < accountFieldCount; ++f) {
        if (m_explicit[std::size_t(f)]) continue;
        m_columns[std::size_t(f)].clear();
        for (const QString& synonym : synonyms(AccountField(f))) {
            const int i = int(normalized.indexOf(synonym));
            if (i >= 0 && !used[std::size_t(i)]) {
                m_columns[std::size_t(f)] = headers[i];
                used[std::size_t(i)] = true;
                break;
            }
        }
    }
}

QStringList ColumnMapping::missingColumns(const QStringList& headers) const {
    QStringList missing;
    for (int f = 0; f < accountFieldCount; ++f)
        if (m_explicit[std::size_t(f)] && !m_columns[std::size_t(f)].isEmpty()
            && !headers.contains(m_columns[std::size_t(f)]))
            missing << QStringLiteral("%1: \"%2\"").arg(fieldName(AccountField(f)), m_columns[std::size_t(f)]);
    return missing;
}

QStringList ColumnMapping::mappedColumns() const {
    QStringList out;
    for (const QString& c : m_columns)
        if (!c.isEmpty()) out << c;
    return out;
}

} // namespace tp::io
