// Independent check of the metrics engine on the demo project: for every scenario, units,
// accounts, revenue potential, revenue, pipeline and workload hours per leaf territory (and the
// plan's unassigned units and accounts) are worked out by one SQL query that GDAL's ogr2ogr runs
// on the .territory file itself (SQLite dialect), with nothing of this project's code in between.
// They must equal what MetricsEngine computes from the loaded project: counts exactly, money and
// hours to the cent. The demo has no account overrides and no unassigned units, so a second copy
// of the demo gets some through ProjectFile (overrides to other territories, to a territory of
// another scenario, unassigned units with an overridden account) and is checked the same way;
// that copy's SQL figures without overrides must differ from the engine's, so an engine that
// ignored overrides would fail here.
#include "model/metricsengine.h"
#include "model/project.h"
#include "storage/projectfile.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace tp;
using namespace tp::storage;

namespace {

// One row of figures: a leaf territory, or (territory id 0) everything unassigned.
struct Figures {
    qint64 units = 0;
    qint64 accounts = 0;
    double revenuePotential = 0, revenue = 0, pipeline = 0, workloadHours = 0;
};
using FiguresById = QMap<qint64, Figures>;

// Per leaf territory of the scenario plus one row for id 0 (unassigned). An account belongs to its
// override territory when it has an override in the scenario, else to its unit's territory in the
// scenario; a territory that is not a leaf (level 0) of this scenario counts as unassigned, as do
// units without an assignment and accounts without a (known) unit. Units are stored as index + 1.
// With ignoreOverrides the overrides are left out (a deliberately wrong computation).
QString metricsSql(qint64 scenarioId, bool ignoreOverrides) {
    const QString sql = QStringLiteral(R"sql(
WITH leaf AS (SELECT id FROM territories WHERE scenario_id = %1 AND level = 0),
unit_owner AS (
  SELECT u.id AS unit_id, COALESCE(leaf.id, 0) AS tid
  FROM units u
  LEFT JOIN unit_assignments ua ON ua.scenario_id = %1 AND ua.unit_id = u.id
  LEFT JOIN leaf ON leaf.id = ua.territory_id),
account_owner AS (
  SELECT a.id, a.revenue_potential, a.revenue, a.pipeline, a.workload_hours,
         CASE WHEN o.account_id IS NOT NULL
              THEN COALESCE((SELECT leaf.id FROM leaf WHERE leaf.id = o.territory_id), 0)
              ELSE COALESCE((SELECT uo.tid FROM unit_owner uo WHERE uo.unit_id = a.unit_id), 0) END AS tid
  FROM accounts a
  LEFT JOIN account_overrides o ON o.scenario_id = %1 AND o.account_id = a.id AND %2),
owners AS (SELECT id FROM leaf UNION ALL SELECT 0)
SELECT owners.id AS territory_id,
       (SELECT COUNT(*) FROM unit_owner uo WHERE uo.tid = owners.id) AS units,
       COUNT(a.id) AS accounts,
       printf('%.6f', TOTAL(a.revenue_potential)) AS revenue_potential,
       printf('%.6f', TOTAL(a.revenue)) AS revenue,
       printf('%.6f', TOTAL(a.pipeline)) AS pipeline,
       printf('%.6f', TOTAL(a.workload_hours)) AS workload_hours
FROM owners LEFT JOIN account_owner a ON a.tid = owners.id
GROUP BY owners.id ORDER BY owners.id
)sql");
    // %.6f is SQLite's printf, not QString's: only %1 and %2 are substituted.
    return sql.arg(scenarioId).arg(ignoreOverrides ? QStringLiteral("0") : QStringLiteral("1"));
}

QString gdalTool(const char* name) {
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// Runs a tool to completion; its standard output, or an empty array and *error on failure.
QByteArray run(const QString& program, const QStringList& arguments, QString* error) {
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (exit %2): %3 %4")
                     .arg(program)
                     .arg(process.exitCode())
                     .arg(process.errorString(), QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}

// The figures of one scenario, as ogr2ogr computes them from the file (read-only, SQLite dialect).
bool independentFigures(const QString& file, qint64 scenarioId, bool ignoreOverrides, FiguresById* out,
                        QString* error) {
    const QByteArray csv = run(gdalTool("ogr2ogr"),
                               {QStringLiteral("-f"), QStringLiteral("CSV"), QStringLiteral("/vsistdout/"), file,
                                QStringLiteral("-dialect"), QStringLiteral("SQLite"), QStringLiteral("-sql"),
                                metricsSql(scenarioId, ignoreOverrides)},
                               error);
    if (csv.isEmpty()) {
        if (error->isEmpty()) *error = QStringLiteral("ogr2ogr wrote nothing");
        return false;
    }
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    if (lines.value(0).trimmed() != "territory_id,units,accounts,revenue_potential,revenue,pipeline,workload_hours") {
        *error = QStringLiteral("unexpected CSV header: %1").arg(QString::fromUtf8(lines.value(0)));
        return false;
    }
    out->clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        bool ok = cells.size() == 7;
        auto cell = [&](int c) { return QByteArray(cells.value(c)).replace('"', ""); };
        auto integer = [&](int c) {
            bool good = false;
            const qint64 v = cell(c).toLongLong(&good);
            ok = ok && good;
            return v;
        };
        auto real = [&](int c) {
            bool good = false;
            const double v = cell(c).toDouble(&good);
            ok = ok && good;
            return v;
        };
        const qint64 id = integer(0);
        Figures f{integer(1), integer(2), real(3), real(4), real(5), real(6)};
        if (!ok || out->contains(id)) {
            *error = QStringLiteral("bad CSV line: %1").arg(QString::fromUtf8(lines[i]));
            return false;
        }
        out->insert(id, f);
    }
    return true;
}

// The same figures from MetricsEngine after recompute(scenarioId).
FiguresById engineFigures(const Project& project, qint64 scenarioId) {
    MetricsEngine engine(project);
    engine.recompute(scenarioId);
    FiguresById result;
    for (const TerritoryMetrics& m : engine.territories())
        result.insert(m.territoryId,
                      Figures{m.units, m.accounts, m.revenuePotential, m.revenue, m.pipeline, m.workloadHours});
    Figures unassigned;
    unassigned.units = engine.plan().unassignedUnits;
    unassigned.accounts = engine.plan().unassignedAccounts;
    result.insert(0, unassigned);
    return result;
}

qint64 cents(double value) {
    return std::llround(value * 100.0);
}

// Empty when equal (counts exactly; money and hours to the cent; for id 0 only the counts, which
// is all the engine reports about unassigned accounts), else the first difference.
QString difference(const FiguresById& expected, const FiguresById& actual) {
    if (expected.keys() != actual.keys()) {
        QStringList e, a;
        for (qint64 id : expected.keys()) e << QString::number(id);
        for (qint64 id : actual.keys()) a << QString::number(id);
        return QStringLiteral("territories differ: SQL {%1}, engine {%2}").arg(e.join(u','), a.join(u','));
    }
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const Figures& x = it.value();
        const Figures& y = actual.value(it.key());
        const QString where =
            it.key() == 0 ? QStringLiteral("unassigned") : QStringLiteral("territory %1").arg(it.key());
        auto count = [&](const char* what, qint64 a, qint64 b) {
            return a == b
                       ? QString()
                       : QStringLiteral("%1: %2 %3 (SQL) vs %4 (engine)").arg(where, QLatin1String(what)).arg(a).arg(b);
        };
        auto money = [&](const char* what, double a, double b) {
            return cents(a) == cents(b) && std::abs(a - b) < 0.005 ? QString()
                                                                   : QStringLiteral("%1: %2 %3 (SQL) vs %4 (engine)")
                                                                         .arg(where, QLatin1String(what))
                                                                         .arg(a, 0, 'f', 4)
                                                                         .arg(b, 0, 'f', 4);
        };
        QStringList problems{count("units", x.units, y.units), count("accounts", x.accounts, y.accounts)};
        if (it.key() != 0)
            problems << money("revenue potential", x.revenuePotential, y.revenuePotential)
                     << money("revenue", x.revenue, y.revenue) << money("pipeline", x.pipeline, y.pipeline)
                     << money("workload hours", x.workloadHours, y.workloadHours);
        problems.removeAll(QString());
        if (!problems.isEmpty()) return problems.join(QStringLiteral("; "));
    }
    return {};
}

std::vector<const Territory*> leavesOf(const Project& p, qint64 scenarioId) {
    std::vector<const Territory*> leaves;
    for (const Territory* t : p.territoriesOf(scenarioId))
        if (t->level == Territory::Level::Territory) leaves.push_back(t);
    return leaves;
}

} // namespace

class TestIndependentMetrics : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesSql_data();
    void matchesSql();
    void editedCopyReallyDiffers();

private:
    QString copyOfDemo(const QString& name);
    // Writes overrides and unassigned units into every scenario of the file (through ProjectFile).
    void editProject(const QString& path);

    QTemporaryDir m_dir;
    QString m_demo, m_edited;
    QMap<QString, Project> m_projects; // by file path
};

QString TestIndependentMetrics::copyOfDemo(const QString& name) {
    const QString source = QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory");
    const QString copy = m_dir.filePath(name);
    if (!QFile::copy(source, copy)) return {};
    // A WAL file left next to the build's copy holds committed data too.
    if (QFile::exists(source + QStringLiteral("-wal"))
        && !QFile::copy(source + QStringLiteral("-wal"), copy + QStringLiteral("-wal")))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

void TestIndependentMetrics::editProject(const QString& path) {
    Project p;
    QString error;
    std::unique_ptr<ProjectFile> file = ProjectFile::open(path, &p, &error);
    QVERIFY2(file, qPrintable(error));
    QVERIFY(p.scenarios.size() >= 1);
    QVERIFY(p.accounts.size() >= 1000);
    for (std::size_t si = 0; si < p.scenarios.size(); ++si) {
        const Scenario& s = p.scenarios[si];
        const std::vector<const Territory*> leaves = leavesOf(p, s.id);
        QVERIFY(leaves.size() >= 2);
        // Every 97th account (offset per scenario) to another leaf territory of the scenario.
        int moved = 0;
        for (std::size_t i = si * 13; i < p.accounts.size(); i += 97) {
            const Account& a = p.accounts[i];
            const qint64 current = p.territoryOfAccount(s, a);
            const Territory* target = leaves[(i / 97) % leaves.size()];
            if (target->id == current) target = leaves[(i / 97 + 1) % leaves.size()];
            QVERIFY2(file->setAccountOverride(s.id, a.id, target->id, nullptr, &error), qPrintable(error));
            ++moved;
        }
        QVERIFY(moved >= 10);
        // An override to a territory of another scenario: the account is unassigned here.
        for (const Territory& t : p.territories)
            if (t.scenarioId != s.id) {
                QVERIFY2(file->setAccountOverride(s.id, p.accounts[5 + si].id, t.id, nullptr, &error),
                         qPrintable(error));
                break;
            }
        // Three units with accounts lose their territory; one of their accounts is overridden
        // into a leaf territory, so it still counts there.
        std::vector<ProjectFile::UnitAssignment> unassign;
        for (std::size_t i = 3 + si; i < p.accounts.size() && unassign.size() < 3; i += 211) {
            const int unit = p.accounts[i].unit;
            if (unit < 0 || s.unitTerritory[std::size_t(unit)] == 0) continue;
            if (std::find_if(unassign.begin(), unassign.end(), [&](const auto& u) { return u.first == unit; })
                != unassign.end())
                continue;
            unassign.push_back({unit, 0});
            if (unassign.size() == 1)
                QVERIFY2(file->setAccountOverride(s.id, p.accounts[i].id, leaves.back()->id, nullptr, &error),
                         qPrintable(error));
        }
        QCOMPARE(unassign.size(), std::size_t(3));
        QVERIFY2(file->setUnitAssignments(s.id, unassign, nullptr, &error), qPrintable(error));
    }
}

void TestIndependentMetrics::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(!gdalTool("ogr2ogr").isEmpty(), "ogr2ogr (gdal-bin) is not on the PATH");
    QVERIFY2(!gdalTool("ogrinfo").isEmpty(), "ogrinfo (gdal-bin) is not on the PATH");
    m_demo = copyOfDemo(QStringLiteral("demo.territory"));
    m_edited = copyOfDemo(QStringLiteral("edited.territory"));
    QVERIFY2(!m_demo.isEmpty() && !m_edited.isEmpty(), "cannot copy " TP_BUILD_DATA_DIR "/demo.territory");
    editProject(m_edited);
    if (QTest::currentTestFailed()) return;

    for (const QString& path : {m_demo, m_edited}) {
        // GDAL must read the file with its SQLite driver (not some other driver guessing at it).
        QString error;
        const QByteArray info = run(gdalTool("ogrinfo"), {QStringLiteral("-ro"), path}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(info.contains("using driver `SQLite'"), info.constData());
        Project p;
        QVERIFY2(ProjectFile::open(path, &p, &error), qPrintable(error));
        m_projects.insert(path, std::move(p));
    }
}

void TestIndependentMetrics::matchesSql_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("scenarioId");
    const std::pair<const char*, QString> files[] = {{"demo", m_demo}, {"edited", m_edited}};
    for (const auto& [label, path] : files)
        for (const Scenario& s : m_projects.value(path).scenarios)
            QTest::addRow("%s: %lld %s", label, qlonglong(s.id), qPrintable(s.name)) << path << s.id;
}

void TestIndependentMetrics::matchesSql() {
    QFETCH(QString, path);
    QFETCH(qint64, scenarioId);
    const Project& project = *m_projects.constFind(path);

    FiguresById sql;
    QString error;
    QVERIFY2(independentFigures(path, scenarioId, false, &sql, &error), qPrintable(error));
    QVERIFY2(sql.size() >= 2, "the scenario has no leaf territories");
    // The query sees the whole project: every unit and every account is counted exactly once.
    qint64 units = 0, accounts = 0;
    for (const Figures& f : sql) {
        units += f.units;
        accounts += f.accounts;
    }
    QCOMPARE(units, qint64(project.units.size()));
    QCOMPARE(accounts, qint64(project.accounts.size()));

    const FiguresById engine = engineFigures(project, scenarioId);
    const QString diff = difference(sql, engine);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// The edits of the second copy matter: without its overrides (or compared with the untouched
// demo) the independent figures differ from the engine's, so the comparison above can fail.
void TestIndependentMetrics::editedCopyReallyDiffers() {
    const Project& edited = *m_projects.constFind(m_edited);
    for (const Scenario& s : edited.scenarios) {
        QVERIFY(!s.overrides.isEmpty());
        const FiguresById engine = engineFigures(edited, s.id);
        QVERIFY(engine.value(0).units == 3);
        QVERIFY(engine.value(0).accounts > 0);

        FiguresById withoutOverrides, untouched;
        QString error;
        QVERIFY2(independentFigures(m_edited, s.id, true, &withoutOverrides, &error), qPrintable(error));
        QVERIFY2(independentFigures(m_demo, s.id, false, &untouched, &error), qPrintable(error));
        QVERIFY2(!difference(withoutOverrides, engine).isEmpty(), "ignoring overrides gives the same figures");
        QVERIFY2(!difference(untouched, engine).isEmpty(), "the edits changed nothing");
    }
}

QTEST_GUILESS_MAIN(TestIndependentMetrics)
#include "tst_independentmetrics.moc"
