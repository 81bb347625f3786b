// The summary workbook's "White space" sheet, read back through GDAL's command-line tool as a
// user's tools read it, against the independent SQL computation over the project file
// (tests/support/whitespacesql.h, default thresholds, ranked by revenue potential).
#include "io/export/exportsource.h"
#include "io/export/outputguard.h"
#include "io/export/territorysummaryexporter.h"
#include "model/metricsengine.h"
#include "session/projectsession.h"

#include "support/whitespaceproject.h"
#include "support/whitespacesql.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tp;
using namespace tp::testsupport;

class TestWhiteSpaceExport : public QObject {
    Q_OBJECT

private slots:
    void sheetMatchesSql() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ws.territory"));
        QString error;
        QVERIFY2(makeWhiteSpaceProject(path, &error), qPrintable(error));
        auto session = session::ProjectSession::open(path, &error);
        QVERIFY2(session, qPrintable(error));
        const Project& project = session->project();
        session->metrics().recompute(project.currentScenarioId);

        const io::ExportSource source(project, session->metrics(), 0, io::OutputGuard());
        const QString xlsx = dir.filePath(QStringLiteral("summary.xlsx"));
        QVERIFY2(io::TerritorySummaryExporter(source).writeXlsx(xlsx, &error), qPrintable(error));

        QProcess ogr;
        ogr.start(QStandardPaths::findExecutable(QStringLiteral("ogr2ogr")),
                  {QStringLiteral("--config"), QStringLiteral("OGR_XLSX_HEADERS"), QStringLiteral("FORCE"),
                   QStringLiteral("-f"), QStringLiteral("CSV"), QStringLiteral("/vsistdout/"), xlsx,
                   QStringLiteral("White space")});
        QVERIFY(ogr.waitForFinished(60000));
        QVERIFY2(ogr.exitCode() == 0, ogr.readAllStandardError().constData());
        const QStringList lines = QString::fromUtf8(ogr.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
        const QStringList header = splitCsvLine(lines.value(0).trimmed());
        QVERIFY2(header.contains(QStringLiteral("Unit")) && header.contains(QStringLiteral("Km to rep")),
                 qPrintable(lines.value(0)));

        WhiteSpaceSqlQuery q;
        q.scenarioId = project.currentScenarioId;
        QList<WhiteSpaceSqlRow> sql;
        QVERIFY2(whiteSpaceBySql(path, q, &sql, &error), qPrintable(error));
        QVERIFY(sql.size() >= 20);
        QCOMPARE(lines.size() - 1, sql.size());
        int unassigned = 0;
        for (qsizetype i = 0; i < sql.size(); ++i) {
            const QStringList cells = splitCsvLine(lines[i + 1].trimmed());
            QCOMPARE(cells.size(), header.size());
            auto cell = [&](const char* name) { return cells.value(header.indexOf(QLatin1String(name))); };
            const WhiteSpaceSqlRow& x = sql[i];
            QCOMPARE(cell("Rank").toInt(), int(i + 1));
            QCOMPARE(cell("Unit"), x.code);
            QVERIFY2(std::abs(cell("Revenue potential").toDouble() - x.potential) < 0.006, qPrintable(x.code));
            QVERIFY2(std::abs(cell("Revenue").toDouble() - x.revenue) < 0.006, qPrintable(x.code));
            QCOMPARE(cell("Accounts").toLongLong(), x.accounts);
            const QString km = cell("Km to rep");
            QVERIFY2(km.isEmpty() == std::isnan(x.distanceKm), qPrintable(x.code));
            if (!km.isEmpty()) QVERIFY2(std::abs(km.toDouble() - x.distanceKm) < 1e-3, qPrintable(x.code));
            if (x.reasons.contains(QStringLiteral("unassigned"))) {
                ++unassigned;
                QVERIFY(cell("Territory").isEmpty());
            }
        }
        QCOMPARE(unassigned, whiteSpaceUnassignedUnits);
    }
};

QTEST_GUILESS_MAIN(TestWhiteSpaceExport)
#include "tst_whitespaceexport.moc"
