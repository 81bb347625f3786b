// ZIP-level planning from the command line, as a user runs it: `territory new --units zip3`
// makes a ZIP3 project in one step, `import-accounts` puts accounts into the area their ZIP code
// names and reports how many went which way and which codes match no unit, `import-units
// --bundled zips` switches a project to the approximate ZIP areas, and `demo --units zips`
// builds the demo at ZIP level.
#include "storage/projectfile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run territory(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(TP_BIN_DIR "/territory"), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

using namespace tp;

class TestCliZipLevel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static Project read(const QString& path) {
        Project p;
        QString error;
        if (!storage::ProjectFile::open(path, &p, &error)) qWarning("%s", qPrintable(error));
        return p;
    }
    static QString unitOf(const Project& p, const char* externalId) {
        const int a = p.accountIndexByExternalId(QString::fromLatin1(externalId));
        if (a < 0) return QStringLiteral("(no account)");
        const int u = p.accounts[std::size_t(a)].unit;
        return u < 0 ? QString() : p.units[std::size_t(u)].code;
    }

    QString writeAccounts() {
        const QString path = m_dir.filePath(QStringLiteral("accounts.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) return {};
        // Z1, Z2: ZIP codes whose areas exist (Z2 with a ZIP+4 and coordinates elsewhere: the code
        // wins); Z3: a code that names no area, located in Chicago; Z4: no code, in Denver.
        f.write("id,name,zip,latitude,longitude\n"
                "Z1,Empire,10001,,\n"
                "Z2,Beverly,90210-1234,41.88,-87.63\n"
                "Z3,Nowhere,00000,41.88,-87.63\n"
                "Z4,Mile High,,39.74,-104.99\n");
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newZip3ProjectAndAccountsByZipCode() {
        const QString project = m_dir.filePath(QStringLiteral("zip3.territory"));
        Run r = territory({QStringLiteral("new"), project, QStringLiteral("--units"), QStringLiteral("zip3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("approximate ZIP3 areas (drawn around ZIP centres)")), qPrintable(r.out));

        r = territory({QStringLiteral("import-accounts"), project, writeAccounts()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("2 placed by postal code, 2 by location")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("match no unit: 00000")) || r.out.contains(QStringLiteral("matches no unit: 00000")),
                 qPrintable(r.out));

        const Project p = read(project);
        QCOMPARE(p.unitPostalCodes.kind, UnitPostalCodes::Kind::Zip3);
        QCOMPARE(unitOf(p, "Z1"), QStringLiteral("100"));
        QCOMPARE(unitOf(p, "Z2"), QStringLiteral("902"));
        QCOMPARE(unitOf(p, "Z3").left(2), QStringLiteral("60"));  // Chicago's ZIP3s: 606..608
        QCOMPARE(unitOf(p, "Z4").left(2), QStringLiteral("80"));  // Denver's: 800..802
    }

    void importBundledZipsKeepsAccountsInTheirZip() {
        const QString project = m_dir.filePath(QStringLiteral("counties.territory"));
        Run r = territory({QStringLiteral("new"), project, QStringLiteral("--where"), QStringLiteral("state_code = '36'")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = territory({QStringLiteral("import-accounts"), project, writeAccounts()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("placed by postal code")), qPrintable(r.out));  // counties: by location only

        r = territory({QStringLiteral("import-units"), project, QStringLiteral("--bundled"), QStringLiteral("zips")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("approximate ZIP areas (drawn around ZIP centres)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("2 accounts placed by postal code")), qPrintable(r.out));

        const Project p = read(project);
        QCOMPARE(p.unitPostalCodes.kind, UnitPostalCodes::Kind::Full);
        QCOMPARE(unitOf(p, "Z1"), QStringLiteral("10001"));
        QCOMPARE(unitOf(p, "Z2"), QStringLiteral("90210"));
        QVERIFY(!unitOf(p, "Z3").isEmpty());
    }

    void demoAtZipLevel() {
        const QString project = m_dir.filePath(QStringLiteral("zipdemo.territory"));
        const Run r = territory({QStringLiteral("demo"), project, QStringLiteral("--units"), QStringLiteral("zips"),
                                 QStringLiteral("--accounts"), QStringLiteral("600")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("600 accounts")), qPrintable(r.out));
        const qsizetype units = r.out.section(QStringLiteral(": "), 1).section(QLatin1Char(' '), 0, 0).toLongLong();
        QVERIFY2(units > 30000, qPrintable(r.out));
        const Run usage = territory({QStringLiteral("demo"), project, QStringLiteral("--units"), QStringLiteral("states")});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliZipLevel)
#include "tst_cliziplevel.moc"
