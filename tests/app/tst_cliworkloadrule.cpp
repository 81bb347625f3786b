// `territory workload-rule` as a user runs it on a project made from nothing: `new`, an import
// whose rows have a workload or not, `show` (the rule and where workloads came from), `set`
// (recomputes the rule's accounts, the file's stay), `set --no-apply` then `apply`, and usage
// errors with their exit codes.
#include "support/clirunner.h"

#include "storage/projectfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using tp::testsupport::Run;
using tp::testsupport::territory;

namespace {

tp::Project load(const QString& path) {
    tp::Project p;
    QString error;
    auto f = tp::storage::ProjectFile::open(path, &p, &error);
    if (!f) qWarning() << error;
    return p;
}

const tp::Account* account(const tp::Project& p, const char* id) {
    const int i = p.accountIndexByExternalId(QString::fromLatin1(id));
    return i < 0 ? nullptr : &p.accounts[std::size_t(i)];
}

} // namespace

class TestCliWorkloadRule : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void fromNothing() {
        const QString project = m_dir.filePath(QStringLiteral("fresh.territory"));
        const QString csv = m_dir.filePath(QStringLiteral("crm.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Account ID,Latitude,Longitude,Tier,Segment,Hours\n"
                "R-1,39.7,-104.9,A,Enterprise,\n"
                "R-2,40.7,-74.0,C,SMB,\n"
                "F-1,34.0,-118.2,A,Enterprise,50\n");
        f.close();
        Run r = territory({QStringLiteral("new"), project, QStringLiteral("--units"), QStringLiteral("states")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = territory({QStringLiteral("import-accounts"), project, csv, QStringLiteral("--column"),
                       QStringLiteral("workloadHours=Hours")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        tp::Project p = load(project);
        QCOMPARE(account(p, "R-1")->workloadHours, 72.0); // the standard rule: A 24 x Enterprise 3
        QCOMPARE(account(p, "R-2")->workloadHours, 4.0);
        QCOMPARE(account(p, "F-1")->workloadHours, 50.0);

        r = territory({QStringLiteral("workload-rule"), QStringLiteral("show"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("accounts with workload from the rule: 2")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("from a file column: 1 (last: Hours)")), qPrintable(r.out));

        r = territory({QStringLiteral("workload-rule"), QStringLiteral("set"), project, QStringLiteral("--tier"),
                       QStringLiteral("a=10"), QStringLiteral("--segment"), QStringLiteral("Enterprise=2"),
                       QStringLiteral("--other-hours"), QStringLiteral("0.25"), QStringLiteral("--remove-segment"),
                       QStringLiteral("SMB")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        p = load(project);
        QCOMPARE(account(p, "R-1")->workloadHours, 10.0 * 2.0);
        QCOMPARE(account(p, "R-2")->workloadHours, 4.0 * 0.25); // SMB is no longer listed
        QCOMPARE(account(p, "F-1")->workloadHours, 50.0);
        QCOMPARE(p.workloadRule.visitsPerYear(QStringLiteral("A")), 10.0);

        // The rule alone, then applied.
        r = territory({QStringLiteral("workload-rule"), QStringLiteral("set"), project, QStringLiteral("--tier"),
                       QStringLiteral("C=8"), QStringLiteral("--no-apply")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(load(project).accounts[std::size_t(p.accountIndexByExternalId(QStringLiteral("R-2")))].workloadHours,
                 1.0);
        r = territory({QStringLiteral("workload-rule"), QStringLiteral("apply"), project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        p = load(project);
        QCOMPARE(account(p, "R-2")->workloadHours, 8.0 * 0.25);
        QCOMPARE(account(p, "F-1")->workloadHours, 50.0);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{} << 2 << "usage";
        QTest::newRow("unknown action") << QStringList{"bogus", "P"} << 2 << "show, set or apply";
        QTest::newRow("set without changes") << QStringList{"set", "P"} << 2 << "at least one";
        QTest::newRow("bad visits") << QStringList{"set", "P", "--tier", "A=many"} << 2 << "NAME=VISITS";
        QTest::newRow("negative hours") << QStringList{"set", "P", "--segment", "SMB=-1"} << 2 << "NAME=HOURS";
        QTest::newRow("show takes no changes") << QStringList{"show", "P", "--tier", "A=1"} << 2 << "only set";
        QTest::newRow("unknown tier to remove") << QStringList{"set", "P", "--remove-tier", "Z"} << 1 << "no tier 'Z'";
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString project = m_dir.filePath(QStringLiteral("usage.territory"));
        if (!QFile::exists(project))
            QCOMPARE(territory({QStringLiteral("new"), project, QStringLiteral("--units"), QStringLiteral("states")})
                         .exitCode,
                     0);
        args.replaceInStrings(QRegularExpression(QStringLiteral("^P$")), project);
        const Run r = territory(QStringList{QStringLiteral("workload-rule")} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliWorkloadRule)
#include "tst_cliworkloadrule.moc"
