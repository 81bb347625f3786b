// Two `territory` processes writing one project at the same time, as users (or scripts) do: the
// sum of what both acknowledged is what the file holds, never one overwriting the other. Each
// race runs several rounds on a fresh copy of a demo project; a process that finds the file
// changed under it reads it again and redoes its work (it says so on stderr, counted here).
#include "session/projectsession.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace tp;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

QProcess* startTerritory(const QStringList& args) {
    auto* p = new QProcess;
    p->start(QStringLiteral(TP_BIN_DIR "/territory"), args);
    return p;
}

Run finish(QProcess* p) {
    p->waitForFinished(120000);
    Run r{p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, QString::fromUtf8(p->readAllStandardOutput()),
          QString::fromUtf8(p->readAllStandardError())};
    delete p;
    return r;
}

// Both started before either is waited for.
std::pair<Run, Run> race(const QStringList& a, const QStringList& b) {
    QProcess* pa = startTerritory(a);
    QProcess* pb = startTerritory(b);
    Run ra = finish(pa);
    return {ra, finish(pb)};
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

constexpr int rounds = 4;
constexpr int rowsPerFile = 1500;

} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;
    int m_redone = 0;

    QString copyOfDemo(const QString& name) {
        const QString copy = m_dir.filePath(name);
        QFile::remove(copy);
        return QFile::copy(m_demo, copy) ? copy : QString();
    }
    void countRedone(const Run& r) {
        m_redone += int(r.err.count(QStringLiteral("changed by another program while this command ran")));
    }

    std::unique_ptr<session::ProjectSession> open(const QString& path) {
        QString error;
        auto s = session::ProjectSession::open(path, &error);
        if (!s) qWarning() << error;
        return s;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.territory"));
        QProcess p;
        p.start(QStringLiteral(TP_BIN_DIR "/territory"),
                {QStringLiteral("demo"), m_demo, QStringLiteral("--accounts"), QStringLiteral("300")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        for (int file = 1; file <= 2; ++file) {
            QByteArray csv = "Account ID,Account Name,Latitude,Longitude,Annual Revenue\n";
            for (int i = 0; i < rowsPerFile; ++i)
                csv += QStringLiteral("C%1-%2,Company %2 of file %1,%3,%4,%5\n")
                           .arg(file)
                           .arg(i)
                           .arg(39.0 + (i % 100) * 0.01)
                           .arg(-105.0 + (i / 100) * 0.01)
                           .arg(1000 + i)
                           .toUtf8();
            QVERIFY(writeFile(m_dir.filePath(QStringLiteral("crm%1.csv").arg(file)), csv));
        }
    }

    void cleanupTestCase() { qInfo("%d commands found the project changed under them and redid their work", m_redone); }

    // Issue 11, item 6: "two parallel import-accounts both report 3000 added and only 3000 of
    // 6000 exist".
    void parallelImportsKeepBoth() {
        for (int round = 0; round < rounds; ++round) {
            const QString project = copyOfDemo(QStringLiteral("imports.territory"));
            const auto [a, b] =
                race({QStringLiteral("import-accounts"), project, m_dir.filePath(QStringLiteral("crm1.csv"))},
                     {QStringLiteral("import-accounts"), project, m_dir.filePath(QStringLiteral("crm2.csv"))});
            countRedone(a);
            countRedone(b);
            QVERIFY2(a.exitCode == 0, qPrintable(a.err));
            QVERIFY2(b.exitCode == 0, qPrintable(b.err));
            const QString added = QStringLiteral("%1 accounts added").arg(rowsPerFile);
            QVERIFY2(a.out.contains(added) && b.out.contains(added), qPrintable(a.out + b.out));
            auto s = open(project);
            QVERIFY(s);
            const Project& p = s->project();
            QCOMPARE(p.accounts.size(), std::size_t(300 + 2 * rowsPerFile));
            std::set<qint64> ids;
            for (const Account& acc : p.accounts) ids.insert(acc.id);
            QCOMPARE(ids.size(), p.accounts.size());
            for (int file = 1; file <= 2; ++file)
                for (int i = 0; i < rowsPerFile; i += 97) {
                    const int index = p.accountIndexByExternalId(QStringLiteral("C%1-%2").arg(file).arg(i));
                    QVERIFY(index >= 0);
                    QCOMPARE(p.accounts[std::size_t(index)].revenue, double(1000 + i));
                }
        }
    }

    // "two scenario create both report the same id".
    void parallelScenarioCreationsGetTheirOwnIds() {
        for (int round = 0; round < rounds; ++round) {
            const QString project = copyOfDemo(QStringLiteral("scenarios.territory"));
            const auto [a, b] =
                race({QStringLiteral("scenario"), QStringLiteral("create"), project, QStringLiteral("Alpha")},
                     {QStringLiteral("scenario"), QStringLiteral("create"), project, QStringLiteral("Beta")});
            countRedone(a);
            countRedone(b);
            QVERIFY2(a.exitCode == 0, qPrintable(a.err));
            QVERIFY2(b.exitCode == 0, qPrintable(b.err));
            const QRegularExpression created(QStringLiteral("Created scenario (\\d+): (\\w+)"));
            const auto ma = created.match(a.out), mb = created.match(b.out);
            QVERIFY(ma.hasMatch() && mb.hasMatch());
            const qint64 idA = ma.captured(1).toLongLong(), idB = mb.captured(1).toLongLong();
            QVERIFY2(idA != idB, qPrintable(a.out + b.out));
            auto s = open(project);
            QVERIFY(s);
            const Project& p = s->project();
            QVERIFY(p.scenario(idA) && p.scenario(idB));
            QCOMPARE(p.scenario(idA)->name, QString("Alpha"));
            QCOMPARE(p.scenario(idB)->name, QString("Beta"));
            // Each is a whole copy of the current scenario, with territories of its own.
            const std::size_t source = p.territoriesOf(p.scenario(idA)->parentId).size();
            QVERIFY(source > 0);
            QCOMPARE(p.territoriesOf(idA).size(), source);
            QCOMPARE(p.territoriesOf(idB).size(), source);
            std::set<qint64> territoryIds;
            for (const Territory& t : p.territories) territoryIds.insert(t.id);
            QCOMPARE(territoryIds.size(), p.territories.size());
        }
    }

    // "an assign started before an import-units writes a unit of the new layer": the unit is
    // found by its code in whatever layer the file holds when the assignment is written.
    void assignRacingAUnitImportHitsTheRightUnit() {
        QString code, territory;
        qint64 territoryId = 0;
        {
            auto s = open(m_demo);
            QVERIFY(s);
            const Project& p = s->project();
            const Scenario* current = p.currentScenario();
            QVERIFY(current);
            code = p.units[0].code;
            for (const Territory* t : p.territoriesOf(current->id))
                if (t->level == Territory::Level::Territory && t->id != current->unitTerritory[0]) {
                    territory = t->name;
                    territoryId = t->id;
                    break;
                }
        }
        QVERIFY(!code.isEmpty() && territoryId != 0);
        // The new layer: two new units first, the demo's unit last (a stale index 0 would hit 99001).
        auto feature = [](const QString& c, double lon) {
            return QStringLiteral(
                       R"({"type":"Feature","properties":{"GEOID":"%1","NAME":"Unit %1"},"geometry":{"type":"Polygon",)"
                       R"("coordinates":[[[%2,39],[%3,39],[%3,40],[%2,40],[%2,39]]]}})")
                .arg(c)
                .arg(lon)
                .arg(lon + 1);
        };
        const QString layer = m_dir.filePath(QStringLiteral("layer.geojson"));
        QVERIFY(writeFile(layer, QStringLiteral(R"({"type":"FeatureCollection","features":[%1,%2,%3]})")
                                     .arg(feature(QStringLiteral("99001"), -110),
                                          feature(QStringLiteral("99002"), -108), feature(code, -106))
                                     .toUtf8()));
        for (int round = 0; round < rounds; ++round) {
            const QString project = copyOfDemo(QStringLiteral("assign.territory"));
            const auto [assign, import] =
                race({QStringLiteral("assign"), project, QStringLiteral("--territory"), territory,
                      QStringLiteral("--unit"), code},
                     {QStringLiteral("import-units"), project, layer, QStringLiteral("--code-field"),
                      QStringLiteral("GEOID"), QStringLiteral("--name-field"), QStringLiteral("NAME")});
            countRedone(assign);
            countRedone(import);
            QVERIFY2(import.exitCode == 0, qPrintable(import.err));
            QVERIFY2(assign.exitCode == 0, qPrintable(assign.err));
            auto s = open(project);
            QVERIFY(s);
            const Project& p = s->project();
            QCOMPARE(p.units.size(), std::size_t(3));
            const Scenario* current = p.currentScenario();
            QVERIFY(current);
            QCOMPARE(current->unitTerritory[std::size_t(p.unitIndexByCode(code))], territoryId);
            QCOMPARE(current->unitTerritory[std::size_t(p.unitIndexByCode(QStringLiteral("99001")))], qint64(0));
            QCOMPARE(current->unitTerritory[std::size_t(p.unitIndexByCode(QStringLiteral("99002")))], qint64(0));
        }
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
