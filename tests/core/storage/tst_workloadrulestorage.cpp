// The workload rule in the project file: the rule, each account's "workload from the rule" mark
// and the workload column survive writing and reopening; a rule edit is one transaction; a file
// from before the rule (schema 3) opens with the rule every project had then, and its accounts
// whose workload equals that rule for their tier and segment count as taking it from the rule.
#include "storage/projectfile.h"
#include "storage/schemamigrations.h"
#include "storage/sqliteconnection.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace tp;
using namespace tp::storage;

namespace {

Project makeProject() {
    Project p;
    p.title = QStringLiteral("rule");
    Scenario s;
    s.id = 1;
    s.name = QStringLiteral("Plan");
    p.scenarios = {s};
    p.currentScenarioId = 1;
    const char* tiers[] = {"A", "Gold", ""};
    const char* segments[] = {"Enterprise", "SMB", "Public sector"};
    for (int i = 0; i < 6; ++i) {
        Account a;
        a.id = 10 + i;
        a.externalId = QStringLiteral("X-%1").arg(i);
        a.tier = QString::fromLatin1(tiers[i % 3]);
        a.segment = QString::fromLatin1(segments[i / 2]);
        a.location = {-100.0 + i, 40.0};
        a.workloadHours = 5.0 * i + 0.25;
        a.workloadFromRule = i % 2 == 0;
        p.accounts.push_back(a);
    }
    p.workloadRule.tiers = {{QStringLiteral("Gold"), 52}, {QStringLiteral("A"), 24}, {QStringLiteral("Tier 4"), 0}};
    p.workloadRule.segments = {{QStringLiteral("Public sector"), 2.5}, {QStringLiteral("SMB"), 0.75}};
    p.workloadRule.otherVisits = 3;
    p.workloadRule.otherHours = 1.25;
    p.workloadColumn = QStringLiteral("Hours per year");
    p.reindex();
    return p;
}

qint64 rawInt(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    sqlite3_stmt* st = nullptr;
    qint64 value = -1;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

} // namespace

class TestWorkloadRuleStorage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void roundTrip() {
        const QString path = m_dir.filePath(QStringLiteral("round.territory"));
        const Project p = makeProject();
        QString error;
        QVERIFY2(ProjectFile::create(path, p, &error), qPrintable(error));
        Project back;
        auto f = ProjectFile::open(path, &back, &error);
        QVERIFY2(f, qPrintable(error));
        QVERIFY(back.workloadRule == p.workloadRule); // order of the rows kept
        QCOMPARE(back.workloadColumn, p.workloadColumn);
        QCOMPARE(back.accounts.size(), p.accounts.size());
        for (std::size_t i = 0; i < p.accounts.size(); ++i) {
            QCOMPARE(back.accounts[i].workloadFromRule, p.accounts[i].workloadFromRule);
            QCOMPARE(back.accounts[i].workloadHours, p.accounts[i].workloadHours);
        }
        QCOMPARE(rawInt(path, "SELECT COUNT(*) FROM accounts WHERE workload_from_rule = 1"), qint64(3));

        // An edit of the rule and of some workloads, each a transaction, read back after reopening.
        WorkloadRule changed = WorkloadRule::standard();
        changed.tiers.push_back({QStringLiteral("Platinum"), 100});
        QVERIFY2(f->setWorkloadRule(changed, nullptr, &error), qPrintable(error));
        QVERIFY2(f->setAccountWorkloads({{10, 7.5}, {12, 0.0}}, nullptr, &error), qPrintable(error));
        QVERIFY2(f->setWorkloadColumn(QStringLiteral("Effort"), nullptr, &error), qPrintable(error));
        f.reset();
        Project again;
        f = ProjectFile::open(path, &again, &error);
        QVERIFY2(f, qPrintable(error));
        QVERIFY(again.workloadRule == changed);
        QCOMPARE(again.workloadColumn, QString("Effort"));
        QCOMPARE(again.accounts[0].workloadHours, 7.5);
        QCOMPARE(again.accounts[2].workloadHours, 0.0);
        QCOMPARE(again.accounts[1].workloadHours, p.accounts[1].workloadHours);
    }

    void newFileHasTheStandardRule() {
        const QString path = m_dir.filePath(QStringLiteral("blank.territory"));
        Project p;
        Scenario s;
        s.id = 1;
        p.scenarios = {s};
        p.currentScenarioId = 1;
        QString error;
        QVERIFY2(ProjectFile::create(path, p, &error), qPrintable(error));
        Project back;
        QVERIFY2(ProjectFile::open(path, &back, &error), qPrintable(error));
        QVERIFY(back.workloadRule == WorkloadRule::standard());
        QVERIFY(back.workloadColumn.isEmpty());
    }

    // Schema 3 accounts: tier, segment, workload -> whether the upgrade counts it as from the rule
    // (A 24, B 12, C 4, other 6 visits x Enterprise 3, Mid-Market 2, SMB 1, other 1.5 hours).
    void migratesVersionThreeFile_data() {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("segment");
        QTest::addColumn<double>("hours");
        QTest::addColumn<bool>("fromRule");
        QTest::newRow("A Enterprise 72") << "A"
                                         << "Enterprise" << 72.0 << true;
        QTest::newRow("C SMB 4") << "C"
                                 << "SMB" << 4.0 << true;
        QTest::newRow("B Mid-Market 24") << "B"
                                         << "Mid-Market" << 24.0 << true;
        QTest::newRow("no tier, no segment 9") << ""
                                               << "" << 9.0 << true;
        QTest::newRow("unknown tier SMB 6") << "Gold"
                                            << "SMB" << 6.0 << true;
        QTest::newRow("lower case b smb 12") << "b"
                                             << "smb" << 12.0 << true;
        QTest::newRow("A Enterprise 70: a file's") << "A"
                                                   << "Enterprise" << 70.0 << false;
        QTest::newRow("C SMB 0: a file's") << "C"
                                           << "SMB" << 0.0 << false;
        QTest::newRow("demo rule B Mid-Market 12: not today's") << "B"
                                                                << "Mid-Market" << 12.0 << false;
    }
    void migratesVersionThreeFile() {
        QFETCH(QString, tier);
        QFETCH(QString, segment);
        QFETCH(double, hours);
        QFETCH(bool, fromRule);
        const QString path = m_dir.filePath(QStringLiteral("v3-%1.territory")
                                                .arg(QTest::currentDataTag())
                                                .remove(QLatin1Char(' '))
                                                .remove(QLatin1Char(':')));
        {
            SqliteConnection db;
            QString error;
            QVERIFY2(db.open(path, true, &error), qPrintable(error));
            QVERIFY2(SchemaMigrations::migrate(db, 0, 3, &error), qPrintable(error));
            const QByteArray sql =
                QStringLiteral("INSERT INTO meta VALUES('current_scenario', 4);"
                               "INSERT INTO scenarios(id, name) VALUES(4, 'Old');"
                               "INSERT INTO accounts(id, external_id, tier, segment, workload_hours) "
                               "VALUES(7, 'OLD-7', '%1', '%2', %3);")
                    .arg(tier, segment)
                    .arg(hours, 0, 'g', 17)
                    .toUtf8();
            QVERIFY2(db.exec(sql.constData(), &error), qPrintable(error));
        }
        Project p;
        QString error;
        auto f = ProjectFile::open(path, &p, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->connectionSettings().schemaVersion, SchemaMigrations::latestVersion());
        QVERIFY(p.workloadRule == WorkloadRule::standard());
        QCOMPARE(p.accounts.size(), std::size_t(1));
        QCOMPARE(p.accounts.front().workloadHours, hours);
        QCOMPARE(p.accounts.front().workloadFromRule, fromRule);
        // The upgrade agrees with the rule as the program computes it.
        QCOMPARE(p.workloadRule.hoursPerYear(tier, segment) == hours, fromRule);
    }
};

QTEST_GUILESS_MAIN(TestWorkloadRuleStorage)
#include "tst_workloadrulestorage.moc"
