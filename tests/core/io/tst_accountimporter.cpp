// AccountImporter, ColumnMapping, PostalCodeIndex, WorkloadRule (standard, with CategoryNames), AccountMerger, AccountLocator:
// files generated in a temporary directory, good ones in every supported format and bad ones in
// every way the design lists (malformed rows, Latin-1, missing/swapped coordinates, unknown
// postal codes, duplicates, header only, empty file, binary garbage).
#include "io/import/accountimporter.h"
#include "io/import/accountlocator.h"
#include "io/import/accountmerger.h"
#include "io/import/columnmapping.h"
#include "io/import/postalcodeindex.h"
#include "io/import/unitimporter.h"
#include "io/import/categorynames.h"
#include "model/workloadrule.h"

#include "model/project.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;
using namespace tp::io;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

AccountImportResult importFile(const QString& path, const PostalCodeIndex* zips = nullptr) {
    AccountImportOptions o;
    o.path = path;
    o.postalCodes = zips;
    return AccountImporter::importAccounts(o);
}

const Account* byId(const AccountImportResult& r, const QString& id) {
    for (const Account& a : r.accounts)
        if (a.externalId == id) return &a;
    return nullptr;
}

QString reasonOf(const AccountImportResult& r, int line) {
    for (const RejectedRow& row : r.rejected)
        if (row.line == line) return row.reason;
    return {};
}

// A point layer written through OGR in any driver and CRS; coordinates given in lon/lat and
// projected to `epsg` by OGR itself.
bool writePoints(const QString& path, const char* driverName, int epsg) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver) return false;
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) return false;
    OGRSpatialReference wgs84, target;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    target.importFromEPSG(epsg);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&wgs84, &target));
    OGRLayer* layer = ds->CreateLayer("customers", &target, wkbPoint, nullptr);
    if (!layer) return false;
    OGRFieldDefn id("account_id", OFTString), name("name", OFTString), revenue("revenue", OFTReal),
        employees("employees", OFTInteger);
    layer->CreateField(&id);
    layer->CreateField(&name);
    layer->CreateField(&revenue);
    layer->CreateField(&employees);
    const struct {
        const char* id;
        const char* name;
        double lon, lat, revenue;
        int employees;
    } rows[] = {{"G1", "Denver Co", -104.99, 39.74, 1000.5, 12},
                {"G2", "Boston Co", -71.06, 42.36, 2000, 40},
                {"G3", "Seattle Co", -122.33, 47.61, 0, 7}};
    for (const auto& row : rows) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("account_id", row.id);
        f->SetField("name", row.name);
        f->SetField("revenue", row.revenue);
        f->SetField("employees", row.employees);
        OGRPoint p(row.lon, row.lat);
        p.assignSpatialReference(&wgs84);
        if (p.transform(ct.get()) != OGRERR_NONE) return false;
        f->SetGeometry(&p);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE) return false;
    }
    return true;
}

// A spreadsheet written through GDAL's XLSX/ODS driver: all cells text, as CRM exports are.
bool writeSheet(const QString& path, const char* driverName, const QList<QStringList>& rows) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver) return false;
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) return false;
    OGRLayer* layer = ds->CreateLayer("Accounts", nullptr, wkbNone, nullptr);
    for (const QString& h : rows[0]) {
        OGRFieldDefn field(h.toUtf8().constData(), OFTString);
        layer->CreateField(&field);
    }
    for (int r = 1; r < rows.size(); ++r) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        for (int c = 0; c < rows[r].size(); ++c) f->SetField(c, rows[r][c].toUtf8().constData());
        if (layer->CreateFeature(f.get()) != OGRERR_NONE) return false;
    }
    return true;
}

const QByteArray goodCsv =
    "Account ID,Account Name,Billing Street,Billing Zip/Postal Code,Industry,Segment,Tier,Billing Longitude,"
    "Billing Latitude,Revenue Potential,Annual Revenue,Pipeline,Employees,Owner\n"
    "001A,Acme Corp,1 Main St,80202,Software,Enterprise,A,-104.99,39.74,500000,120000,30000,250,Kim\n"
    "001B,\"Beta, Inc.\",2 Oak Ave,02138,Retail,Mid-Market,B,-71.11,42.37,\"1,250.50\",0,,80,Lee\n"
    "001C,Gamma LLC,3 Elm Rd,60601,Health,SMB,C,-87.62,41.88,1000,500,10,n/a,Kim\n";

} // namespace

class TestAccountImporter : public QObject {
    Q_OBJECT

    PostalCodeIndex m_zips;

private slots:
    void initTestCase() {
        qputenv("TP_DATA_DIR", TP_BUILD_DATA_DIR);
        QVERIFY2(m_zips.loadBundled(), qPrintable(m_zips.error()));
        QVERIFY(m_zips.size() > 40000);
    }

    // ---- ColumnMapping ----
    void detectHeaders_data() {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("expected");
        const QStringList salesforce = {"Account ID",
                                        "Account Name",
                                        "Billing Street",
                                        "Billing Zip/Postal Code",
                                        "Billing Latitude",
                                        "Billing Longitude",
                                        "Annual Revenue",
                                        "Industry",
                                        "Type",
                                        "Rating"};
        QTest::newRow("sf id") << salesforce << int(AccountField::ExternalId) << "Account ID";
        QTest::newRow("sf name") << salesforce << int(AccountField::Name) << "Account Name";
        QTest::newRow("sf zip") << salesforce << int(AccountField::PostalCode) << "Billing Zip/Postal Code";
        QTest::newRow("sf lat") << salesforce << int(AccountField::Latitude) << "Billing Latitude";
        QTest::newRow("sf lon") << salesforce << int(AccountField::Longitude) << "Billing Longitude";
        QTest::newRow("sf revenue") << salesforce << int(AccountField::Revenue) << "Annual Revenue";
        // Salesforce's "Type" is Customer / Prospect / Partner, not a segment (issue 16).
        QTest::newRow("sf type is no segment") << salesforce << int(AccountField::Segment) << "";
        QTest::newRow("sf no potential") << salesforce << int(AccountField::RevenuePotential) << "";
        QTest::newRow("sf tier") << salesforce << int(AccountField::Tier) << "Rating";
        const QStringList hubspot = {"Record ID",   "Company name", "Street Address",
                                     "Postal Code", "Industry",     "Annual Revenue"};
        QTest::newRow("hubspot id") << hubspot << int(AccountField::ExternalId) << "Record ID";
        QTest::newRow("hubspot name") << hubspot << int(AccountField::Name) << "Company name";
        QTest::newRow("hubspot address") << hubspot << int(AccountField::Address) << "Street Address";
        QTest::newRow("hubspot zip") << hubspot << int(AccountField::PostalCode) << "Postal Code";
        const QStringList dynamics = {
            "Account Number",      "Account Name",         "Address 1: Street 1", "Address 1: ZIP/Postal Code",
            "Address 1: Latitude", "Address 1: Longitude", "Relationship Type",   "Annual Revenue"};
        QTest::newRow("dynamics id") << dynamics << int(AccountField::ExternalId) << "Account Number";
        QTest::newRow("dynamics address") << dynamics << int(AccountField::Address) << "Address 1: Street 1";
        QTest::newRow("dynamics zip") << dynamics << int(AccountField::PostalCode) << "Address 1: ZIP/Postal Code";
        QTest::newRow("dynamics lat") << dynamics << int(AccountField::Latitude) << "Address 1: Latitude";
        QTest::newRow("dynamics lon") << dynamics << int(AccountField::Longitude) << "Address 1: Longitude";
        QTest::newRow("dynamics no segment") << dynamics << int(AccountField::Segment) << "";
        const QStringList generic = {"ID", "name", "ZIP", "y", "x", "revenue_potential", "PIPELINE", "Workload"};
        QTest::newRow("generic id") << generic << int(AccountField::ExternalId) << "ID";
        QTest::newRow("generic zip") << generic << int(AccountField::PostalCode) << "ZIP";
        QTest::newRow("generic y") << generic << int(AccountField::Latitude) << "y";
        QTest::newRow("generic x") << generic << int(AccountField::Longitude) << "x";
        QTest::newRow("generic potential") << generic << int(AccountField::RevenuePotential) << "revenue_potential";
        QTest::newRow("generic pipeline") << generic << int(AccountField::Pipeline) << "PIPELINE";
        QTest::newRow("generic workload") << generic << int(AccountField::WorkloadHours) << "Workload";
        QTest::newRow("generic no tier") << generic << int(AccountField::Tier) << "";
        QTest::newRow("lng") << QStringList{"lat", "lng"} << int(AccountField::Longitude) << "lng";
        QTest::newRow("billing zip beats zip")
            << QStringList{"Zip", "Billing Postal Code"} << int(AccountField::PostalCode) << "Billing Postal Code";
        QTest::newRow("potential") << QStringList{"Potential", "Revenue"} << int(AccountField::RevenuePotential)
                                   << "Potential";
    }
    void detectHeaders() {
        QFETCH(QStringList, headers);
        QFETCH(int, field);
        QFETCH(QString, expected);
        ColumnMapping m;
        m.detect(headers);
        QCOMPARE(m.column(AccountField(field)), expected);
    }

    void explicitMappingWins() {
        ColumnMapping m;
        m.setColumn(AccountField::Name, "Legal Name");
        m.setColumn(AccountField::Industry, QString()); // explicitly: no industry
        m.detect({"Name", "Legal Name", "Industry", "id"});
        QCOMPARE(m.column(AccountField::Name), QStringLiteral("Legal Name"));
        QVERIFY(!m.isMapped(AccountField::Industry));
        QCOMPARE(m.column(AccountField::ExternalId), QStringLiteral("id"));
        QCOMPARE(m.missingColumns({"Name"}), QStringList{"name: \"Legal Name\""});
    }

    // ---- PostalCodeIndex ----
    void normalizePostalCode_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "80202"
                               << "80202";
        QTest::newRow("zip+4") << "02138-1234"
                               << "02138";
        QTest::newRow("zip+4 no dash") << "021381234"
                                       << "02138";
        QTest::newRow("lost leading zero") << "2138"
                                           << "02138";
        QTest::newRow("spreadsheet number") << "2138.0"
                                            << "02138";
        QTest::newRow("spaces") << "  10001 "
                                << "10001";
        QTest::newRow("uk code kept") << "sw1a 1aa"
                                      << "SW1A 1AA";
    }
    void normalizePostalCode() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PostalCodeIndex::normalize(input), expected);
    }

    void postalCodeLookup() {
        const auto cambridge = m_zips.find("02138-4000");
        QVERIFY(cambridge);
        QVERIFY(std::abs(cambridge->location.lon + 71.13) < 0.1 && std::abs(cambridge->location.lat - 42.38) < 0.1);
        QCOMPARE(cambridge->state, QStringLiteral("MA"));
        QVERIFY(m_zips.find("2138"));
        QVERIFY(!m_zips.find("00000"));
    }

    // ---- WorkloadRule ----
    void workload_data() {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("segment");
        QTest::addColumn<double>("hours");
        QTest::newRow("A enterprise") << "A"
                                      << "Enterprise" << 72.0;
        QTest::newRow("tier 1 ENT") << "Tier 1"
                                    << "ENT" << 72.0;
        QTest::newRow("B mid market") << "b"
                                      << "mid market" << 24.0;
        QTest::newRow("C SMB") << "C"
                               << "SMB" << 4.0;
        QTest::newRow("cold small business") << "Cold"
                                             << "Small Business" << 4.0;
        QTest::newRow("unknown both") << ""
                                      << "" << 9.0;
    }
    void workload() {
        QFETCH(QString, tier);
        QFETCH(QString, segment);
        QFETCH(double, hours);
        QCOMPARE(tp::WorkloadRule::standard().hoursPerYear(CategoryNames::canonicalTier(tier),
                                                           CategoryNames::canonicalSegment(segment)),
                 hours);
    }

    // ---- good files ----
    void csvWithAndWithoutBom_data() {
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("no BOM") << QByteArray();
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF");
    }
    void csvWithAndWithoutBom() {
        QFETCH(QByteArray, prefix);
        QTemporaryDir dir;
        const AccountImportResult r = importFile(write(dir, "crm.csv", prefix + goodCsv), &m_zips);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.rejected.empty(), r.rejected.empty() ? "" : qPrintable(r.rejected[0].reason));
        QCOMPARE(int(r.accounts.size()), 3);
        QCOMPARE(r.mapping.column(AccountField::ExternalId), QStringLiteral("Account ID"));
        const Account* a = byId(r, "001A");
        QVERIFY(a);
        QCOMPARE(a->name, QStringLiteral("Acme Corp"));
        QCOMPARE(a->address, QStringLiteral("1 Main St"));
        QCOMPARE(a->postalCode, QStringLiteral("80202"));
        QCOMPARE(a->segment, QStringLiteral("Enterprise"));
        QCOMPARE(a->location, (geo::GeoPoint{-104.99, 39.74}));
        QCOMPARE(a->revenuePotential, 500000.0);
        QCOMPARE(a->revenue, 120000.0);
        QCOMPARE(a->pipeline, 30000.0);
        QCOMPARE(a->workloadHours, 72.0); // WorkloadRule: tier A x Enterprise
        const Account* b = byId(r, "001B");
        QCOMPARE(b->name, QStringLiteral("Beta, Inc."));
        QCOMPARE(b->revenuePotential, 1250.5);
        QCOMPARE(b->pipeline, 0.0);
        QCOMPARE(r.lines, (std::vector<int>{2, 3, 4}));
        // Extra columns: "Employees" has "n/a" in one row, so it stays text; "Owner" is text.
        QCOMPARE(r.extraColumns, (QStringList{"Employees", "Owner"}));
        QCOMPARE(a->extra.value("Employees").toString(), QStringLiteral("250"));
        QCOMPARE(a->extra.value("Owner").toString(), QStringLiteral("Kim"));
        QCOMPARE(r.workloadDerived, 3);
    }

    void numericExtrasBecomeNumbers() {
        QTemporaryDir dir;
        const AccountImportResult r = importFile(
            write(dir, "x.csv", "id,lat,lon,employees,region\n1,40,-100,12,West\n2,41,-101,,East\n3,42,-102,7.5,7\n"),
            &m_zips);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.accounts.size()), 3);
        QCOMPARE(r.accounts[0].extra.value("employees").typeId(), QMetaType::Double);
        QCOMPARE(r.accounts[2].extra.value("employees").toDouble(), 7.5);
        QVERIFY(!r.accounts[1].extra.contains("employees")); // empty: left out
        QCOMPARE(r.accounts[2].extra.value("region").typeId(), QMetaType::QString);
        // Each account's extras hold its non-empty columns; a column's name is one shared key for
        // all its accounts.
        QCOMPARE(r.accounts[0].extra.keys(), (QStringList{"employees", "region"}));
        QCOMPARE(r.accounts[1].extra.keys(), QStringList{"region"});
        QCOMPARE(&r.accounts[0].extra.find("region").key(), &r.accounts[1].extra.find("region").key());
    }

    void semicolonCsvWithDecimalComma() {
        QTemporaryDir dir;
        const AccountImportResult r = importFile(
            write(dir, "eu.csv",
                  "Kundennummer;Name;PLZ;Breite;Länge;Potential\nK1;Müller GmbH;80202;39,74;-104,99;1234,5\n"),
            &m_zips);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.accounts.size()), 1);
        // "Breite"/"Länge" are not known names: the account is placed by its postal code instead.
        QCOMPARE(r.accounts[0].postalCode, QStringLiteral("80202"));
        QCOMPARE(r.accounts[0].revenuePotential, 1234.5);
        QCOMPARE(r.accounts[0].name, QStringLiteral("Müller GmbH"));
        QCOMPARE(r.locatedByPostalCode, 1);
    }

    void spreadsheets_data() {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << "XLSX"
                              << "crm.xlsx";
        QTest::newRow("ods") << "ODS"
                             << "crm.ods";
    }
    void spreadsheets() {
        QFETCH(QString, driver);
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QVERIFY(writeSheet(path, driver.toUtf8().constData(),
                           {{"Record ID", "Company name", "Postal Code", "Latitude", "Longitude", "Tier"},
                            {"H1", "Zip Only", "2138", "", "", "B"},
                            {"H2", "With Coords", "", "47.61", "-122.33", "A"},
                            {"H3", "Bad Lat", "", "abc", "-122.33", "A"}}));
        const AccountImportResult r = importFile(path, &m_zips);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.accounts.size()), 2);
        const Account* h1 = byId(r, "H1");
        QVERIFY(h1);
        QCOMPARE(h1->postalCode, QStringLiteral("02138"));
        QVERIFY(std::abs(h1->location.lat - 42.38) < 0.1);
        QCOMPARE(byId(r, "H2")->location, (geo::GeoPoint{-122.33, 47.61}));
        QCOMPARE(int(r.rejected.size()), 1);
        QCOMPARE(r.rejected[0].line, 4);
        QCOMPARE(r.rejected[0].reason, QStringLiteral("latitude 'abc' is not a number"));
    }

    void gisPointLayers_data() {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("epsg");
        QTest::newRow("geopackage in web mercator") << "GPKG"
                                                    << "crm.gpkg" << 3857;
        QTest::newRow("shapefile in UTM 13N") << "ESRI Shapefile"
                                              << "crm.shp" << 32613;
        QTest::newRow("geojson") << "GeoJSON"
                                 << "crm.geojson" << 4326;
        QTest::newRow("kml") << "KML"
                             << "crm.kml" << 4326;
    }
    void gisPointLayers() {
        QFETCH(QString, driver);
        QFETCH(QString, file);
        QFETCH(int, epsg);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QVERIFY(writePoints(path, driver.toUtf8().constData(), epsg));
        AccountImportOptions o;
        o.path = path;
        o.postalCodes = &m_zips;
        if (driver == "KML") o.mapping.setColumn(AccountField::ExternalId, "Name"); // KML keeps Name only
        const AccountImportResult r = AccountImporter::importAccounts(o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.linesAreFeatures);
        QCOMPARE(int(r.accounts.size()), 3);
        const Account& denver = r.accounts[0];
        QVERIFY2(std::abs(denver.location.lon + 104.99) < 1e-6 && std::abs(denver.location.lat - 39.74) < 1e-6,
                 qPrintable(QString("%1 %2").arg(denver.location.lon).arg(denver.location.lat)));
        if (driver != "KML") {
            QCOMPARE(denver.externalId, QStringLiteral("G1"));
            QCOMPARE(denver.revenue, 1000.5);
            QCOMPARE(denver.extra.value("employees").toDouble(), 12.0);
        }
    }

    // ---- bad rows ----
    void badRows_data() {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad number") << QByteArray("X1,Bad,80202,-104.9,39.7,,abc,") << "revenue 'abc' is not a number";
        QTest::newRow("bad potential") << QByteArray("X1,Bad,80202,-104.9,39.7,12k,,")
                                       << "revenuePotential '12k' is not a number";
        QTest::newRow("latitude out of range")
            << QByteArray("X1,Bad,,10,95,,,") << "latitude 95 is out of range (-90 to 90)";
        QTest::newRow("longitude out of range")
            << QByteArray("X1,Bad,,-190,40,,,") << "longitude -190 is out of range (-180 to 180)";
        QTest::newRow("swapped, west") << QByteArray("X1,Bad,,39.7,-104.9,,,")
                                       << "latitude and longitude look swapped (latitude -104.9, longitude 39.7)";
        QTest::newRow("swapped, east coast")
            << QByteArray("X1,Bad,,42.36,-71.06,,,")
            << "latitude and longitude look swapped (latitude -71.06, longitude 42.36)";
        QTest::newRow("no location") << QByteArray("X1,Bad,,,,,,") << "no location: no coordinates and no postal code";
        QTest::newRow("unknown postal code")
            << QByteArray("X1,Bad,00000,,,,,") << "postal code '00000' is unknown and there are no coordinates";
        QTest::newRow("0,0 and no zip") << QByteArray("X1,Bad,,0,0,,,")
                                        << "no location: no coordinates and no postal code";
        QTest::newRow("empty id") << QByteArray(",Bad,80202,-104.9,39.7,,,") << "the external id is empty";
        QTest::newRow("negative workload")
            << QByteArray("X1,Bad,80202,-104.9,39.7,,,-5") << "workloadHours -5 is negative";
        QTest::newRow("too many values") << QByteArray("X1,Bad,80202,-104.9,39.7,1,2,3,4")
                                         << "malformed row: 9 values but the header has 8 columns";
        QTest::newRow("too few values") << QByteArray("X1,Bad,80202")
                                        << "malformed row: 3 values but the header has 8 columns";
    }
    void badRows() {
        QFETCH(QByteArray, row);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        // Good rows around the bad one: they must survive, with their own line numbers.
        const QByteArray csv = "id,name,zip,lon,lat,revenue potential,revenue,workload\n"
                               "G1,Good,80202,-104.9,39.7,1,2,3\n"
                               + row
                               + "\n"
                                 "G2,Good,,-71.06,42.36,,,\n";
        const AccountImportResult r = importFile(write(dir, "bad.csv", csv), &m_zips);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.rejected.size()), 1);
        QCOMPARE(r.rejected[0].line, 3);
        QCOMPARE(r.rejected[0].reason, reason);
        QCOMPARE(int(r.accounts.size()), 2);
        QCOMPARE(r.lines, (std::vector<int>{2, 4}));
    }

    void swappedCoordinatesCanBeFixed() {
        QTemporaryDir dir;
        AccountImportOptions o;
        o.path = write(dir, "s.csv", "id,lon,lat\nS1,39.7,-104.9\n");
        o.fixSwappedCoordinates = true;
        const AccountImportResult r = AccountImporter::importAccounts(o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.accounts.size()), 1);
        QCOMPARE(r.accounts[0].location, (geo::GeoPoint{-104.9, 39.7}));
        QVERIFY(r.warnings.join('\n').contains("line 2: latitude and longitude were swapped back"));
    }

    void duplicatesAndLineNumbers() {
        QTemporaryDir dir;
        // A blank line and a quoted line break: OGR hides both, the reported lines must not.
        const QByteArray csv = "id,name,zip\n"
                               "D1,First,80202\n"
                               "\n"
                               "D2,\"Two\nLines\",80202\n"
                               "D1,Second,80202\n"
                               "D3,\"Unclosed,80202\n"
                               "D4,Kept,80202\n";
        const AccountImportResult r = importFile(write(dir, "dup.csv", csv), &m_zips);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.accounts.size()), 3);
        QCOMPARE(byId(r, "D1")->name, QStringLiteral("First"));
        QCOMPARE(byId(r, "D2")->name, QStringLiteral("Two\nLines"));
        // A quote that is never closed costs its own line only, not the rest of the file.
        QCOMPARE(byId(r, "D4")->name, QStringLiteral("Kept"));
        QCOMPARE(r.lines, (std::vector<int>{2, 4, 8}));
        QCOMPARE(int(r.rejected.size()), 2);
        QCOMPARE(reasonOf(r, 6), QStringLiteral("duplicate external id 'D1' (first on line 2)"));
        QCOMPARE(reasonOf(r, 7), QStringLiteral("malformed row: a quote opened on this line is never closed"));
    }

    void noIdColumnGeneratesLineIds() {
        QTemporaryDir dir;
        const AccountImportResult r =
            importFile(write(dir, "noid.csv", "name,lat,lon\nA,40,-100\nB,41,-101\n"), &m_zips);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.accounts[1].externalId, QStringLiteral("line-3"));
        QVERIFY(r.warnings.join('\n').contains("No id column"));
    }

    void latin1File() {
        QTemporaryDir dir;
        const QString path = write(dir, "latin1.csv", "id,name,zip\nL1,Caf\xe9 M\xfcller,80202\nL2,Plain,80202\n");
        const AccountImportResult r = importFile(path, &m_zips);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(byId(r, "L1")->name, QStringLiteral("Café Müller"));
        QCOMPARE(r.recodedValues, 1);
        QVERIFY(r.warnings.first().contains("not UTF-8"));

        AccountImportOptions strict;
        strict.path = path;
        strict.postalCodes = &m_zips;
        strict.acceptLatin1 = false;
        const AccountImportResult rejected = AccountImporter::importAccounts(strict);
        QVERIFY(!rejected.ok);
        QVERIFY(rejected.accounts.empty());
        QVERIFY2(rejected.error.contains("is not UTF-8 text (line 2)"), qPrintable(rejected.error));
    }

    void mappedColumnMissing() {
        QTemporaryDir dir;
        AccountImportOptions o;
        o.path = write(dir, "m.csv", goodCsv);
        o.mapping.setColumn(AccountField::Revenue, "ARR 2024");
        const AccountImportResult r = AccountImporter::importAccounts(o);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("revenue: \"ARR 2024\""), qPrintable(r.error));
    }

    void brokenFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << "empty.csv" << QByteArray() << "is empty";
        QTest::newRow("blank lines only") << "blank.csv" << QByteArray("\n\n\r\n") << "no rows";
        QTest::newRow("header only") << "header.csv" << QByteArray("id,name,zip\n") << "header but no data rows";
        QTest::newRow("binary garbage csv")
            << "garbage.csv" << QByteArray("PK\x03\x04\x00\x00\xff\xfe\x01garbage", 16) << "binary data";
        QTest::newRow("binary garbage xlsx")
            << "garbage.xlsx" << QByteArray("\x00\x01\x02\x03 this is no zip", 20) << "not a table or GIS file";
        QTest::newRow("utf-16") << "utf16.csv"
                                << QByteArray("\xff\xfei\x00"
                                              "d\x00\n\x00",
                                              8)
                                << "UTF-16";
        QTest::newRow("no location columns") << "noloc.csv" << QByteArray("id,name\n1,A\n") << "No location columns";
        QTest::newRow("missing file") << "" << QByteArray() << "does not exist";
    }
    void brokenFiles() {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = file.isEmpty() ? dir.filePath("absent.csv") : write(dir, file, content);
        const AccountImportResult r = importFile(path, &m_zips);
        QVERIFY(!r.ok);
        QVERIFY(r.accounts.empty());
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }

    // ---- merge and locate ----
    void reimportUpdatesInsteadOfDuplicating() {
        QTemporaryDir dir;
        Project project;
        project.title = "Merge";
        Account existing;
        existing.id = 7;
        existing.externalId = "001A";
        existing.name = "Old name";
        existing.location = {-104.99, 39.74};
        existing.unit = 42;
        project.accounts.push_back(existing);
        Account untouched;
        untouched.id = 8;
        untouched.externalId = "ZZZ";
        project.accounts.push_back(untouched);
        project.reindex();

        const AccountImportResult r = importFile(write(dir, "crm.csv", goodCsv), &m_zips);
        QVERIFY(r.ok);
        const AccountMergeResult m = AccountMerger::merge(project, r.accounts);
        QCOMPARE(m.added, 2);
        QCOMPARE(m.updated, 1);
        QCOMPARE(int(project.accounts.size()), 4);
        QCOMPARE(project.accounts[0].id, qint64(7));
        QCOMPARE(project.accounts[0].name, QStringLiteral("Acme Corp"));
        QCOMPARE(project.accounts[0].unit, 42);                          // same location: the unit stays valid
        QCOMPARE(project.accounts[1].externalId, QStringLiteral("ZZZ")); // an import never deletes
        QCOMPARE(m.changedIndexes, (std::vector<int>{0, 2, 3}));
        QCOMPARE(m.needsLocating, (std::vector<int>{2, 3}));
        QVERIFY(project.accounts[2].id > 8 && project.accounts[3].id > project.accounts[2].id);
        QCOMPARE(project.accountIndexByExternalId("001C"), 3);

        // The same file again changes nothing.
        const AccountMergeResult again = AccountMerger::merge(project, r.accounts);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 3);
        QVERIFY(again.changedIndexes.empty());
        QCOMPARE(int(project.accounts.size()), 4);
    }

    void locateInCounties() {
        const UnitImportResult counties = UnitImporter::importBundledCounties();
        QVERIFY2(counties.ok, qPrintable(counties.error));
        QTemporaryDir dir;
        const AccountImportResult r = importFile(write(dir, "crm.csv", goodCsv), &m_zips);
        Project project;
        project.units = counties.units;
        AccountMerger::merge(project, r.accounts);
        const AccountLocator locator(project.units);
        QCOMPARE(locator.locateAll(project.accounts), 0);
        auto codeOf = [&](const QString& id) {
            return project.units[std::size_t(project.accounts[std::size_t(project.accountIndexByExternalId(id))].unit)]
                .code;
        };
        QCOMPARE(codeOf("001A"), QStringLiteral("08031")); // Denver
        QCOMPARE(codeOf("001B"), QStringLiteral("25017")); // Middlesex, MA (Cambridge)
        QCOMPARE(codeOf("001C"), QStringLiteral("17031")); // Cook, IL (Chicago)

        // Only the given indexes are touched.
        project.accounts[0].unit = -1;
        project.accounts[1].unit = -1;
        project.accounts[0].location = {0, 0}; // nowhere near a county
        const std::vector<int> only{0};
        QCOMPARE(locator.locate(project.accounts, only), 1);
        QCOMPARE(project.accounts[0].unit, -1);
        QCOMPARE(project.accounts[1].unit, -1);
        QCOMPARE(codeOf("001C"), QStringLiteral("17031"));
    }
};

QTEST_GUILESS_MAIN(TestAccountImporter)
#include "tst_accountimporter.moc"
