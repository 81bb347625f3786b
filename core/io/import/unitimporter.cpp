#include "io/import/unitimporter.h"

#include "io/import/datapaths.h"
#include "io/gdal/gdaldataset.h"
#include "io/gdal/gdalgeometry.h"
#include "io/gdal/gdalsession.h"
#include "io/gdal/gdaltransform.h"

#include "geo/geodesy.h"

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/envelope.hpp>
#include <boost/geometry/algorithms/expand.hpp>
#include <boost/geometry/algorithms/intersection.hpp>
#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/point_on_surface.hpp>
#include <boost/geometry/algorithms/within.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>

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
bool resolveField(const QString& wanted, const QStringList& names, const QString& layerName, const char* role, int* out,
                  QString* error) {
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

bool inLonLatRange(const OGREnvelope& e) {
    return std::isfinite(e.MinX) && std::isfinite(e.MaxX) && std::isfinite(e.MinY) && std::isfinite(e.MaxY)
           && e.MinX >= -180.0 && e.MaxX <= 180.0 && e.MinY >= -90.0 && e.MaxY <= 90.0;
}

// A polygon written across the antimeridian as one ring (179 -> -179) spans the globe the wrong
// way round; GDAL's WRAPDATELINE splits such a geometry into parts on either side of +-180.
// Only geometries wider than 180 degrees are candidates.
std::unique_ptr<OGRGeometry> splitAtAntimeridian(const OGRGeometry& geometry) {
    OGREnvelope e;
    geometry.getEnvelope(&e);
    if (e.MaxX - e.MinX <= 180.0) return nullptr;
    CPLStringList options;
    options.AddString("WRAPDATELINE=YES");
    OGRGeometryFactory::TransformWithOptionsCache cache;
    std::unique_ptr<OGRGeometry> split(
        OGRGeometryFactory::transformWithOptions(&geometry, nullptr, options.List(), cache));
    if (!split) return nullptr;
    // Still one piece across the globe: not an antimeridian crossing (a world-wide polygon).
    if (wkbFlatten(split->getGeometryType()) == wkbPolygon) return nullptr;
    return split;
}

// Bounds of a shape; one whose parts touch +180 and -180 crosses the antimeridian: its western
// parts are counted from +180 on (max longitude above 180), so width and centre are right.
geo::Box boundsOf(const geo::MultiPolygon& shape) {
    geo::Box box;
    boost::geometry::envelope(shape, box);
    if (box.min_corner().lon > -180.0 + 1e-9 || box.max_corner().lon < 180.0 - 1e-9) return box;
    bool first = true;
    geo::Box shifted;
    for (const geo::Polygon& part : shape) {
        geo::Box b;
        boost::geometry::envelope(part, b);
        if (b.max_corner().lon <= 0.0)
            b = geo::Box({b.min_corner().lon + 360.0, b.min_corner().lat},
                         {b.max_corner().lon + 360.0, b.max_corner().lat});
        if (first)
            shifted = b;
        else
            boost::geometry::expand(shifted, b);
        first = false;
    }
    const double width = box.max_corner().lon - box.min_corner().lon;
    const double shiftedWidth = shifted.max_corner().lon - shifted.min_corner().lon;
    return shiftedWidth < width ? shifted : box;
}

// Whether `a` reaches into the interior of `b`: a vertex of `a`, the middle of one of its edges
// or a point inside one of its parts (`aInside`) lies strictly inside `b`. Units of a clean coverage share vertices on their
// borders and never do. Cheap (point in polygon) compared with an intersection, which is
// computed only when this says so.
bool reachesInto(const geo::MultiPolygon& a, const std::vector<geo::GeoPoint>& aInside, const geo::MultiPolygon& b,
                 const geo::Box& bBox) {
    auto inside = [&](const geo::GeoPoint& p) {
        return boost::geometry::covered_by(p, bBox) && boost::geometry::within(p, b);
    };
    for (const geo::GeoPoint& p : aInside)
        if (inside(p)) return true;
    for (const geo::Polygon& part : a) {
        const geo::Ring& ring = part.outer();
        for (std::size_t k = 0; k < ring.size(); ++k) {
            if (inside(ring[k])) return true;
            if (k + 1 < ring.size()
                && inside({(ring[k].lon + ring[k + 1].lon) * 0.5, (ring[k].lat + ring[k + 1].lat) * 0.5}))
                return true;
        }
    }
    return false;
}

// Units must not overlap. Pairs whose boxes meet (R-tree) and where one reaches into the other
// are intersected; an overlap above 1 % of the smaller unit is reported. Slivers below that come
// from generalised boundaries and are harmless: point-in-polygon picks one of the two units.
// (Two units crossing like a plus sign, with no vertex or edge middle inside the other, are not found.)
QStringList overlaps(const std::vector<Unit>& units) {
    namespace bgi = boost::geometry::index;
    using Entry = std::pair<geo::Box, std::size_t>;
    std::vector<Entry> entries;
    std::vector<std::vector<geo::GeoPoint>> insidePoints(units.size());
    entries.reserve(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
        geo::Box b;
        boost::geometry::envelope(units[i].shape, b);
        entries.emplace_back(b, i);
        for (const geo::Polygon& part : units[i].shape) {
            geo::GeoPoint p;
            boost::geometry::point_on_surface(part, p);
            insidePoints[i].push_back(p);
        }
    }
    const bgi::rtree<Entry, bgi::rstar<16>> tree(entries.begin(), entries.end());
    QStringList found;
    std::vector<Entry> candidates;
    for (std::size_t i = 0; i < units.size(); ++i) {
        candidates.clear();
        tree.query(bgi::intersects(entries[i].first), std::back_inserter(candidates));
        for (const Entry& c : candidates) {
            const std::size_t j = c.second;
            if (j <= i) continue;
            if (!reachesInto(units[i].shape, insidePoints[i], units[j].shape, entries[j].first)
                && !reachesInto(units[j].shape, insidePoints[j], units[i].shape, entries[i].first))
                continue;
            geo::MultiPolygon common;
            try {
                boost::geometry::intersection(units[i].shape, units[j].shape, common);
            } catch (const std::exception&) {
                continue; // Boost gives up on some degenerate inputs: no verdict rather than a wrong one
            }
            const double shared = boost::geometry::area(common);
            const double smaller =
                std::min(boost::geometry::area(units[i].shape), boost::geometry::area(units[j].shape));
            if (smaller > 0 && shared > 0.01 * smaller)
                found << QStringLiteral("%1 and %2 (%3 % of %4)")
                             .arg(units[i].code, units[j].code)
                             .arg(100.0 * shared / smaller, 0, 'f', 0)
                             .arg(boost::geometry::area(units[i].shape) <= boost::geometry::area(units[j].shape)
                                      ? units[i].code
                                      : units[j].code);
        }
    }
    return found;
}

// A code field named like a postal code makes the unit codes postal codes (ZIP, ZCTA, PLZ, ...).
UnitPostalCodes::Kind postalKindOfField(const QString& field) {
    const QString f = field.toLower();
    for (const char* name : {"zip", "zipcode", "zip_code", "zip5", "zcta", "zcta5", "zcta5ce10", "zcta5ce20",
                             "postcode", "postal_code", "postalcode", "plz"})
        if (f == QLatin1String(name)) return UnitPostalCodes::Kind::Full;
    if (f == QLatin1String("zip3") || f == QLatin1String("zip_3")) return UnitPostalCodes::Kind::Zip3;
    return UnitPostalCodes::Kind::None;
}

QString listed(const QStringList& items, int max = 10) {
    if (items.size() <= max) return items.join(QStringLiteral(", "));
    return items.mid(0, max).join(QStringLiteral(", ")) + QStringLiteral(" and %1 more").arg(items.size() - max);
}

} // namespace

UnitSourceInfo UnitImporter::inspect(const QString& path, int sampleRows) {
    UnitSourceInfo info;
    GdalSession session;
    GdalDataset ds = GdalDataset::open(path);
    if (!ds.isOpen()) {
        info.error = ds.error();
        return info;
    }
    for (OGRLayer* layer : ds.get()->GetLayers()) {
        UnitLayerInfo l;
        l.name = QString::fromUtf8(layer->GetName());
        l.geometryType = QString::fromUtf8(OGRGeometryTypeToName(layer->GetGeomType()));
        OGRFeatureDefn* defn = layer->GetLayerDefn();
        l.polygonal =
            isPolygonal(layer->GetGeomType()) || (layer->GetGeomType() == wkbUnknown && defn->GetGeomFieldCount() > 0);
        l.featureCount = layer->GetFeatureCount(TRUE);
        l.fields = fieldNames(defn);
        // The same choice importUnits makes when no field is named.
        const int code = detectField(l.fields,
                                     {"code", "id", "geoid", "fips", "geoid20", "geoid10", "zcta5ce20", "zcta5ce10",
                                      "zip", "postcode", "postal_code", "plz"},
                                     firstStringField(defn));
        const int name = detectField(l.fields, {"name", "namelsad", "name_en", "label", "title", "gen"}, -1);
        if (code >= 0) l.codeField = l.fields[code];
        if (name >= 0) l.nameField = l.fields[name];
        layer->ResetReading();
        for (int r = 0; r < sampleRows; ++r) {
            OGRFeatureUniquePtr f(layer->GetNextFeature());
            if (!f) break;
            QStringList values;
            for (int i = 0; i < defn->GetFieldCount(); ++i) values << QString::fromUtf8(f->GetFieldAsString(i));
            l.sample.push_back(values);
        }
        info.layers.push_back(std::move(l));
    }
    if (info.layers.empty()) {
        info.error = QStringLiteral("The file has no layer.");
        return info;
    }
    info.ok = true;
    return info;
}

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
    int codeField = detectField(names,
                                {"code", "id", "geoid", "fips", "geoid20", "geoid10", "zcta5ce20", "zcta5ce10", "zip",
                                 "postcode", "postal_code", "plz"},
                                firstStringField(defn));
    int nameField = detectField(names, {"name", "namelsad", "name_en", "label", "title", "gen"}, -1);
    int regionField = -1, aliasField = -1;
    if (!resolveField(options.codeField, names, layerName, "code", &codeField, &result.error)
        || !resolveField(options.nameField, names, layerName, "name", &nameField, &result.error)
        || !resolveField(options.regionField, names, layerName, "region", &regionField, &result.error)
        || !resolveField(options.postalAliasField, names, layerName, "postal alias", &aliasField, &result.error))
        return result;
    result.postalCodes.kind = options.postalCodes.value_or(codeField >= 0 ? postalKindOfField(names[codeField])
                                                                          : UnitPostalCodes::Kind::None);
    if (codeField < 0)
        result.warnings
            << QStringLiteral("No code field found in layer \"%1\": feature ids are used as codes.").arg(layerName);

    if (!options.where.isEmpty() && layer->SetAttributeFilter(options.where.toUtf8().constData()) != OGRERR_NONE) {
        result.error = QStringLiteral("The filter \"%1\" is not valid: %2").arg(options.where, session.lastMessage());
        return result;
    }

    const GdalTransform transform(layer->GetSpatialRef());
    if (!transform.isValid()) {
        result.error = transform.error();
        return result;
    }
    if (!transform.hadSourceCrs()) {
        // Without a CRS the coordinates are taken as degrees; metres (a projected layer whose .prj
        // is missing) would give units thousands of degrees wide.
        OGREnvelope extent;
        if (layer->GetExtent(&extent, TRUE) == OGRERR_NONE && !inLonLatRange(extent)) {
            result.error =
                QStringLiteral("Layer \"%1\" has no coordinate system and its coordinates (x %2 to %3, y %4 to %5) "
                               "are not longitudes and latitudes: it is projected. Give the file its coordinate "
                               "system (for a Shapefile, its .prj file) and import it again.")
                    .arg(layerName)
                    .arg(extent.MinX, 0, 'f', 0)
                    .arg(extent.MaxX, 0, 'f', 0)
                    .arg(extent.MinY, 0, 'f', 0)
                    .arg(extent.MaxY, 0, 'f', 0);
            return result;
        }
        result.warnings << QStringLiteral(
                               "Layer \"%1\" has no coordinate system: read as longitude/latitude (EPSG:4326).")
                               .arg(layerName);
    }

    layer->ResetReading();
    std::vector<geo::MultiPolygon> shapes;
    int featureNumber = 0;
    const TaskProgress& progress = options.progress;
    const double expected = double(layer->GetFeatureCount(FALSE));
    progress.step(QCoreApplication::translate("tp::io::UnitImporter", "Reading units from %1…").arg(layerName),
                  expected > 0 ? 0.0 : -1.0);
    auto cancelled = [&result] {
        UnitImportResult stopped;
        stopped.cancelled = true;
        stopped.error =
            QCoreApplication::translate("tp::io::UnitImporter", "The import was cancelled; nothing was changed.");
        result = std::move(stopped);
        return result;
    };
    for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature; feature.reset(layer->GetNextFeature())) {
        ++featureNumber;
        if ((featureNumber & 63) == 0) {
            if (progress.cancelled()) return cancelled();
            if (expected > 0) progress.advance(0.7 * featureNumber / expected);
        }
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
        OGREnvelope envelope;
        geometry->getEnvelope(&envelope);
        if (!inLonLatRange(envelope)) {
            ++result.skipped;
            result.warnings << where
                                   + QStringLiteral(
                                       ": coordinates outside longitude -180..180 / latitude -90..90, skipped");
            continue;
        }
        std::unique_ptr<OGRGeometry> splitGeometry = splitAtAntimeridian(*geometry);
        if (splitGeometry) {
            geometry = splitGeometry.get();
            result.warnings << where + QStringLiteral(": crosses the antimeridian, split at 180°");
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
            result.warnings << where
                                   + QStringLiteral(": %1 has no polygon area, skipped")
                                         .arg(QString::fromUtf8(OGRGeometryTypeToName(geometry->getGeometryType())));
            continue;
        }
        Unit unit;
        unit.code = codeField >= 0 ? QString::fromUtf8(feature->GetFieldAsString(codeField)).trimmed()
                                   : QString::number(feature->GetFID());
        unit.name = nameField >= 0 ? QString::fromUtf8(feature->GetFieldAsString(nameField)).trimmed() : unit.code;
        if (regionField >= 0) unit.region = QString::fromUtf8(feature->GetFieldAsString(regionField)).trimmed();
        if (aliasField >= 0)
            for (const QString& alias :
                 QString::fromUtf8(feature->GetFieldAsString(aliasField)).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (alias != unit.code) result.postalCodes.aliases.insert(alias, unit.code);
        unit.bounds = boundsOf(shape);
        unit.areaM2 = geo::Geodesy::areaM2(shape);
        unit.perimeterM = geo::Geodesy::perimeterM(shape);
        unit.shape = std::move(shape);
        result.units.push_back(std::move(unit));
    }

    if (featureNumber == 0) {
        result.error =
            QStringLiteral("Layer \"%1\" has no features%2.")
                .arg(layerName, options.where.isEmpty() ? QString() : QStringLiteral(" matching the filter"));
        result.units.clear();
        return result;
    }
    if (result.units.empty()) {
        result.error = QStringLiteral("None of the %1 features of layer \"%2\" has a usable polygon.")
                           .arg(featureNumber)
                           .arg(layerName);
        return result;
    }
    // Codes address units (assignment files, the CLI): an empty or repeated code could never be
    // assigned, so such a layer is refused with the features to fix or another code field to use.
    QHash<QString, int> codeCount;
    QStringList codesInOrder, duplicates;
    int emptyCodes = 0;
    for (const Unit& u : result.units) {
        if (u.code.isEmpty()) {
            ++emptyCodes;
        } else if (++codeCount[u.code] == 1) {
            codesInOrder << u.code;
        }
    }
    for (const QString& code : codesInOrder)
        if (codeCount.value(code) > 1)
            duplicates << QStringLiteral("\"%1\" (%2 times)").arg(code).arg(codeCount.value(code));
    if (emptyCodes > 0 || !duplicates.isEmpty()) {
        const QString field = codeField >= 0 ? names[codeField] : QStringLiteral("(feature id)");
        QStringList problems;
        if (!duplicates.isEmpty()) problems << QStringLiteral("repeated codes: %1").arg(listed(duplicates));
        if (emptyCodes > 0) problems << QStringLiteral("%1 features without a code").arg(emptyCodes);
        result.error =
            QStringLiteral("The code field \"%1\" of layer \"%2\" does not identify each unit (%3). Choose "
                           "another code field or fix the file. Fields: %4.")
                .arg(field, layerName, problems.join(QStringLiteral("; ")), names.join(QStringLiteral(", ")));
        result.units.clear();
        return result;
    }
    if (progress.cancelled()) return cancelled();
    progress.step(QCoreApplication::translate("tp::io::UnitImporter", "Finding neighbouring units…"), 0.7);
    if (const QStringList pairs = overlaps(result.units); !pairs.isEmpty())
        result.warnings << QStringLiteral(
                               "%1 pairs of units overlap (units must not overlap; an account in an overlap goes "
                               "to one of them): %2")
                               .arg(pairs.size())
                               .arg(listed(pairs));

    shapes.reserve(result.units.size());
    for (const Unit& u : result.units) shapes.push_back(u.shape);
    if (progress.cancelled()) return cancelled();
    result.adjacency = geo::AdjacencyBuilder::build(shapes);
    if (progress.cancelled()) return cancelled();
    progress.advance(1.0);
    result.bundledLayer = options.bundledLayer;
    result.ok = true;
    return result;
}

UnitImportOptions UnitImporter::bundledOptions(const QString& layer) {
    UnitImportOptions options;
    options.path = DataPaths::basemapPath();
    options.layer = layer;
    options.bundledLayer = layer == QLatin1String("zip_areas")    ? QStringLiteral("zips")
                           : layer == QLatin1String("zip3_areas") ? QStringLiteral("zip3")
                                                                  : layer;
    options.codeField = QStringLiteral("code");
    options.nameField = QStringLiteral("name");
    if (layer == QLatin1String("counties")) options.regionField = QStringLiteral("state_code");
    if (layer == QLatin1String("zips") || layer == QLatin1String("zip_areas")) {
        options.layer = QStringLiteral("zip_areas");
        options.regionField = QStringLiteral("county");
        options.postalAliasField = QStringLiteral("zips");
        options.postalCodes = UnitPostalCodes::Kind::Full;
    }
    if (layer == QLatin1String("zip3") || layer == QLatin1String("zip3_areas")) {
        options.layer = QStringLiteral("zip3_areas");
        options.regionField = QStringLiteral("state_code");
        options.postalCodes = UnitPostalCodes::Kind::Zip3;
    }
    return options;
}

QStringList UnitImporter::bundledLayers() {
    return {QStringLiteral("counties"), QStringLiteral("states"), QStringLiteral("zip3"), QStringLiteral("zips")};
}

QString UnitImporter::bundledDescription(const QString& layer) {
    if (layer == QLatin1String("zips"))
        return QStringLiteral("bundled approximate ZIP areas (drawn around ZIP centres)");
    if (layer == QLatin1String("zip3"))
        return QStringLiteral("bundled approximate ZIP3 areas (drawn around ZIP centres)");
    return QStringLiteral("bundled US ") + layer;
}

QString UnitImporter::provenance(const QString& layer) {
    auto tr = [](const char* text) { return QCoreApplication::translate("tp::io::UnitImporter", text); };
    if (layer == QLatin1String("zips"))
        return tr(
            "Units: approximate ZIP areas (drawn around ZIP centres), not official ZIP boundaries: the land nearest "
            "each bundled ZIP point (zipcodes package), clipped to its state (US Census, us-atlas).");
    if (layer == QLatin1String("zip3"))
        return tr(
            "Units: approximate ZIP3 areas (drawn around ZIP centres), not official boundaries: the approximate ZIP "
            "areas (the land nearest each bundled ZIP point, clipped to its state) merged by the first three digits.");
    if (layer == QLatin1String("counties")) return tr("Units: US counties (US Census Bureau, us-atlas).");
    if (layer == QLatin1String("states")) return tr("Units: US states (US Census Bureau, us-atlas).");
    return {};
}

UnitImportResult UnitImporter::importBundledCounties() {
    return importUnits(bundledOptions(QStringLiteral("counties")));
}

UnitImportResult UnitImporter::importBundledStates() {
    return importUnits(bundledOptions(QStringLiteral("states")));
}

} // namespace tp::io
