#include "unitimporter.h"

#include "datapaths.h"
#include "gdaldataset.h"
#include "gdalgeometry.h"
#include "gdalsession.h"
#include "gdaltransform.h"

#include "geo/geodesy.h"

#include <boost/geometry/algorithms/envelope.hpp>

#include <QFileInfo>

#include <ogrsf_frmts.h>

namespace tp::io {
namespace {

bool isPolygonal(OGRwkbGeometryType type) {
    const OGRwkbGeometryType flat = wkbFlatten(type);
    return flat == wkbPolygon || flat == wkbMultiPolygon || flat == wkbCurvePolygon || flat == wkbMultiSurface;
}

QStringList fieldNames(OGRFeatureDefn* defn) {
    QStringList names;
    for (int i = 0; i < defn->GetFieldCount(); ++i) names << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    return names;
}

int fieldIndex(const QStringList& names, const QString& name) {
    for (int i = 0; i < names.size(); ++i)
        if (names[i].compare(name, Qt::CaseInsensitive) == 0) return i;
    return -1;
}

// Auto-detection: the first candidate present (case-insensitive), else `fallback`.
int detectField(const QStringList& names, std::initializer_list<const char*> candidates, int fallback) {
    for (const char* c : candidates)
        if (int i = fieldIndex(names, QLatin1String(c)); i >= 0) return i;
    return fallback;
}

int firstStringField(OGRFeatureDefn* defn) {
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        if (defn->GetFieldDefn(i)->GetType() == OFTString) return i;
    return -1;
}

// Resolves an explicit field (error if missing) or auto-detects one (-1 when nothing fits).
bool resolveField(const QString& wanted, const QStringList& names, const QString& layerName, const char* role,
                  int* out, QString* error) {
    if (wanted.isEmpty()) return true;
    *out = fieldIndex(names, wanted);
    if (*out < 0) {
        *error = QStringLiteral("The %1 field \"%2\" is not in layer \"%3\". Its fields are: %4.")
                     .arg(QLatin1String(role), wanted, layerName,
                          names.isEmpty() ? QStringLiteral("(none)") : names.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

OGRLayer* chooseLayer(GDALDataset* ds, const QString& wanted, QString* error) {
    if (!wanted.isEmpty()) {
        OGRLayer* layer = ds->GetLayerByName(wanted.toUtf8().constData());
        if (!layer) {
            QStringList names;
            for (OGRLayer* l : ds->GetLayers()) names << QString::fromUtf8(l->GetName());
            *error = QStringLiteral("There is no layer \"%1\" in the file. Its layers are: %2.")
                         .arg(wanted, names.isEmpty() ? QStringLiteral("(none)") : names.join(QStringLiteral(", ")));
        } else if (layer->GetGeomType() != wkbUnknown && !isPolygonal(layer->GetGeomType())) {
            *error = QStringLiteral("Layer \"%1\" holds %2 geometries, not polygons.")
                         .arg(wanted, QString::fromUtf8(OGRGeometryTypeToName(layer->GetGeomType())));
            return nullptr;
        }
        return layer;
    }
    // Declared polygon layers first; then a layer of unknown/mixed type (GeoJSON, KML) as a fallback.
    OGRLayer* fallback = nullptr;
    for (OGRLayer* layer : ds->GetLayers()) {
        if (isPolygonal(layer->GetGeomType())) return layer;
        if (!fallback && layer->GetGeomType() == wkbUnknown && layer->GetLayerDefn()->GetGeomFieldCount() > 0)
            fallback = layer;
    }
    if (!fallback) *error = QStringLiteral("The file has no polygon layer.");
    return fallback;
}

} // namespace

UnitImportResult UnitImporter::importUnits(const UnitImportOptions& options) {
    UnitImportResult result;
    GdalSession session;
    GdalDataset ds = GdalDataset::open(options.path);
    if (!ds.isOpen()) {
        result.error = ds.error();
        return result;
    }
    OGRLayer* layer = chooseLayer(ds.get(), options.layer, &result.error);
    if (!layer) return result;
    const QString layerName = QString::fromUtf8(layer->GetName());
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    if (defn->GetGeomFieldCount() == 0) {
        result.error = QStringLiteral("Layer \"%1\" has no geometry.").arg(layerName);
        return result;
    }

    const QStringList names = fieldNames(defn);
    int codeField = detectField(names, {"code", "id", "geoid", "fips", "geoid20", "geoid10", "zcta5ce20", "zcta5ce10",
                                        "zip", "postcode", "postal_code", "plz"}, firstStringField(defn));
    int nameField = detectField(names, {"name", "namelsad", "name_en", "label", "title", "gen"}, -1);
    int regionField = -1;
    if (!resolveField(options.codeField, names, layerName, "code", &codeField, &result.error) ||
        !resolveField(options.nameField, names, layerName, "name", &nameField, &result.error) ||
        !resolveField(options.regionField, names, layerName, "region", &regionField, &result.error))
        return result;
    if (codeField < 0)
        result.warnings << QStringLiteral("No code field found in layer \"%1\": feature ids are used as codes.").arg(layerName);

    if (!options.where.isEmpty() && layer->SetAttributeFilter(options.where.toUtf8().constData()) != OGRERR_NONE) {
        result.error = QStringLiteral("The filter \"%1\" is not valid: %2").arg(options.where, session.lastMessage());
        return result;
    }

    const GdalTransform transform(layer->GetSpatialRef());
    if (!transform.isValid()) {
        result.error = transform.error();
        return result;
    }
    if (!transform.hadSourceCrs())
        result.warnings << QStringLiteral("Layer \"%1\" has no coordinate system: read as longitude/latitude (EPSG:4326).").arg(layerName);

    layer->ResetReading();
    std::vector<geo::MultiPolygon> shapes;
    int featureNumber = 0;
    for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature; feature.reset(layer->GetNextFeature())) {
        ++featureNumber;
        const QString where = QStringLiteral("feature %1").arg(featureNumber);
        OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) {
            ++result.skipped;
            result.warnings << where + QStringLiteral(": no geometry, skipped");
            continue;
        }
        if (!transform.apply(*geometry)) {
            ++result.skipped;
            result.warnings << where + QStringLiteral(": cannot be reprojected to WGS84, skipped");
            continue;
        }
        std::unique_ptr<OGRGeometry> repairedGeometry;
        if (!geometry->IsValid()) {
            repairedGeometry.reset(geometry->MakeValid());
            if (!repairedGeometry) {
                ++result.skipped;
                result.warnings << where + QStringLiteral(": invalid polygon that could not be repaired, skipped");
                continue;
            }
            ++result.repaired;
            result.warnings << where + QStringLiteral(": invalid polygon repaired");
            geometry = repairedGeometry.get();
        }
        geo::MultiPolygon shape = GdalGeometry::toMultiPolygon(*geometry);
        if (shape.empty()) {
            ++result.skipped;
            result.warnings << where + QStringLiteral(": %1 has no polygon area, skipped")
                                           .arg(QString::fromUtf8(OGRGeometryTypeToName(geometry->getGeometryType())));
            continue;
        }
        Unit unit;
        unit.code = codeField >= 0 ? QString::fromUtf8(feature->GetFieldAsString(codeField)).trimmed()
                                   : QString::number(feature->GetFID());
        unit.name = nameField >= 0 ? QString::fromUtf8(feature->GetFieldAsString(nameField)).trimmed() : unit.code;
        if (regionField >= 0) unit.region = QString::fromUtf8(feature->GetFieldAsString(regionField)).trimmed();
        boost::geometry::envelope(shape, unit.bounds);
        unit.areaM2 = geo::Geodesy::areaM2(shape);
        unit.perimeterM = geo::Geodesy::perimeterM(shape);
        unit.shape = std::move(shape);
        result.units.push_back(std::move(unit));
    }

    if (featureNumber == 0) {
        result.error = QStringLiteral("Layer \"%1\" has no features%2.")
                           .arg(layerName, options.where.isEmpty() ? QString() : QStringLiteral(" matching the filter"));
        result.units.clear();
        return result;
    }
    if (result.units.empty()) {
        result.error = QStringLiteral("None of the %1 features of layer \"%2\" has a usable polygon.").arg(featureNumber).arg(layerName);
        return result;
    }
    shapes.reserve(result.units.size());
    for (const Unit& u : result.units) shapes.push_back(u.shape);
    result.adjacency = geo::AdjacencyBuilder::build(shapes);
    result.ok = true;
    return result;
}

UnitImportResult UnitImporter::importBundledCounties() {
    UnitImportOptions options;
    options.path = DataPaths::basemapPath();
    options.layer = QStringLiteral("counties");
    options.codeField = QStringLiteral("code");
    options.nameField = QStringLiteral("name");
    options.regionField = QStringLiteral("state_code");
    return importUnits(options);
}

UnitImportResult UnitImporter::importBundledStates() {
    UnitImportOptions options;
    options.path = DataPaths::basemapPath();
    options.layer = QStringLiteral("states");
    options.codeField = QStringLiteral("code");
    options.nameField = QStringLiteral("name");
    return importUnits(options);
}

} // namespace tp::io
