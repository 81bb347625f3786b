#include "io/import/postalcodeindex.h"

#include "io/import/datapaths.h"
#include "io/gdal/gdaldataset.h"
#include "io/gdal/gdalgeometry.h"
#include "io/gdal/gdalsession.h"
#include "io/gdal/gdaltransform.h"

#include <ogrsf_frmts.h>

#include <algorithm>

namespace tp::io {
namespace {

bool allDigits(QStringView s) {
    for (QChar c : s)
        if (!c.isDigit()) return false;
    return !s.isEmpty();
}

} // namespace

QString PostalCodeIndex::normalize(const QString& postalCode) {
    if (postalCode.size() == 5 && allDigits(postalCode)) return postalCode; // the common case, no copy
    QString code = postalCode.trimmed().toUpper();
    if (code.endsWith(QLatin1String(".0"))) code.chop(2); // a number cell from a spreadsheet
    // ZIP+4: "02138-1234", "02138 1234", "021381234".
    if (code.size() == 10 && (code[5] == QLatin1Char('-') || code[5] == QLatin1Char(' '))
        && allDigits(QStringView(code).left(5)) && allDigits(QStringView(code).mid(6)))
        return code.left(5);
    if (code.size() == 9 && allDigits(code)) return code.left(5);
    // Spreadsheets drop leading zeros of New England / New Jersey / Puerto Rico ZIPs.
    if ((code.size() == 3 || code.size() == 4) && allDigits(code)) return code.rightJustified(5, QLatin1Char('0'));
    return code;
}

void PostalCodeIndex::insert(const QString& postalCode, const PostalCodePlace& place) {
    m_places.insert(normalize(postalCode), place);
}

std::optional<PostalCodePlace> PostalCodeIndex::find(const QString& postalCode) const {
    auto it = m_places.constFind(normalize(postalCode));
    if (it == m_places.constEnd()) return std::nullopt;
    return it.value();
}

std::vector<std::pair<QString, PostalCodePlace>> PostalCodeIndex::sortedPlaces() const {
    std::vector<std::pair<QString, PostalCodePlace>> places;
    places.reserve(std::size_t(m_places.size()));
    for (auto it = m_places.constBegin(); it != m_places.constEnd(); ++it) places.emplace_back(it.key(), it.value());
    std::sort(places.begin(), places.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return places;
}

bool PostalCodeIndex::loadBundled() {
    return load(DataPaths::basemapPath());
}

bool PostalCodeIndex::load(const QString& path, const QString& layerName) {
    GdalSession session;
    GdalDataset ds = GdalDataset::open(path);
    if (!ds.isOpen()) {
        m_error = ds.error();
        return false;
    }
    OGRLayer* layer = ds.layer(layerName);
    if (!layer) {
        m_error = QStringLiteral("There is no postal-code layer \"%1\" in %2.").arg(layerName, path);
        return false;
    }
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    const int zip = defn->GetFieldIndex("zip");
    const int city = defn->GetFieldIndex("city");
    const int state = defn->GetFieldIndex("state");
    if (zip < 0) {
        m_error = QStringLiteral("Layer \"%1\" has no \"zip\" field.").arg(layerName);
        return false;
    }
    const GdalTransform transform(layer->GetSpatialRef());
    if (!transform.isValid()) {
        m_error = transform.error();
        return false;
    }
    m_places.reserve(m_places.size() + qsizetype(layer->GetFeatureCount()));
    for (auto& feature : *layer) {
        OGRGeometry* g = feature->GetGeometryRef();
        if (!g || !transform.apply(*g)) continue;
        const auto point = GdalGeometry::toPoint(*g);
        if (!point) continue;
        PostalCodePlace place{*point, city >= 0 ? QString::fromUtf8(feature->GetFieldAsString(city)) : QString(),
                              state >= 0 ? QString::fromUtf8(feature->GetFieldAsString(state)) : QString()};
        insert(QString::fromUtf8(feature->GetFieldAsString(zip)), place);
    }
    m_error.clear();
    return true;
}

} // namespace tp::io
