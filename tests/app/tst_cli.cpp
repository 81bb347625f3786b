// The `territory` CLI as a user runs it: demo generation, the metrics table in every format,
// usage errors and exit codes, and a determinism check of the demo generator.
#include "support/clirunner.h"

#include "storage/projectfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

using tp::testsupport::Run;
using tp::testsupport::run;
using tp::testsupport::territory;

// The accounts the project's first team (the one the commands work on by default) covers: the
// demo's Commercial team (Mid-Market and SMB); its Enterprise field team has the rest.
qint64 firstTeamAccounts(const QString& path) {
    tp::Project p;
    QString error;
    if (!tp::storage::ProjectFile::open(path, &p, &error)) qWarning() << error;
    qint64 n = 0;
    for (const tp::Account& a : p.accounts) n += p.currentTeam() && p.currentTeam()->covers(a);
    return n;
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

    QString copyOfDemo(const QString& name) {
        const QString copy = m_dir.filePath(name);
        QFile::copy(m_demo, copy);
        return copy;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.territory"));
        const Run r = territory({QStringLiteral("demo"), m_demo, QStringLiteral("--accounts"), QStringLiteral("1200")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1200 accounts")));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << 2 << "usage: territory";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command 'frobnicate'";
        QTest::newRow("metrics without file") << QStringList{"metrics"} << 2 << "usage: territory metrics";
        QTest::newRow("bad format") << QStringList{"metrics", "x.territory", "--format", "xml"} << 2
                                    << "usage: territory metrics";
        QTest::newRow("missing file") << QStringList{"metrics", "/nonexistent/x.territory"} << 1 << "x.territory";
        QTest::newRow("demo bad number") << QStringList{"demo", "x.territory", "--accounts", "many"} << 2
                                         << "whole number";
        QTest::newRow("import without data")
            << QStringList{"import-accounts", "x.territory"} << 2 << "usage: territory import-accounts";
        QTest::newRow("import bad column")
            << QStringList{"import-accounts", "x.territory", "a.csv", "--column", "colour=x"} << 2 << "field=column";
        QTest::newRow("units data and bundled")
            << QStringList{"import-units", "x.territory", "a.gpkg", "--bundled", "states"} << 2
            << "usage: territory import-units";
        QTest::newRow("units bad bundled") << QStringList{"import-units", "x.territory", "--bundled", "parishes"} << 2
                                           << "usage: territory import-units";
        QTest::newRow("assign without target")
            << QStringList{"assign", "x.territory", "--unit", "08031"} << 2 << "usage: territory assign";
        QTest::newRow("assign units and accounts")
            << QStringList{"assign", "x.territory", "--territory", "A", "--unit", "1", "--account", "2"} << 2
            << "usage: territory assign";
        QTest::newRow("scenario unknown action")
            << QStringList{"scenario", "frob", "x.territory"} << 2 << "usage: territory scenario";
        QTest::newRow("scenario bad status")
            << QStringList{"scenario", "status", "x.territory", "1", "done"} << 2 << "draft, proposed or approved";
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = territory(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void helpForEveryCommand_data() {
        QTest::addColumn<QString>("command");
        for (const char* c : {"demo", "metrics", "import-accounts", "import-units", "assign", "scenario"})
            QTest::newRow(c) << c;
    }
    void helpForEveryCommand() {
        QFETCH(QString, command);
        const Run r = territory({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Usage:")));
    }

    void metricsJsonAddsUp() {
        const Run r =
            territory({QStringLiteral("metrics"), m_demo, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 12);
        qint64 accounts = 0;
        for (const QJsonValue v : rows) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(QStringLiteral("territory")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("rep")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("accounts")).toInteger() > 0);
            QVERIFY(o.value(QStringLiteral("pieces")).toInt() >= 1);
            accounts += o.value(QStringLiteral("accounts")).toInteger();
        }
        // Every demo account is placed at a ZIP point inside a demo county, and has exactly one
        // primary team: the first team's (Commercial) and the Enterprise field team's add up.
        const Run enterprise =
            territory({QStringLiteral("metrics"), m_demo, QStringLiteral("--team"), QStringLiteral("Enterprise field"),
                       QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(enterprise.exitCode == 0, qPrintable(enterprise.err));
        qint64 enterpriseAccounts = 0;
        for (const QJsonValue v : QJsonDocument::fromJson(enterprise.out.toUtf8()).array())
            enterpriseAccounts += v.toObject().value(QStringLiteral("accounts")).toInteger();
        QVERIFY(enterpriseAccounts > 0);
        QCOMPARE(accounts + enterpriseAccounts, qint64(1200));
    }

    void metricsTableAndCsv() {
        const Run table = territory({QStringLiteral("metrics"), m_demo});
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY(table.out.contains(QStringLiteral("Pacific Northwest")));
        QVERIFY(table.out.contains(QStringLiteral("spread (max − min) / mean")));
        const Run csv = territory({QStringLiteral("metrics"), m_demo, QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--scenario"), QStringLiteral("2")});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 13);
        QVERIFY(lines.first().startsWith(QStringLiteral("territory,rep,accounts")));
    }

    void unknownScenarioIsAnError() {
        const Run r =
            territory({QStringLiteral("metrics"), m_demo, QStringLiteral("--scenario"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no scenario 'nope'")));
    }

    void importAccountsReportsRejectedRows() {
        const QString project = copyOfDemo(QStringLiteral("import.territory"));
        const QString csv = m_dir.filePath(QStringLiteral("crm.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Salesforce-style headers; row 3 has a bad number, row 4 an unknown ZIP, row 5 repeats an id.
        f.write("Account ID,Account Name,Billing Zip/Postal Code,Annual Revenue,Industry,Segment,Tier\n"
                "SF-1,Acme Café,80202,125000,Retail,SMB,B\n"
                "SF-2,Globex,ten,5000,Retail,SMB,C\n"
                "SF-3,Initech,00000,5000,Retail,SMB,C\n"
                "SF-1,Acme again,80202,1,Retail,SMB,C\n"
                "SF-4,Umbrella,10001,900000,Healthcare,Enterprise,A\n");
        f.close();
        const QString rejected = m_dir.filePath(QStringLiteral("rejected.csv"));
        const Run r =
            territory({QStringLiteral("import-accounts"), project, csv, QStringLiteral("--rejected"), rejected,
                       QStringLiteral("--column"), QStringLiteral("revenuePotential=Annual Revenue")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QStringLiteral("2 accounts added")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("line 3:")) && r.err.contains(QStringLiteral("line 4:"))
                     && r.err.contains(QStringLiteral("line 5:")),
                 qPrintable(r.err));
        QFile report(rejected);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QCOMPARE(report.readAll().trimmed().split('\n').size(), 4); // header + 3 rows

        // The new accounts count in the metrics, and re-importing updates instead of duplicating.
        // (Summed over the two primary teams, which between them cover every account once.)
        qint64 accounts = 0;
        for (const QString& team : {QStringLiteral("Commercial"), QStringLiteral("Enterprise field")}) {
            const Run json = territory({QStringLiteral("metrics"), project, QStringLiteral("--team"), team,
                                        QStringLiteral("--format"), QStringLiteral("json")});
            for (const QJsonValue v : QJsonDocument::fromJson(json.out.toUtf8()).array())
                accounts += v.toObject().value(QStringLiteral("accounts")).toInteger();
        }
        QCOMPARE(accounts, qint64(1202));
        const Run again = territory({QStringLiteral("import-accounts"), project, csv});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.out.contains(QStringLiteral("0 accounts added")), qPrintable(again.out));
    }

    void importAccountsFailsCleanly() {
        const QString project = copyOfDemo(QStringLiteral("broken.territory"));
        const QString empty = m_dir.filePath(QStringLiteral("empty.csv"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run r = territory({QStringLiteral("import-accounts"), project, empty});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        const Run missing =
            territory({QStringLiteral("import-accounts"), project, m_dir.filePath(QStringLiteral("nope.csv"))});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(territory({QStringLiteral("metrics"), project, QStringLiteral("--format"), QStringLiteral("csv")}).out,
                 territory({QStringLiteral("metrics"), m_demo, QStringLiteral("--format"), QStringLiteral("csv")}).out);
    }

    void importUnitsKeepsAssignmentsByCode() {
        const QString project = copyOfDemo(QStringLiteral("units.territory"));
        const Run states =
            territory({QStringLiteral("import-units"), project, QStringLiteral("--bundled"), QStringLiteral("states")});
        QVERIFY2(states.exitCode == 0, qPrintable(states.err));
        QVERIFY(states.out.contains(QStringLiteral("56 units")));
        // State codes are not county codes: nothing is assigned any more, every account (of the
        // team) is unassigned.
        QVERIFY(territory({QStringLiteral("metrics"), project})
                    .out.contains(QStringLiteral("%1 accounts unassigned").arg(firstTeamAccounts(project))));
        // Back to counties: the assignments were dropped with the states, the accounts are located again.
        const Run counties = territory(
            {QStringLiteral("import-units"), project, QStringLiteral("--bundled"), QStringLiteral("counties")});
        QVERIFY2(counties.exitCode == 0, qPrintable(counties.err));
        QVERIFY(counties.out.contains(QStringLiteral("3230 units")));
    }

    void assignMovesUnitsAndAccounts() {
        const QString project = copyOfDemo(QStringLiteral("assign.territory"));
        auto accountsOf = [&](const QString& territoryName) {
            const Run r =
                territory({QStringLiteral("metrics"), project, QStringLiteral("--format"), QStringLiteral("json")});
            for (const QJsonValue v : QJsonDocument::fromJson(r.out.toUtf8()).array())
                if (v.toObject().value(QStringLiteral("territory")).toString() == territoryName)
                    return v.toObject().value(QStringLiteral("accounts")).toInteger();
            return qint64(-1);
        };
        const qint64 florida = accountsOf(QStringLiteral("Florida"));
        // Denver and Arapahoe counties to Southwest.
        const qint64 southwest = accountsOf(QStringLiteral("Southwest"));
        const Run units =
            territory({QStringLiteral("assign"), project, QStringLiteral("--territory"), QStringLiteral("southwest"),
                       QStringLiteral("--unit"), QStringLiteral("08031,08005")});
        QVERIFY2(units.exitCode == 0, qPrintable(units.err));
        QVERIFY2(units.out.contains(QStringLiteral("Moved 2 counties from Mountain to Southwest")),
                 qPrintable(units.out));
        QVERIFY(accountsOf(QStringLiteral("Southwest")) > southwest);
        // A named account moves one account; `none` returns it.
        const Run named =
            territory({QStringLiteral("assign"), project, QStringLiteral("--territory"), QStringLiteral("Florida"),
                       QStringLiteral("--account"), QStringLiteral("ACC-000001")});
        QVERIFY2(named.exitCode == 0, qPrintable(named.err));
        QCOMPARE(accountsOf(QStringLiteral("Florida")), florida + 1);
        QCOMPARE(territory({QStringLiteral("assign"), project, QStringLiteral("--territory"), QStringLiteral("none"),
                            QStringLiteral("--account"), QStringLiteral("ACC-000001")})
                     .exitCode,
                 0);
        QCOMPARE(accountsOf(QStringLiteral("Florida")), florida);
        // Unknown names are errors that change nothing.
        const Run unknown = territory({QStringLiteral("assign"), project, QStringLiteral("--territory"),
                                       QStringLiteral("Atlantis"), QStringLiteral("--unit"), QStringLiteral("08031")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("no territory 'Atlantis'")));
        QCOMPARE(territory({QStringLiteral("assign"), project, QStringLiteral("--territory"), QStringLiteral("Florida"),
                            QStringLiteral("--unit"), QStringLiteral("99999")})
                     .exitCode,
                 1);
    }

    void scenarioLifecycle() {
        const QString project = copyOfDemo(QStringLiteral("scenarios.territory"));
        const Run created = territory({QStringLiteral("scenario"), QStringLiteral("create"), project,
                                       QStringLiteral("Workshop A"), QStringLiteral("--from"), QStringLiteral("2")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        // A copy has the same metrics as its source.
        const Run source = territory({QStringLiteral("metrics"), project, QStringLiteral("--scenario"),
                                      QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("csv")});
        const Run copy = territory({QStringLiteral("metrics"), project, QStringLiteral("--scenario"),
                                    QStringLiteral("workshop a"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(copy.out, source.out);
        // Only an approved scenario can be the plan of record.
        const Run draft =
            territory({QStringLiteral("scenario"), QStringLiteral("status"), project, QStringLiteral("Workshop A"),
                       QStringLiteral("proposed"), QStringLiteral("--plan-of-record")});
        QCOMPARE(draft.exitCode, 1);
        QVERIFY(draft.err.contains(QStringLiteral("approved")));
        const Run approved =
            territory({QStringLiteral("scenario"), QStringLiteral("status"), project, QStringLiteral("Workshop A"),
                       QStringLiteral("approved"), QStringLiteral("--plan-of-record")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        const QStringList lines = approved.out.split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (line.contains(QStringLiteral("Workshop A")))
                QVERIFY(line.contains(QStringLiteral("plan of record")));
            else if (line.contains(QStringLiteral("Plan of record FY27")))
                QVERIFY(!line.contains(QStringLiteral("plan of record")));
        }
        QCOMPARE(
            territory({QStringLiteral("scenario"), QStringLiteral("switch"), project, QStringLiteral("Workshop A")})
                .exitCode,
            0);
        QVERIFY(territory({QStringLiteral("metrics"), project}).out.contains(QStringLiteral("Workshop A (approved)")));
        const Run empty = territory({QStringLiteral("scenario"), QStringLiteral("create"), project,
                                     QStringLiteral("Blank"), QStringLiteral("--empty")});
        QCOMPARE(empty.exitCode, 0);
        const Run list = territory({QStringLiteral("scenario"), QStringLiteral("list"), project});
        QVERIFY(list.out.contains(QStringLiteral("Blank")));
    }

    void rollUpSumsRegions() {
        const Run regions = territory({QStringLiteral("metrics"), m_demo, QStringLiteral("--rollup"),
                                       QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(regions.exitCode == 0, qPrintable(regions.err));
        const QJsonArray rows = QJsonDocument::fromJson(regions.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        qint64 accounts = 0;
        for (const QJsonValue v : rows) accounts += v.toObject().value(QStringLiteral("accounts")).toInteger();
        QCOMPARE(accounts, firstTeamAccounts(m_demo));
    }

    void demoIsDeterministic() {
        const QString second = m_dir.filePath(QStringLiteral("again.territory"));
        QCOMPARE(
            territory({QStringLiteral("demo"), second, QStringLiteral("--accounts"), QStringLiteral("1200")}).exitCode,
            0);
        const Run a = territory({QStringLiteral("metrics"), m_demo, QStringLiteral("--format"), QStringLiteral("csv")});
        const Run b = territory({QStringLiteral("metrics"), second, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(a.out, b.out);
        const QString other = m_dir.filePath(QStringLiteral("other.territory"));
        QCOMPARE(territory({QStringLiteral("demo"), other, QStringLiteral("--accounts"), QStringLiteral("1200"),
                            QStringLiteral("--seed"), QStringLiteral("7")})
                     .exitCode,
                 0);
        const Run c = territory({QStringLiteral("metrics"), other, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(a.out != c.out);
    }
    // From nothing: `new` on a fresh directory, import a CSV, and the metrics count its rows;
    // `new` refuses an existing file without --force; a normal run writes nothing to stderr,
    // not even Qt's XDG_RUNTIME_DIR warning in an environment without it.
    void newProjectFromNothing() {
        QTemporaryDir fresh;
        QVERIFY(fresh.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const QString project = fresh.filePath(QStringLiteral("colorado.territory"));

        const Run missing =
            territory({QStringLiteral("import-accounts"), project, fresh.filePath(QStringLiteral("none.csv"))}, env);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("run: territory new ") + project), qPrintable(missing.err));
        QVERIFY(!QFile::exists(project));

        const Run made = territory(
            {QStringLiteral("new"), project, QStringLiteral("--where"), QStringLiteral("state_code = '08'")}, env);
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY2(made.err.isEmpty(), qPrintable(made.err));
        QVERIFY2(made.out.contains(QStringLiteral(": 64 units")), qPrintable(made.out)); // Colorado has 64 counties

        const QString csv = fresh.filePath(QStringLiteral("accounts.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,name,zip,potential\nA-1,Denver Dental,80202,1000\nA-2,Boulder Bikes,80302,2000\nA-3,Pueblo "
                "Pipes,81003,500\n");
        f.close();
        const Run imported = territory({QStringLiteral("import-accounts"), project, csv}, env);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
        QVERIFY2(imported.err.isEmpty(), qPrintable(imported.err));

        // No territories yet: the table says how many accounts there are, all unassigned.
        const Run metrics = territory({QStringLiteral("metrics"), project}, env);
        QVERIFY2(metrics.exitCode == 0, qPrintable(metrics.err));
        QVERIFY2(metrics.err.isEmpty(), qPrintable(metrics.err));
        QVERIFY2(metrics.out.contains(QStringLiteral("3 accounts unassigned")), qPrintable(metrics.out));

        // An existing project is never replaced silently; --force replaces it.
        const QByteArray before = [&] {
            QFile p(project);
            p.open(QIODevice::ReadOnly);
            return p.readAll();
        }();
        const Run again = territory({QStringLiteral("new"), project}, env);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("--force")), qPrintable(again.err));
        QCOMPARE(
            [&] {
                QFile p(project);
                p.open(QIODevice::ReadOnly);
                return p.readAll();
            }(),
            before);
        const Run states = territory({QStringLiteral("new"), project, QStringLiteral("--units"),
                                      QStringLiteral("states"), QStringLiteral("--force")},
                                     env);
        QVERIFY2(states.exitCode == 0, qPrintable(states.err));
        QVERIFY2(states.err.isEmpty(), qPrintable(states.err));
        // export starts a QGuiApplication (fonts for the PDF): no platform warnings either.
        const Run pdf = territory(
            {QStringLiteral("export"), project, QStringLiteral("report"), fresh.filePath(QStringLiteral("r.pdf"))},
            env);
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
        QVERIFY2(pdf.err.isEmpty(), qPrintable(pdf.err));
        const Run empty = territory({QStringLiteral("metrics"), project}, env);
        QVERIFY2(!empty.out.contains(QStringLiteral("accounts unassigned")), qPrintable(empty.out));

        const Run badFilter = territory({QStringLiteral("new"), fresh.filePath(QStringLiteral("none.territory")),
                                         QStringLiteral("--where"), QStringLiteral("state_code = 'XX'")},
                                        env);
        QCOMPARE(badFilter.exitCode, 1);
        QVERIFY2(badFilter.err.contains(QStringLiteral("no features matching the filter")), qPrintable(badFilter.err));
        QVERIFY(!QFile::exists(fresh.filePath(QStringLiteral("none.territory"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
