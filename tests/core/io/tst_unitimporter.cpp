// UnitImporter: the bundled counties (known sizes and neighbours) and generated files in every
// shape of trouble: projected CRS, a bow-tie polygon, missing geometry, wrong layers and fields.
#include "io/import/unitimporter.h"

#include "geo/unitindex.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tp;
using namespace tp::io;

namespace {

void writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// A GeoPackage/Shapefile/KML with one polygon layer, written through OGR. wkts in `epsg` (0: no
// coordinate system at all, e.g. a Shapefile without its .prj).
bool writePolygons(const QString& path, const char* driverName, int epsg, const QStringList& codes,
                   const QStringList& wkts, const char* codeField = "code") {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver) return false;
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg == 0 ? 4326 : epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer* layer = ds->CreateLayer("areas", epsg == 0 ? nullptr : &srs, wkbPolygon, nullptr);
    if (!layer) return false;
    OGRFieldDefn code(codeField, OFTString);
    OGRFieldDefn name("name", OFTString);
    layer->CreateField(&code);
    layer->CreateField(&name);
    for (int i = 0; i < codes.size(); ++i) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField(codeField, codes[i].toUtf8().constData());
        f->SetField("name", ("Area " + codes[i]).toUtf8().constData());
        OGRGeometry* g = nullptr;
        if (OGRGeometryFactory::createFromWkt(wkts[i].toUtf8().constData(), epsg == 0 ? nullptr : &srs, &g)
            != OGRERR_NONE)
            return false;
        f->SetGeometryDirectly(g);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE) return false;
    }
    return true;
}

QString square(double x0, double y0, double s) {
    return QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))").arg(x0).arg(y0).arg(x0 + s).arg(y0 + s);
}

const Unit* byCode(const UnitImportResult& r, const QString& code) {
    auto it = std::find_if(r.units.begin(), r.units.end(), [&](const Unit& u) { return u.code == code; });
    return it == r.units.end() ? nullptr : &*it;
}

bool adjacent(const UnitImportResult& r, const QString& a, const QString& b) {
    int ia = -1, ib = -1;
    for (int i = 0; i < int(r.units.size()); ++i) {
        if (r.units[std::size_t(i)].code == a) ia = i;
        if (r.units[std::size_t(i)].code == b) ib = i;
    }
    if (ia < 0 || ib < 0) return false;
    return std::any_of(r.adjacency.begin(), r.adjacency.end(), [&](const geo::SharedEdge& e) {
        return e.unitA == std::min(ia, ib) && e.unitB == std::max(ia, ib) && e.lengthM > 0;
    });
}

} // namespace

class TestUnitImporter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("TP_DATA_DIR", TP_BUILD_DATA_DIR); }

    void bundledCounties() {
        const UnitImportResult r = UnitImporter::importBundledCounties();
        QVERIFY2(r.ok, qPrintable(r.error));
        // The build script keeps 3230 of the atlas's 3231 counties (one has no geometry).
        QCOMPARE(int(r.units.size()), 3230);
        QCOMPARE(r.skipped, 0);
        QVERIFY2(r.warnings.filter("overlap").isEmpty(), qPrintable(r.warnings.filter("overlap").join('\n')));
        const Unit* la = byCode(r, QStringLiteral("06037"));
        QVERIFY(la);
        QCOMPARE(la->region, QStringLiteral("06"));
        QVERIFY(la->name.contains(QStringLiteral("Los Angeles")));
        // Census: 10,510 km² land + 1,794 km² water. us-atlas is drawn from the Census cartographic
        // boundary files, which are clipped to the shoreline, so the land area is the reference;
        // the 1:10m outline is coarse: 5%.
        QVERIFY2(std::abs(la->areaM2 / 1e6 - 10510.0) / 10510.0 < 0.05, qPrintable(QString::number(la->areaM2 / 1e6)));
        // A landlocked county, where land and total agree: Maricopa, AZ, 23,890 km² in total.
        const Unit* maricopa = byCode(r, QStringLiteral("04013"));
        QVERIFY(maricopa);
        QVERIFY2(std::abs(maricopa->areaM2 / 1e6 - 23890.0) / 23890.0 < 0.05,
                 qPrintable(QString::number(maricopa->areaM2 / 1e6)));
        QVERIFY(la->bounds.min_corner().lon < -118.5 && la->bounds.max_corner().lon > -117.7);
        QVERIFY(la->perimeterM > 400e3);
        QVERIFY(adjacent(r, QStringLiteral("08031"), QStringLiteral("08005"))); // Denver - Arapahoe
        QVERIFY(adjacent(r, QStringLiteral("06037"), QStringLiteral("06111"))); // Los Angeles - Ventura
        QVERIFY(!adjacent(r, QStringLiteral("06037"), QStringLiteral("08031")));
        // Counties tile the country: most of them have several neighbours.
        QVERIFY(r.adjacency.size() > 8000);
    }

    void bundledStates() {
        const UnitImportResult r = UnitImporter::importBundledStates();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.units.size()), 56);
        QVERIFY(adjacent(r, QStringLiteral("08"), QStringLiteral("56"))); // Colorado - Wyoming
        QVERIFY(!adjacent(r, QStringLiteral("06"), QStringLiteral("08")));
    }

    void projectedGeoPackageIsReprojected() {
        QTemporaryDir dir;
        const QString path = dir.filePath("mercator.gpkg");
        // One-degree squares at 39-40°N, 105-104°W and 104-103°W, written in EPSG:3857 metres.
        const double x0 = -105.0 * 20037508.342789244 / 180.0, x1 = -104.0 * 20037508.342789244 / 180.0,
                     x2 = -103.0 * 20037508.342789244 / 180.0;
        auto y = [](double lat) { return std::log(std::tan(M_PI / 4 + lat * M_PI / 360)) * 6378137.0; };
        const QString a = QStringLiteral("POLYGON((%1 %3,%2 %3,%2 %4,%1 %4,%1 %3))")
                              .arg(x0, 0, 'f', 3)
                              .arg(x1, 0, 'f', 3)
                              .arg(y(39), 0, 'f', 3)
                              .arg(y(40), 0, 'f', 3);
        const QString b = QStringLiteral("POLYGON((%1 %3,%2 %3,%2 %4,%1 %4,%1 %3))")
                              .arg(x1, 0, 'f', 3)
                              .arg(x2, 0, 'f', 3)
                              .arg(y(39), 0, 'f', 3)
                              .arg(y(40), 0, 'f', 3);
        QVERIFY(writePolygons(path, "GPKG", 3857, {"A", "B"}, {a, b}));
        const UnitImportResult r = UnitImporter::importUnits({path, {}, {}, {}, {}, {}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.units.size()), 2);
        const geo::Box& box = r.units[0].bounds;
        QVERIFY(std::abs(box.min_corner().lon + 105) < 1e-6 && std::abs(box.max_corner().lon + 104) < 1e-6);
        QVERIFY(std::abs(box.min_corner().lat - 39) < 1e-6 && std::abs(box.max_corner().lat - 40) < 1e-6);
        // A 1°x1° cell at 39.5°N: 111.2 km x 85.8 km ≈ 9,540 km².
        QVERIFY(std::abs(r.units[0].areaM2 / 1e6 - 9540) < 100);
        QCOMPARE(r.units[0].code, QStringLiteral("A"));
        QCOMPARE(r.units[0].name, QStringLiteral("Area A"));
        QCOMPARE(int(r.adjacency.size()), 1);
        QVERIFY(std::abs(r.adjacency[0].lengthM - 111195) < 500);
    }

    void formats_data() {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("file");
        QTest::newRow("shapefile") << "ESRI Shapefile"
                                   << "areas.shp";
        QTest::newRow("geopackage") << "GPKG"
                                    << "areas.gpkg";
        QTest::newRow("kml") << "KML"
                             << "areas.kml";
        QTest::newRow("geojson") << "GeoJSON"
                                 << "areas.geojson";
    }
    void formats() {
        QFETCH(QString, driver);
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QVERIFY(writePolygons(path, driver.toUtf8().constData(), 4326, {"N", "S", "E"},
                              {square(10, 11, 1), square(10, 10, 1), square(11, 10, 1)}));
        UnitImportOptions options;
        options.path = path;
        if (driver == "KML") options.codeField = "name"; // KML keeps only name/description
        const UnitImportResult r = UnitImporter::importUnits(options);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.units.size()), 3);
        QCOMPARE(r.repaired, 0);
        QCOMPARE(int(r.adjacency.size()), 2); // N-S and S-E share edges, N-E only a corner
        for (const Unit& u : r.units) QVERIFY(std::abs(u.areaM2 / 1e6 - 12100) < 150); // 1° cell near 10.5°N
    }

    void bowTieIsRepaired() {
        QTemporaryDir dir;
        const QString path = dir.filePath("bowtie.geojson");
        writeText(path, R"({"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"code":"BT","name":"Bow tie"},
           "geometry":{"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}},
          {"type":"Feature","properties":{"code":"OK","name":"Square"},
           "geometry":{"type":"Polygon","coordinates":[[[5,0],[6,0],[6,1],[5,1],[5,0]]]}},
          {"type":"Feature","properties":{"code":"NONE","name":"No geometry"},"geometry":null}]})");
        const UnitImportResult r = UnitImporter::importUnits({path, {}, {}, {}, {}, {}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.repaired, 1);
        QCOMPARE(r.skipped, 1);
        QCOMPARE(int(r.units.size()), 2);
        const Unit* bt = byCode(r, "BT");
        QVERIFY(bt);
        // Two triangles meeting at (1,1), each 1 deg² (the unrepaired ring would have signed area 0).
        QCOMPARE(int(bt->shape.size()), 2);
        const Unit* sq = byCode(r, "OK");
        QVERIFY(std::abs(bt->areaM2 / sq->areaM2 - 2.0) < 0.01);
        QVERIFY(r.warnings.join('\n').contains("feature 1: invalid polygon repaired"));
        QVERIFY(r.warnings.join('\n').contains("feature 3: no geometry"));
    }

    void fieldDetection() {
        QTemporaryDir dir;
        const QString path = dir.filePath("tiger.gpkg");
        QVERIFY(writePolygons(path, "GPKG", 4326, {"01001"}, {square(0, 0, 1)}, "GEOID"));
        const UnitImportResult r = UnitImporter::importUnits({path, {}, {}, {}, {}, {}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.units[0].code, QStringLiteral("01001"));
        QCOMPARE(r.units[0].name, QStringLiteral("Area 01001"));
    }

    // ---- issue 11, item 12 ----
    void projectedWithoutCrsIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath("utm.shp");
        // UTM 13N metres around Denver, written without a .prj.
        QVERIFY(writePolygons(path, "ESRI Shapefile", 0, {"A", "B"},
                              {square(500000, 4400000, 10000), square(510000, 4400000, 10000)}));
        QVERIFY(!QFile::exists(dir.filePath("utm.prj")));
        const UnitImportResult r = UnitImporter::importUnits({path, {}, {}, {}, {}, {}});
        QVERIFY(!r.ok);
        QVERIFY(r.units.empty());
        QCOMPARE(r.error,
                 QStringLiteral("Layer \"utm\" has no coordinate system and its coordinates (x 500000 to 520000, "
                                "y 4400000 to 4410000) are not longitudes and latitudes: it is projected. Give the "
                                "file its coordinate system (for a Shapefile, its .prj file) and import it again."));
    }

    void projectedShapefileWithPrjIsReprojected() {
        QTemporaryDir dir;
        const QString path = dir.filePath("utm.shp");
        QVERIFY(writePolygons(path, "ESRI Shapefile", 32613, {"A"}, {square(500000, 4400000, 10000)}));
        const UnitImportResult r = UnitImporter::importUnits({path, {}, {}, {}, {}, {}});
        QVERIFY2(r.ok, qPrintable(r.error));
        // The central meridian of zone 13 is 105°W; 4,400 km north is about 39.75°N.
        const geo::Box& b = r.units[0].bounds;
        QVERIFY2(std::abs(b.min_corner().lon + 105.0) < 0.01 && std::abs(b.min_corner().lat - 39.75) < 0.05,
                 qPrintable(QString("%1 %2").arg(b.min_corner().lon).arg(b.min_corner().lat)));
        QVERIFY(std::abs(r.units[0].areaM2 / 1e6 - 100.0) < 1.0); // 10 km x 10 km
    }

    void coordinatesOffTheGlobeAreSkipped() {
        QTemporaryDir dir;
        const QString path = dir.filePath("far.geojson");
        writeText(path, R"({"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"code":"OK"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
          {"type":"Feature","properties":{"code":"FAR"},"geometry":{"type":"Polygon","coordinates":[[[-936652,0],[-936000,0],[-936000,500],[-936652,0]]]}}]})");
        const UnitImportResult r = UnitImporter::importUnits({path, {}, {}, {}, {}, {}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.units.size()), 1);
        QCOMPARE(r.skipped, 1);
        QVERIFY(r.warnings.contains("feature 2: coordinates outside longitude -180..180 / latitude -90..90, skipped"));
    }

    void duplicateAndEmptyCodesAreRefused_data() {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("duplicates") << QStringList{"A", "B", "A", "C", "B", "A"}
                                    << "repeated codes: \"A\" (3 times), \"B\" (2 times)";
        QTest::newRow("empty") << QStringList{"A", "", "C", "  "} << "2 features without a code";
    }
    void duplicateAndEmptyCodesAreRefused() {
        QFETCH(QStringList, codes);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = dir.filePath("dups.gpkg");
        QStringList wkts;
        for (int i = 0; i < codes.size(); ++i) wkts << square(i, 0, 1);
        QVERIFY(writePolygons(path, "GPKG", 4326, codes, wkts));
        const UnitImportResult r = UnitImporter::importUnits({path, {}, {}, {}, {}, {}});
        QVERIFY(!r.ok);
        QVERIFY(r.units.empty());
        QCOMPARE(r.error,
                 QStringLiteral("The code field \"code\" of layer \"areas\" does not identify each unit (%1). Choose "
                                "another code field or fix the file. Fields: code, name.")
                     .arg(problem));
    }

    void overlapsAreReported() {
        QTemporaryDir dir;
        const QString path = dir.filePath("overlap.gpkg");
        // A and B overlap by half; C and D share an edge; E and F overlap by a 0.5 % sliver; G and
        // H are the same square under two codes; J lies inside I.
        QVERIFY(writePolygons(path, "GPKG", 4326, {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"},
                              {square(0, 0, 1), square(0.5, 0, 1), square(5, 0, 1), square(6, 0, 1), square(10, 0, 1),
                               square(10.995, 0, 1), square(20, 0, 1), square(20, 0, 1), square(30, 0, 2),
                               square(30.5, 0.5, 0.5)}));
        const UnitImportResult r = UnitImporter::importUnits({path, {}, {}, {}, {}, {}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.units.size()), 10);
        const QStringList overlapWarnings = r.warnings.filter("overlap");
        QCOMPARE(overlapWarnings,
                 QStringList{"3 pairs of units overlap (units must not overlap; an account in an overlap "
                             "goes to one of them): A and B (50 % of A), G and H (100 % of G), I and J "
                             "(100 % of J)"});
    }

    void antimeridianPolygonIsSplit() {
        QTemporaryDir dir;
        const QString path = dir.filePath("fiji.geojson");
        writeText(path, R"({"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"code":"AM"},"geometry":{"type":"Polygon","coordinates":[[[179,50],[-179,50],[-179,51],[179,51],[179,50]]]}},
          {"type":"Feature","properties":{"code":"WEST"},"geometry":{"type":"Polygon","coordinates":[[[-178,50],[-177,50],[-177,51],[-178,51],[-178,50]]]}}]})");
        const UnitImportResult r = UnitImporter::importUnits({path, {}, {}, {}, {}, {}});
        QVERIFY2(r.ok, qPrintable(r.error));
        const Unit* am = byCode(r, "AM");
        QVERIFY(am);
        QCOMPARE(int(am->shape.size()), 2);
        // Two degrees wide, not 358: bounds run from 179 east past 180 to 181 (= -179).
        QCOMPARE(am->bounds.min_corner().lon, 179.0);
        QCOMPARE(am->bounds.max_corner().lon, 181.0);
        QCOMPARE(am->bounds.min_corner().lat, 50.0);
        QCOMPARE(am->bounds.max_corner().lat, 51.0);
        // 2° x 1° at 50.5°N: 2 x 111.2 km x cos(50.5°) x 111.2 km ≈ 15,740 km².
        QVERIFY2(std::abs(am->areaM2 / 1e6 - 15740) < 200, qPrintable(QString::number(am->areaM2 / 1e6)));
        QCOMPARE(byCode(r, "WEST")->bounds.min_corner().lon, -178.0); // ordinary units keep ordinary bounds
        QVERIFY(r.warnings.contains("feature 1: crosses the antimeridian, split at 180°"));
        std::vector<geo::MultiPolygon> shapes;
        for (const Unit& u : r.units) shapes.push_back(u.shape);
        const geo::UnitIndex index(shapes);
        const int amIndex = int(am - r.units.data());
        QCOMPARE(index.unitAt({179.5, 50.5}), amIndex);
        QCOMPARE(index.unitAt({-179.5, 50.5}), amIndex);
        QCOMPARE(index.unitAt({0.0, 50.5}), geo::UnitIndex::noUnit);
    }

    void errors_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content"); // empty: made by the test body
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("codeField");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << "nothere.gpkg" << QByteArray() << ""
                                      << ""
                                      << ""
                                      << "does not exist";
        QTest::newRow("empty file") << "empty.geojson" << QByteArray("") << ""
                                    << ""
                                    << ""
                                    << "is empty";
        QTest::newRow("not a GIS file") << "garbage.gpkg" << QByteArray("\x01\x02garbage\xff\xfe not a database") << ""
                                        << ""
                                        << ""
                                        << "not a table or GIS file";
        QTest::newRow("points, no polygon layer")
            << "points.geojson"
            << QByteArray(
                   R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"P"},"geometry":{"type":"Point","coordinates":[1,2]}}]})")
            << ""
            << ""
            << ""
            << "no polygon layer";
        QTest::newRow("unknown field") << "ok.geojson" << QByteArray() << ""
                                       << "FIPS_CODE"
                                       << ""
                                       << "\"FIPS_CODE\" is not in layer";
        QTest::newRow("unknown layer") << "ok.geojson" << QByteArray() << "nolayer"
                                       << ""
                                       << ""
                                       << "no layer \"nolayer\"";
        QTest::newRow("empty layer") << "empty.geojson" << QByteArray(R"({"type":"FeatureCollection","features":[]})")
                                     << ""
                                     << ""
                                     << ""
                                     << "no features";
        QTest::newRow("filter matches nothing") << "ok.geojson" << QByteArray() << ""
                                                << ""
                                                << "code = 'zzz'"
                                                << "no features matching";
        QTest::newRow("only null geometries")
            << "nulls.geojson"
            << QByteArray(
                   R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"X"},"geometry":null},{"type":"Feature","properties":{"code":"Y"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}}]})")
            << ""
            << ""
            << ""
            << "has a usable polygon";
    }
    void errors() {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, layer);
        QFETCH(QString, codeField);
        QFETCH(QString, where);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        if (file == "ok.geojson")
            content =
                R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"A","name":"a"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]})";
        if (file != "nothere.gpkg") writeText(path, content);
        UnitImportOptions options;
        options.path = path;
        options.layer = layer;
        options.codeField = codeField;
        options.where = where;
        const UnitImportResult r = UnitImporter::importUnits(options);
        QVERIFY(!r.ok);
        QVERIFY(r.units.empty());
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestUnitImporter)
#include "tst_unitimporter.moc"
