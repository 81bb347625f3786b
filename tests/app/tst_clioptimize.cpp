// `territory optimize` as a user runs it on the demo: usage errors, the result written as a new
// scenario (the current one untouched), figures checked independently through `territory
// metrics` (every territory within its band, no territory in more pieces), exit 4 with the
// reasons when the band is impossible, --into an existing scenario, JSON output, building a new
// number of territories.
#include "support/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

using tp::testsupport::Run;
using tp::testsupport::run;
using tp::testsupport::territory;

QJsonArray metrics(const QString& project, const QString& scenario) {
    QStringList args{QStringLiteral("metrics"), project, QStringLiteral("--format"), QStringLiteral("json")};
    if (!scenario.isEmpty()) args << QStringLiteral("--scenario") << scenario;
    const Run r = territory(args);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

// Largest |value - mean| / mean of a metrics column over the territories.
double worstDeviation(const QJsonArray& rows, const QString& key) {
    double total = 0.0;
    for (const QJsonValue& v : rows) total += v.toObject().value(key).toDouble();
    const double mean = total / rows.size();
    double worst = 0.0;
    for (const QJsonValue& v : rows)
        worst = std::max(worst, std::abs(v.toObject().value(key).toDouble() - mean) / mean);
    return worst;
}

QHash<QString, int> piecesOf(const QJsonArray& rows) {
    QHash<QString, int> out;
    for (const QJsonValue& v : rows)
        out.insert(v.toObject().value("territory").toString(), v.toObject().value("pieces").toInt());
    return out;
}

} // namespace

class TestCliOptimize : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

    QString copyOfDemo(const QString& name) {
        const QString copy = m_dir.filePath(name);
        QFile::copy(m_demo, copy);
        return copy;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.territory"));
        // The build's demo project (`territory demo` with its defaults, as the build makes it).
        QVERIFY(QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), m_demo));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no project") << QStringList{"optimize"} << "usage: territory optimize";
        QTest::newRow("bad mode") << QStringList{"optimize", "x.territory", "--mode", "shuffle"}
                                  << "rebalance, build or fill";
        QTest::newRow("count without build")
            << QStringList{"optimize", "x.territory", "--territories", "5"} << "--mode build";
        QTest::newRow("bad cap") << QStringList{"optimize", "x.territory", "--max-moved", "ten"} << "percentage";
        QTest::newRow("cap above 100") << QStringList{"optimize", "x.territory", "--max-moved", "120%"} << "percentage";
        QTest::newRow("only and region") << QStringList{"optimize", "x.territory", "--only", "A", "--region", "B"}
                                         << "exclude each other";
        QTest::newRow("bad compactness") << QStringList{"optimize", "x.territory", "--compactness", "round"}
                                         << "border or travel";
        QTest::newRow("bad time") << QStringList{"optimize", "x.territory", "--time-limit", "-3"} << "positive";
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = territory(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void unknownMeasureIsAUsageError() {
        const Run r = territory({"optimize", m_demo, "--measure", "happiness"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no measure 'happiness'"));
        QVERIFY(r.err.contains("Workload hours"));
    }

    void rebalanceWritesANewScenario() {
        const QString project = copyOfDemo(QStringLiteral("rebalance.territory"));
        const QJsonArray current = metrics(project, {});
        // Revenue potential is not what the demo was balanced on: far out of a 5 % band.
        QVERIFY(worstDeviation(current, "revenue_potential") > 0.05);
        const Run r = territory({"optimize", project, "--measure", "Revenue potential:1:5%", "--max-moved", "60%",
                                 "--name", "Balanced", "--seed", "3"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains("Every territory is inside its band."));
        QVERIFY(r.out.contains("accounts moved"));
        QVERIFY(r.out.contains("Written to scenario \"Balanced\""));
        // The current scenario is as it was; the new one is within the band and no more broken up.
        QCOMPARE(metrics(project, {}), current);
        const QJsonArray balanced = metrics(project, QStringLiteral("Balanced"));
        QCOMPARE(balanced.size(), current.size());
        QVERIFY(worstDeviation(balanced, "revenue_potential") <= 0.05 + 1e-6);
        const QHash<QString, int> before = piecesOf(current), after = piecesOf(balanced);
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QVERIFY2(it.value() <= before.value(it.key()), qPrintable(it.key()));
        const Run list = territory({"scenario", "list", project});
        QVERIFY(list.out.contains("Balanced"));
    }

    void maxMovedHolds_data() {
        QTest::addColumn<double>("capPct");
        QTest::newRow("2 %") << 2.0;
        QTest::newRow("6 %") << 6.0;
    }
    void maxMovedHolds() {
        // A tighter band than the demo's plan of record: the cap binds. The accounts that change
        // owner are counted in the change list export against the starting scenario.
        QFETCH(double, capPct);
        const QString project = copyOfDemo(QStringLiteral("cap%1.territory").arg(capPct));
        const QString name = QStringLiteral("Capped");
        const Run r = territory({"optimize", project, "--measure", "workload:1:2%", "--max-moved",
                                 QStringLiteral("%1%").arg(capPct), "--name", name, "--time-limit", "20"});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 4, qPrintable(r.out + r.err));
        const QString changes = m_dir.filePath(QStringLiteral("changes%1.csv").arg(capPct));
        const Run e = territory({"export", project, "changes", changes, "--scenario", name, "--baseline", "1"});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        QFile f(changes);
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        int rows = -1; // the header
        while (!f.atEnd())
            if (!f.readLine().trimmed().isEmpty()) ++rows;
        QVERIFY2(rows > 0, "nothing moved");
        QVERIFY2(rows <= int(capPct / 100.0 * 5000 + 1e-9), qPrintable(QString::number(rows)));
        if (r.exitCode == 4) QVERIFY(r.out.contains(QStringLiteral("cap on moved accounts")));
    }

    void impossibleBandExitsFourAndStillWrites() {
        const QString project = copyOfDemo(QStringLiteral("impossible.territory"));
        const Run r =
            territory({"optimize", project, "--measure", "workload:1:0.01%", "--time-limit", "3", "--format", "json"});
        QCOMPARE(r.exitCode, 4);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("all_in_band").toBool(true), false);
        QVERIFY(!o.value("reasons").toArray().isEmpty());
        QVERIFY(o.value("after").toObject().value("out_of_band").toInt() > 0);
        const QString written = o.value("scenario").toString();
        QVERIFY(!written.isEmpty());
        QCOMPARE(metrics(project, written).size(), metrics(project, {}).size());
    }

    void intoAnExistingScenario() {
        const QString project = copyOfDemo(QStringLiteral("into.territory"));
        const QString proposal = QStringLiteral("Proposal: rebalance to ±5 %");
        const QJsonArray before = metrics(project, proposal);
        const Run r =
            territory({"optimize", project, "--measure", "accounts:1:4%", "--max-moved", "60%", "--into", proposal});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Written to scenario \"%1\"").arg(proposal)));
        const QJsonArray after = metrics(project, proposal);
        QVERIFY(worstDeviation(before, "accounts") > 0.04);
        QVERIFY(worstDeviation(after, "accounts") <= 0.04 + 1e-6);
        const Run list = territory({"scenario", "list", project});
        QCOMPARE(list.out.count(QLatin1Char('\n')),
                 territory({"scenario", "list", m_demo}).out.count(QLatin1Char('\n')));
    }

    void buildANewNumberOfTerritories() {
        const QString project = copyOfDemo(QStringLiteral("build.territory"));
        const Run r = territory({"optimize", project, "--mode", "build", "--territories", "8", "--measure",
                                 "workload:1:10%", "--name", "Eight"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonArray eight = metrics(project, QStringLiteral("Eight"));
        QCOMPARE(eight.size(), 8);
        QVERIFY(worstDeviation(eight, "workload_hours") <= 0.10 + 1e-6);
        // Building joins counties no territory reaches (islands) to the nearest one: no other piece.
        int extraNow = 0, extraEight = 0;
        for (const QJsonValue& v : metrics(project, {})) extraNow += v.toObject().value("pieces").toInt() - 1;
        for (const QJsonValue& v : eight) extraEight += v.toObject().value("pieces").toInt() - 1;
        QVERIFY2(extraEight <= extraNow, qPrintable(QStringLiteral("%1 > %2").arg(extraEight).arg(extraNow)));
    }
};

QTEST_GUILESS_MAIN(TestCliOptimize)
#include "tst_clioptimize.moc"
