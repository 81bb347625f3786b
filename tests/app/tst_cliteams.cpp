// Teams from the command line, as a user runs them: `team list|create|rule|rename|delete`,
// `coverage` (finds planted gaps and accounts owned twice; exit code 1 then), `--team` on
// metrics and assign, and the exports' per-team columns as ogrinfo (GDAL) reads them back. Per-team metrics agree, for every team and scenario, with an independent SQL
// sum over the project file (SQLite's own library on the file; each team's rule written out by
// hand as SQL, the accounts picked by hand read from the file).
#include "support/clirunner.h"
#include "support/teamsproject.h"

#include "storage/projectfile.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using tp::testsupport::Run;
using tp::testsupport::TeamsProject;
using tp::testsupport::territory;

namespace {

struct Sums {
    qint64 accounts = 0;
    double potential = 0, workload = 0;
};

// Per leaf territory of (scenario, team), the accounts the team covers, by their owner: the
// override territory when the account is named in that team's plan, else its unit's territory.
// `rule` is the team's rule as an SQL condition on the accounts table.
QMap<qint64, Sums> sqlSums(const QString& path, qint64 scenario, qint64 team, const QString& rule) {
    const QString sql = QStringLiteral(R"sql(
WITH leaf AS (SELECT id FROM territories WHERE scenario_id = %1 AND team_id = %2 AND level = 0),
members AS (
  SELECT a.* FROM accounts a
  WHERE a.id NOT IN (SELECT account_id FROM team_accounts WHERE team_id = %2 AND included = 0)
    AND (a.id IN (SELECT account_id FROM team_accounts WHERE team_id = %2 AND included = 1) OR (%3))),
owned AS (
  SELECT m.revenue_potential, m.workload_hours,
         CASE WHEN EXISTS (SELECT 1 FROM account_overrides o
                           WHERE o.scenario_id = %1 AND o.team_id = %2 AND o.account_id = m.id)
              THEN COALESCE((SELECT leaf.id FROM account_overrides o JOIN leaf ON leaf.id = o.territory_id
                             WHERE o.scenario_id = %1 AND o.team_id = %2 AND o.account_id = m.id), 0)
              ELSE COALESCE((SELECT leaf.id FROM unit_assignments ua JOIN leaf ON leaf.id = ua.territory_id
                             WHERE ua.scenario_id = %1 AND ua.team_id = %2 AND ua.unit_id = m.unit_id), 0) END AS tid
  FROM members m)
SELECT tid, COUNT(*), TOTAL(revenue_potential), TOTAL(workload_hours) FROM owned GROUP BY tid
)sql")
                            .arg(scenario)
                            .arg(team)
                            .arg(rule);
    QMap<qint64, Sums> out;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        qWarning() << "cannot open" << path;
        sqlite3_close(db);
        return out;
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
        qWarning() << sqlite3_errmsg(db);
    while (st && sqlite3_step(st) == SQLITE_ROW)
        out.insert(sqlite3_column_int64(st, 0),
                   {sqlite3_column_int64(st, 1), sqlite3_column_double(st, 2), sqlite3_column_double(st, 3)});
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

QJsonArray metricsJson(const QString& path, const QString& team, const QString& scenario) {
    const Run r =
        territory({QStringLiteral("metrics"), path, QStringLiteral("--team"), team, QStringLiteral("--scenario"),
                   scenario, QStringLiteral("--format"), QStringLiteral("json")});
    if (r.exitCode != 0) qWarning() << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace

class TestCliTeams : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void perTeamMetricsAgreeWithSql() {
        const QString path = m_dir.filePath(QStringLiteral("teams.territory"));
        QString error;
        QVERIFY2(tp::storage::ProjectFile::create(path, TeamsProject::make(true), &error), qPrintable(error));
        const QList<std::pair<QString, QString>> teams{
            {QStringLiteral("Enterprise"), QStringLiteral("lower(trim(segment)) = 'enterprise'")},
            {QStringLiteral("Commercial"), QStringLiteral("lower(trim(segment)) IN ('mid-market', 'smb')")},
            {QStringLiteral("Healthcare"), QStringLiteral("lower(trim(industry)) = 'healthcare'")}};
        for (qint64 scenario : {1, 2}) {
            QSet<qint64> seenTerritories;
            for (qsizetype t = 0; t < teams.size(); ++t) {
                const QMap<qint64, Sums> sql = sqlSums(path, scenario, t + 1, teams[t].second);
                const QJsonArray rows = metricsJson(path, teams[t].first, QString::number(scenario));
                QVERIFY2(!rows.isEmpty(), qPrintable(teams[t].first));
                qint64 total = 0;
                for (const QJsonValue& v : rows) {
                    const QJsonObject o = v.toObject();
                    const qint64 id = o.value(QStringLiteral("territory_id")).toInteger();
                    QVERIFY(!seenTerritories.contains(id)); // each team shows its own territories only
                    seenTerritories.insert(id);
                    const Sums s = sql.value(id);
                    QCOMPARE(o.value(QStringLiteral("accounts")).toInteger(), s.accounts);
                    QCOMPARE(qRound64(o.value(QStringLiteral("revenue_potential")).toDouble() * 100),
                             qRound64(s.potential * 100));
                    QCOMPARE(qRound64(o.value(QStringLiteral("workload_hours")).toDouble() * 100),
                             qRound64(s.workload * 100));
                    total += s.accounts;
                }
                QVERIFY2(total > 0, qPrintable(teams[t].first));
                QCOMPARE(int(rows.size()), t == 1 ? 3 : 2);
            }
        }
        // A team that does not exist is an error that names the teams.
        const Run bad = territory({QStringLiteral("metrics"), path, QStringLiteral("--team"), QStringLiteral("Nope")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("Commercial")), qPrintable(bad.err));
    }

    void teamCommandsAndCoverage() {
        const QString path = m_dir.filePath(QStringLiteral("one.territory"));
        QString error;
        QVERIFY2(tp::storage::ProjectFile::create(path, TeamsProject::make(false), &error), qPrintable(error));
        Run r = territory({QStringLiteral("team"), QStringLiteral("list"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("All accounts")), qPrintable(r.out));
        r = territory({QStringLiteral("coverage"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("covered by no primary team: 0")), qPrintable(r.out));

        r = territory({QStringLiteral("team"), QStringLiteral("rename"), path, QStringLiteral("All accounts"),
                       QStringLiteral("Enterprise")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = territory({QStringLiteral("team"), QStringLiteral("rule"), path, QStringLiteral("enterprise"),
                       QStringLiteral("--rule"), QStringLiteral("segment = Enterprise")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Mid-Market and SMB are now a gap.
        tp::Project p;
        QVERIFY(tp::storage::ProjectFile::open(path, &p, &error));
        int enterprise = 0;
        for (const tp::Account& a : p.accounts) enterprise += a.segment == u"Enterprise";
        r = territory({QStringLiteral("coverage"), path, QStringLiteral("--limit"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("covered by no primary team: %1").arg(p.accounts.size() - enterprise)),
                 qPrintable(r.out));
        r = territory({QStringLiteral("team"), QStringLiteral("create"), path, QStringLiteral("Commercial"),
                       QStringLiteral("--rule"), QStringLiteral("segment in Mid-Market, SMB")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = territory({QStringLiteral("team"), QStringLiteral("create"), path, QStringLiteral("Healthcare"),
                       QStringLiteral("--kind"), QStringLiteral("overlay"), QStringLiteral("--rule"),
                       QStringLiteral("industry = Healthcare")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = territory({QStringLiteral("coverage"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err)); // the overlay overlaps by design

        // Plant a gap (an Enterprise account excluded by hand) and a double (an SMB account added
        // to Enterprise by hand).
        QString entId, smbId;
        for (const tp::Account& a : p.accounts) {
            if (entId.isEmpty() && a.segment == u"Enterprise") entId = a.externalId;
            if (smbId.isEmpty() && a.segment == u"SMB") smbId = a.externalId;
        }
        r = territory({QStringLiteral("team"), QStringLiteral("rule"), path, QStringLiteral("Enterprise"),
                       QStringLiteral("--exclude"), entId, QStringLiteral("--include"), smbId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = territory({QStringLiteral("coverage"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("covered by no primary team: 1")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("covered by two or more primary teams: 1")), qPrintable(r.out));
        const QString gaps = r.out.section(QStringLiteral("no primary team:\n"), 1);
        QVERIFY2(gaps.section(QLatin1Char('\n'), 0, 0).contains(entId), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(smbId + QStringLiteral(".*: Enterprise, Commercial"))),
                 qPrintable(r.out));

        // The metrics of a team without territories: every covered account unassigned, no rows.
        r = territory({QStringLiteral("team"), QStringLiteral("list"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("Healthcare\\s+overlay"))), qPrintable(r.out));
        // Assign needs a territory of that team: the Enterprise strips are not Commercial's.
        r = territory({QStringLiteral("assign"), path, QStringLiteral("--team"), QStringLiteral("Commercial"),
                       QStringLiteral("--territory"), QStringLiteral("Strip 101"), QStringLiteral("--unit"),
                       QStringLiteral("0")});
        QCOMPARE(r.exitCode, 1);
        r = territory({QStringLiteral("assign"), path, QStringLiteral("--team"), QStringLiteral("Enterprise"),
                       QStringLiteral("--territory"), QStringLiteral("Strip 103"), QStringLiteral("--unit"),
                       QStringLiteral("0")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // Usage errors and refusals.
        r = territory({QStringLiteral("team"), QStringLiteral("create"), path, QStringLiteral("commercial")});
        QCOMPARE(r.exitCode, 1); // the name is taken (case-insensitive)
        r = territory({QStringLiteral("team"), QStringLiteral("rule"), path, QStringLiteral("Commercial"),
                       QStringLiteral("--rule"), QStringLiteral("segment = SMB and tier = A or tier = B")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("either all with and or all with or")), qPrintable(r.err));
        r = territory({QStringLiteral("team"), QStringLiteral("rule"), path, QStringLiteral("Commercial")});
        QCOMPARE(r.exitCode, 2);
        r = territory({QStringLiteral("team"), QStringLiteral("delete"), path, QStringLiteral("Healthcare")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = territory({QStringLiteral("team"), QStringLiteral("delete"), path, QStringLiteral("Commercial")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = territory({QStringLiteral("team"), QStringLiteral("delete"), path, QStringLiteral("Enterprise")});
        QCOMPARE(r.exitCode, 1); // the last team stays
        tp::Project after;
        QVERIFY(tp::storage::ProjectFile::open(path, &after, &error));
        QCOMPARE(int(after.teams.size()), 1);
        QCOMPARE(after.teams.front().name, QStringLiteral("Enterprise"));
        QCOMPARE(after.scenarios.front().unitTerritory[0], qint64(103));
    }

    // The account sheet carries every team's owner (territory, rep); the CRM owner export writes
    // the primary owner plus one column per overlay. Read back with ogrinfo, compared with the plans.
    void exportsCarryEveryTeam() {
        const QString path = m_dir.filePath(QStringLiteral("exports.territory"));
        QString error;
        const tp::Project p = TeamsProject::make(true);
        QVERIFY2(tp::storage::ProjectFile::create(path, p, &error), qPrintable(error));
        const QString sheet = m_dir.filePath(QStringLiteral("accounts.csv"));
        Run r = territory({QStringLiteral("export"), path, QStringLiteral("accounts"), sheet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString crm = m_dir.filePath(QStringLiteral("crm.csv"));
        r = territory({QStringLiteral("export"), path, QStringLiteral("crm"), crm});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // Features as ogrinfo prints them: "  name (String) = value" lines per feature.
        auto features = [](const QString& file) {
            const Run info =
                tp::testsupport::run(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-al"), file});
            QList<QMap<QString, QString>> out;
            for (const QString& line : info.out.split(QLatin1Char('\n'))) {
                if (line.startsWith(QStringLiteral("OGRFeature"))) out.append(QMap<QString, QString>());
                const QRegularExpressionMatch m =
                    QRegularExpression(QStringLiteral("^  (\\w+) \\(\\w+\\) = (.*)$")).match(line);
                if (m.hasMatch() && !out.isEmpty()) out.last().insert(m.captured(1), m.captured(2));
            }
            return out;
        };
        const auto rows = features(sheet);
        QCOMPARE(rows.size(), qsizetype(p.accounts.size()));
        for (const QString& column : {QStringLiteral("territory_enterprise"), QStringLiteral("rep_enterprise"),
                                      QStringLiteral("territory_commercial"), QStringLiteral("rep_commercial"),
                                      QStringLiteral("territory_healthcare"), QStringLiteral("rep_healthcare")})
            QVERIFY2(rows.front().contains(column), qPrintable(column));
        const tp::Scenario& s = *p.scenario(p.currentScenarioId);
        int checked = 0;
        for (const auto& row : rows) {
            const int i = p.accountIndexByExternalId(row.value(QStringLiteral("external_id")));
            QVERIFY(i >= 0);
            const tp::Account& a = p.accounts[std::size_t(i)];
            for (const tp::Team& team : p.teams) {
                const QString key = team.name.toLower();
                const tp::Territory* t =
                    team.covers(a) ? p.territory(s.territoryOfAccount(team.id, a.id, a.unit)) : nullptr;
                const tp::Rep* rep = t ? p.rep(t->repId) : nullptr;
                QCOMPARE(row.value(QStringLiteral("territory_") + key), t ? t->name : QString());
                QCOMPARE(row.value(QStringLiteral("rep_") + key), rep ? rep->name : QString());
                checked += t != nullptr;
            }
        }
        QVERIFY(checked > int(p.accounts.size()));

        const auto owners = features(crm);
        QCOMPARE(owners.size(), qsizetype(p.accounts.size()));
        QVERIFY(owners.front().contains(QStringLiteral("owner_healthcare")));
        QVERIFY(!owners.front().contains(QStringLiteral("owner_commercial")));
        for (const auto& row : owners) {
            const tp::Account& a =
                p.accounts[std::size_t(p.accountIndexByExternalId(row.value(QStringLiteral("external_id"))))];
            const tp::Team& primary = a.segment == u"Enterprise" ? p.teams[0] : p.teams[1];
            QString expected;
            if (primary.covers(a))
                if (const tp::Territory* t = p.territory(s.territoryOfAccount(primary.id, a.id, a.unit)))
                    expected = p.rep(t->repId)->name;
            QCOMPARE(row.value(QStringLiteral("owner")), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliTeams)
#include "tst_cliteams.moc"
