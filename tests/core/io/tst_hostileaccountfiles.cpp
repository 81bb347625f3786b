// AccountImporter against the hostile files of issue 11 (items 1, 9, 10, 13, 14 and the
// all-reasons rule of issue 16): each file is made here, and each test asserts which rows are
// imported with which values and which are rejected with which reason.
#include "io/import/accountimporter.h"
#include "io/import/postalcodeindex.h"

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <utility>

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

QString rejectedText(const AccountImportResult& r) {
    QStringList lines;
    for (const RejectedRow& row : r.rejected) lines << QStringLiteral("%1: %2").arg(row.line).arg(row.reason);
    return lines.join(QLatin1Char('\n'));
}

// A zip package written through GDAL's /vsizip/ (entries in order), as an .xlsx is.
bool writeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& entries) {
    for (const auto& [name, content] : entries) {
        const QByteArray vsi = QStringLiteral("/vsizip/%1/%2").arg(path, name).toUtf8();
        VSILFILE* f = VSIFOpenL(vsi.constData(), "wb");
        if (!f) return false;
        const bool ok = VSIFWriteL(content.constData(), 1, size_t(content.size()), f) == size_t(content.size());
        if (VSIFCloseL(f) != 0 || !ok) return false;
    }
    return true;
}

// A minimal .xlsx with one sheet "Accounts": `sheetRows` is the <sheetData> content, `shared` the
// shared-string table (cells of type "s" refer to it by index).
bool writeXlsx(const QString& path, const QByteArray& sheetRows, const QStringList& shared) {
    QByteArray sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                     "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                     + QByteArray::number(shared.size()) + "\" uniqueCount=\"" + QByteArray::number(shared.size())
                     + "\">";
    for (const QString& s : shared) sst += "<si><t>" + s.toUtf8() + "</t></si>";
    sst += "</sst>";
    return writeZip(
        path,
        {
            {"[Content_Types].xml",
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
             "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
             "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
             "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
             "<Override PartName=\"/xl/workbook.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
             "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
             "<Override PartName=\"/xl/sharedStrings.xml\" "
             "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
             "</Types>"},
            {"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"rId1\" "
                            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                            "officeDocument\" Target=\"xl/workbook.xml\"/>"
                            "</Relationships>"},
            {"xl/workbook.xml",
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
             "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
             "<sheet name=\"Accounts\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
            {"xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                                           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                           "<Relationship Id=\"rId1\" "
                                           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                           "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                                           "<Relationship Id=\"rId2\" "
                                           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                           "sharedStrings\" Target=\"sharedStrings.xml\"/>"
                                           "</Relationships>"},
            {"xl/sharedStrings.xml", sst},
            {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                                         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                         "<sheetData>"
                                             + sheetRows + "</sheetData></worksheet>"},
        });
}

QByteArray columnName(int i) {
    QByteArray s;
    for (++i; i > 0; i = (i - 1) / 26) s.prepend(char('A' + (i - 1) % 26));
    return s;
}

// One sheet row of shared-string cells: indexes into the shared table.
QByteArray sharedRow(int row, const QList<int>& indexes) {
    QByteArray xml = "<row r=\"" + QByteArray::number(row) + "\">";
    for (int c = 0; c < indexes.size(); ++c)
        xml += "<c r=\"" + columnName(c) + QByteArray::number(row) + "\" t=\"s\"><v>" + QByteArray::number(indexes[c])
               + "</v></c>";
    return xml + "</row>";
}

} // namespace

class TestHostileAccountFiles : public QObject {
    Q_OBJECT

    PostalCodeIndex m_zips;

    AccountImportResult importFile(const QString& path) {
        AccountImportOptions o;
        o.path = path;
        o.postalCodes = &m_zips;
        return AccountImporter::importAccounts(o);
    }

private slots:
    void initTestCase() {
        qputenv("TP_DATA_DIR", TP_BUILD_DATA_DIR);
        QVERIFY2(m_zips.loadBundled(), qPrintable(m_zips.error()));
        GDALAllRegister();
    }

    // ---- item 1: lon/lat as attribute columns of a GIS table ----
    void geojsonWithNullGeometryAndCoordinateProperties() {
        QTemporaryDir dir;
        const QString path = write(dir, "crm.geojson", R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"id":"J1","lon":-104.99,"lat":39.74},"geometry":null},
            {"type":"Feature","properties":{"id":"J2","lon":-71.06,"lat":42.36},"geometry":null}]})");
        const AccountImportResult r = importFile(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.rejected.empty(), qPrintable(rejectedText(r)));
        QCOMPARE(int(r.accounts.size()), 2);
        QCOMPARE(byId(r, "J1")->location, (geo::GeoPoint{-104.99, 39.74}));
        QCOMPARE(byId(r, "J2")->location, (geo::GeoPoint{-71.06, 42.36}));
    }

    void dbfWithoutGeometry() {
        QTemporaryDir dir;
        const QString path = dir.filePath("crm.dbf");
        {
            GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
            QVERIFY(driver);
            GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
            QVERIFY(ds);
            OGRLayer* layer = ds->CreateLayer("crm", nullptr, wkbNone, nullptr);
            QVERIFY(layer);
            OGRFieldDefn id("id", OFTString), lon("longitude", OFTReal), lat("latitude", OFTReal);
            lon.SetWidth(24);
            lon.SetPrecision(15);
            lat.SetWidth(24);
            lat.SetPrecision(15);
            QCOMPARE(layer->CreateField(&id), OGRERR_NONE);
            QCOMPARE(layer->CreateField(&lon), OGRERR_NONE);
            QCOMPARE(layer->CreateField(&lat), OGRERR_NONE);
            const struct {
                const char* id;
                double lon, lat;
            } rows[] = {{"D1", -122.33, 47.61}, {"D2", -87.62, 41.88}};
            for (const auto& row : rows) {
                OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
                f->SetField("id", row.id);
                f->SetField("longitude", row.lon);
                f->SetField("latitude", row.lat);
                QCOMPARE(layer->CreateFeature(f.get()), OGRERR_NONE);
            }
        }
        const AccountImportResult r = importFile(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.rejected.empty(), qPrintable(rejectedText(r)));
        QCOMPARE(int(r.accounts.size()), 2);
        QCOMPARE(byId(r, "D1")->location, (geo::GeoPoint{-122.33, 47.61}));
        QCOMPARE(byId(r, "D2")->location, (geo::GeoPoint{-87.62, 41.88}));
    }

    // ---- item 10: GIS values out of range, NaN, Inf ----
    void gisValuesOutOfRange() {
        QTemporaryDir dir;
        const QString path = write(dir, "bad.geojson", R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"id":"OK","revenue":5,"score":1.5},"geometry":{"type":"Point","coordinates":[-104.9,39.7]}},
            {"type":"Feature","properties":{"id":"FAR","revenue":5,"score":1.5},"geometry":{"type":"Point","coordinates":[500,500]}},
            {"type":"Feature","properties":{"id":"LAT95","revenue":5,"score":1.5},"geometry":{"type":"Point","coordinates":[10,95]}},
            {"type":"Feature","properties":{"id":"NANREV","revenue":NaN,"score":1.5},"geometry":{"type":"Point","coordinates":[-71.06,42.36]}},
            {"type":"Feature","properties":{"id":"INFREV","revenue":1e309,"score":1.5},"geometry":{"type":"Point","coordinates":[-71.06,42.36]}},
            {"type":"Feature","properties":{"id":"NANEXTRA","revenue":5,"score":NaN},"geometry":{"type":"Point","coordinates":[-71.06,42.36]}},
            {"type":"Feature","properties":{"id":"OK2","revenue":7,"score":2.5},"geometry":{"type":"Point","coordinates":[-71.06,42.36]}}]})");
        const AccountImportResult r = importFile(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.accounts.size()), 2);
        QCOMPARE(byId(r, "OK")->revenue, 5.0);
        QCOMPARE(byId(r, "OK2")->extra.value("score").toDouble(), 2.5);
        QCOMPARE(int(r.rejected.size()), 5);
        QCOMPARE(reasonOf(r, 2),
                 QStringLiteral("the point (500, 500) is not a longitude/latitude on Earth (longitude -180 "
                                "to 180, latitude -90 to 90)"));
        QCOMPARE(reasonOf(r, 3),
                 QStringLiteral("the point (10, 95) is not a longitude/latitude on Earth (longitude -180 "
                                "to 180, latitude -90 to 90)"));
        QCOMPARE(reasonOf(r, 4), QStringLiteral("revenue nan is not a finite number"));
        QCOMPARE(reasonOf(r, 5), QStringLiteral("revenue inf is not a finite number"));
        QCOMPARE(reasonOf(r, 6), QStringLiteral("score nan is not a finite number"));
        for (const Account& a : r.accounts) {
            QVERIFY(std::isfinite(a.revenue));
            QVERIFY(std::isfinite(a.extra.value("score").toDouble()));
        }
    }

    void csvValuesOutOfRange_data() {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("1e309 revenue") << QByteArray("X,1e309,-104.9,39.7") << "revenue '1e309' is too large";
        QTest::newRow("1e309 longitude") << QByteArray("X,1,1e309,39.7") << "longitude '1e309' is out of range";
        QTest::newRow("inf latitude") << QByteArray("X,1,-104.9,inf") << "latitude 'inf' is not a number";
        QTest::newRow("nan revenue") << QByteArray("X,NaN,-104.9,39.7") << "revenue 'NaN' is not a number";
        QTest::newRow("longitude 500") << QByteArray("X,1,500,39.7") << "longitude 500 is out of range (-180 to 180)";
    }
    void csvValuesOutOfRange() {
        QFETCH(QByteArray, row);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const AccountImportResult r =
            importFile(write(dir, "r.csv", "id,revenue,lon,lat\nG,1,-104.9,39.7\n" + row + "\n"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.accounts.size()), 1);
        QCOMPARE(int(r.rejected.size()), 1);
        QCOMPARE(r.rejected[0].line, 3);
        QCOMPARE(r.rejected[0].reason, reason);
    }

    // ---- issue 16: every reason of a rejected row ----
    void allReasonsOfARow() {
        QTemporaryDir dir;
        const AccountImportResult r = importFile(write(dir, "r.csv",
                                                       "id,zip,revenue,pipeline,lon,lat\n"
                                                       "G1,80202,1,2,,\n"
                                                       "B1,00000,abc,12k,,\n"
                                                       ",80202,-,1,,\n"
                                                       "G1,80202,1,2,1e309,39\n"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.accounts.size()), 1);
        QCOMPARE(reasonOf(r, 3),
                 QStringLiteral("revenue 'abc' is not a number; pipeline '12k' is not a number; postal code "
                                "'00000' is unknown and there are no coordinates"));
        QCOMPARE(reasonOf(r, 4), QStringLiteral("the external id is empty; revenue '-' is not a number"));
        QCOMPARE(reasonOf(r, 5),
                 QStringLiteral("duplicate external id 'G1' (first on line 2); longitude '1e309' is out of range"));
    }

    // ---- item 9: decimal conventions ----
    void decimalConventions_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QList<double>>("revenues"); // of the accepted rows, in order
        QTest::newRow("comma decimals, point grouping (quoted)")
            << QByteArray("id,zip,revenue\nA,80202,\"1.234,56\"\nB,80202,\"1.234\"\nC,80202,\"12,5\"\n")
            << QList<double>{1234.56, 1234.0, 12.5};
        QTest::newRow("space grouping, comma decimals (semicolons)")
            << QByteArray("id;zip;revenue\nA;80202;1 234,5\nB;80202;2\xC2\xA0"
                          "500\nC;80202;7,25\n")
            << QList<double>{1234.5, 2500.0, 7.25};
        QTest::newRow("point decimals, comma grouping")
            << QByteArray("id,zip,revenue\nA,80202,\"1,234.56\"\nB,80202,\"1,234\"\nC,80202,0.5\n")
            << QList<double>{1234.56, 1234.0, 0.5};
        QTest::newRow("ambiguous only: comma-separated file reads points")
            << QByteArray("id,zip,revenue\nA,80202,\"1,234\"\nB,80202,1.5\n") << QList<double>{1234.0, 1.5};
        QTest::newRow("ambiguous only: semicolon file reads commas")
            << QByteArray("id;zip;revenue\nA;80202;1.234\nB;80202;1,234\n") << QList<double>{1234.0, 1.234};
        QTest::newRow("apostrophe grouping")
            << QByteArray("id\tzip\trevenue\nA\t80202\t1'234'567.50\n") << QList<double>{1234567.5};
    }
    void decimalConventions() {
        QFETCH(QByteArray, csv);
        QFETCH(QList<double>, revenues);
        QTemporaryDir dir;
        const AccountImportResult r = importFile(write(dir, "d.csv", csv));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.rejected.empty(), qPrintable(rejectedText(r)));
        QCOMPARE(int(r.accounts.size()), revenues.size());
        for (int i = 0; i < revenues.size(); ++i) QCOMPARE(r.accounts[std::size_t(i)].revenue, revenues[i]);
    }

    void mixedConventionsRejectAmbiguousValues() {
        QTemporaryDir dir;
        const AccountImportResult r = importFile(write(dir, "m.csv",
                                                       "id,zip,revenue,score\n"
                                                       "A,80202,\"1,234.5\",\"1,5\"\n"
                                                       "B,80202,\"1.234,5\",\"2.5\"\n"
                                                       "C,80202,\"1,234\",\"1,234\"\n"
                                                       "D,80202,7,3\n"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.accounts.size()), 3);
        QCOMPARE(byId(r, "A")->revenue, 1234.5);
        QCOMPARE(byId(r, "B")->revenue, 1234.5);
        QCOMPARE(byId(r, "D")->revenue, 7.0);
        QCOMPARE(int(r.rejected.size()), 1);
        QCOMPARE(reasonOf(r, 4),
                 QStringLiteral("revenue '1,234' is ambiguous: the column has both decimal points (1 values "
                                "like 1,234.5) and decimal commas (1 values like 1.234,5)"));
        // An extra column whose "1,234" cannot be decided stays text rather than guessing.
        QCOMPARE(byId(r, "A")->extra.value("score").typeId(), QMetaType::QString);
        QCOMPARE(byId(r, "A")->extra.value("score").toString(), QStringLiteral("1,5"));
    }

    void extraColumnTakesItsConvention() {
        QTemporaryDir dir;
        const AccountImportResult r = importFile(write(dir, "e.csv", "id;zip;employees\nA;80202;1.250\nB;80202;2,5\n"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(byId(r, "A")->extra.value("employees").toDouble(), 1250.0);
        QCOMPARE(byId(r, "B")->extra.value("employees").toDouble(), 2.5);
    }

    // ---- item 9: quotes, line endings, separators, .txt ----
    void inchMarkDoesNotSwallowRows() {
        QTemporaryDir dir;
        const AccountImportResult r = importFile(write(dir, "inch.csv",
                                                       "id,name,zip\n"
                                                       "A1,Acme 5\" screen,80202\n"
                                                       "A2,Beta,80202\n"
                                                       "A3,\"Quoted, with comma\",80202\n"
                                                       "A4,x\"y\"z,80202\n"
                                                       "A5,\"He said \"\"hi\"\"\",80202\n"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.rejected.empty(), qPrintable(rejectedText(r)));
        QCOMPARE(int(r.accounts.size()), 5);
        QCOMPARE(byId(r, "A1")->name, QStringLiteral("Acme 5\" screen"));
        QCOMPARE(byId(r, "A2")->name, QStringLiteral("Beta"));
        QCOMPARE(byId(r, "A3")->name, QStringLiteral("Quoted, with comma"));
        QCOMPARE(byId(r, "A4")->name, QStringLiteral("x\"y\"z"));
        QCOMPARE(byId(r, "A5")->name, QStringLiteral("He said \"hi\""));
        QCOMPARE(r.lines, (std::vector<int>{2, 3, 4, 5, 6}));
    }

    void strayQuoteClosedFarAway() {
        // The stray quote on line 2 is "closed" by a quote 1500 lines later: the lines between
        // are not one value (a quoted value may span at most 1000 lines), so they are kept.
        QByteArray csv = "id,name,zip\nS0,\"stray,80202\n";
        for (int i = 1; i <= 1500; ++i)
            csv += "S" + QByteArray::number(i) + ",Name " + QByteArray::number(i) + ",80202\n";
        csv += "Z,\"quoted\",80202\n";
        QTemporaryDir dir;
        const AccountImportResult r = importFile(write(dir, "stray.csv", csv));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.accounts.size()), 1501);
        QCOMPARE(byId(r, "S1500")->name, QStringLiteral("Name 1500"));
        QCOMPARE(byId(r, "Z")->name, QStringLiteral("quoted"));
        QCOMPARE(r.lines.back(), 1503);
        QCOMPARE(int(r.rejected.size()), 1);
        QCOMPARE(reasonOf(r, 2), QStringLiteral("malformed row: a quote opened on this line is never closed"));
    }

    void mixedLineEndings() {
        QTemporaryDir dir;
        const AccountImportResult r = importFile(write(dir, "crlf.csv",
                                                       "id,name,zip\r\n"
                                                       "M1,One,80202\r"
                                                       "M2,Two,80202\r\n"
                                                       "\r"
                                                       "M3,\"Three\r\nlines\rhere\",80202\n"
                                                       "M4,Four\n"
                                                       "M5,Five,80202"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.accounts.size()), 4);
        QCOMPARE(r.lines, (std::vector<int>{2, 3, 5, 9}));
        QCOMPARE(byId(r, "M3")->name, QStringLiteral("Three\r\nlines\rhere"));
        QCOMPARE(int(r.rejected.size()), 1);
        QCOMPARE(reasonOf(r, 8), QStringLiteral("malformed row: 2 values but the header has 3 columns"));
    }

    void separators_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("txt, tabs") << "crm.txt"
                                   << QByteArray("id\tname\tzip\nT1\tAcme Corp\t80202\nT2\tBeta, Inc.\t02138\n");
        QTest::newRow("txt, semicolons") << "crm.txt"
                                         << QByteArray("id;name;zip\nT1;Acme Corp;80202\nT2;Beta, Inc.;02138\n");
        QTest::newRow("txt, commas") << "crm.txt"
                                     << QByteArray("id,name,zip\nT1,Acme Corp,80202\nT2,\"Beta, Inc.\",02138\n");
        QTest::newRow("txt, pipes") << "crm.txt"
                                    << QByteArray("id|name|zip\nT1|Acme Corp|80202\nT2|Beta, Inc.|02138\n");
        QTest::newRow("csv, pipes") << "crm.csv"
                                    << QByteArray("id|name|zip\nT1|Acme Corp|80202\nT2|Beta, Inc.|02138\n");
        QTest::newRow("psv") << "crm.psv" << QByteArray("id|name|zip\nT1|Acme Corp|80202\nT2|Beta, Inc.|02138\n");
        QTest::newRow("tsv, commas in values")
            << "crm.tsv" << QByteArray("id\tname\tzip\nT1\tAcme Corp\t80202\nT2\tBeta, Inc.\t02138\n");
    }
    void separators() {
        QFETCH(QString, file);
        QFETCH(QByteArray, csv);
        QTemporaryDir dir;
        const AccountImportResult r = importFile(write(dir, file, csv));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.rejected.empty(), qPrintable(rejectedText(r)));
        QCOMPARE(r.columns.size(), 3);
        QCOMPARE(int(r.accounts.size()), 2);
        QCOMPARE(byId(r, "T1")->name, QStringLiteral("Acme Corp"));
        QCOMPARE(byId(r, "T2")->name, QStringLiteral("Beta, Inc."));
        QCOMPARE(byId(r, "T2")->postalCode, QStringLiteral("02138"));
    }

    void repeatedAndEmptyHeaderNames() {
        QTemporaryDir dir;
        const AccountImportResult r = importFile(write(dir, "h.csv", "id,zip,note,note,,note\nA,80202,x,y,z,w\n"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.columns, (QStringList{"id", "zip", "note", "note_2", "field_5", "note_3"}));
        const Account* a = byId(r, "A");
        QVERIFY(a);
        QCOMPARE(a->extra.value("note").toString(), QStringLiteral("x"));
        QCOMPARE(a->extra.value("note_2").toString(), QStringLiteral("y"));
        QCOMPARE(a->extra.value("field_5").toString(), QStringLiteral("z"));
        QCOMPARE(a->extra.value("note_3").toString(), QStringLiteral("w"));
    }

    // ---- item 13: a shared-string index outside the table ----
    void xlsxSharedStringOutOfRange() {
        QTemporaryDir dir;
        const QString path = dir.filePath("crm.xlsx");
        // Shared table: 0 id, 1 name, 2 zip, 3 X1, 4 Good, 5 80202, 6 X3, 7 Third.
        QVERIFY(writeXlsx(path,
                          sharedRow(1, {0, 1, 2}) + sharedRow(2, {3, 4, 5}) + sharedRow(3, {99, 4, 5})
                              + sharedRow(4, {6, 7, 5}),
                          {"id", "name", "zip", "X1", "Good", "80202", "X3", "Third"}));
        const AccountImportResult r = importFile(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.accounts.size()), 2);
        QVERIFY(byId(r, "X1"));
        QCOMPARE(byId(r, "X3")->name, QStringLiteral("Third"));
        QVERIFY(!byId(r, "99")); // GDAL reads the bad index as the text "99"
        QCOMPARE(int(r.rejected.size()), 1);
        QCOMPARE(reasonOf(r, 3), QStringLiteral("cell A3 refers to shared text number 99, which the file does not have "
                                                "(it has 8): the file is damaged"));
    }

    // ---- item 14: GDAL's reason for a sheet it cannot read ----
    void wideXlsxSaysWhy() {
        QTemporaryDir dir;
        const QString path = dir.filePath("wide.xlsx");
        QByteArray header = "<row r=\"1\">", data = "<row r=\"2\">";
        for (int c = 0; c < 2100; ++c) {
            const QByteArray name = c == 0 ? "id" : c == 1 ? "zip" : "c" + QByteArray::number(c);
            const QByteArray value = c == 0 ? "W1" : c == 1 ? "80202" : QByteArray::number(c);
            header += "<c r=\"" + columnName(c) + "1\" t=\"inlineStr\"><is><t>" + name + "</t></is></c>";
            data += "<c r=\"" + columnName(c) + "2\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
        }
        QVERIFY(writeXlsx(path, header + "</row>" + data + "</row>", {}));
        const AccountImportResult r = importFile(path);
        QVERIFY(!r.ok);
        QCOMPARE(r.error,
                 QStringLiteral(
                     "No rows could be read from wide.xlsx. GDAL says: Maximum number of fields supported is 2000"));
    }
};

QTEST_GUILESS_MAIN(TestHostileAccountFiles)
#include "tst_hostileaccountfiles.moc"
