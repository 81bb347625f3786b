// The `territory` CLI as a user runs it: demo generation, the metrics table in every format,
// usage errors and exit codes, and a determinism check of the demo generator.
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run territory(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(TP_BIN_DIR "/territory"), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.territory"));
        const Run r = territory({QStringLiteral("demo"), m_demo, QStringLiteral("--accounts"), QStringLiteral("1200")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1200 accounts")));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << 2 << "usage: territory";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command 'frobnicate'";
        QTest::newRow("metrics without file") << QStringList{"metrics"} << 2 << "usage: territory metrics";
        QTest::newRow("bad format") << QStringList{"metrics", "x.territory", "--format", "xml"} << 2 << "usage: territory metrics";
        QTest::newRow("missing file") << QStringList{"metrics", "/nonexistent/x.territory"} << 1 << "x.territory";
        QTest::newRow("demo bad number") << QStringList{"demo", "x.territory", "--accounts", "many"} << 2 << "whole number";
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = territory(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void helpForEveryCommand_data() {
        QTest::addColumn<QString>("command");
        QTest::newRow("demo") << "demo";
        QTest::newRow("metrics") << "metrics";
    }
    void helpForEveryCommand() {
        QFETCH(QString, command);
        const Run r = territory({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Usage:")));
    }

    void metricsJsonAddsUp() {
        const Run r = territory({QStringLiteral("metrics"), m_demo, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 12);
        qint64 accounts = 0;
        for (const QJsonValue v : rows) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(QStringLiteral("territory")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("rep")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("accounts")).toInteger() > 0);
            QVERIFY(o.value(QStringLiteral("pieces")).toInt() >= 1);
            accounts += o.value(QStringLiteral("accounts")).toInteger();
        }
        // Every demo account is placed at a ZIP point inside a demo county.
        QCOMPARE(accounts, qint64(1200));
    }

    void metricsTableAndCsv() {
        const Run table = territory({QStringLiteral("metrics"), m_demo});
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY(table.out.contains(QStringLiteral("Pacific Northwest")));
        QVERIFY(table.out.contains(QStringLiteral("Balance index")));
        const Run csv = territory({QStringLiteral("metrics"), m_demo, QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--scenario"), QStringLiteral("2")});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 13);
        QVERIFY(lines.first().startsWith(QStringLiteral("territory,rep,accounts")));
    }

    void unknownScenarioIsAnError() {
        const Run r = territory({QStringLiteral("metrics"), m_demo, QStringLiteral("--scenario"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no scenario 'nope'")));
    }

    void demoIsDeterministic() {
        const QString second = m_dir.filePath(QStringLiteral("again.territory"));
        QCOMPARE(territory({QStringLiteral("demo"), second, QStringLiteral("--accounts"), QStringLiteral("1200")}).exitCode, 0);
        const Run a = territory({QStringLiteral("metrics"), m_demo, QStringLiteral("--format"), QStringLiteral("csv")});
        const Run b = territory({QStringLiteral("metrics"), second, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(a.out, b.out);
        const QString other = m_dir.filePath(QStringLiteral("other.territory"));
        QCOMPARE(territory({QStringLiteral("demo"), other, QStringLiteral("--accounts"), QStringLiteral("1200"),
                            QStringLiteral("--seed"), QStringLiteral("7")}).exitCode, 0);
        const Run c = territory({QStringLiteral("metrics"), other, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(a.out != c.out);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
