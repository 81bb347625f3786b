// RepImporter: a roster from CSV or XLSX with the columns detected from common headers, homes
// from coordinates or ZIP codes, every bad row rejected with its line and all its reasons while
// the good rows are kept; files it cannot read fail with a message and no reps.
#include "io/import/postalcodeindex.h"
#include "io/import/repimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace tp;
using namespace tp::io;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool writeSheet(const QString& path, const QList<QStringList>& rows) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("XLSX");
    if (!driver) return false;
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) return false;
    OGRLayer* layer = ds->CreateLayer("Reps", nullptr, wkbNone, nullptr);
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

} // namespace

class TestRepImporter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    PostalCodeIndex m_zips;

    RepImportResult import(const QString& path) {
        RepImportOptions o;
        o.path = path;
        o.postalCodes = &m_zips;
        return RepImporter::importReps(o);
    }

private slots:
    void initTestCase() {
        m_zips.insert("80202", {{-104.99, 39.75}, "Denver", "CO"});
        m_zips.insert("02138", {{-71.12, 42.38}, "Cambridge", "MA"});
    }

    void readsSalesforceStyleCsv() {
        const QString path = m_dir.filePath("users.csv");
        QVERIFY(writeFile(
            path, "User ID,Full Name,Email,Role,Home ZIP,Capacity Hours,Quota,Industries,Segments,Start Date\n"
                  "005A,Ana Núñez,ana@example.com,Field,80202,1600,\"1,250,000\",Retail; Health,Enterprise,2024-02-29\n"
                  "005B,Bo Lee,bo@example.com,inside sales,2138,800.5,500000,Software,SMB|Mid-Market,3/1/2025\n"
                  "005C,Cy Park,,Overlay,,0,0,,,\n"));
        const RepImportResult r = import(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rejected.size(), std::size_t(0));
        QCOMPARE(r.reps.size(), std::size_t(3));
        QCOMPARE(r.mapping[std::size_t(RepField::CrmUserId)], QString("User ID"));
        QCOMPARE(r.mapping[std::size_t(RepField::Name)], QString("Full Name"));
        QCOMPARE(r.mapping[std::size_t(RepField::PostalCode)], QString("Home ZIP"));
        const Rep& ana = r.reps[0];
        QCOMPARE(ana.name, QString("Ana Núñez"));
        QCOMPARE(ana.crmUserId, QString("005A"));
        QCOMPARE(ana.role, Rep::Role::Field);
        QCOMPARE(ana.quota, 1250000.0);
        QCOMPARE(ana.skills, (QStringList{"Retail", "Health"}));
        QCOMPARE(ana.startDate, QDate(2024, 2, 29));
        QCOMPARE(ana.homeLabel, QString("Denver, CO"));
        QVERIFY(ana.home == (geo::GeoPoint{-104.99, 39.75}));
        const Rep& bo = r.reps[1];
        QCOMPARE(bo.role, Rep::Role::Inside);
        QCOMPARE(bo.capacityHours, 800.5);
        QCOMPARE(bo.segments, (QStringList{"SMB", "Mid-Market"}));
        QCOMPARE(bo.startDate, QDate(2025, 3, 1));
        QCOMPARE(bo.homeLabel, QString("Cambridge, MA")); // "2138": the leading zero a spreadsheet lost
        QCOMPARE(r.reps[2].role, Rep::Role::Overlay);
        QCOMPARE(r.withoutHome, 1);
        QCOMPARE(r.locatedByPostalCode, 2);
        QVERIFY(!r.warnings.isEmpty());
        QCOMPARE(r.lines, (std::vector<int>{2, 3, 4}));
    }

    void rejectsBadRowsKeepsTheRest_data() {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QStringList>("reasons");
        QTest::newRow("no name") << QByteArray("U9,,x@y.com,field,80202,1,1,") << QStringList{"no name"};
        QTest::newRow("text capacity") << QByteArray("U9,Dee,,field,80202,lots,1,")
                                       << QStringList{"capacity 'lots' is not a number"};
        QTest::newRow("negative quota") << QByteArray("U9,Dee,,field,80202,1,-5,")
                                        << QStringList{"quota '-5' must be zero or more"};
        QTest::newRow("NaN capacity") << QByteArray("U9,Dee,,field,80202,NaN,1,")
                                      << QStringList{"capacity 'NaN' is not a number"};
        QTest::newRow("unknown role") << QByteArray("U9,Dee,,manager,80202,1,1,") << QStringList{"role 'manager'"};
        QTest::newRow("unknown ZIP") << QByteArray("U9,Dee,,field,99999,1,1,") << QStringList{"home ZIP '99999'"};
        QTest::newRow("bad e-mail") << QByteArray("U9,Dee,dee at home,field,80202,1,1,")
                                    << QStringList{"e-mail 'dee at home'"};
        QTest::newRow("bad date") << QByteArray("U9,Dee,,field,80202,1,1,31/31/2020")
                                  << QStringList{"start date '31/31/2020'"};
        QTest::newRow("repeated CRM id") << QByteArray("U1,Dee,,field,80202,1,1,")
                                         << QStringList{"CRM user id U1 repeats"};
        QTest::newRow("every reason") << QByteArray("U9,,x,boss,00000,-1,abc,never")
                                      << QStringList{"no name",         "e-mail 'x'",  "role 'boss'",
                                                     "capacity '-1'",   "quota 'abc'", "start date 'never'",
                                                     "home ZIP '00000'"};
    }
    void rejectsBadRowsKeepsTheRest() {
        QFETCH(QByteArray, row);
        QFETCH(QStringList, reasons);
        const QString path = m_dir.filePath("bad.csv");
        QVERIFY(writeFile(path, "Owner Id,Name,E-mail,Role,ZIP,Capacity,Quota,Hire Date\n"
                                "U1,Good One,g@example.com,field,80202,1000,1000,2020-01-01\n"
                                    + row
                                    + "\n"
                                      "U2,Good Two,,inside,02138,900,10,\n"));
        const RepImportResult r = import(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.reps.size(), std::size_t(2));
        QCOMPARE(r.reps[0].name, QString("Good One"));
        QCOMPARE(r.reps[1].name, QString("Good Two"));
        QCOMPARE(r.rejected.size(), std::size_t(1));
        QCOMPARE(r.rejected[0].line, 3);
        for (const QString& reason : reasons)
            QVERIFY2(r.rejected[0].reason.contains(reason), qPrintable(r.rejected[0].reason));
    }

    void readsXlsxWithSheetRows() {
        const QString path = m_dir.filePath("reps.xlsx");
        QVERIFY(writeSheet(path, {{"Rep Name", "Owner ID", "Longitude", "Latitude", "Capacity"},
                                  {"Ana", "U1", "-104.99", "39.74", "1600"},
                                  {"Bad", "U2", "-300", "39.74", "1600"},
                                  {"Cy", "U3", "", "", "1.200,5"}}));
        const RepImportResult r = import(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.reps.size(), std::size_t(2));
        QVERIFY(r.reps[0].home == (geo::GeoPoint{-104.99, 39.74}));
        QCOMPARE(r.reps[1].capacityHours, 1200.5);
        QCOMPARE(r.rejected.size(), std::size_t(1));
        QCOMPARE(r.rejected[0].line, 3); // sheet row: the header is row 1
        QVERIFY2(r.rejected[0].reason.contains("not a longitude and latitude"), qPrintable(r.rejected[0].reason));
    }

    void failsWithMessage_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << "empty.csv" << QByteArray() << "is empty";
        QTest::newRow("no name column") << "noname.csv" << QByteArray("Id,Quota\n1,2\n")
                                        << "No column holds the reps' names";
        QTest::newRow("a GIS file") << "reps.geojson" << QByteArray("{}") << "CSV, TSV, XLSX or ODS";
        QTest::newRow("missing file") << "" << QByteArray() << "does not exist";
    }
    void failsWithMessage() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(name.isEmpty() ? QStringLiteral("missing.csv") : name);
        if (!name.isEmpty()) QVERIFY(writeFile(path, bytes));
        const RepImportResult r = import(path);
        QVERIFY(!r.ok);
        QVERIFY(r.reps.empty());
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }

    void namedColumnWins() {
        const QString path = m_dir.filePath("named.csv");
        QVERIFY(writeFile(path, "Name,Seller,Capacity\nTeam A,Ana,10\n"));
        RepImportOptions o;
        o.path = path;
        o.postalCodes = &m_zips;
        o.columns.insert(RepField::Name, "Seller");
        const RepImportResult r = RepImporter::importReps(o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.reps.front().name, QString("Ana"));
        o.columns.insert(RepField::Name, "Nobody");
        QVERIFY(RepImporter::importReps(o).error.contains("Nobody"));
    }
};

QTEST_GUILESS_MAIN(TestRepImporter)
#include "tst_repimporter.moc"
