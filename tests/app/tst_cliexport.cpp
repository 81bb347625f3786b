// `territory export` as a script runs it: every kind writes a file that ogrinfo (GDAL's own
// command-line reader) or pdftoppm reads back with the project's row counts, the format follows
// the file suffix, and usage errors and failures have their exit codes (2 and 1).
#include "support/clirunner.h"

#include "storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using tp::testsupport::Run;
using tp::testsupport::run;
using tp::testsupport::territory;

// Layer name -> feature count, as `ogrinfo -ro -so -al` reports them.
QMap<QString, int> ogrinfoCounts(const QString& path) {
    const Run r =
        run(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-so"), QStringLiteral("-al"), path});
    QMap<QString, int> counts;
    if (r.exitCode != 0) return counts;
    static const QRegularExpression layer(QStringLiteral("Layer name: (.*)\\n(?:.*\\n)*?Feature Count: (\\d+)"));
    for (auto it = layer.globalMatch(r.out); it.hasNext();) {
        const auto m = it.next();
        counts.insert(m.captured(1).trimmed(), m.captured(2).toInt());
    }
    return counts;
}

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

    QString out(const QString& name) const { return m_dir.filePath(name); }
    Run exportOf(QStringList args) {
        args.prepend(m_demo);
        args.prepend(QStringLiteral("export"));
        return territory(args);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.territory"));
        QVERIFY(QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), m_demo));
        QFile::setPermissions(m_demo, QFile::ReadOwner | QFile::WriteOwner);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("too few") << QStringList{"export", "x.territory", "accounts"} << 2 << "usage: territory export";
        QTest::newRow("unknown kind") << QStringList{"export", "x.territory", "invoices", "o.csv"} << 2
                                      << "unknown kind 'invoices'";
        QTest::newRow("bad format") << QStringList{"export", "x.territory", "summary", "o.pdf", "--format", "pdf"} << 2
                                    << "xlsx, csv";
        QTest::newRow("report as sheet") << QStringList{"export", "x.territory", "report", "o.xlsx", "--format", "xlsx"}
                                         << 2 << "pdf";
        QTest::newRow("bad page") << QStringList{"export", "x.territory", "report", "o.pdf", "--page", "a3"} << 2
                                  << "usage: territory export";
        QTest::newRow("onto the project")
            << QStringList{"export", "x.territory", "units", "x.territory", "--format", "gpkg"} << 2 << "project file";
        QTest::newRow("missing project") << QStringList{"export", "/nonexistent/x.territory", "summary", "o.csv"} << 1
                                         << "x.territory";
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = territory(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void help() {
        const Run r = territory({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char* kind : {"accounts", "crm", "changes", "summary", "boundaries", "units", "report", "--baseline",
                                 "--per-territory-pages"})
            QVERIFY2(r.out.contains(QLatin1String(kind)), kind);
        QVERIFY(territory({QStringLiteral("--help")}).out.contains(QStringLiteral("export")));
    }

    void failures() {
        const Run noBaseline = exportOf({QStringLiteral("changes"), out(QStringLiteral("c.csv")),
                                         QStringLiteral("--baseline"), QStringLiteral("none")});
        QCOMPARE(noBaseline.exitCode, 1);
        QVERIFY2(noBaseline.err.contains(QStringLiteral("baseline")), qPrintable(noBaseline.err));
        const Run unknown = exportOf({QStringLiteral("accounts"), out(QStringLiteral("a.csv")),
                                      QStringLiteral("--baseline"), QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("no scenario 'nope'")));
        const Run unwritable = exportOf({QStringLiteral("summary"), QStringLiteral("/nonexistent/dir/s.csv")});
        QCOMPARE(unwritable.exitCode, 1);
    }

    void sheets() {
        const QString accounts = out(QStringLiteral("accounts.xlsx"));
        Run r = exportOf({QStringLiteral("accounts"), accounts, QStringLiteral("--scenario"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("against 'Plan of record FY27'")),
                 qPrintable(r.out)); // default baseline
        const auto sheets = ogrinfoCounts(accounts);
        QCOMPARE(sheets.size(), 13);
        QCOMPARE(sheets.value(QStringLiteral("All accounts")), 5000);
        int perRep = 0;
        for (auto it = sheets.begin(); it != sheets.end(); ++it)
            if (it.key() != QLatin1String("All accounts")) perRep += it.value();
        // The sheets per rep hold the accounts of the team exported (the demo's first team,
        // Commercial); the others are on the all-accounts sheet only.
        tp::Project demo;
        QString error;
        QVERIFY2(tp::storage::ProjectFile::open(m_demo, &demo, &error), qPrintable(error));
        int covered = 0;
        for (const tp::Account& a : demo.accounts) covered += demo.currentTeam()->covers(a);
        QVERIFY(covered < 5000);
        QCOMPARE(perRep, covered);

        const QString csv = out(QStringLiteral("accounts.csv"));
        QCOMPARE(exportOf({QStringLiteral("accounts"), csv}).exitCode, 0);
        QCOMPARE(ogrinfoCounts(csv).first(), 5000);

        const QString crm = out(QStringLiteral("owners.csv"));
        QCOMPARE(exportOf({QStringLiteral("crm"), crm}).exitCode, 0);
        QFile f(crm);
        QVERIFY(f.open(QIODevice::ReadOnly));
        // The primary owner and one column per overlay team (the demo's Healthcare specialists).
        QCOMPARE(f.readLine().trimmed(), QByteArray("\xEF\xBB\xBF"
                                                    "external_id,owner,owner_healthcare"));
        QCOMPARE(ogrinfoCounts(crm).first(), 5000);

        const QString changes = out(QStringLiteral("changes.xlsx"));
        r = exportOf({QStringLiteral("changes"), changes, QStringLiteral("--scenario"),
                      QStringLiteral("Proposal: rebalance to ±5 %"), QStringLiteral("--baseline"),
                      QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto changeSheets = ogrinfoCounts(changes);
        QCOMPARE(changeSheets.keys(), (QStringList{QStringLiteral("Accounts"), QStringLiteral("Handoffs")}));
        QVERIFY(changeSheets.value(QStringLiteral("Accounts")) > 0);
        QVERIFY(changeSheets.value(QStringLiteral("Handoffs")) >= 2); // one row per rep pair + totals

        const QString summary = out(QStringLiteral("summary.csv"));
        QCOMPARE(exportOf({QStringLiteral("summary"), summary}).exitCode, 0);
        QCOMPARE(ogrinfoCounts(summary).first(), 13); // 12 territories + totals
    }

    void gisFiles_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("features");
        for (const char* suffix : {"gpkg", "geojson", "json", "shp", "kml"}) {
            QTest::newRow(qPrintable(QStringLiteral("boundaries.%1").arg(suffix)))
                << "boundaries" << QStringLiteral("b.%1").arg(suffix) << 12;
            QTest::newRow(qPrintable(QStringLiteral("units.%1").arg(suffix)))
                << "units" << QStringLiteral("u.%1").arg(suffix) << 3107;
        }
    }
    void gisFiles() {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        QFETCH(int, features);
        const Run r = exportOf({kind, out(file)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto layers = ogrinfoCounts(out(file));
        QCOMPARE(layers.size(), 1);
        QCOMPARE(layers.first(), features);
    }

    void gisValidGeometry() {
        const QString file = out(QStringLiteral("valid.gpkg"));
        QCOMPARE(exportOf({QStringLiteral("boundaries"), file}).exitCode, 0);
        const Run r =
            run(QStringLiteral("ogrinfo"),
                {QStringLiteral("-ro"), QStringLiteral("-q"), QStringLiteral("-dialect"), QStringLiteral("SQLite"),
                 QStringLiteral("-sql"),
                 QStringLiteral("SELECT count(*) AS n, sum(ST_IsValid(geom)) AS valid FROM territories"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("n (Integer) = 12"))
                     && r.out.contains(QStringLiteral("valid (Integer) = 12")),
                 qPrintable(r.out));
    }

    void report() {
        const QString pdf = out(QStringLiteral("report.pdf"));
        const Run r =
            exportOf({QStringLiteral("report"), pdf, QStringLiteral("--per-territory-pages"), QStringLiteral("--page"),
                      QStringLiteral("letter"), QStringLiteral("--title"), QStringLiteral("FY27 plan")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.out.contains(QStringLiteral("FY27 plan")));
        QVERIFY(info.out.contains(QStringLiteral("612 x 792"))
                || info.out.contains(QStringLiteral("792 x 612"))); // letter
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out).captured(1).toInt();
        QVERIFY2(pages >= 14, qPrintable(info.out));

        const Run png =
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), QStringLiteral("-f"),
                 QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, out(QStringLiteral("page"))});
        QCOMPARE(png.exitCode, 0);
        const QStringList files = QDir(m_dir.path()).entryList({QStringLiteral("page-*.png")});
        QCOMPARE(files.size(), 1);
        const QImage image(m_dir.filePath(files.first()));
        QVERIFY(!image.isNull());
        qint64 inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) inked += qGray(image.pixel(x, y)) < 240;
        QVERIFY2(inked > image.width() * image.height() / 7, qPrintable(QString::number(inked)));
    }

    // The report marks territories against the balance band given by --tolerance (the Balance
    // dock's in the app), not a fixed 10 %: its balance line and legend name the band.
    void reportTolerance_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("band");
        QTest::newRow("default") << QStringList() << 0 << QStringLiteral("±10 %");
        QTest::newRow("4") << QStringList{QStringLiteral("--tolerance"), QStringLiteral("4")} << 0
                           << QStringLiteral("±4 %");
        QTest::newRow("7%") << QStringList{QStringLiteral("--tolerance"), QStringLiteral("7%")} << 0
                            << QStringLiteral("±7 %");
        QTest::newRow("zero") << QStringList{QStringLiteral("--tolerance"), QStringLiteral("0")} << 2 << QString();
        QTest::newRow("text") << QStringList{QStringLiteral("--tolerance"), QStringLiteral("some")} << 2 << QString();
    }
    void reportTolerance() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, band);
        const QString pdf = out(QStringLiteral("tolerance.pdf"));
        QFile::remove(pdf);
        const Run r = exportOf(QStringList{QStringLiteral("report"), pdf} + args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode != 0) {
            QVERIFY2(r.err.contains(QStringLiteral("--tolerance")), qPrintable(r.err));
            QVERIFY(!QFile::exists(pdf));
            return;
        }
        const Run text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                              QStringLiteral("1"), pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        // The balance line ("… within ±N %") and the legend's key both name the band.
        QVERIFY2(text.out.count(band) >= 2, qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
