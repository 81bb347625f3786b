#include "accountimporter.h"

#include "csvrecordscanner.h"
#include "gdaldataset.h"
#include "gdalgeometry.h"
#include "gdalsession.h"
#include "gdaltransform.h"
#include "ogrfeaturepump.h"
#include "postalcodeindex.h"
#include "workloadrule.h"

#include <QFileInfo>
#include <QHash>

#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <optional>

namespace tp::io {
namespace {

enum class SourceKind { Csv, Spreadsheet, Gis };

SourceKind kindOf(const QString& suffix) {
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("psv") ||
        suffix == QLatin1String("txt"))
        return SourceKind::Csv;
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods") || suffix == QLatin1String("xls"))
        return SourceKind::Spreadsheet;
    return SourceKind::Gis;
}

bool isAscii(const char* s) {
    for (; *s; ++s)
        if (static_cast<unsigned char>(*s) >= 0x80) return false;
    return true;
}

std::string_view trimmed(const char* s) {
    std::string_view v(s);
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\r' || v.front() == '\n')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r' || v.back() == '\n')) v.remove_suffix(1);
    return v;
}

// "1234.5", "-3", "1e6", "1,234.5", "$1,234", "12 %"? no: only currency prefixes and thousands
// separators are tolerated; decimalComma additionally reads "1234,5".
bool parseNumber(std::string_view v, bool decimalComma, double* out) {
    if (v.empty()) return false;
    if (v.front() == '+') v.remove_prefix(1);
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), *out);
    if (ec == std::errc() && end == v.data() + v.size()) return std::isfinite(*out);
    std::string cleaned;
    cleaned.reserve(v.size());
    int commas = 0, dots = 0;
    for (char c : v) {
        if (c == ',') ++commas;
        if (c == '.') ++dots;
    }
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (c == '$' || c == ' ') continue;
        if (c == ',') {
            if (decimalComma && commas == 1 && dots == 0) cleaned.push_back('.');
            continue; // a thousands separator
        }
        cleaned.push_back(c);
    }
    if (cleaned.empty()) return false;
    auto [end2, ec2] = std::from_chars(cleaned.data(), cleaned.data() + cleaned.size(), *out);
    return ec2 == std::errc() && end2 == cleaned.data() + cleaned.size() && std::isfinite(*out);
}

bool inUsBox(geo::GeoPoint p) {
    // Contiguous US, Alaska, Hawaii and Puerto Rico: generous, only used to recognise a swap.
    return p.lon >= -180.0 && p.lon <= -64.0 && p.lat >= 17.0 && p.lat <= 72.0;
}

QString describe(std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); }

// The first row is the header and every cell is text, whatever the cells look like. These
// drivers take that from (thread-local) configuration, not from open options.
void spreadsheetConfig(GdalSession& session) {
    for (const char* format : {"XLSX", "ODS", "XLS"}) {
        session.setThreadConfig(QByteArray("OGR_%1_HEADERS").replace("%1", format).constData(), "FORCE");
        session.setThreadConfig(QByteArray("OGR_%1_FIELD_TYPES").replace("%1", format).constData(), "STRING");
    }
}

struct ExtraColumn {
    int field = -1;
    QString name;
    bool numeric = true;
    bool any = false;
    std::vector<QString> values;  // one per accepted account, empty = no value
};

class Importer {
public:
    Importer(const AccountImportOptions& options, GdalSession& session) : m_options(options), m_session(session) {}
    AccountImportResult run();

private:
    bool open();
    bool chooseLayer();
    bool mapColumns();
    void readRows();
    void finishExtras();

    // The decoded, trimmed text of a field ("" if unset); recodes non-UTF-8 text.
    QString text(const OGRFeature& f, int field);
    const char* raw(const OGRFeature& f, int field) const {
        return field >= 0 && f.IsFieldSetAndNotNull(field) ? f.GetFieldAsString(field) : "";
    }
    QString decode(const char* s);
    // Number of an account field; false + reason if the value is not a number. Empty -> 0/empty.
    bool number(const OGRFeature& f, AccountField field, double* out, bool* empty, QString* reason) const;
    bool locate(const OGRFeature& f, Account& a, QString* reason);
    bool rowIsEmpty(const OGRFeature& f) const;
    int lineOf(int rowIndex) const;
    int fieldOf(AccountField field) const { return m_fields[std::size_t(field)]; }

    const AccountImportOptions& m_options;
    GdalSession& m_session;
    AccountImportResult m_result;
    GdalDataset m_dataset;
    OGRLayer* m_layer = nullptr;
    SourceKind m_kind = SourceKind::Gis;
    CsvRecordScanner m_scanner;
    bool m_decimalComma = false;
    std::array<int, accountFieldCount> m_fields{};
    std::vector<ExtraColumn> m_extras;
    std::unique_ptr<GdalTransform> m_transform;
    bool m_hasGeometry = false;
    bool m_generatedIds = false;
    bool m_recodingFailed = false;
    int m_firstRecodedLine = 0;
    int m_currentLine = 0;
    std::unique_ptr<PostalCodeIndex> m_ownPostalCodes;
    const PostalCodeIndex* m_postalCodes = nullptr;
    QHash<QString, QString> m_segments, m_tiers;  // raw -> canonical, avoids re-normalising 1M rows
};

QString Importer::decode(const char* s) {
    if (isAscii(s) || CPLIsUTF8(s, -1)) return QString::fromUtf8(s);
    if (!m_options.acceptLatin1) {
        m_recodingFailed = true;
        return QString();
    }
    if (m_firstRecodedLine == 0) m_firstRecodedLine = m_currentLine;
    ++m_result.recodedValues;
    char* recoded = CPLRecode(s, "CP1252", CPL_ENC_UTF8);
    QString out = QString::fromUtf8(recoded);
    CPLFree(recoded);
    return out;
}

QString Importer::text(const OGRFeature& f, int field) {
    const char* s = raw(f, field);
    if (!*s) return QString();
    return decode(s).trimmed();
}

bool Importer::number(const OGRFeature& f, AccountField field, double* out, bool* empty, QString* reason) const {
    const int i = fieldOf(field);
    *out = 0.0;
    *empty = true;
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) return true;
    const OGRFieldType type = f.GetFieldDefnRef(i)->GetType();
    if (type == OFTReal || type == OFTInteger || type == OFTInteger64) {
        *out = f.GetFieldAsDouble(i);
        *empty = false;
        return true;
    }
    const std::string_view v = trimmed(f.GetFieldAsString(i));
    if (v.empty()) return true;
    *empty = false;
    if (parseNumber(v, m_decimalComma, out)) return true;
    *reason = QStringLiteral("%1 '%2' is not a number").arg(ColumnMapping::fieldName(field), describe(v));
    return false;
}

int Importer::lineOf(int rowIndex) const {
    if (m_kind == SourceKind::Gis) return rowIndex + 1;
    if (m_kind == SourceKind::Csv && std::size_t(rowIndex) < m_scanner.records().size())
        return m_scanner.records()[std::size_t(rowIndex)].line;
    return rowIndex + 2; // header on line 1
}

bool Importer::rowIsEmpty(const OGRFeature& f) const {
    for (int i = 0; i < f.GetFieldCount(); ++i)
        if (!trimmed(raw(f, i)).empty()) return false;
    const OGRGeometry* g = f.GetGeometryRef();
    return !g || g->IsEmpty();
}

bool Importer::open() {
    const QFileInfo info(m_options.path);
    if (!info.exists()) {
        m_result.error = QStringLiteral("The file %1 does not exist.").arg(m_options.path);
        return false;
    }
    if (info.isFile() && info.size() == 0) {
        m_result.error = QStringLiteral("The file %1 is empty.").arg(info.fileName());
        return false;
    }
    const QString suffix = info.suffix().toLower();
    m_kind = kindOf(suffix);
    QStringList drivers, openOptions;
    QString path = m_options.path;
    if (m_kind == SourceKind::Csv) {
        if (!m_scanner.scan(m_options.path)) {
            m_result.error = m_scanner.error();
            return false;
        }
        if (!m_scanner.hasHeader()) {
            m_result.error = QStringLiteral("%1 has no rows (only blank lines).").arg(info.fileName());
            return false;
        }
        m_decimalComma = m_scanner.separator() == ';';
        drivers << QStringLiteral("CSV");
        // All values as text (we validate numbers ourselves, with line numbers); the first line is
        // always the header; no geometry guessed from WKT/X/Y columns.
        openOptions << QStringLiteral("HEADERS=YES") << QStringLiteral("AUTODETECT_TYPE=NO")
                    << QStringLiteral("KEEP_GEOM_COLUMNS=YES") << QStringLiteral("EMPTY_STRING_AS_NULL=NO")
                    << QStringLiteral("GEOM_POSSIBLE_NAMES=") << QStringLiteral("X_POSSIBLE_NAMES=")
                    << QStringLiteral("Y_POSSIBLE_NAMES=");
        if (suffix == QLatin1String("txt")) path = QStringLiteral("CSV:") + path;
    } else if (m_kind == SourceKind::Spreadsheet) {
        spreadsheetConfig(m_session);
    }
    m_dataset = GdalDataset::open(path, drivers, openOptions);
    if (!m_dataset.isOpen()) {
        m_result.error = m_dataset.error();
        return false;
    }
    return true;
}

bool Importer::chooseLayer() {
    GDALDataset* ds = m_dataset.get();
    if (!m_options.layer.isEmpty()) {
        m_layer = m_dataset.layer(m_options.layer);
        if (!m_layer) {
            m_result.error = QStringLiteral("There is no layer \"%1\" in the file.").arg(m_options.layer);
            return false;
        }
        return true;
    }
    if (m_kind != SourceKind::Gis) {  // one table; counting its rows would read the whole file
        m_layer = ds->GetLayerCount() > 0 ? ds->GetLayer(0) : nullptr;
        if (!m_layer) m_result.error = QStringLiteral("%1 holds no table.").arg(QFileInfo(m_options.path).fileName());
        return m_layer != nullptr;
    }
    int nonEmpty = 0;
    for (OGRLayer* layer : ds->GetLayers()) {
        if (layer->GetFeatureCount(FALSE) == 0) continue;  // -1 (unknown without a scan) counts as rows
        ++nonEmpty;
        if (!m_layer) m_layer = layer;
    }
    if (!m_layer && ds->GetLayerCount() > 0) m_layer = ds->GetLayer(0);
    if (!m_layer) {
        m_result.error = QStringLiteral("%1 holds no table.").arg(QFileInfo(m_options.path).fileName());
        return false;
    }
    if (nonEmpty > 1)
        m_result.warnings << QStringLiteral("The file has %1 layers with rows; only \"%2\" was read.")
                                 .arg(nonEmpty).arg(QString::fromUtf8(m_layer->GetName()));
    return true;
}

bool Importer::mapColumns() {
    OGRFeatureDefn* defn = m_layer->GetLayerDefn();
    m_currentLine = 1; // the header, for the recoding warning
    for (int i = 0; i < defn->GetFieldCount(); ++i) m_result.columns << decode(defn->GetFieldDefn(i)->GetNameRef());
    if (m_recodingFailed) return false;
    m_hasGeometry = m_kind == SourceKind::Gis && defn->GetGeomFieldCount() > 0;
    if (m_result.columns.isEmpty() && !m_hasGeometry) {
        m_result.error = QStringLiteral("%1 is not a table: it has no columns.").arg(QFileInfo(m_options.path).fileName());
        return false;
    }
    m_result.mapping = m_options.mapping;
    const QStringList missing = m_result.mapping.missingColumns(m_result.columns);
    if (!missing.isEmpty()) {
        m_result.error = QStringLiteral("Mapped columns are not in the file: %1. Its columns are: %2.")
                             .arg(missing.join(QStringLiteral(", ")), m_result.columns.join(QStringLiteral(", ")));
        return false;
    }
    m_result.mapping.detect(m_result.columns);
    std::vector<bool> used(std::size_t(m_result.columns.size()), false);
    for (int f = 0; f < accountFieldCount; ++f) {
        const QString column = m_result.mapping.column(AccountField(f));
        m_fields[std::size_t(f)] = column.isEmpty() ? -1 : int(m_result.columns.indexOf(column));
        if (m_fields[std::size_t(f)] >= 0) used[std::size_t(m_fields[std::size_t(f)])] = true;
    }
    for (int i = 0; i < m_result.columns.size(); ++i) {
        if (used[std::size_t(i)]) continue;
        m_extras.push_back({i, m_result.columns[i], true, false, {}});
        m_result.extraColumns << m_result.columns[i];
    }
    const bool hasLonLat = fieldOf(AccountField::Longitude) >= 0 && fieldOf(AccountField::Latitude) >= 0;
    if (!m_hasGeometry && !hasLonLat && fieldOf(AccountField::PostalCode) < 0) {
        m_result.error = QStringLiteral("No location columns found: the file needs longitude and latitude columns or a "
                                        "postal-code column (or map them by hand). Its columns are: %1.")
                             .arg(m_result.columns.join(QStringLiteral(", ")));
        return false;
    }
    if (fieldOf(AccountField::Longitude) >= 0 && fieldOf(AccountField::Latitude) < 0)
        m_result.warnings << QStringLiteral("A longitude column but no latitude column: coordinates are ignored.");
    if (fieldOf(AccountField::ExternalId) < 0) {
        m_generatedIds = true;
        m_result.warnings << QStringLiteral("No id column: ids are made from line numbers (\"line-2\", ...); a "
                                            "re-import matches accounts by line.");
    }
    if (m_hasGeometry) {
        m_transform = std::make_unique<GdalTransform>(m_layer->GetSpatialRef());
        if (!m_transform->isValid()) {
            m_result.error = m_transform->error();
            return false;
        }
    }
    return true;
}

bool Importer::locate(const OGRFeature& f, Account& a, QString* reason) {
    if (m_hasGeometry) {
        if (const OGRGeometry* g = f.GetGeometryRef(); g && !g->IsEmpty()) {
            std::unique_ptr<OGRGeometry> copy(g->clone());
            if (!m_transform->apply(*copy)) {
                *reason = QStringLiteral("the point cannot be reprojected to WGS84");
                return false;
            }
            const auto point = GdalGeometry::toPoint(*copy);
            if (!point) {
                *reason = QStringLiteral("the geometry is a %1, not a point")
                              .arg(QString::fromUtf8(OGRGeometryTypeToName(g->getGeometryType())));
                return false;
            }
            a.location = *point;
            return true;
        }
    }
    const int lonField = fieldOf(AccountField::Longitude), latField = fieldOf(AccountField::Latitude);
    if (lonField >= 0 && latField >= 0) {
        const std::string_view lonText = trimmed(raw(f, lonField)), latText = trimmed(raw(f, latField));
        if (!lonText.empty() && !latText.empty()) {
            double lon = 0, lat = 0;
            if (!parseNumber(lonText, m_decimalComma, &lon)) {
                *reason = QStringLiteral("longitude '%1' is not a number").arg(describe(lonText));
                return false;
            }
            if (!parseNumber(latText, m_decimalComma, &lat)) {
                *reason = QStringLiteral("latitude '%1' is not a number").arg(describe(latText));
                return false;
            }
            const bool latImpossible = std::abs(lat) > 90.0 || lat < -60.0;
            if (latImpossible && !inUsBox({lon, lat}) && inUsBox({lat, lon})) {
                if (!m_options.fixSwappedCoordinates) {
                    *reason = QStringLiteral("latitude and longitude look swapped (latitude %1, longitude %2)")
                                  .arg(describe(latText), describe(lonText));
                    return false;
                }
                std::swap(lon, lat);
                m_result.warnings << QStringLiteral("line %1: latitude and longitude were swapped back").arg(m_currentLine);
            }
            if (std::abs(lat) > 90.0) {
                *reason = QStringLiteral("latitude %1 is out of range (-90 to 90)").arg(describe(latText));
                return false;
            }
            if (std::abs(lon) > 180.0) {
                *reason = QStringLiteral("longitude %1 is out of range (-180 to 180)").arg(describe(lonText));
                return false;
            }
            if (lon != 0.0 || lat != 0.0) {
                a.location = {lon, lat};
                return true;
            }
            // 0,0 is what CRMs write for "no location": fall back to the postal code.
        }
    }
    if (a.postalCode.isEmpty()) {
        *reason = QStringLiteral("no location: no coordinates and no postal code");
        return false;
    }
    if (!m_postalCodes) {
        m_ownPostalCodes = std::make_unique<PostalCodeIndex>();
        if (!m_ownPostalCodes->loadBundled())
            m_result.warnings << QStringLiteral("Postal codes cannot be looked up: %1").arg(m_ownPostalCodes->error());
        m_postalCodes = m_ownPostalCodes.get();
    }
    const auto place = m_postalCodes->find(a.postalCode);
    if (!place) {
        *reason = QStringLiteral("postal code '%1' is unknown and there are no coordinates").arg(a.postalCode);
        return false;
    }
    a.location = place->location;
    ++m_result.locatedByPostalCode;
    return true;
}

void Importer::readRows() {
    QHash<QString, int> seen;  // external id -> line of first occurrence
    if (m_kind == SourceKind::Csv) {
        const std::size_t expected = m_scanner.records().size();
        seen.reserve(qsizetype(expected));
        m_result.accounts.reserve(expected);
        m_result.lines.reserve(expected);
        for (ExtraColumn& extra : m_extras) extra.values.reserve(expected);
    }
    OgrFeaturePump pump(m_layer, m_kind == SourceKind::Spreadsheet ? &spreadsheetConfig : nullptr);
    OgrFeaturePump::Batch batch;
    int rowIndex = -1;
    while (pump.next(batch)) {
        for (const OGRFeatureUniquePtr& feature : batch) {
            const OGRFeature& f = *feature;
            ++rowIndex;
            ++m_result.rowsRead;
            m_currentLine = lineOf(rowIndex);
            QString reason;
            auto reject = [&] {
                if (rowIsEmpty(f)) ++m_result.emptyRows;
                else m_result.rejected.push_back({m_currentLine, reason});
            };
            if (m_kind == SourceKind::Csv && std::size_t(rowIndex) < m_scanner.records().size()) {
                const CsvRecord& record = m_scanner.records()[std::size_t(rowIndex)];
                if (record.values != m_scanner.headerValues()) {
                    reason = record.lineCount > 1
                                 ? QStringLiteral("malformed row: %1 values over lines %2-%3 but the header has %4 columns "
                                                  "(a quote that is not closed?)")
                                       .arg(record.values).arg(record.line).arg(record.line + record.lineCount - 1)
                                       .arg(m_scanner.headerValues())
                                 : QStringLiteral("malformed row: %1 values but the header has %2 columns")
                                       .arg(record.values).arg(m_scanner.headerValues());
                    reject();
                    continue;
                }
            }

            Account a;
            a.externalId = m_generatedIds ? QStringLiteral("line-%1").arg(m_currentLine) : text(f, fieldOf(AccountField::ExternalId));
            a.name = text(f, fieldOf(AccountField::Name));
            a.address = text(f, fieldOf(AccountField::Address));
            a.postalCode = PostalCodeIndex::normalize(text(f, fieldOf(AccountField::PostalCode)));
            a.industry = text(f, fieldOf(AccountField::Industry));
            const QString segment = text(f, fieldOf(AccountField::Segment));
            const QString tier = text(f, fieldOf(AccountField::Tier));
            if (m_recodingFailed) return;
            if (a.externalId.isEmpty()) {
                reason = QStringLiteral("the external id is empty");
                reject();
                continue;
            }
            if (auto it = seen.constFind(a.externalId); it != seen.constEnd()) {
                reason = QStringLiteral("duplicate external id '%1' (first on %2 %3)")
                             .arg(a.externalId, m_kind == SourceKind::Gis ? QStringLiteral("feature") : QStringLiteral("line"))
                             .arg(it.value());
                reject();
                continue;
            }
            auto canonical = [](QHash<QString, QString>& cache, const QString& value, QString (*rule)(const QString&)) {
                auto it = cache.constFind(value);
                if (it == cache.constEnd()) it = cache.insert(value, rule(value));
                return it.value();
            };
            a.segment = canonical(m_segments, segment, &WorkloadRule::canonicalSegment);
            a.tier = canonical(m_tiers, tier, &WorkloadRule::canonicalTier);

            bool empty = true, good = true;
            double workload = 0;
            good = number(f, AccountField::RevenuePotential, &a.revenuePotential, &empty, &reason) &&
                   number(f, AccountField::Revenue, &a.revenue, &empty, &reason) &&
                   number(f, AccountField::Pipeline, &a.pipeline, &empty, &reason) &&
                   number(f, AccountField::WorkloadHours, &workload, &empty, &reason);
            if (good && !empty && workload < 0) {
                reason = QStringLiteral("workloadHours %1 is negative").arg(workload);
                good = false;
            }
            if (!good || !locate(f, a, &reason)) {
                reject();
                continue;
            }
            if (empty) {
                a.workloadHours = WorkloadRule::hoursPerYear(a.tier, a.segment);
                ++m_result.workloadDerived;
            } else {
                a.workloadHours = workload;
            }
            for (ExtraColumn& extra : m_extras) {
                QString value;
                const OGRFieldType type = f.GetFieldDefnRef(extra.field)->GetType();
                const char* s = raw(f, extra.field);
                if (*s) {
                    value = decode(s).trimmed();
                    if (!value.isEmpty()) {
                        extra.any = true;
                        double unused = 0;
                        if (extra.numeric && type != OFTReal && type != OFTInteger && type != OFTInteger64 &&
                            !parseNumber(trimmed(s), m_decimalComma, &unused))
                            extra.numeric = false;
                    }
                }
                extra.values.push_back(std::move(value));
            }
            seen.insert(a.externalId, m_currentLine);
            m_result.accounts.push_back(std::move(a));
            m_result.lines.push_back(m_currentLine);
        }
    }
}

void Importer::finishExtras() {
    for (ExtraColumn& extra : m_extras) {
        if (!extra.any) continue;
        for (std::size_t i = 0; i < extra.values.size(); ++i) {
            const QString& value = extra.values[i];
            if (value.isEmpty()) continue;
            if (extra.numeric) {
                double d = 0;
                const QByteArray utf8 = value.toUtf8();
                parseNumber(std::string_view(utf8.constData(), std::size_t(utf8.size())), m_decimalComma, &d);
                m_result.accounts[i].extra.insert(extra.name, d);
            } else {
                m_result.accounts[i].extra.insert(extra.name, value);
            }
        }
        extra.values = {};
    }
}

AccountImportResult Importer::run() {
    m_postalCodes = m_options.postalCodes;
    if (!open() || !chooseLayer()) return std::move(m_result);
    m_result.linesAreFeatures = m_kind == SourceKind::Gis;
    if (!mapColumns()) {
        if (m_recodingFailed)
            m_result.error = QStringLiteral("%1 is not UTF-8 text; save it as UTF-8 and import it again.")
                                 .arg(QFileInfo(m_options.path).fileName());
        return std::move(m_result);
    }
    readRows();
    if (m_recodingFailed) {
        AccountImportResult failed;
        failed.error = QStringLiteral("%1 is not UTF-8 text (line %2); save it as UTF-8 and import it again.")
                           .arg(QFileInfo(m_options.path).fileName()).arg(m_currentLine);
        return failed;
    }
    if (m_result.rowsRead == m_result.emptyRows) {
        AccountImportResult failed;
        failed.error = QStringLiteral("%1 has a header but no data rows.").arg(QFileInfo(m_options.path).fileName());
        if (m_kind == SourceKind::Gis) failed.error = QStringLiteral("%1 has no features.").arg(QFileInfo(m_options.path).fileName());
        return failed;
    }
    finishExtras();
    if (m_result.recodedValues > 0)
        m_result.warnings.prepend(QStringLiteral("The file is not UTF-8: %1 values (from line %2) were read as "
                                                 "Windows-1252/Latin-1. Check accented names.")
                                      .arg(m_result.recodedValues).arg(m_firstRecodedLine));
    if (m_result.emptyRows > 0)
        m_result.warnings << QStringLiteral("%1 empty rows skipped.").arg(m_result.emptyRows);
    m_result.ok = true;
    return std::move(m_result);
}

} // namespace

AccountImportResult AccountImporter::importAccounts(const AccountImportOptions& options) {
    GdalSession session;
    return Importer(options, session).run();
}

} // namespace tp::io
