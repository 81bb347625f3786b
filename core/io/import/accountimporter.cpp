#include "io/import/accountimporter.h"

#include "io/import/csvreader.h"
#include "io/gdal/gdaldataset.h"
#include "io/gdal/gdalgeometry.h"
#include "io/gdal/gdalsession.h"
#include "io/gdal/gdaltransform.h"
#include "io/import/numbertext.h"
#include "io/gdal/ogrfeaturepump.h"
#include "io/import/postalcodeindex.h"
#include "io/import/categorynames.h"
#include "io/import/xlsxcellcheck.h"
#include "model/textinterner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <memory>
#include <optional>

namespace tp::io {
namespace {

enum class SourceKind { Csv, Spreadsheet, Gis };

SourceKind kindOf(const QString& suffix) {
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("psv")
        || suffix == QLatin1String("txt"))
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
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\r' || v.front() == '\n'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r' || v.back() == '\n'))
        v.remove_suffix(1);
    return v;
}

bool isNumericType(OGRFieldType type) {
    return type == OFTReal || type == OFTInteger || type == OFTInteger64;
}

bool inUsBox(geo::GeoPoint p) {
    // Contiguous US, Alaska, Hawaii and Puerto Rico: generous, only used to recognise a swap.
    return p.lon >= -180.0 && p.lon <= -64.0 && p.lat >= 17.0 && p.lat <= 72.0;
}

bool onEarth(geo::GeoPoint p) {
    return std::isfinite(p.lon) && std::isfinite(p.lat) && std::abs(p.lon) <= 180.0 && std::abs(p.lat) <= 90.0;
}

QString describe(std::string_view v) {
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// The first row is the header and every cell is text, whatever the cells look like. These
// drivers take that from (thread-local) configuration, not from open options.
void spreadsheetConfig(GdalSession& session) {
    for (const char* format : {"XLSX", "ODS", "XLS"}) {
        session.setThreadConfig(QByteArray("OGR_%1_HEADERS").replace("%1", format).constData(), "FORCE");
        session.setThreadConfig(QByteArray("OGR_%1_FIELD_TYPES").replace("%1", format).constData(), "STRING");
    }
}

struct FeatureDefnRelease {
    void operator()(OGRFeatureDefn* defn) const {
        if (defn) defn->Release();
    }
};

struct ExtraColumn {
    int field = -1;
    QString name;
    bool typed = false; // a numeric field type (GIS): values are numbers already
    bool numeric = true;
    bool any = false;
    bool ambiguous = false; // some value reads as either convention ("1,234")
    NumberColumn convention;
    std::vector<QString> values; // one per accepted account, empty = no value
};

// An amount whose decimal mark only its column can tell ("1,234"): decided when the file is read.
struct PendingNumber {
    std::size_t account = 0;
    AccountField field = AccountField::Revenue;
    NumberReading reading;
    QString text;
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
    void checkRow(const OGRFeature& f, Account& a, QStringList& reasons, std::vector<PendingNumber>& pending);
    void resolvePending();
    void finishExtras();
    QString gdalReason() const;

    // The decoded, trimmed text of a field ("" if unset); recodes non-UTF-8 text.
    QString text(const OGRFeature& f, int field);
    const char* raw(const OGRFeature& f, int field) const {
        return field >= 0 && f.IsFieldSetAndNotNull(field) ? f.GetFieldAsString(field) : "";
    }
    QString decode(const char* s);
    // An amount field: false + reason if the value is not a number; empty -> 0 and *empty.
    bool number(const OGRFeature& f, AccountField field, double* out, bool* empty, QString* reason,
                std::vector<PendingNumber>& pending);
    // A coordinate field: nullopt when empty; false in *ok with a reason when not a number.
    std::optional<double> coordinate(const OGRFeature& f, AccountField field, bool* ok, QString* text,
                                     QString* reason) const;
    enum class Found { Located, Missing, Bad };
    bool locate(const OGRFeature& f, Account& a, QString* reason);
    Found locateByCoordinates(const OGRFeature& f, Account& a, QString* reason);
    Found locateByPostalCode(Account& a, QString* reason);
    QStringList cells(const OGRFeature& f);
    bool rowIsEmpty(const OGRFeature& f) const;
    int lineOf(const PumpedFeature& item, int rowIndex) const;
    int fieldOf(AccountField field) const { return m_fields[std::size_t(field)]; }

    const AccountImportOptions& m_options;
    GdalSession& m_session;
    AccountImportResult m_result;
    GdalDataset m_dataset;
    OGRLayer* m_layer = nullptr;
    std::unique_ptr<OGRFeatureDefn, FeatureDefnRelease> m_csvDefn; // CSV: the header as string fields
    OGRFeatureDefn* m_defn = nullptr;
    SourceKind m_kind = SourceKind::Gis;
    CsvReader m_csv;
    XlsxCellCheck m_xlsxCells;
    std::array<int, accountFieldCount> m_fields{};
    std::array<NumberColumn, accountFieldCount> m_conventions;
    std::vector<int> m_realFields; // typed floating-point fields: NaN and Inf reject the row
    std::vector<ExtraColumn> m_extras;
    std::vector<PendingNumber> m_pending;
    std::unique_ptr<GdalTransform> m_transform;
    QStringList m_readerMessages;
    QString m_readerError;
    QHash<QString, int> m_seen; // external id -> line of its accepted row
    DecimalMark m_defaultMark = DecimalMark::Point;
    bool m_workloadDerivedRow = false;
    bool m_hasGeometry = false;
    bool m_generatedIds = false;
    bool m_recodingFailed = false;
    bool m_cancelled = false;
    int m_firstRecodedLine = 0;
    int m_currentLine = 0;
    std::unique_ptr<PostalCodeIndex> m_ownPostalCodes;
    const PostalCodeIndex* m_postalCodes = nullptr;
    // Raw -> canonical, shared by every row with the value (a node each, not one per row), and
    // not normalised again for each of a million rows.
    QHash<QString, SharedText> m_segments, m_tiers;
    TextInterner m_postalCodeTexts, m_industryTexts;
};

QString Importer::decode(const char* s) {
    if (isAscii(s) || (!m_options.windows1252 && CPLIsUTF8(s, -1))) return QString::fromUtf8(s);
    if (!m_options.acceptLatin1 && !m_options.windows1252) {
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

QStringList Importer::cells(const OGRFeature& f) {
    QStringList out;
    out.reserve(f.GetFieldCount());
    for (int i = 0; i < f.GetFieldCount(); ++i) out << decode(raw(f, i));
    return out;
}

QString Importer::text(const OGRFeature& f, int field) {
    const char* s = raw(f, field);
    if (!*s) return QString();
    return decode(s).trimmed();
}

bool Importer::number(const OGRFeature& f, AccountField field, double* out, bool* empty, QString* reason,
                      std::vector<PendingNumber>& pending) {
    const int i = fieldOf(field);
    *out = 0.0;
    *empty = true;
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) return true;
    if (isNumericType(f.GetFieldDefnRef(i)->GetType())) {
        *out = f.GetFieldAsDouble(i);
        *empty = false;
        if (std::isfinite(*out)) return true;
        *reason = QStringLiteral("%1 %2 is not a finite number").arg(ColumnMapping::fieldName(field)).arg(*out);
        return false;
    }
    const std::string_view v = trimmed(f.GetFieldAsString(i));
    if (v.empty()) return true;
    *empty = false;
    const NumberReading r = NumberText::read(v);
    m_conventions[std::size_t(field)].add(r);
    switch (r.kind) {
        case NumberReading::Exact:
            *out = r.value;
            return true;
        case NumberReading::Ambiguous:
            *out = r.as(m_defaultMark);
            pending.push_back({0, field, r, describe(v)});
            return true;
        case NumberReading::OutOfRange:
            *reason = QStringLiteral("%1 '%2' is too large").arg(ColumnMapping::fieldName(field), describe(v));
            return false;
        case NumberReading::Invalid:
            break;
    }
    *reason = QStringLiteral("%1 '%2' is not a number").arg(ColumnMapping::fieldName(field), describe(v));
    return false;
}

std::optional<double> Importer::coordinate(const OGRFeature& f, AccountField field, bool* ok, QString* text,
                                           QString* reason) const {
    *ok = true;
    const int i = fieldOf(field);
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) return std::nullopt;
    const QString name = field == AccountField::Longitude ? QStringLiteral("longitude") : QStringLiteral("latitude");
    if (isNumericType(f.GetFieldDefnRef(i)->GetType())) {
        const double d = f.GetFieldAsDouble(i);
        *text = QString::number(d, 'g', 15);
        if (!std::isfinite(d)) {
            *ok = false;
            *reason = QStringLiteral("%1 %2 is not a number").arg(name, *text);
        }
        return d;
    }
    // A copy: for some field types GetFieldAsString returns a buffer that the next call frees.
    const std::string value(trimmed(f.GetFieldAsString(i)));
    if (value.empty()) return std::nullopt;
    *text = QString::fromStdString(value);
    const NumberReading r = NumberText::readCoordinate(value);
    if (r.kind == NumberReading::Exact) return r.value;
    *ok = false;
    *reason = r.kind == NumberReading::OutOfRange ? QStringLiteral("%1 '%2' is out of range").arg(name, *text)
                                                  : QStringLiteral("%1 '%2' is not a number").arg(name, *text);
    return 0.0;
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
    m_kind = kindOf(info.suffix().toLower());
    if (m_kind == SourceKind::Csv) {
        if (!m_csv.open(m_options.path)) {
            m_result.error = m_csv.error();
            return false;
        }
        m_defaultMark = m_csv.separator() == ';' ? DecimalMark::Comma : DecimalMark::Point;
        m_result.separator = QLatin1Char(m_csv.separator());
        m_result.decimalComma = m_defaultMark == DecimalMark::Comma;
        m_csvDefn.reset(new OGRFeatureDefn(info.completeBaseName().toUtf8().constData()));
        m_csvDefn->Reference();
        m_csvDefn->SetGeomType(wkbNone);
        for (const std::string& name : m_csv.header()) {
            OGRFieldDefn field(name.c_str(), OFTString);
            m_csvDefn->AddFieldDefn(&field);
        }
        m_defn = m_csvDefn.get();
        return true;
    }
    if (m_kind == SourceKind::Spreadsheet) spreadsheetConfig(m_session);
    m_dataset = GdalDataset::open(m_options.path);
    if (!m_dataset.isOpen()) {
        m_result.error = m_dataset.error();
        return false;
    }
    return true;
}

bool Importer::chooseLayer() {
    if (m_kind == SourceKind::Csv) return true;
    GDALDataset* ds = m_dataset.get();
    for (OGRLayer* layer : ds->GetLayers()) m_result.layers << QString::fromUtf8(layer->GetName());
    if (!m_options.layer.isEmpty()) {
        m_layer = m_dataset.layer(m_options.layer);
        if (!m_layer) {
            m_result.error = QStringLiteral("There is no layer \"%1\" in the file.").arg(m_options.layer);
            return false;
        }
    } else if (m_kind == SourceKind::Spreadsheet) { // the first sheet; counting rows would read it all
        m_layer = ds->GetLayerCount() > 0 ? ds->GetLayer(0) : nullptr;
    } else {
        int nonEmpty = 0;
        for (OGRLayer* layer : ds->GetLayers()) {
            if (layer->GetFeatureCount(FALSE) == 0) continue; // -1 (unknown without a scan) counts as rows
            ++nonEmpty;
            if (!m_layer) m_layer = layer;
        }
        if (!m_layer && ds->GetLayerCount() > 0) m_layer = ds->GetLayer(0);
        if (m_layer && nonEmpty > 1)
            m_result.warnings << QStringLiteral("The file has %1 layers with rows; only \"%2\" was read.")
                                     .arg(nonEmpty)
                                     .arg(QString::fromUtf8(m_layer->GetName()));
    }
    if (!m_layer) {
        m_result.error = QStringLiteral("%1 holds no table.").arg(QFileInfo(m_options.path).fileName());
        return false;
    }
    m_defn = m_layer->GetLayerDefn();
    m_result.layer = QString::fromUtf8(m_layer->GetName());
    if (m_dataset.driverName() == QLatin1String("XLSX"))
        m_xlsxCells = XlsxCellCheck::check(m_options.path, QString::fromUtf8(m_layer->GetName()));
    return true;
}

bool Importer::mapColumns() {
    OGRFeatureDefn* defn = m_defn;
    m_currentLine = m_kind == SourceKind::Csv ? m_csv.headerLine() : 1; // the header, for the recoding warning
    for (int i = 0; i < defn->GetFieldCount(); ++i) m_result.columns << decode(defn->GetFieldDefn(i)->GetNameRef());
    if (m_recodingFailed) return false;
    m_hasGeometry = m_kind == SourceKind::Gis && defn->GetGeomFieldCount() > 0;
    if (m_result.columns.isEmpty() && !m_hasGeometry) {
        m_result.error =
            QStringLiteral("%1 is not a table: it has no columns.").arg(QFileInfo(m_options.path).fileName());
        if (const QString gdal = gdalReason(); !gdal.isEmpty())
            m_result.error += QStringLiteral(" GDAL says: %1").arg(gdal);
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
        if (used[std::size_t(i)] || m_options.ignoredColumns.contains(m_result.columns[i])) continue;
        ExtraColumn extra;
        extra.field = i;
        extra.name = m_result.columns[i];
        extra.typed = isNumericType(defn->GetFieldDefn(i)->GetType());
        m_extras.push_back(std::move(extra));
        m_result.extraColumns << m_result.columns[i];
        if (defn->GetFieldDefn(i)->GetType() == OFTReal) m_realFields.push_back(i);
    }
    m_result.hasGeometry = m_hasGeometry;
    m_result.notes = m_result.mapping.gapNotes(m_hasGeometry);
    const bool hasLonLat = fieldOf(AccountField::Longitude) >= 0 && fieldOf(AccountField::Latitude) >= 0;
    if (!m_hasGeometry && !hasLonLat && fieldOf(AccountField::PostalCode) < 0 && m_options.requireLocation) {
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

Importer::Found Importer::locateByCoordinates(const OGRFeature& f, Account& a, QString* reason) {
    if (m_hasGeometry) {
        if (const OGRGeometry* g = f.GetGeometryRef(); g && !g->IsEmpty()) {
            std::unique_ptr<OGRGeometry> copy(g->clone());
            if (!m_transform->apply(*copy)) {
                *reason = QStringLiteral("the point cannot be reprojected to WGS84");
                return Found::Bad;
            }
            const auto point = GdalGeometry::toPoint(*copy);
            if (!point) {
                *reason = QStringLiteral("the geometry is a %1, not a point")
                              .arg(QString::fromUtf8(OGRGeometryTypeToName(g->getGeometryType())));
                return Found::Bad;
            }
            if (!onEarth(*point)) {
                *reason =
                    QStringLiteral("the point (%1, %2) is not a longitude/latitude on Earth (longitude -180 to 180, "
                                   "latitude -90 to 90)")
                        .arg(point->lon, 0, 'g', 10)
                        .arg(point->lat, 0, 'g', 10);
                return Found::Bad;
            }
            a.location = *point;
            return Found::Located;
        }
    }
    bool lonOk = true, latOk = true;
    QString lonText, latText, lonReason, latReason;
    const std::optional<double> lon = coordinate(f, AccountField::Longitude, &lonOk, &lonText, &lonReason);
    const std::optional<double> lat = coordinate(f, AccountField::Latitude, &latOk, &latText, &latReason);
    if (lon && lat && fieldOf(AccountField::Longitude) >= 0 && fieldOf(AccountField::Latitude) >= 0) {
        if (!lonOk || !latOk) {
            QStringList reasons;
            if (!lonOk) reasons << lonReason;
            if (!latOk) reasons << latReason;
            *reason = reasons.join(QStringLiteral("; "));
            return Found::Bad;
        }
        geo::GeoPoint p{*lon, *lat};
        const bool latImpossible = std::abs(p.lat) > 90.0 || p.lat < -60.0;
        if (latImpossible && !inUsBox(p) && inUsBox({p.lat, p.lon})) {
            if (!m_options.fixSwappedCoordinates) {
                *reason = QStringLiteral("latitude and longitude look swapped (latitude %1, longitude %2)")
                              .arg(latText, lonText);
                return Found::Bad;
            }
            std::swap(p.lon, p.lat);
            m_result.warnings << QStringLiteral("line %1: latitude and longitude were swapped back").arg(m_currentLine);
        }
        if (std::abs(p.lat) > 90.0) {
            *reason = QStringLiteral("latitude %1 is out of range (-90 to 90)").arg(latText);
            return Found::Bad;
        }
        if (std::abs(p.lon) > 180.0) {
            *reason = QStringLiteral("longitude %1 is out of range (-180 to 180)").arg(lonText);
            return Found::Bad;
        }
        if (p.lon != 0.0 || p.lat != 0.0) {
            a.location = p;
            return Found::Located;
        }
        // 0,0 is what CRMs write for "no location": fall back to the postal code.
    }
    return Found::Missing;
}

Importer::Found Importer::locateByPostalCode(Account& a, QString* reason) {
    if (a.postalCode.isEmpty()) return Found::Missing;
    if (!m_postalCodes) {
        m_ownPostalCodes = std::make_unique<PostalCodeIndex>();
        if (!m_ownPostalCodes->loadBundled())
            m_result.warnings << QStringLiteral("Postal codes cannot be looked up: %1").arg(m_ownPostalCodes->error());
        m_postalCodes = m_ownPostalCodes.get();
    }
    const auto place = m_postalCodes->find(a.postalCode);
    if (!place) {
        *reason = QStringLiteral("postal code '%1' is unknown").arg(a.postalCode);
        return Found::Bad;
    }
    a.location = place->location;
    ++m_result.locatedByPostalCode;
    return Found::Located;
}

// Combines the two sources as options.location says; the reasons keep the wording of the
// default order ("no location: no coordinates and no postal code").
bool Importer::locate(const OGRFeature& f, Account& a, QString* reason) {
    QString coordinateReason, postalReason;
    switch (m_options.location) {
        case LocationSource::CoordinatesFirst:
        case LocationSource::CoordinatesOnly: {
            const Found c = locateByCoordinates(f, a, &coordinateReason);
            if (c == Found::Located) return true;
            if (c == Found::Bad) {
                *reason = coordinateReason;
                return false;
            }
            if (m_options.location == LocationSource::CoordinatesOnly) {
                *reason = QStringLiteral("no location: no coordinates");
                return false;
            }
            const Found p = locateByPostalCode(a, &postalReason);
            if (p == Found::Located) return true;
            *reason = p == Found::Missing ? QStringLiteral("no location: no coordinates and no postal code")
                                          : postalReason + QStringLiteral(" and there are no coordinates");
            return false;
        }
        case LocationSource::PostalCodeFirst:
        case LocationSource::PostalCodeOnly: {
            const Found p = locateByPostalCode(a, &postalReason);
            if (p == Found::Located) return true;
            if (m_options.location == LocationSource::PostalCodeOnly) {
                *reason = p == Found::Missing ? QStringLiteral("no location: no postal code") : postalReason;
                return false;
            }
            const Found c = locateByCoordinates(f, a, &coordinateReason);
            if (c == Found::Located) return true;
            QStringList reasons;
            if (p == Found::Bad) reasons << postalReason;
            if (c == Found::Bad) reasons << coordinateReason;
            if (reasons.isEmpty())
                reasons << QStringLiteral("no location: no postal code and no coordinates");
            else if (c == Found::Missing)
                reasons.last() += QStringLiteral(" and there are no coordinates");
            *reason = reasons.join(QStringLiteral("; "));
            return false;
        }
    }
    return false;
}

// Every check of one row; all reasons are collected, so a rejected row says everything wrong with it.
void Importer::checkRow(const OGRFeature& f, Account& a, QStringList& reasons, std::vector<PendingNumber>& pending) {
    if (a.externalId.isEmpty()) {
        reasons << QStringLiteral("the external id is empty");
    } else if (auto it = m_seen.constFind(a.externalId); it != m_seen.constEnd()) {
        reasons << QStringLiteral("duplicate external id '%1' (first on %2 %3)")
                       .arg(a.externalId,
                            m_kind == SourceKind::Gis ? QStringLiteral("feature") : QStringLiteral("line"))
                       .arg(it.value());
    }
    QString reason;
    bool empty = true;
    if (!number(f, AccountField::RevenuePotential, &a.revenuePotential, &empty, &reason, pending)) reasons << reason;
    if (!number(f, AccountField::Revenue, &a.revenue, &empty, &reason, pending)) reasons << reason;
    if (!number(f, AccountField::Pipeline, &a.pipeline, &empty, &reason, pending)) reasons << reason;
    double workload = 0;
    if (!number(f, AccountField::WorkloadHours, &workload, &empty, &reason, pending)) {
        reasons << reason;
    } else if (!empty && workload < 0) {
        reasons << QStringLiteral("workloadHours %1 is negative").arg(workload);
    } else if (empty) {
        a.workloadHours = m_options.workloadRule.hoursPerYear(a.tier, a.segment);
        a.workloadFromRule = true;
    } else {
        a.workloadHours = workload;
    }
    m_workloadDerivedRow = empty;
    for (int i : m_realFields) {
        if (!f.IsFieldSetAndNotNull(i)) continue;
        const double d = f.GetFieldAsDouble(i);
        if (!std::isfinite(d))
            reasons << QStringLiteral("%1 %2 is not a finite number").arg(m_result.columns[i]).arg(d);
    }
    if (!locate(f, a, &reason)) reasons << reason;
}

int Importer::lineOf(const PumpedFeature& item, int rowIndex) const {
    if (m_kind == SourceKind::Csv) return item.line;
    if (m_kind == SourceKind::Gis) return rowIndex + 1;
    // Spreadsheets number features by their sheet row (header = row 1), blank rows skipped.
    const GIntBig fid = item.feature->GetFID();
    return fid > 1 && fid < INT_MAX ? int(fid) : rowIndex + 2;
}

void Importer::readRows() {
    if (m_kind == SourceKind::Csv) {
        const std::size_t expected = std::size_t(std::clamp<qsizetype>(m_csv.estimatedRecords(), 0, 50'000'000));
        m_seen.reserve(qsizetype(expected));
        m_result.accounts.reserve(expected);
        m_result.lines.reserve(expected);
        for (ExtraColumn& extra : m_extras) extra.values.reserve(expected);
    }
    std::unique_ptr<OgrFeaturePump> pump;
    if (m_kind == SourceKind::Csv) {
        // CSV records become features on the pump's worker: parsing overlaps validation here.
        OGRFeatureDefn* defn = m_csvDefn.get();
        pump =
            std::make_unique<OgrFeaturePump>([reader = &m_csv, defn, record = CsvRecord()](PumpedFeature& out) mutable {
                if (!reader->next(record)) return false;
                out.line = record.line;
                out.lineCount = record.lineCount;
                out.values = int(record.values.size());
                out.unclosedQuote = record.unclosedQuote;
                out.feature.reset(OGRFeature::CreateFeature(defn));
                const int n = std::min(out.values, defn->GetFieldCount());
                for (int i = 0; i < n; ++i) out.feature->SetField(i, record.values[std::size_t(i)].c_str());
                return true;
            });
    } else {
        pump =
            std::make_unique<OgrFeaturePump>(m_layer, m_kind == SourceKind::Spreadsheet ? &spreadsheetConfig : nullptr);
    }
    const int headerValues = m_defn->GetFieldCount();
    // Rows to expect, for the progress: the CSV reader's estimate, or the layer's count when the
    // driver knows it without a scan.
    const double expected =
        m_kind == SourceKind::Csv ? double(m_csv.estimatedRecords()) : double(m_layer->GetFeatureCount(FALSE));
    const TaskProgress& progress = m_options.progress;
    progress.step(
        QCoreApplication::translate("tp::io::AccountImporter", "Reading %1…").arg(QFileInfo(m_options.path).fileName()),
        expected > 0 ? 0.0 : -1.0);
    OgrFeaturePump::Batch batch;
    std::vector<PendingNumber> pending;
    int rowIndex = -1;
    bool enough = false;
    while (!enough && pump->next(batch)) {
        if (progress.cancelled()) {
            m_cancelled = true;
            return;
        }
        if (expected > 0) progress.advance(std::min(0.99, double(m_result.rowsRead) / expected));
        for (const PumpedFeature& item : batch) {
            if (m_options.maxRows >= 0 && m_result.rowsRead >= m_options.maxRows) {
                enough = true;
                break;
            }
            const OGRFeature& f = *item.feature;
            ++rowIndex;
            ++m_result.rowsRead;
            m_currentLine = lineOf(item, rowIndex);
            if (int(m_result.sample.size()) < m_options.sampleRows) m_result.sample.push_back(cells(f));
            QStringList reasons;
            auto reject = [&] {
                if (rowIsEmpty(f))
                    ++m_result.emptyRows;
                else
                    m_result.rejected.push_back({m_currentLine, reasons.join(QStringLiteral("; ")), cells(f)});
            };
            if (item.unclosedQuote) {
                m_result.rejected.push_back(
                    {m_currentLine, QStringLiteral("malformed row: a quote opened on this line is never closed"),
                     cells(f)});
                continue;
            }
            if (item.values >= 0 && item.values != headerValues) {
                reasons << (item.lineCount > 1
                                ? QStringLiteral(
                                      "malformed row: %1 values over lines %2-%3 but the header has %4 columns")
                                      .arg(item.values)
                                      .arg(item.line)
                                      .arg(item.line + item.lineCount - 1)
                                      .arg(headerValues)
                                : QStringLiteral("malformed row: %1 values but the header has %2 columns")
                                      .arg(item.values)
                                      .arg(headerValues));
                reject();
                continue;
            }
            if (const QString cell = m_xlsxCells.problem(m_currentLine); !cell.isEmpty()) {
                reasons << cell;
                reject();
                continue;
            }

            Account a;
            a.externalId = m_generatedIds ? QStringLiteral("line-%1").arg(m_currentLine)
                                          : text(f, fieldOf(AccountField::ExternalId));
            a.name = text(f, fieldOf(AccountField::Name));
            a.address = text(f, fieldOf(AccountField::Address));
            a.postalCode =
                m_postalCodeTexts.get(PostalCodeIndex::normalize(text(f, fieldOf(AccountField::PostalCode))));
            a.industry = m_industryTexts.get(text(f, fieldOf(AccountField::Industry)));
            const QString segment = text(f, fieldOf(AccountField::Segment));
            const QString tier = text(f, fieldOf(AccountField::Tier));
            if (m_recodingFailed) return;
            auto canonical = [](QHash<QString, SharedText>& cache, const QString& value,
                                QString (*rule)(const QString&)) {
                auto it = cache.constFind(value);
                if (it == cache.constEnd()) it = cache.insert(value, SharedText(rule(value)));
                return it.value();
            };
            a.segment = canonical(m_segments, segment, &CategoryNames::canonicalSegment);
            a.tier = canonical(m_tiers, tier, &CategoryNames::canonicalTier);

            pending.clear();
            checkRow(f, a, reasons, pending);
            if (!reasons.isEmpty()) {
                reject();
                continue;
            }
            if (m_workloadDerivedRow) ++m_result.workloadDerived;
            for (ExtraColumn& extra : m_extras) {
                QString value;
                const char* s = raw(f, extra.field);
                if (*s) {
                    value = decode(s).trimmed();
                    if (!value.isEmpty()) {
                        extra.any = true;
                        if (extra.numeric && !extra.typed) {
                            const NumberReading r = NumberText::read(trimmed(s));
                            if (!r.isNumber()) extra.numeric = false;
                            extra.convention.add(r);
                            if (r.kind == NumberReading::Ambiguous) extra.ambiguous = true;
                        }
                    }
                }
                extra.values.push_back(std::move(value));
            }
            for (PendingNumber& p : pending) {
                p.account = m_result.accounts.size();
                m_pending.push_back(std::move(p));
            }
            m_seen.insert(a.externalId, m_currentLine);
            m_result.accounts.push_back(std::move(a));
            m_result.lines.push_back(m_currentLine);
        }
    }
    if (m_kind == SourceKind::Csv && !m_csv.error().isEmpty()) m_readerError = m_csv.error();
    m_readerMessages = pump->messages();
}

// Amounts such as "1,234" take the decimal convention of their column, now that the whole column
// is known; in a column that holds both conventions they cannot be decided and the row is rejected.
void Importer::resolvePending() {
    if (m_pending.empty()) return;
    QHash<std::size_t, QStringList> drop; // account index -> reasons
    for (const PendingNumber& p : m_pending) {
        const NumberColumn& column = m_conventions[std::size_t(p.field)];
        const DecimalMark mark = column.mark(m_defaultMark);
        if (mark == DecimalMark::Unknown) {
            drop[p.account] << QStringLiteral("%1 '%2' is ambiguous: the column has both decimal points (%3 values "
                                              "like 1,234.5) and decimal commas (%4 values like 1.234,5)")
                                   .arg(ColumnMapping::fieldName(p.field), p.text)
                                   .arg(column.pointValues())
                                   .arg(column.commaValues());
            continue;
        }
        Account& a = m_result.accounts[p.account];
        const double v = p.reading.as(mark);
        switch (p.field) {
            case AccountField::RevenuePotential:
                a.revenuePotential = v;
                break;
            case AccountField::Revenue:
                a.revenue = v;
                break;
            case AccountField::Pipeline:
                a.pipeline = v;
                break;
            case AccountField::WorkloadHours:
                a.workloadHours = v;
                break;
            default:
                break;
        }
    }
    m_pending.clear();
    if (drop.isEmpty()) return;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < m_result.accounts.size(); ++i) {
        if (auto it = drop.constFind(i); it != drop.constEnd()) {
            m_result.rejected.push_back({m_result.lines[i], it.value().join(QStringLiteral("; ")), {}});
            m_seen.remove(m_result.accounts[i].externalId);
            continue;
        }
        if (kept != i) {
            m_result.accounts[kept] = std::move(m_result.accounts[i]);
            m_result.lines[kept] = m_result.lines[i];
            for (ExtraColumn& extra : m_extras) extra.values[kept] = std::move(extra.values[i]);
        }
        ++kept;
    }
    m_result.accounts.resize(kept);
    m_result.lines.resize(kept);
    for (ExtraColumn& extra : m_extras) extra.values.resize(kept);
    std::stable_sort(m_result.rejected.begin(), m_result.rejected.end(),
                     [](const RejectedRow& a, const RejectedRow& b) { return a.line < b.line; });
}

void Importer::finishExtras() {
    struct Column {
        const ExtraColumn* extra;
        SharedText key; // one node for the column's entries in every account
        bool numeric;
        DecimalMark mark;
    };
    std::vector<Column> columns;
    for (const ExtraColumn& extra : m_extras) {
        if (!extra.any) continue;
        const DecimalMark mark = extra.typed ? DecimalMark::Point : extra.convention.mark(m_defaultMark);
        // A column whose "1,234" cannot be decided stays text: nothing is guessed, nothing lost.
        columns.push_back({&extra, SharedText(extra.name),
                           extra.numeric && !(extra.ambiguous && mark == DecimalMark::Unknown), mark});
    }
    if (columns.empty()) return;
    // Account by account, so each gets its extras made whole in one block.
    std::vector<AccountExtras::Entry> entries;
    for (std::size_t i = 0; i < m_result.accounts.size(); ++i) {
        entries.clear();
        for (const Column& column : columns) {
            if (i >= column.extra->values.size() || column.extra->values[i].isEmpty()) continue;
            const QString& value = column.extra->values[i];
            if (column.numeric) {
                const QByteArray utf8 = value.toUtf8();
                const NumberReading r = NumberText::read(std::string_view(utf8.constData(), std::size_t(utf8.size())));
                entries.push_back({column.key, r.as(column.mark)});
            } else {
                entries.push_back({column.key, value});
            }
        }
        m_result.accounts[i].extra = AccountExtras(std::move(entries));
        entries = {};
    }
    for (ExtraColumn& extra : m_extras) extra.values = {};
}

// GDAL's last message while opening or reading, for errors that would otherwise say too little.
QString Importer::gdalReason() const {
    if (!m_readerMessages.isEmpty()) return m_readerMessages.last();
    return m_session.lastMessage();
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
    const QString fileName = QFileInfo(m_options.path).fileName();
    if (m_cancelled) {
        AccountImportResult cancelled;
        cancelled.cancelled = true;
        cancelled.error =
            QCoreApplication::translate("tp::io::AccountImporter", "The import was cancelled; nothing was read.");
        return cancelled;
    }
    if (m_recodingFailed) {
        AccountImportResult failed;
        failed.error = QStringLiteral("%1 is not UTF-8 text (line %2); save it as UTF-8 and import it again.")
                           .arg(fileName)
                           .arg(m_currentLine);
        return failed;
    }
    if (!m_readerError.isEmpty()) {
        AccountImportResult failed;
        failed.error = m_readerError;
        return failed;
    }
    if (m_result.rowsRead == m_result.emptyRows) {
        AccountImportResult failed;
        failed.error = m_kind == SourceKind::Gis ? QStringLiteral("%1 has no features.").arg(fileName)
                                                 : QStringLiteral("%1 has a header but no data rows.").arg(fileName);
        if (const QString gdal = gdalReason(); !gdal.isEmpty())
            failed.error = QStringLiteral("No rows could be read from %1. GDAL says: %2").arg(fileName, gdal);
        return failed;
    }
    resolvePending();
    finishExtras();
    if (m_result.recodedValues > 0)
        m_result.warnings.prepend(QStringLiteral("The file is not UTF-8: %1 values (from line %2) were read as "
                                                 "Windows-1252/Latin-1. Check accented names.")
                                      .arg(m_result.recodedValues)
                                      .arg(m_firstRecodedLine));
    if (m_result.emptyRows > 0) m_result.warnings << QStringLiteral("%1 empty rows skipped.").arg(m_result.emptyRows);
    QStringList gdalMessages = m_session.messages() + m_readerMessages;
    gdalMessages.removeDuplicates();
    for (qsizetype i = 0; i < gdalMessages.size() && i < 5; ++i)
        m_result.warnings << QStringLiteral("GDAL: %1").arg(gdalMessages[i]);
    m_result.ok = true;
    return std::move(m_result);
}

} // namespace

AccountImportResult AccountImporter::importAccounts(const AccountImportOptions& options) {
    GdalSession session;
    return Importer(options, session).run();
}

} // namespace tp::io
