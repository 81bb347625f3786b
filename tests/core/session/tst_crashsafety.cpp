// Crash safety of the large operations, as property tests: a child process runs imports of
// accounts, unit-layer replacements or scenario creations/deletions through the real session
// code, reports each one on stdout only after it returned, and is killed (SIGKILL) at a random
// moment. Reopened, the file must hold every reported operation and at most the one in flight,
// each whole: never a batch of accounts in part, units of two layers, or a scenario without its
// territories.
#include "session/accountimportapplier.h"
#include "session/planeditor.h"
#include "session/projectsession.h"
#include "session/unitlayerreplacer.h"
#include "support/makerep.h"

#include <boost/geometry/algorithms/correct.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <cstring>
#include <iostream>
#include <set>

using namespace tp;

namespace {

constexpr int batchSize = 25;

geo::MultiPolygon square(double x0, double y0, double size) {
    geo::Polygon p;
    p.outer() = geo::Ring({{x0, y0}, {x0, y0 + size}, {x0 + size, y0 + size}, {x0 + size, y0}, {x0, y0}});
    boost::geometry::correct(p);
    return {p};
}

// Layer A: 3 units of size 1; layer B: 6 units of size 0.5 (codes B0..B5, A-codes kept for two).
std::vector<Unit> layer(bool b) {
    std::vector<Unit> units;
    const int n = b ? 6 : 3;
    const double size = b ? 0.5 : 1.0;
    for (int i = 0; i < n; ++i) {
        Unit u;
        u.code = b && i >= 2 ? QStringLiteral("B%1").arg(i) : QStringLiteral("U%1").arg(i);
        u.name = u.code;
        u.shape = square(i * size, 0, size);
        u.bounds = geo::Box({i * size, 0}, {(i + 1) * size, size});
        u.areaM2 = size * 1e9;
        units.push_back(u);
    }
    return units;
}

Project baseProject() {
    Project p;
    p.title = QStringLiteral("Crash");
    p.units = layer(false);
    p.reps.push_back(testsupport::makeRep(5, "Ana", {0.5, 0.5}, 1600, 1e6));
    for (int i = 0; i < 40; ++i) {
        Account a;
        a.id = 100 + i;
        a.externalId = QStringLiteral("BASE-%1").arg(i);
        a.location = {0.25 + (i % 12) * 0.25, 0.2};
        a.unit = int(a.location.lon);
        p.accounts.push_back(a);
    }
    Scenario s;
    s.id = 1;
    s.name = QStringLiteral("Base");
    s.unitTerritory = {11, 12, 11};
    s.overrides.insert(100, 12);
    p.scenarios.push_back(s);
    p.currentScenarioId = 1;
    p.territories.push_back(Territory{11, 1, "West", "#112233", 5, 0, Territory::Level::Territory, false});
    p.territories.push_back(Territory{12, 1, "East", "#445566", 0, 0, Territory::Level::Territory, false});
    return p;
}

io::AccountImportResult batch(int k) {
    io::AccountImportResult r;
    r.ok = true;
    for (int i = 0; i < batchSize; ++i) {
        Account a;
        a.externalId = QStringLiteral("K%1-%2").arg(k).arg(i);
        a.name = QStringLiteral("Imported %1 of batch %2").arg(i).arg(k);
        a.location = {0.1 + 0.1 * i, 0.5};
        a.revenue = k * 1000 + i;
        r.accounts.push_back(a);
    }
    return r;
}

// The child: one operation after another until killed; "k" on stdout once operation k returned.
int runChild(const QString& mode, const QString& path) {
    QString error;
    auto session = session::ProjectSession::open(path, &error);
    if (!session) {
        std::cerr << qPrintable(error) << std::endl;
        return 2;
    }
    qint64 created = 0;
    for (int k = 0;; ++k) {
        bool ok = false;
        if (mode == QLatin1String("import")) {
            session::AccountImportSummary summary;
            ok = session::AccountImportApplier::apply(*session, batch(k), QStringLiteral("batch-%1").arg(k), &summary,
                                                      &error);
        } else if (mode == QLatin1String("units")) {
            io::UnitImportResult r;
            r.ok = true;
            r.units = layer(k % 2 == 0); // the first replacement brings layer B
            ok = session::UnitLayerReplacer::apply(*session, r, QStringLiteral("layer-%1").arg(k), nullptr, &error);
        } else {
            session::PlanEditor editor(*session);
            if (k % 2 == 0)
                ok = (created = editor.createScenario(QStringLiteral("S%1").arg(k), 1, &error)) != 0;
            else
                ok = editor.deleteScenario(created, &error);
        }
        if (!ok) {
            std::cerr << qPrintable(error) << std::endl;
            return 3;
        }
        std::cout << k << std::endl; // endl flushes: the parent sees k only after it returned
    }
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

class TestCrashSafety : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // Runs the child on a fresh project, kills it after a random number of reported operations
    // (and a random moment more), reopens it into *reopened; returns the last reported operation.
    int killAtRandom(const QString& mode, int round, QString* path,
                     std::unique_ptr<session::ProjectSession>* reopened) {
        *path = m_dir.filePath(QStringLiteral("%1-%2.territory").arg(mode).arg(round));
        QString error;
        if (!session::ProjectSession::create(*path, baseProject(), &error)) {
            qWarning() << error;
            return -2;
        }
        QRandomGenerator random(quint32(round * 7919 + mode.size()));
        const int target = 2 + int(random.bounded(20));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode, *path});
        if (!child.waitForStarted()) return -2;
        int last = -1;
        QByteArray pending;
        while (last < target && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            pending += child.readAllStandardOutput();
            const qsizetype nl = pending.lastIndexOf('\n');
            if (nl < 0) continue;
            last = pending.left(nl).split('\n').last().trimmed().toInt();
            pending = pending.mid(nl + 1);
        }
        QThread::usleep(random.bounded(4000)); // somewhere inside the next operation
        child.kill();
        child.waitForFinished();
        if (child.exitStatus() != QProcess::CrashExit) {
            qWarning() << child.readAllStandardError();
            return -2;
        }
        pending += child.readAllStandardOutput(); // lines written before the kill still count
        for (const QByteArray& line : pending.split('\n'))
            if (!line.trimmed().isEmpty()) last = line.trimmed().toInt();
        *reopened = session::ProjectSession::open(*path, &error);
        if (!*reopened) {
            qWarning() << error;
            return -2;
        }
        return last;
    }

    static int logged(session::ProjectSession& s, const QString& kind) {
        int n = 0;
        for (const auto& e : s.file().readLog(-1)) n += e.kind == kind ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void killedImportIsWholeOrAbsent_data() {
        QTest::addColumn<int>("round");
        for (int r = 0; r < 4; ++r) QTest::newRow(qPrintable(QStringLiteral("round %1").arg(r))) << r;
    }
    void killedImportIsWholeOrAbsent() {
        QFETCH(int, round);
        QString path;
        std::unique_ptr<session::ProjectSession> s;
        const int last = killAtRandom(QStringLiteral("import"), round, &path, &s);
        QVERIFY(last >= 2);
        const int n = logged(*s, QStringLiteral("import-accounts"));
        QVERIFY2(n == last + 1 || n == last + 2, qPrintable(QStringLiteral("%1 logged, %2 reported").arg(n).arg(last)));
        // Exactly batches 0..n-1, each complete, and nothing else.
        const Project& p = s->project();
        QCOMPARE(p.accounts.size(), std::size_t(40 + n * batchSize));
        std::set<qint64> ids;
        for (int k = 0; k < n; ++k)
            for (int i = 0; i < batchSize; ++i) {
                const int index = p.accountIndexByExternalId(QStringLiteral("K%1-%2").arg(k).arg(i));
                QVERIFY2(index >= 0, qPrintable(QStringLiteral("K%1-%2 missing").arg(k).arg(i)));
                QCOMPARE(p.accounts[std::size_t(index)].revenue, double(k * 1000 + i));
                ids.insert(p.accounts[std::size_t(index)].id);
            }
        QCOMPARE(ids.size(), std::size_t(n * batchSize)); // no two accounts share an id
        QCOMPARE(rawInt(path, "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'"), qint64(0));
    }

    void killedUnitReplacementIsOneLayer_data() { killedImportIsWholeOrAbsent_data(); }
    void killedUnitReplacementIsOneLayer() {
        QFETCH(int, round);
        QString path;
        std::unique_ptr<session::ProjectSession> s;
        const int last = killAtRandom(QStringLiteral("units"), round, &path, &s);
        QVERIFY(last >= 2);
        const int n = logged(*s, QStringLiteral("import-units"));
        QVERIFY2(n == last + 1 || n == last + 2, qPrintable(QStringLiteral("%1 logged, %2 reported").arg(n).arg(last)));
        // Replacement k brings layer B for even k: after n of them, the layer of replacement n-1.
        const bool layerB = (n - 1) % 2 == 0;
        const std::vector<Unit> expected = layer(layerB);
        const Project& p = s->project();
        QCOMPARE(p.units.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) QCOMPARE(p.units[i].code, expected[i].code);
        // Nothing of the other layer is left behind: no assignment and no account points past it.
        QCOMPARE(rawInt(path, "SELECT COUNT(*) FROM unit_assignments WHERE unit_id > (SELECT COUNT(*) FROM units)"),
                 qint64(0));
        QCOMPARE(rawInt(path, "SELECT COUNT(*) FROM accounts WHERE unit_id > (SELECT COUNT(*) FROM units)"), qint64(0));
        // Assignments travel with unit codes: U0 and U1 exist in both layers and keep theirs.
        QCOMPARE(p.scenario(1)->unitTerritory[0], qint64(11));
        QCOMPARE(p.scenario(1)->unitTerritory[1], qint64(12));
        for (const Account& a : p.accounts) QVERIFY(a.unit >= -1 && a.unit < int(expected.size()));
    }

    void killedScenarioOperationIsWholeOrAbsent_data() { killedImportIsWholeOrAbsent_data(); }
    void killedScenarioOperationIsWholeOrAbsent() {
        QFETCH(int, round);
        QString path;
        std::unique_ptr<session::ProjectSession> s;
        const int last = killAtRandom(QStringLiteral("scenario"), round, &path, &s);
        QVERIFY(last >= 2);
        const int n = logged(*s, QStringLiteral("create-scenario")) + logged(*s, QStringLiteral("delete-scenario"));
        QVERIFY2(n == last + 1 || n == last + 2, qPrintable(QStringLiteral("%1 logged, %2 reported").arg(n).arg(last)));
        const Project& p = s->project();
        // After an odd number of operations the last created copy exists, complete; after an even
        // number only the base scenario is left, and none of the copies' territories.
        QCOMPARE(p.scenarios.size(), std::size_t(n % 2 == 1 ? 2 : 1));
        QCOMPARE(p.territories.size(), std::size_t(n % 2 == 1 ? 4 : 2));
        if (n % 2 == 1) {
            const Scenario& copy = p.scenarios.back();
            QCOMPARE(copy.name, QStringLiteral("S%1").arg(n - 1));
            QCOMPARE(copy.parentId, qint64(1));
            QCOMPARE(p.territoriesOf(copy.id).size(), std::size_t(2));
            // The copy's assignment mirrors the base scenario's, through its own territories.
            for (std::size_t u = 0; u < copy.unitTerritory.size(); ++u) {
                const Territory* mine = p.territory(copy.unitTerritory[u]);
                const Territory* base = p.territory(p.scenario(1)->unitTerritory[u]);
                QVERIFY(mine && base);
                QCOMPARE(mine->scenarioId, copy.id);
                QCOMPARE(mine->name, base->name);
            }
            QCOMPARE(copy.overrides.size(), qsizetype(1));
        }
        QCOMPARE(rawInt(path, "SELECT COUNT(*) FROM territories WHERE scenario_id NOT IN (SELECT id FROM scenarios)"),
                 qint64(0));
    }
};

int main(int argc, char** argv) {
    if (argc == 4 && std::strcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
