#pragma once
// WhiteSpaceSql: the white-space list of a project file worked out by one SQL query that GDAL's
// ogr2ogr runs on the .territory file itself (SQLite dialect, SpatiaLite's ST_Centroid for the unit
// centroids, the haversine formula written out in SQL), with nothing of this project's code in
// between. Written from the schema: units are stored as index + 1, an account counts for its unit
// unless it has an override in the scenario, a unit is unassigned unless a leaf territory (level 0)
// of the scenario owns it; a listed unit has a positive measure and at least one reason. Only the
// current team's territories, plan and accounts count: the team's rule is given as SQL (by default
// the demo's first team, Commercial: Mid-Market and SMB), its hand-picked accounts are read from the
// file. For the white-space tests of the finder, the CLI and the dock.
#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <cmath>

namespace tp::testsupport {

struct WhiteSpaceSqlRow {
    QString code;
    QString reasons; // "unassigned|low_penetration|far_from_rep" (those that apply)
    double value = 0, potential = 0, revenue = 0;
    double penetration = NAN;
    qint64 accounts = 0;
    qint64 territoryId = 0;
    double distanceKm = NAN;
    int units = 1;
};

struct WhiteSpaceSqlQuery {
    qint64 scenarioId = 0;
    QString measureSql = QStringLiteral("TOTAL(a.revenue_potential)"); // aggregate over accounts a
    double minPenetration = 0.15;                                      // <= 0: no test
    double maxDistanceKm = 500;                                        // <= 0: no test
    int top = 0;
    bool regions = false; // group the listed units by units.region
    qint64 teamId = 1;    // the team (the demo's first, current on opening)
    QString memberSql = QStringLiteral("lower(trim(a.segment)) IN ('mid-market', 'smb')"); // its rule, on accounts a
};

// One line of RFC 4180 CSV (quoted fields may hold commas and doubled quotes; no line breaks).
inline QStringList splitCsvLine(const QString& line) {
    QStringList cells{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
            cells.last() += c;
            ++i;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char(',') && !quoted) {
            cells << QString();
        } else {
            cells.last() += c;
        }
    }
    return cells;
}

inline QString whiteSpaceSql(const WhiteSpaceSqlQuery& q) {
    const QString units = QStringLiteral(R"sql(
WITH leaf AS (SELECT id, rep_id FROM territories WHERE scenario_id = %1 AND team_id = %5 AND level = 0),
agg AS (SELECT a.unit_id, COUNT(*) AS n, %2 AS value, TOTAL(a.revenue_potential) AS pot, TOTAL(a.revenue) AS rev
        FROM accounts a
        WHERE a.id NOT IN (SELECT account_id FROM account_overrides WHERE scenario_id = %1 AND team_id = %5)
          AND a.id NOT IN (SELECT account_id FROM team_accounts WHERE team_id = %5 AND included = 0)
          AND (a.id IN (SELECT account_id FROM team_accounts WHERE team_id = %5 AND included = 1) OR (%6))
        GROUP BY a.unit_id),
base AS (
  SELECT u.code, u.region, agg.value, agg.pot, agg.rev, agg.n, leaf.id AS tid,
         CASE WHEN agg.pot > 0 THEN agg.rev / agg.pot END AS pen,
         CASE WHEN r.id IS NOT NULL AND (r.home_lon <> 0 OR r.home_lat <> 0) THEN
           (SELECT 6371.0088 * 2 * asin(sqrt(power(sin(radians(cy - r.home_lat) / 2), 2)
                    + cos(radians(r.home_lat)) * cos(radians(cy)) * power(sin(radians(cx - r.home_lon) / 2), 2)))
            FROM (SELECT X(c) AS cx, Y(c) AS cy FROM (SELECT ST_Centroid(GeomFromWKB(u.geometry)) AS c)))
         END AS km
  FROM units u
  JOIN agg ON agg.unit_id = u.id
  LEFT JOIN unit_assignments ua ON ua.scenario_id = %1 AND ua.team_id = %5 AND ua.unit_id = u.id
  LEFT JOIN leaf ON leaf.id = ua.territory_id
  LEFT JOIN reps r ON r.id = leaf.rep_id
  WHERE agg.value > 0),
listed AS (
  SELECT *, trim((CASE WHEN tid IS NULL THEN 'unassigned|' ELSE '' END)
              || (CASE WHEN %3 > 0 AND pen < %3 THEN 'low_penetration|' ELSE '' END)
              || (CASE WHEN %4 > 0 AND km > %4 THEN 'far_from_rep|' ELSE '' END), '|') AS reasons
  FROM base)
)sql")
                              .arg(q.scenarioId)
                              .arg(q.measureSql)
                              .arg(q.minPenetration, 0, 'g', 17)
                              .arg(q.maxDistanceKm, 0, 'g', 17)
                              .arg(q.teamId)
                              .arg(q.memberSql);
    QString select;
    if (q.regions)
        select = QStringLiteral(
            "SELECT region AS code, group_concat(reasons, '|') AS reasons, TOTAL(value) AS value, TOTAL(pot) AS pot, "
            "TOTAL(rev) AS rev, CASE WHEN TOTAL(pot) > 0 THEN TOTAL(rev) / TOTAL(pot) END AS pen, TOTAL(n) AS n, "
            "0 AS tid, MAX(km) AS km, COUNT(*) AS units FROM listed WHERE reasons <> '' AND region <> '' "
            "GROUP BY region ORDER BY value DESC, code");
    else
        select =
            QStringLiteral("SELECT code, reasons, value, pot, rev, pen, n, COALESCE(tid, 0) AS tid, km, 1 AS units "
                           "FROM listed WHERE reasons <> '' ORDER BY value DESC, code");
    if (q.top > 0) select += QStringLiteral(" LIMIT %1").arg(q.top);
    return units + select;
}

// The rows, or false and *error. Region reasons come back as the union of their units' reasons
// in the fixed order unassigned, low_penetration, far_from_rep.
inline bool whiteSpaceBySql(const QString& file, const WhiteSpaceSqlQuery& query, QList<WhiteSpaceSqlRow>* out,
                            QString* error) {
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("ogr2ogr")),
                  {QStringLiteral("-f"), QStringLiteral("CSV"), QStringLiteral("/vsistdout/"), file,
                   QStringLiteral("-dialect"), QStringLiteral("SQLite"), QStringLiteral("-sql"), whiteSpaceSql(query)});
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("ogr2ogr failed: %1 %2")
                     .arg(process.errorString(), QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    const QByteArray csv = process.readAllStandardOutput().trimmed();
    out->clear();
    if (csv.isEmpty()) return true; // no rows: ogr2ogr writes no header either
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.value(0).trimmed() != "code,reasons,value,pot,rev,pen,n,tid,km,units") {
        *error = QStringLiteral("unexpected CSV header: %1").arg(QString::fromUtf8(lines.value(0)));
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = splitCsvLine(QString::fromUtf8(lines[i]).trimmed());
        if (cells.size() != 10) {
            *error = QStringLiteral("bad CSV line: %1").arg(QString::fromUtf8(lines[i]));
            return false;
        }
        auto text = [&](int c) { return cells[c]; };
        auto real = [&](int c) {
            const QString t = text(c);
            return t.isEmpty() ? NAN : t.toDouble();
        };
        WhiteSpaceSqlRow row;
        row.code = text(0);
        QStringList reasons;
        const QString all = text(1);
        for (const char* key : {"unassigned", "low_penetration", "far_from_rep"})
            if (all.split(QLatin1Char('|')).contains(QLatin1String(key))) reasons << QLatin1String(key);
        row.reasons = reasons.join(QLatin1Char('|'));
        row.value = real(2);
        row.potential = real(3);
        row.revenue = real(4);
        row.penetration = real(5);
        row.accounts = qint64(real(6));
        row.territoryId = text(7).toLongLong();
        row.distanceKm = real(8);
        row.units = text(9).toInt();
        out->append(row);
    }
    return true;
}

} // namespace tp::testsupport
