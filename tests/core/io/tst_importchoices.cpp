// What the import wizard relies on in core: a preview that reads only the first rows (and a file
// without location columns), where a location comes from (LocationSource, data-driven), columns
// left out, every cell of a rejected row kept and written back as CSV, the plain notes for fields
// without a column, a cancelled import that returns nothing, and mappings remembered per header
// signature.
#include "io/export/outputguard.h"
#include "io/export/rejectedrowswriter.h"
#include "io/import/accountimporter.h"
#include "io/import/importmappingmemory.h"
#include "io/import/postalcodeindex.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;
using namespace tp::io;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) return {};
    return path;
}

} // namespace

class TestImportChoices : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    PostalCodeIndex m_zips;

    AccountImportOptions options(const QString& path) const {
        AccountImportOptions o;
        o.path = path;
        o.postalCodes = &m_zips;
        return o;
    }

private slots:
    void initTestCase() {
        m_zips.insert(QStringLiteral("80202"), {geo::GeoPoint{-104.99, 39.75}, {}, {}});
        m_zips.insert(QStringLiteral("02108"), {geo::GeoPoint{-71.06, 42.36}, {}, {}});
    }

    void previewReadsTheFirstRows() {
        QByteArray csv = "name;plz;note\n";
        for (int i = 0; i < 100; ++i) csv += "Firma " + QByteArray::number(i) + ";80202;x\n";
        AccountImportOptions o = options(write(m_dir, QStringLiteral("preview.csv"), csv));
        o.maxRows = 5;
        o.sampleRows = 3;
        o.requireLocation = true;
        o.mapping.setColumn(AccountField::PostalCode, QString()); // no location column at all
        const AccountImportResult refused = AccountImporter::importAccounts(o);
        QVERIFY(!refused.ok);
        QVERIFY(refused.error.contains(QLatin1String("No location columns")));
        o.requireLocation = false;
        const AccountImportResult r = AccountImporter::importAccounts(o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rowsRead, 5);
        QCOMPARE(int(r.sample.size()), 3);
        QCOMPARE(r.sample[1], (QStringList{"Firma 1", "80202", "x"}));
        QCOMPARE(r.separator, QLatin1Char(';'));
        QVERIFY(r.decimalComma);
        QCOMPARE(int(r.rejected.size()), 5); // no location: every row, with its cells
        QCOMPARE(r.rejected[0].values, (QStringList{"Firma 0", "80202", "x"}));
    }

    void locationSource_data() {
        QTest::addColumn<int>("source");
        QTest::addColumn<QByteArray>("row"); // id,lat,lon,zip
        QTest::addColumn<double>("lat");     // NaN: rejected
        QTest::addColumn<QString>("reason");
        const double no = std::nan("");
        const QByteArray both = "A,40.0,-100.0,80202";
        QTest::newRow("coordinates first, both") << int(LocationSource::CoordinatesFirst) << both << 40.0 << "";
        QTest::newRow("postal first, both") << int(LocationSource::PostalCodeFirst) << both << 39.75 << "";
        QTest::newRow("coordinates only, both") << int(LocationSource::CoordinatesOnly) << both << 40.0 << "";
        QTest::newRow("postal only, both") << int(LocationSource::PostalCodeOnly) << both << 39.75 << "";
        const QByteArray zipOnly = "A,,,02108";
        QTest::newRow("coordinates first, zip") << int(LocationSource::CoordinatesFirst) << zipOnly << 42.36 << "";
        QTest::newRow("coordinates only, zip")
            << int(LocationSource::CoordinatesOnly) << zipOnly << no << "no location: no coordinates";
        const QByteArray unknownZip = "A,41.0,-90.0,00000";
        QTest::newRow("postal first, unknown zip") << int(LocationSource::PostalCodeFirst) << unknownZip << 41.0 << "";
        QTest::newRow("postal only, unknown zip")
            << int(LocationSource::PostalCodeOnly) << unknownZip << no << "postal code '00000' is unknown";
        const QByteArray nothing = "A,,,";
        QTest::newRow("coordinates first, nothing") << int(LocationSource::CoordinatesFirst) << nothing << no
                                                    << "no location: no coordinates and no postal code";
        QTest::newRow("postal first, nothing") << int(LocationSource::PostalCodeFirst) << nothing << no
                                               << "no location: no postal code and no coordinates";
        QTest::newRow("postal first, bad both")
            << int(LocationSource::PostalCodeFirst) << QByteArray("A,abc,-90.0,00000") << no
            << "postal code '00000' is unknown; latitude 'abc' is not a number";
    }
    void locationSource() {
        QFETCH(int, source);
        QFETCH(QByteArray, row);
        QFETCH(double, lat);
        QFETCH(QString, reason);
        AccountImportOptions o =
            options(write(m_dir, QStringLiteral("where.csv"), "id,latitude,longitude,zip\n" + row + "\n"));
        o.location = LocationSource(source);
        const AccountImportResult r = AccountImporter::importAccounts(o);
        QVERIFY2(r.ok, qPrintable(r.error));
        if (std::isnan(lat)) {
            QCOMPARE(int(r.rejected.size()), 1);
            QCOMPARE(r.rejected[0].reason, reason);
        } else {
            QCOMPARE(int(r.accounts.size()), 1);
            QCOMPARE(r.accounts[0].location.lat, lat);
        }
    }

    void ignoredColumnsAreNotKept() {
        AccountImportOptions o =
            options(write(m_dir, QStringLiteral("extras.csv"), "id,zip,nps,secret\nA,80202,7,x\n"));
        o.ignoredColumns = {QStringLiteral("secret")};
        const AccountImportResult r = AccountImporter::importAccounts(o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.extraColumns, QStringList{"nps"});
        QCOMPARE(r.accounts[0].extra.value(QStringLiteral("nps")).toDouble(), 7.0);
        QVERIFY(!r.accounts[0].extra.contains(QStringLiteral("secret")));
    }

    void gapNotesSayWhatIsMissing_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("salesforce") << QByteArray("Account ID,Billing Zip/Postal Code,Annual Revenue,Rating")
                                    << QStringList{"No potential column: Potential will be 0 for every account.",
                                                   "No pipeline column", "workload comes from the tier rule",
                                                   "No name column"}
                                    << QStringList{"No revenue column", "No id column", "no tier column"};
        QTest::newRow("nothing but ids") << QByteArray("id,zip")
                                         << QStringList{"no tier column", "postal code's centre"}
                                         << QStringList{"No id column"};
        QTest::newRow("full") << QByteArray("id,name,zip,latitude,longitude,potential,revenue,pipeline,workload")
                              << QStringList{} << QStringList{"No "};
    }
    void gapNotesSayWhatIsMissing() {
        QFETCH(QByteArray, header);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const AccountImportResult r = AccountImporter::importAccounts(options(
            write(m_dir, QStringLiteral("gaps.csv"),
                  header + "\n" + QByteArray(header.count(',') + 1, 'x').replace("x", "1,").chopped(1) + "\n")));
        const QString notes = r.notes.join(QLatin1Char('\n'));
        for (const QString& p : present)
            QVERIFY2(notes.contains(p, Qt::CaseInsensitive), qPrintable(p + QStringLiteral(" | ") + notes));
        for (const QString& a : absent)
            QVERIFY2(!notes.contains(a, Qt::CaseInsensitive), qPrintable(a + QStringLiteral(" | ") + notes));
    }

    void cancelledImportReturnsNothing() {
        QByteArray csv = "id,zip\n";
        for (int i = 0; i < 200000; ++i) csv += "C" + QByteArray::number(i) + ",80202\n";
        AccountImportOptions o = options(write(m_dir, QStringLiteral("cancel.csv"), csv));
        int reports = 0;
        TaskProgress progress([&](const QString& step, double) {
            ++reports;
            QVERIFY(step.contains(QLatin1String("cancel.csv")));
        });
        progress.cancel();
        o.progress = progress;
        const AccountImportResult r = AccountImporter::importAccounts(o);
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(r.accounts.empty());
        QVERIFY(reports >= 1); // the step was named before the first check
    }

    void rejectedRowsAsCsv() {
        const QByteArray csv = "id,name,latitude,longitude,revenue\n"
                               "A,Good,40.0,-100.0,5\n"
                               "B,\"=cmd, evil\",40.0,-100.0,abc\n"
                               ",No Id,-33.5,151.2,1\n";
        const AccountImportResult r =
            AccountImporter::importAccounts(options(write(m_dir, QStringLiteral("rej.csv"), csv)));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(int(r.rejected.size()), 2);
        const QString out = m_dir.filePath(QStringLiteral("rejected.csv"));
        QString error;
        QVERIFY2(RejectedRowsWriter::write(r, out, OutputGuard(), &error), qPrintable(error));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("line,reason,id,name,latitude,longitude,revenue"));
        QCOMPARE(lines[1], QStringLiteral("3,revenue 'abc' is not a number,B,\"'=cmd, evil\",40.0,-100.0,abc"));
        QCOMPARE(lines[2], QStringLiteral("4,the external id is empty,,No Id,-33.5,151.2,1"));
        f.close();

        // Cancelled (the GUI writes on a worker behind a progress dialog): the old file stays.
        const QByteArray before = [&] {
            QFile g(out);
            return g.open(QIODevice::ReadOnly) ? g.readAll() : QByteArray();
        }();
        OutputGuard cancelled;
        const TaskProgress progress([](const QString&, double) {});
        progress.cancel();
        cancelled.setProgress(progress);
        AccountImportResult other = r;
        other.rejected.pop_back();
        error = QStringLiteral("unset");
        QVERIFY(!RejectedRowsWriter::write(other, out, cancelled, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile g(out);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), before);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*rejected*")}, QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("rejected.csv")});
    }

    void mappingMemory() {
        QSettings settings(m_dir.filePath(QStringLiteral("memory.ini")), QSettings::IniFormat);
        ImportMappingMemory memory(settings);
        const QStringList headers{"Account ID", "Annual Revenue", "Zip", "Notes"};
        QVERIFY(!memory.recall(headers));
        ImportMappingMemory::Entry entry;
        entry.mapping.setColumn(AccountField::ExternalId, QStringLiteral("Account ID"));
        entry.mapping.setColumn(AccountField::RevenuePotential, QStringLiteral("Annual Revenue"));
        entry.mapping.setColumn(AccountField::Revenue, QString());
        entry.ignoredColumns = {QStringLiteral("Notes")};
        memory.remember(headers, entry);
        // Any order of the same columns is the same signature; another set of columns is not.
        const auto back = memory.recall({"Zip", "Notes", "Annual Revenue", "Account ID"});
        QVERIFY(back);
        QCOMPARE(back->mapping.column(AccountField::RevenuePotential), QStringLiteral("Annual Revenue"));
        QVERIFY(back->mapping.isExplicit(AccountField::Revenue));
        QVERIFY(!back->mapping.isMapped(AccountField::Revenue));
        QCOMPARE(back->ignoredColumns, QStringList{"Notes"});
        QVERIFY(!memory.recall({"Account ID", "Annual Revenue", "Zip"}));
        QVERIFY(ImportMappingMemory::signature(headers)
                != ImportMappingMemory::signature({"Account ID", "Annual Revenue", "Zip"}));
        memory.forget(headers);
        QVERIFY(!memory.recall(headers));
    }
};

QTEST_GUILESS_MAIN(TestImportChoices)
#include "tst_importchoices.moc"
