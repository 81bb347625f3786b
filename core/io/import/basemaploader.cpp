#include "io/import/basemaploader.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <boost/geometry/algorithms/correct.hpp>

#include <QFileInfo>

namespace tp::io {
namespace {

geo::Ring toRing(const OGRLinearRing& ring) {
    geo::Ring out;
    const int n = ring.getNumPoints();
    out.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) out.push_back({ring.getX(i), ring.getY(i)});
    return out;
}

void appendPolygon(const OGRPolygon& polygon, geo::MultiPolygon& out) {
    const OGRLinearRing* exterior = polygon.getExteriorRing();
    if (!exterior || exterior->getNumPoints() < 4) return;
    geo::Polygon poly;
    poly.outer() = toRing(*exterior);
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i) {
        const OGRLinearRing* hole = polygon.getInteriorRing(i);
        if (hole && hole->getNumPoints() >= 4) poly.inners().push_back(toRing(*hole));
    }
    out.push_back(std::move(poly));
}

geo::MultiPolygon toMultiPolygon(const OGRGeometry* geometry) {
    geo::MultiPolygon out;
    if (!geometry) return out;
    switch (wkbFlatten(geometry->getGeometryType())) {
        case wkbPolygon:
            appendPolygon(*geometry->toPolygon(), out);
            break;
        case wkbMultiPolygon:
            for (const OGRPolygon* part : *geometry->toMultiPolygon()) appendPolygon(*part, out);
            break;
        default:
            break;
    }
    boost::geometry::correct(out);
    return out;
}

QString stringField(const OGRFeature& feature, const char* name) {
    const int index = feature.GetFieldIndex(name);
    if (index < 0 || !feature.IsFieldSetAndNotNull(index)) return {};
    return QString::fromUtf8(feature.GetFieldAsString(index));
}

bool readLayer(GDALDataset& dataset, const char* layerName, std::vector<render::BaseMap::Feature>& out,
               QStringList& warnings) {
    OGRLayer* layer = dataset.GetLayerByName(layerName);
    if (!layer) {
        warnings << QStringLiteral("base map layer '%1' is missing").arg(QLatin1String(layerName));
        return false;
    }
    layer->ResetReading();
    for (const auto& feature : *layer) {
        render::BaseMap::Feature f;
        f.shape = toMultiPolygon(feature->GetGeometryRef());
        if (f.shape.empty()) continue;
        f.code = stringField(*feature, "code");
        f.name = stringField(*feature, "name");
        f.parentCode = stringField(*feature, "state_code");
        out.push_back(std::move(f));
    }
    return true;
}

} // namespace

BaseMapLoadResult BaseMapLoader::load(const QString& path) {
    BaseMapLoadResult result;
    if (!QFileInfo::exists(path)) {
        result.error = QStringLiteral("base map file not found: %1").arg(path);
        return result;
    }
    // The GeoPackage driver alone: registering all of GDAL's drivers (as an import does) made each
    // start of the app 11 MB larger in resident memory, driver tables and code it does not use to
    // show a map.
    RegisterOGRGeoPackage();
    const char* const drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!dataset) {
        result.error = QStringLiteral("cannot open base map %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return result;
    }
    readLayer(*dataset, "countries", result.map.countries, result.warnings);
    readLayer(*dataset, "nation", result.map.nation, result.warnings);
    readLayer(*dataset, "states", result.map.states, result.warnings);
    readLayer(*dataset, "counties", result.map.counties, result.warnings);
    result.ok = !result.map.isEmpty();
    if (!result.ok) result.error = QStringLiteral("base map %1 holds no usable polygons").arg(path);
    return result;
}

} // namespace tp::io
