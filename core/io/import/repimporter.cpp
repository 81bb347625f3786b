#include "repimporter.h"

#include "io/gdal/gdaldataset.h"
#include "io/gdal/gdalsession.h"
#include "io/import/columnmapping.h"
#include "io/import/csvreader.h"
#include "io/import/numbertext.h"
#include "io/import/postalcodeindex.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

namespace tp::io {
namespace {

constexpr std::array<const char*, repFieldCount> repFieldNames{
    "name",     "crmUserId",     "email", "role",       "postalCode", "homeLabel", "longitude",
    "latitude", "capacityHours", "quota", "industries", "segments",   "startDate"};

// Normalised header spellings, most specific first (as ColumnMapping::normalizedHeader makes them).
QStringList synonyms(RepField field) {
    switch (field) {
        case RepField::Name:
            return {"repname", "fullname", "ownername", "salesrep", "name", "rep", "owner", "username"};
        case RepField::CrmUserId:
            return {"crmuserid", "userid", "ownerid", "salesforceuserid", "hubspotownerid", "crmid", "id"};
        case RepField::Email:
            return {"email", "emailaddress", "mail", "useremail"};
        case RepField::Role:
            return {"role", "salesrole", "reptype", "type"};
        case RepField::PostalCode:
            return {"homezip", "homepostalcode", "zip", "zipcode", "postalcode", "postcode", "plz"};
        case RepField::HomeLabel:
            return {"homelabel", "home", "homecity", "city", "location", "base"};
        case RepField::Longitude:
            return {"homelongitude", "longitude", "lon", "lng", "long"};
        case RepField::Latitude:
            return {"homelatitude", "latitude", "lat"};
        case RepField::CapacityHours:
            return {"capacityhours", "capacity", "hoursperyear", "annualhours", "hours"};
        case RepField::Quota:
            return {"quota", "annualquota", "target"};
        case RepField::Industries:
            return {"industries", "skills", "industry", "verticals"};
        case RepField::Segments:
            return {"segments", "segment"};
        case RepField::StartDate:
            return {"startdate", "hiredate", "start", "hired", "since"};
    }
    return {};
}

bool isText(const QString& suffix) {
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("psv")
           || suffix == QLatin1String("txt");
}
bool isSpreadsheet(const QString& suffix) {
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods") || suffix == QLatin1String("xls");
}

struct Table {
    QStringList header;
    struct Row {
        int line = 0;
        bool unclosedQuote = false;
        QStringList values;
    };
    std::vector<Row> rows;
    int recoded = 0;
    int firstRecodedLine = 0;
    char separator = ',';
};

QString decode(const char* s, int line, Table& table) {
    if (CPLIsUTF8(s, -1)) return QString::fromUtf8(s).trimmed();
    if (table.firstRecodedLine == 0) table.firstRecodedLine = line;
    ++table.recoded;
    char* recoded = CPLRecode(s, "CP1252", CPL_ENC_UTF8);
    const QString out = QString::fromUtf8(recoded).trimmed();
    CPLFree(recoded);
    return out;
}

bool readText(const QString& path, Table& table, QString* error) {
    CsvReader reader;
    if (!reader.open(path)) {
        *error = reader.error();
        return false;
    }
    table.separator = reader.separator();
    for (const std::string& h : reader.header()) table.header << decode(h.c_str(), reader.headerLine(), table);
    CsvRecord record;
    while (reader.next(record)) {
        Table::Row row;
        row.line = record.line;
        row.unclosedQuote = record.unclosedQuote;
        for (const std::string& v : record.values) row.values << decode(v.c_str(), record.line, table);
        table.rows.push_back(std::move(row));
    }
    if (!reader.error().isEmpty()) {
        *error = reader.error();
        return false;
    }
    return true;
}

bool readSpreadsheet(const QString& path, Table& table, QString* error) {
    GdalSession session;
    // The first row is the header and every cell is text, whatever the cells look like.
    for (const char* format : {"XLSX", "ODS", "XLS"}) {
        session.setThreadConfig(QByteArray("OGR_%1_HEADERS").replace("%1", format).constData(), "FORCE");
        session.setThreadConfig(QByteArray("OGR_%1_FIELD_TYPES").replace("%1", format).constData(), "STRING");
    }
    GdalDataset dataset = GdalDataset::open(path);
    if (!dataset.isOpen()) {
        *error = dataset.error();
        return false;
    }
    OGRLayer* layer = dataset->GetLayerCount() > 0 ? dataset->GetLayer(0) : nullptr;
    if (!layer) {
        *error = QStringLiteral("%1 holds no table.").arg(QFileInfo(path).fileName());
        return false;
    }
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        table.header << decode(defn->GetFieldDefn(i)->GetNameRef(), 1, table);
    layer->ResetReading();
    int index = 0;
    for (OGRFeatureUniquePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature()), ++index) {
        Table::Row row;
        // Sheet rows: the header is row 1; GDAL's feature id is the sheet row (blank rows skipped).
        const GIntBig fid = f->GetFID();
        row.line = fid > 1 && fid < INT_MAX ? int(fid) : index + 2;
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            row.values << (f->IsFieldSetAndNotNull(i) ? decode(f->GetFieldAsString(i), row.line, table) : QString());
        table.rows.push_back(std::move(row));
    }
    return true;
}

bool onEarth(geo::GeoPoint p) {
    return std::isfinite(p.lon) && std::isfinite(p.lat) && std::abs(p.lon) <= 180.0 && std::abs(p.lat) <= 90.0;
}

} // namespace

QString RepImporter::fieldName(RepField field) {
    return QString::fromLatin1(repFieldNames[std::size_t(field)]);
}

bool RepImporter::fieldFromName(const QString& name, RepField* field) {
    for (int f = 0; f < repFieldCount; ++f)
        if (name.compare(QString::fromLatin1(repFieldNames[std::size_t(f)]), Qt::CaseInsensitive) == 0) {
            *field = RepField(f);
            return true;
        }
    return false;
}

std::array<QString, repFieldCount> RepImporter::detect(const QStringList& headers,
                                                       const QHash<RepField, QString>& chosen) {
    std::array<QString, repFieldCount> mapping;
    QSet<QString> taken;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        mapping[std::size_t(it.key())] = it.value();
        if (!it.value().isEmpty()) taken.insert(it.value());
    }
    QStringList normalized;
    for (const QString& h : headers) normalized << ColumnMapping::normalizedHeader(h);
    // Fields in order; for each, the most specific synonym that names a free column.
    for (int f = 0; f < repFieldCount; ++f) {
        if (chosen.contains(RepField(f))) continue;
        for (const QString& s : synonyms(RepField(f))) {
            const int i = normalized.indexOf(s);
            if (i < 0 || taken.contains(headers[i])) continue;
            mapping[std::size_t(f)] = headers[i];
            taken.insert(headers[i]);
            break;
        }
    }
    return mapping;
}

QStringList RepImporter::splitList(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[;,|]")), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty() && !out.contains(t)) out << t;
    return out;
}

QDate RepImporter::parseDate(const QString& text) {
    const QString t = text.trimmed();
    for (const char* format : {"yyyy-MM-dd", "yyyy-M-d", "M/d/yyyy", "d.M.yyyy"}) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid()) return d;
    }
    // Spreadsheets may give "2024-03-01 00:00:00" or "2024/03/01".
    const QDate d = QDate::fromString(t.left(10), QStringLiteral("yyyy-MM-dd"));
    if (d.isValid()) return d;
    return QDate::fromString(t, QStringLiteral("yyyy/M/d"));
}

RepImportResult RepImporter::importReps(const RepImportOptions& options) {
    RepImportResult result;
    const QFileInfo info(options.path);
    if (!info.exists()) {
        result.error = QStringLiteral("The file %1 does not exist.").arg(options.path);
        return result;
    }
    if (info.isFile() && info.size() == 0) {
        result.error = QStringLiteral("The file %1 is empty.").arg(info.fileName());
        return result;
    }
    const QString suffix = info.suffix().toLower();
    Table table;
    QString error;
    if (isText(suffix)) {
        if (!readText(options.path, table, &error)) {
            result.error = error;
            return result;
        }
    } else if (isSpreadsheet(suffix)) {
        if (!readSpreadsheet(options.path, table, &error)) {
            result.error = error;
            return result;
        }
    } else {
        result.error =
            QStringLiteral("Reps are read from CSV, TSV, XLSX or ODS files, not from %1.").arg(info.fileName());
        return result;
    }
    result.columns = table.header;
    if (table.recoded > 0)
        result.warnings << QStringLiteral("%1 values were not UTF-8 and were read as Windows-1252 (first on line %2).")
                               .arg(table.recoded)
                               .arg(table.firstRecodedLine);

    QStringList missing;
    for (auto it = options.columns.cbegin(); it != options.columns.cend(); ++it)
        if (!it.value().isEmpty() && !table.header.contains(it.value()))
            missing << QStringLiteral("%1: %2").arg(fieldName(it.key()), it.value());
    if (!missing.isEmpty()) {
        result.error = QStringLiteral("These columns are not in the file: %1.").arg(missing.join(QStringLiteral(", ")));
        return result;
    }
    result.mapping = detect(table.header, options.columns);
    auto indexOf = [&](RepField f) {
        return result.mapping[std::size_t(f)].isEmpty() ? -1
                                                        : int(table.header.indexOf(result.mapping[std::size_t(f)]));
    };
    if (indexOf(RepField::Name) < 0) {
        result.error =
            QStringLiteral("No column holds the reps' names (expected e.g. Name, Rep Name or Full Name; found %1).")
                .arg(table.header.join(QStringLiteral(", ")));
        return result;
    }

    // Decimal convention per numeric column, as for accounts: from the column's unambiguous values.
    const DecimalMark fallback = table.separator == ';' ? DecimalMark::Comma : DecimalMark::Point;
    std::array<NumberColumn, 2> numberColumns;
    const std::array<RepField, 2> numberFields{RepField::CapacityHours, RepField::Quota};
    for (const Table::Row& row : table.rows)
        for (std::size_t k = 0; k < numberFields.size(); ++k)
            if (const int i = indexOf(numberFields[k]); i >= 0 && i < row.values.size())
                numberColumns[k].add(NumberText::read(row.values[i].toStdString()));

    const PostalCodeIndex* postalCodes = options.postalCodes;
    PostalCodeIndex bundled;
    QSet<QString> seenIds;
    for (const Table::Row& row : table.rows) {
        auto value = [&](RepField f) {
            const int i = indexOf(f);
            return i >= 0 && i < row.values.size() ? row.values[i] : QString();
        };
        if (std::all_of(row.values.cbegin(), row.values.cend(), [](const QString& v) { return v.isEmpty(); })) continue;
        QStringList reasons;
        if (row.unclosedQuote) {
            result.rejected.push_back({row.line, QStringLiteral("a quote is never closed on this line"), row.values});
            continue;
        }
        Rep rep;
        rep.name = value(RepField::Name);
        if (rep.name.isEmpty()) reasons << QStringLiteral("no name");
        rep.crmUserId = value(RepField::CrmUserId);
        if (!rep.crmUserId.isEmpty()) {
            if (seenIds.contains(rep.crmUserId))
                reasons << QStringLiteral("CRM user id %1 repeats an earlier row").arg(rep.crmUserId);
            seenIds.insert(rep.crmUserId);
        }
        rep.email = value(RepField::Email);
        static const QRegularExpression mail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!rep.email.isEmpty() && !mail.match(rep.email).hasMatch())
            reasons << QStringLiteral("e-mail '%1' is not an address").arg(rep.email);
        if (const QString role = value(RepField::Role); !role.isEmpty() && !Rep::roleFromName(role, &rep.role))
            reasons << QStringLiteral("role '%1' is not field, inside or overlay").arg(role);
        for (std::size_t k = 0; k < numberFields.size(); ++k) {
            const QString text = value(numberFields[k]);
            if (text.isEmpty()) continue;
            const NumberReading r = NumberText::read(text.toStdString());
            const DecimalMark mark = numberColumns[k].mark(fallback);
            const QString what =
                numberFields[k] == RepField::Quota ? QStringLiteral("quota") : QStringLiteral("capacity");
            if (!r.isNumber())
                reasons << QStringLiteral("%1 '%2' is not a number").arg(what, text);
            else if (r.kind == NumberReading::Ambiguous && mark == DecimalMark::Unknown)
                reasons << QStringLiteral("%1 '%2' is ambiguous: the column mixes decimal points and commas")
                               .arg(what, text);
            else if (const double v = r.as(mark); !std::isfinite(v) || v < 0)
                reasons << QStringLiteral("%1 '%2' must be zero or more").arg(what, text);
            else
                (numberFields[k] == RepField::Quota ? rep.quota : rep.capacityHours) = v;
        }
        rep.skills = splitList(value(RepField::Industries));
        rep.segments = splitList(value(RepField::Segments));
        if (const QString start = value(RepField::StartDate); !start.isEmpty()) {
            rep.startDate = parseDate(start);
            if (!rep.startDate.isValid())
                reasons << QStringLiteral("start date '%1' is not a date (use yyyy-mm-dd)").arg(start);
        }
        rep.homeLabel = value(RepField::HomeLabel);
        const QString lonText = value(RepField::Longitude), latText = value(RepField::Latitude);
        const QString zip = value(RepField::PostalCode);
        if (!lonText.isEmpty() && !latText.isEmpty()) {
            const NumberReading lon = NumberText::readCoordinate(lonText.toStdString());
            const NumberReading lat = NumberText::readCoordinate(latText.toStdString());
            const geo::GeoPoint p{lon.value, lat.value};
            if (lon.kind != NumberReading::Exact || lat.kind != NumberReading::Exact || !onEarth(p)
                || (p.lon == 0 && p.lat == 0))
                reasons
                    << QStringLiteral("home '%1, %2' is not a longitude and latitude on Earth").arg(lonText, latText);
            else
                rep.home = p;
        } else if (!zip.isEmpty()) {
            if (!postalCodes) {
                if (!bundled.loadBundled()) {
                    result.error =
                        QStringLiteral("The bundled postal codes could not be read: %1").arg(bundled.error());
                    return result;
                }
                postalCodes = &bundled;
            }
            const std::optional<PostalCodePlace> place = postalCodes->find(PostalCodeIndex::normalize(zip));
            if (!place) {
                reasons << QStringLiteral("home ZIP '%1' is not a known US ZIP code").arg(zip);
            } else {
                rep.home = place->location;
                if (rep.homeLabel.isEmpty())
                    rep.homeLabel = place->city.isEmpty() ? PostalCodeIndex::normalize(zip)
                                                          : QStringLiteral("%1, %2").arg(place->city, place->state);
                ++result.locatedByPostalCode;
            }
        }
        if (!reasons.isEmpty()) {
            result.rejected.push_back({row.line, reasons.join(QStringLiteral("; ")), row.values});
            continue;
        }
        if (!rep.hasHome()) ++result.withoutHome;
        result.reps.push_back(rep);
        result.lines.push_back(row.line);
    }
    if (result.withoutHome > 0)
        result.warnings << QStringLiteral("%1 reps have no home (no ZIP or coordinates): place them in the Reps dock.")
                               .arg(result.withoutHome);
    result.ok = true;
    return result;
}

} // namespace tp::io
