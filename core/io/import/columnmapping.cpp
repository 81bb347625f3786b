#include "io/import/columnmapping.h"

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
        return {"externalid", "accountid", "recordid", "crmid", "customerid", "companyid", "customernumber",
                "accountnumber", "customerno", "id"};
    case AccountField::Name:
        return {"accountname", "companyname", "customername", "organizationname", "organisationname", "company",
                "customer", "organization", "organisation", "account", "name"};
    case AccountField::Address:
        return {"billingstreet", "billingaddress", "streetaddress", "address", "street", "addressline1",
                "address1", "streetaddress1"};
    case AccountField::PostalCode:
        return {"billingzippostalcode", "billingpostalcode", "billingzip", "billingzipcode", "postalcode",
                "zippostalcode", "postcode", "zipcode", "zip", "plz"};
    case AccountField::Industry:
        return {"industry", "vertical", "sector"};
    case AccountField::Segment:
        return {"segment", "customersegment", "marketsegment", "accountsegment", "companysize", "size", "type",
                "accounttype"};
    case AccountField::Tier:
        return {"tier", "accounttier", "customertier", "rating", "accountrating", "priority"};
    case AccountField::Longitude:
        return {"billinglongitude", "longitude", "lon", "lng", "long", "x"};
    case AccountField::Latitude:
        return {"billinglatitude", "latitude", "lat", "y"};
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

QString ColumnMapping::fieldName(AccountField field) {
    static constexpr const char* names[accountFieldCount] = {
        "externalId", "name", "address", "postalCode", "industry", "segment", "tier",
        "longitude", "latitude", "revenuePotential", "revenue", "pipeline", "workloadHours"};
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
        if (m_explicit[std::size_t(f)] && !m_columns[std::size_t(f)].isEmpty() && !headers.contains(m_columns[std::size_t(f)]))
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
