// `territory whitespace` as a user runs it: the CSV and JSON lists (units and regions, several
// measures, thresholds and top-N limits) against the independent SQL computation over the project
// file (tests/support/whitespacesql.h), the table's first rows, and usage errors with their exit codes.
#include "support/clirunner.h"

#include "support/whitespaceproject.h"
#include "support/whitespacesql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tp::testsupport;

namespace {

using tp::testsupport::Run;
using tp::testsupport::run;
using tp::testsupport::territory;

bool close(double a, double b, double tolerance) {
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= tolerance;
}

double numberOr(const QString& text) {
    return text.isEmpty() ? NAN : text.toDouble();
}

} // namespace

class TestCliWhiteSpace : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_scenario = 0;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("ws.territory"));
        QString error;
        QVERIFY2(makeWhiteSpaceProject(m_path, &error), qPrintable(error));
        tp::Project p;
        QVERIFY2(tp::storage::ProjectFile::open(m_path, &p, &error), qPrintable(error));
        m_scenario = p.currentScenarioId;
    }

    void csvMatchesSql_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("measureSql");
        QTest::addColumn<double>("minPenetration");
        QTest::addColumn<double>("maxDistanceKm");
        QTest::addColumn<int>("top");
        QTest::addColumn<bool>("regions");
        const QString potential = QStringLiteral("TOTAL(a.revenue_potential)");
        QTest::newRow("defaults") << QStringList{} << potential << 0.15 << 500.0 << 0 << false;
        QTest::newRow("percent, km, top")
            << QStringList{"--min-penetration", "25%", "--max-distance", "300", "--top", "25"} << potential << 0.25
            << 300.0 << 25 << false;
        QTest::newRow("workload, no tests but unassigned")
            << QStringList{"--measure", "workload", "--min-penetration", "0", "--max-distance", "0"}
            << QStringLiteral("TOTAL(a.workload_hours)") << 0.0 << 0.0 << 0 << false;
        QTest::newRow("accounts by name") << QStringList{"--measure", "Accounts", "--top", "30"}
                                          << QStringLiteral("COUNT(*)") << 0.15 << 500.0 << 30 << false;
        QTest::newRow("regions") << QStringList{"--level", "regions"} << potential << 0.15 << 500.0 << 0 << true;
        QTest::newRow("regions by revenue, top 5")
            << QStringList{"--level", "regions", "--measure", "revenue", "--top", "5", "--min-penetration", "0.3"}
            << QStringLiteral("TOTAL(a.revenue)") << 0.3 << 500.0 << 5 << true;
    }
    void csvMatchesSql() {
        QFETCH(QStringList, args);
        QFETCH(QString, measureSql);
        QFETCH(double, minPenetration);
        QFETCH(double, maxDistanceKm);
        QFETCH(int, top);
        QFETCH(bool, regions);
        WhiteSpaceSqlQuery q{m_scenario, measureSql, minPenetration, maxDistanceKm, top, regions};
        QList<WhiteSpaceSqlRow> sql;
        QString error;
        QVERIFY2(whiteSpaceBySql(m_path, q, &sql, &error), qPrintable(error));
        QVERIFY(sql.size() >= 5);

        const Run csv = territory(
            QStringList{QStringLiteral("whitespace"), m_path, QStringLiteral("--format"), QStringLiteral("csv")}
            + args);
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY2(csv.err.isEmpty(), qPrintable(csv.err));
        const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
        const QStringList header = lines.value(0).split(QLatin1Char(','));
        QCOMPARE(header.value(0), QStringLiteral("rank"));
        QCOMPARE(lines.size() - 1, sql.size());
        const Run json = territory(
            QStringList{QStringLiteral("whitespace"), m_path, QStringLiteral("--format"), QStringLiteral("json")}
            + args);
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray rows =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), sql.size());

        for (qsizetype i = 0; i < sql.size(); ++i) {
            const WhiteSpaceSqlRow& x = sql[i];
            const QStringList cells = splitCsvLine(lines[i + 1].trimmed());
            QCOMPARE(cells.size(), header.size());
            auto cell = [&](const char* key) { return cells.value(header.indexOf(QLatin1String(key))); };
            const QByteArray where = QStringLiteral("row %1 (%2)").arg(i).arg(x.code).toUtf8();
            QCOMPARE(cell("rank").toInt(), int(i + 1));
            QCOMPARE(cell(regions ? "region" : "unit_code"), x.code);
            QCOMPARE(cell("reasons"), x.reasons);
            QVERIFY2(close(cell("value").toDouble(), x.value, 0.006), where);
            QVERIFY2(close(cell("revenue_potential").toDouble(), x.potential, 0.006), where);
            QVERIFY2(close(cell("revenue").toDouble(), x.revenue, 0.006), where);
            QVERIFY2(close(numberOr(cell("penetration")), x.penetration, 1e-6), where);
            QCOMPARE(cell("accounts").toLongLong(), x.accounts);
            QVERIFY2(close(numberOr(cell(regions ? "max_distance_km" : "distance_km")), x.distanceKm, 1e-3), where);
            if (regions)
                QCOMPARE(cell("units").toInt(), x.units);
            else
                QCOMPARE(cell("territory_id").toLongLong(), x.territoryId);

            const QJsonObject o = rows[i].toObject();
            QCOMPARE(o.value(regions ? QStringLiteral("region") : QStringLiteral("unit_code")).toString(), x.code);
            QVERIFY2(close(o.value(QStringLiteral("value")).toDouble(), x.value, 0.006), where);
            const QJsonValue distance =
                o.value(regions ? QStringLiteral("max_distance_km") : QStringLiteral("distance_km"));
            QVERIFY2(close(distance.isNull() ? NAN : distance.toDouble(), x.distanceKm, 1e-6), where + " (json)");
            QStringList reasons;
            for (const QJsonValue r : o.value(QStringLiteral("reasons")).toArray()) reasons << r.toString();
            QCOMPARE(reasons.join(QLatin1Char('|')), x.reasons);
        }
    }

    // The table a person reads: a title, a header, and the SQL's first unit on the first row.
    void table() {
        WhiteSpaceSqlQuery q;
        q.scenarioId = m_scenario;
        q.top = 3;
        QList<WhiteSpaceSqlRow> sql;
        QString error;
        QVERIFY2(whiteSpaceBySql(m_path, q, &sql, &error), qPrintable(error));
        const Run r = territory({QStringLiteral("whitespace"), m_path, QStringLiteral("--top"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6); // title, header, rule, 3 rows
        QVERIFY2(lines[0].contains(QStringLiteral("white space by revenue potential")), qPrintable(lines[0]));
        QVERIFY(lines[1].contains(QStringLiteral("Reasons")));
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(lines[3 + i].startsWith(QString::number(i + 1) + QLatin1Char(' ')), qPrintable(lines[3 + i]));
            QVERIFY2(lines[3 + i].contains(sql[i].code), qPrintable(lines[3 + i]));
        }
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{} << 2 << "usage: territory whitespace";
        QTest::newRow("bad top") << QStringList{"FILE", "--top", "0"} << 2 << "--top takes a whole number";
        QTest::newRow("bad penetration") << QStringList{"FILE", "--min-penetration", "1.5"} << 2
                                         << "--min-penetration takes a share";
        QTest::newRow("bad distance") << QStringList{"FILE", "--max-distance", "far"} << 2
                                      << "--max-distance takes a number";
        QTest::newRow("bad level") << QStringList{"FILE", "--level", "planets"} << 2 << "--level is units or regions";
        QTest::newRow("bad format") << QStringList{"FILE", "--format", "xml"} << 2 << "--format is table, csv or json";
        QTest::newRow("unknown measure") << QStringList{"FILE", "--measure", "happiness"} << 2
                                         << "no measure 'happiness'; known: ";
        QTest::newRow("unknown scenario") << QStringList{"FILE", "--scenario", "Nope"} << 1 << "Nope";
        QTest::newRow("missing file") << QStringList{"/nonexistent/x.territory"} << 1 << "x.territory";
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        args.replaceInStrings(QStringLiteral("FILE"), m_path);
        const Run r = territory(QStringList{QStringLiteral("whitespace")} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void help() {
        const Run r = territory({QStringLiteral("whitespace"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--min-penetration")));
        const Run list = territory({QStringLiteral("--help")});
        QVERIFY(list.out.contains(QStringLiteral("whitespace")));
    }
};

QTEST_GUILESS_MAIN(TestCliWhiteSpace)
#include "tst_cliwhitespace.moc"
