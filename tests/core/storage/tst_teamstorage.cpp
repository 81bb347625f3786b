// Teams in the project file: a project from before teams (schema 4) opens as one team, "All
// accounts", owning every territory, with every figure of every scenario identical to what the
// same project gave before; teams (kind, rule, accounts added and excluded by hand), their
// territories and their plans (units and named accounts per scenario) round-trip; edits of one
// team's plan leave the other teams' alone; deleting a team takes its territories and plans.
#include "model/metricsengine.h"
#include "model/project.h"
#include "storage/projectfile.h"
#include "storage/schemamigrations.h"
#include "storage/sqliteconnection.h"
#include "storage/sqlstatement.h"

#include "support/teamsproject.h"

#include <QTest>

#include <sqlite3.h>

using namespace tp;
using namespace tp::storage;
using tp::testsupport::TeamsProject;

namespace {

// Every figure of every leaf territory of every scenario of the current team.
std::vector<std::vector<TerritoryMetrics>> figures(const Project& p) {
    std::vector<std::vector<TerritoryMetrics>> out;
    MetricsEngine engine(p);
    for (const Scenario& s : p.scenarios) {
        engine.recompute(s.id);
        out.push_back(engine.territories());
        std::vector<TerritoryMetrics> up = engine.rollUp();
        out.back().insert(out.back().end(), up.begin(), up.end());
    }
    return out;
}

void compareFigures(const std::vector<std::vector<TerritoryMetrics>>& a,
                    const std::vector<std::vector<TerritoryMetrics>>& b) {
    QCOMPARE(a.size(), b.size());
    for (std::size_t s = 0; s < a.size(); ++s) {
        QCOMPARE(a[s].size(), b[s].size());
        for (std::size_t i = 0; i < a[s].size(); ++i) {
            const TerritoryMetrics &x = a[s][i], &y = b[s][i];
            QCOMPARE(x.territoryId, y.territoryId);
            QCOMPARE(x.units, y.units);
            QCOMPARE(x.accounts, y.accounts);
            QCOMPARE(x.revenuePotential, y.revenuePotential);
            QCOMPARE(x.revenue, y.revenue);
            QCOMPARE(x.pipeline, y.pipeline);
            QCOMPARE(x.workloadHours, y.workloadHours);
            QCOMPARE(x.capacityHours, y.capacityHours);
            QCOMPARE(x.utilisation, y.utilisation);
            QCOMPARE(x.deviationPct, y.deviationPct);
            QCOMPARE(x.areaKm2, y.areaKm2);
            QCOMPARE(x.perimeterKm, y.perimeterKm);
            QCOMPARE(x.compactness, y.compactness);
            QCOMPARE(x.pieces, y.pieces);
            QCOMPARE(x.meanTravelKm, y.meanTravelKm);
            QCOMPARE(x.measures, y.measures);
        }
    }
}

QStringList columnsOf(SqliteConnection& db, const QString& schema, const QString& table) {
    SqlStatement st(db.handle(), "SELECT name FROM pragma_table_info(?1, ?2)");
    st.bind(1, table);
    st.bind(2, schema);
    QStringList out;
    while (st.step() == SQLITE_ROW) out << st.text(0);
    return out;
}

} // namespace

class TestTeamStorage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    // The project is written by today's code, then copied row by row into a file built by the
    // schema 4 migrations (its columns only): a file as the program before teams wrote it.
    void schemaFourFileMigratesWithIdenticalFigures() {
        const Project original = TeamsProject::make(false);
        const auto before = figures(original);
        QVERIFY(!before.front().empty());
        const QString today = m_dir.filePath(QStringLiteral("today.territory"));
        const QString old = m_dir.filePath(QStringLiteral("v4.territory"));
        QString error;
        QVERIFY2(ProjectFile::create(today, original, &error), qPrintable(error));
        {
            SqliteConnection db;
            QVERIFY2(db.open(old, true, &error), qPrintable(error));
            QVERIFY2(SchemaMigrations::migrate(db, 0, 4, &error), qPrintable(error));
            QVERIFY2(db.exec(QStringLiteral("ATTACH DATABASE '%1' AS src").arg(today).toUtf8().constData(), &error),
                     qPrintable(error));
            const QStringList tables{"meta",
                                     "units",
                                     "unit_adjacency",
                                     "reps",
                                     "accounts",
                                     "scenarios",
                                     "territories",
                                     "unit_assignments",
                                     "account_overrides",
                                     "workload_rule"};
            QVERIFY2(db.exec("DELETE FROM main.workload_rule; DELETE FROM main.meta", &error), qPrintable(error));
            for (const QString& table : tables) {
                const QString columns = columnsOf(db, QStringLiteral("main"), table).join(QLatin1Char(','));
                QVERIFY(!columns.isEmpty());
                QVERIFY2(db.exec(QStringLiteral("INSERT INTO main.%1(%2) SELECT %2 FROM src.%1")
                                     .arg(table, columns)
                                     .toUtf8()
                                     .constData(),
                                 &error),
                         qPrintable(table + QStringLiteral(": ") + error));
            }
            QVERIFY2(db.exec("DETACH DATABASE src", &error), qPrintable(error));
            QVERIFY(!columnsOf(db, QStringLiteral("main"), QStringLiteral("territories")).contains(u"team_id"));
        }
        Project migrated;
        auto file = ProjectFile::open(old, &migrated, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->connectionSettings().schemaVersion, SchemaMigrations::latestVersion());
        QCOMPARE(int(migrated.teams.size()), 1);
        QCOMPARE(migrated.teams.front().id, Team::defaultId);
        QCOMPARE(migrated.teams.front().name, QStringLiteral("All accounts"));
        QCOMPARE(migrated.teams.front().kind, Team::Kind::Primary);
        QVERIFY(migrated.teams.front().coversEverything());
        QCOMPARE(migrated.territories.size(), original.territories.size());
        for (const Territory& t : migrated.territories) QCOMPARE(t.teamId, Team::defaultId);
        for (std::size_t s = 0; s < original.scenarios.size(); ++s) {
            QCOMPARE(migrated.scenarios[s].unitTerritory, original.scenarios[s].unitTerritory);
            QCOMPARE(migrated.scenarios[s].overrides, original.scenarios[s].overrides);
            QVERIFY(migrated.scenarios[s].otherTeams.empty());
        }
        compareFigures(before, figures(migrated));
        file.reset();
        // And it opens again (the migrated schema passes the verifier), unchanged.
        Project again;
        QVERIFY2(ProjectFile::open(old, &again, &error), qPrintable(error));
        compareFigures(before, figures(again));
    }

    void teamsRoundTrip() {
        const Project p = TeamsProject::make(true);
        const QString path = m_dir.filePath(QStringLiteral("teams.territory"));
        QString error;
        QVERIFY2(ProjectFile::create(path, p, &error), qPrintable(error));
        Project back;
        QVERIFY2(ProjectFile::open(path, &back, &error), qPrintable(error));
        QCOMPARE(back.teams.size(), p.teams.size());
        for (std::size_t i = 0; i < p.teams.size(); ++i) {
            QCOMPARE(back.teams[i].id, p.teams[i].id);
            QCOMPARE(back.teams[i].name, p.teams[i].name);
            QCOMPARE(back.teams[i].kind, p.teams[i].kind);
            QVERIFY(back.teams[i].rule == p.teams[i].rule);
            QCOMPARE(back.teams[i].included, p.teams[i].included);
            QCOMPARE(back.teams[i].excluded, p.teams[i].excluded);
        }
        QCOMPARE(back.currentTeamId, p.teams.front().id);
        QCOMPARE(back.territories.size(), p.territories.size());
        for (std::size_t i = 0; i < p.territories.size(); ++i) {
            QCOMPARE(back.territory(p.territories[i].id)->teamId, p.territories[i].teamId);
            QCOMPARE(back.territory(p.territories[i].id)->parentId, p.territories[i].parentId);
        }
        for (const Scenario& s : p.scenarios)
            for (const Team& t : p.teams) {
                QCOMPARE(*back.scenario(s.id)->unitsOf(t.id), *s.unitsOf(t.id));
                QCOMPARE(*back.scenario(s.id)->overridesOf(t.id), *s.overridesOf(t.id));
            }
        // Per team, the same figures as the project in memory.
        Project mine = p;
        for (const Team& t : p.teams) {
            mine.setCurrentTeam(t.id);
            back.setCurrentTeam(t.id);
            compareFigures(figures(mine), figures(back));
        }
    }

    void editsTouchOneTeam() {
        Project p = TeamsProject::make(true);
        const QString path = m_dir.filePath(QStringLiteral("edits.territory"));
        QString error;
        auto file = ProjectFile::create(path, p, &error);
        QVERIFY2(file, qPrintable(error));
        // Unit 0 to commercial's last strip, one named account moved, in team 2 only.
        QVERIFY2(file->setUnitAssignments(1, 2, {{0, 113}, {35, 111}}, nullptr, &error), qPrintable(error));
        QVERIFY2(file->setAccountOverride(1, 2, p.accounts[20].id, 112, nullptr, &error), qPrintable(error));
        QVERIFY2(file->removeAccountOverride(1, 2, p.accounts[7].id, nullptr, &error), qPrintable(error));
        Project back;
        QVERIFY2(ProjectFile::open(path, &back, &error), qPrintable(error));
        const Scenario& s = *back.scenario(1);
        QCOMPARE((*s.unitsOf(2))[0], qint64(113));
        QCOMPARE((*s.unitsOf(2))[35], qint64(111));
        QCOMPARE(s.overridesOf(2)->value(p.accounts[20].id), qint64(112));
        QVERIFY(!s.overridesOf(2)->contains(p.accounts[7].id));
        // The other teams as they were.
        for (qint64 team : {1, 3}) {
            QCOMPARE(*s.unitsOf(team), *p.scenario(1)->unitsOf(team));
            QCOMPARE(*s.overridesOf(team), *p.scenario(1)->overridesOf(team));
        }
        // A team renamed and its rule changed; then deleted with its territories and plans.
        Team health = *back.team(3);
        health.name = QStringLiteral("Health & Life Sciences");
        health.rule = *AccountRule::parse(QStringLiteral("industry in Healthcare, Energy or tier = A"), &error);
        health.excluded.insert(p.accounts[30].id);
        QVERIFY2(file->upsertTeam(health, nullptr, &error), qPrintable(error));
        Project renamed;
        QVERIFY2(ProjectFile::open(path, &renamed, &error), qPrintable(error));
        QCOMPARE(renamed.team(3)->name, health.name);
        QVERIFY(renamed.team(3)->rule == health.rule);
        QCOMPARE(renamed.team(3)->excluded, health.excluded);
        QCOMPARE(renamed.teams.back().id, qint64(3)); // kept its place
        QVERIFY2(file->deleteTeam(3, nullptr, &error), qPrintable(error));
        Project gone;
        QVERIFY2(ProjectFile::open(path, &gone, &error), qPrintable(error));
        QCOMPARE(int(gone.teams.size()), 2);
        QVERIFY(!gone.team(3));
        for (const Territory& t : gone.territories) QVERIFY(t.teamId != 3);
        QVERIFY(!gone.scenario(1)->unitsOf(3));
        QCOMPARE(*gone.scenario(1)->unitsOf(2), *s.unitsOf(2));
    }
};

QTEST_GUILESS_MAIN(TestTeamStorage)
#include "tst_teamstorage.moc"
