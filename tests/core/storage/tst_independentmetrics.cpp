// Independent check of the metrics engine on the demo project: for every scenario, units,
// accounts, revenue potential, revenue, pipeline and workload hours per leaf territory (and the
// plan's unassigned units and accounts) are worked out by one SQL query that GDAL's ogr2ogr runs
// on the .territory file itself (SQLite dialect), with nothing of this project's code in between.
// They must equal what MetricsEngine computes from the loaded project: counts exactly, money and
// hours to the cent. The demo has no account overrides and no unassigned units, so a second copy
// of the demo gets some through ProjectFile (overrides to other territories, to a territory of
// another scenario, unassigned units with an overridden account) and is checked the same way;
// that copy's SQL figures without overrides must differ from the engine's, so an engine that
// ignored overrides would fail here. The demo has three teams (territory models): every team of
// every scenario is checked, the query taking only the accounts the team covers (its rule written
// out as SQL here, the accounts picked by hand read from the file) and its own territories,
// assignments and named accounts.
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
// With ignoreOverrides the overrides are left out (a deliberately wrong computation). Only the
// team's territories, plan and accounts (`rule`: its rule as an SQL condition on accounts).
QString metricsSql(qint64 scenarioId, qint64 teamId, const QString& rule, bool ignoreOverrides) {
    const QString sql = QStringLiteral(R"sql(
WITH leaf AS (SELECT id FROM territories WHERE scenario_id = %1 AND team_id = %3 AND level = 0),
unit_owner AS (
  SELECT u.id AS unit_id, COALESCE(leaf.id, 0) AS tid
  FROM units u
  LEFT JOIN unit_assignments ua ON ua.scenario_id = %1 AND ua.team_id = %3 AND ua.unit_id = u.id
  LEFT JOIN leaf ON leaf.id = ua.territory_id),
members AS (
  SELECT a.* FROM accounts a
  WHERE a.id NOT IN (SELECT account_id FROM team_accounts WHERE team_id = %3 AND included = 0)
    AND (a.id IN (SELECT account_id FROM team_accounts WHERE team_id = %3 AND included = 1) OR (%4))),
account_owner AS (
  SELECT a.id, a.revenue_potential, a.revenue, a.pipeline, a.workload_hours,
         CASE WHEN o.account_id IS NOT NULL
              THEN COALESCE((SELECT leaf.id FROM leaf WHERE leaf.id = o.territory_id), 0)
              ELSE COALESCE((SELECT uo.tid FROM unit_owner uo WHERE uo.unit_id = a.unit_id), 0) END AS tid
  FROM members a
  LEFT JOIN account_overrides o ON o.scenario_id = %1 AND o.team_id = %3 AND o.account_id = a.id AND %2),
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
    // %.6f is SQLite's printf, not QString's: only %1 .. %4 are substituted.
    return sql.arg(scenarioId).arg(ignoreOverrides ? QStringLiteral("0") : QStringLiteral("1")).arg(teamId).arg(rule);
}

// The demo's teams: the rule each must have, and the same rule as an SQL condition.
struct TeamRule {
    QString name, ruleText, sql;
};
const std::vector<TeamRule>& demoTeams() {
    static const std::vector<TeamRule> teams{
        {QStringLiteral("Commercial"), QStringLiteral("segment in Mid-Market, SMB"),
         QStringLiteral("lower(trim(a.segment)) IN ('mid-market', 'smb')")},
        {QStringLiteral("Enterprise field"), QStringLiteral("segment = Enterprise"),
         QStringLiteral("lower(trim(a.segment)) = 'enterprise'")},
        {QStringLiteral("Healthcare"), QStringLiteral("industry = Healthcare"),
         QStringLiteral("lower(trim(a.industry)) = 'healthcare'")}};
    return teams;
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
bool independentFigures(const QString& file, qint64 scenarioId, qint64 teamId, const QString& rule,
                        bool ignoreOverrides, FiguresById* out, QString* error) {
    const QByteArray csv = run(gdalTool("ogr2ogr"),
                               {QStringLiteral("-f"), QStringLiteral("CSV"), QStringLiteral("/vsistdout/"), file,
                                QStringLiteral("-dialect"), QStringLiteral("SQLite"), QStringLiteral("-sql"),
                                metricsSql(scenarioId, teamId, rule, ignoreOverrides)},
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

// The same figures from MetricsEngine after recompute(scenarioId), for the team.
FiguresById engineFigures(Project project, qint64 scenarioId, qint64 teamId) {
    project.setCurrentTeam(teamId);
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
    QTest::addColumn<QString>("team");
    const std::pair<const char*, QString> files[] = {{"demo", m_demo}, {"edited", m_edited}};
    for (const auto& [label, path] : files)
        for (const Scenario& s : m_projects.value(path).scenarios)
            for (const TeamRule& team : demoTeams())
                QTest::addRow("%s: %lld %s, %s", label, qlonglong(s.id), qPrintable(s.name), qPrintable(team.name))
                    << path << s.id << team.name;
}

void TestIndependentMetrics::matchesSql() {
    QFETCH(QString, path);
    QFETCH(qint64, scenarioId);
    QFETCH(QString, team);
    const Project& project = *m_projects.constFind(path);
    const TeamRule& rule =
        *std::find_if(demoTeams().begin(), demoTeams().end(), [&](const TeamRule& r) { return r.name == team; });
    const Team* t = project.findTeam(team);
    QVERIFY2(t, qPrintable(team));
    QCOMPARE(t->rule.toText(), rule.ruleText); // the SQL below says the same
    qint64 covered = 0;
    for (const Account& a : project.accounts) covered += t->covers(a);
    QVERIFY(covered > 0 && covered < qint64(project.accounts.size()));

    FiguresById sql;
    QString error;
    QVERIFY2(independentFigures(path, scenarioId, t->id, rule.sql, false, &sql, &error), qPrintable(error));
    QVERIFY2(sql.size() >= 2, "the scenario has no leaf territories");
    // The query sees the whole project: every unit and every account is counted exactly once.
    qint64 units = 0, accounts = 0;
    for (const Figures& f : sql) {
        units += f.units;
        accounts += f.accounts;
    }
    QCOMPARE(units, qint64(project.units.size()));
    QCOMPARE(accounts, covered);

    const FiguresById engine = engineFigures(project, scenarioId, t->id);
    const QString diff = difference(sql, engine);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// The edits of the second copy matter: without its overrides (or compared with the untouched
// demo) the independent figures differ from the engine's, so the comparison above can fail.
void TestIndependentMetrics::editedCopyReallyDiffers() {
    const Project& edited = *m_projects.constFind(m_edited);
    // The edits are in the first team's plans (ProjectFile's calls without a team).
    const TeamRule& first = demoTeams().front();
    QCOMPARE(edited.teams.front().name, first.name);
    const qint64 team = edited.teams.front().id;
    for (const Scenario& s : edited.scenarios) {
        QVERIFY(!s.overrides.isEmpty());
        const FiguresById engine = engineFigures(edited, s.id, team);
        QVERIFY(engine.value(0).units == 3);
        QVERIFY(engine.value(0).accounts > 0);

        FiguresById withoutOverrides, untouched;
        QString error;
        QVERIFY2(independentFigures(m_edited, s.id, team, first.sql, true, &withoutOverrides, &error),
                 qPrintable(error));
        QVERIFY2(independentFigures(m_demo, s.id, team, first.sql, false, &untouched, &error), qPrintable(error));
        QVERIFY2(!difference(withoutOverrides, engine).isEmpty(), "ignoring overrides gives the same figures");
        QVERIFY2(!difference(untouched, engine).isEmpty(), "the edits changed nothing");
    }
}

QTEST_GUILESS_MAIN(TestIndependentMetrics)
#include "tst_independentmetrics.moc"
