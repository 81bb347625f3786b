// The import wizard's dry run says what applying an import will do, without changing the project
// or its file: the same added / updated / unchanged / outside-every-unit counts as the import
// applied afterwards, and the measures the project then has (a new numeric column is a new one).
// A cancelled dry run stops and says so.
#include "session/accountimportapplier.h"
#include "session/accountimportdryrun.h"
#include "session/projectsession.h"
#include "support/democopy.h"

#include "model/measuredefinition.h"
#include "model/project.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;

namespace {

QByteArray hashOf(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestAccountImportDryRun : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void forecastMatchesTheImport() {
        const QString path = m_dir.filePath(QStringLiteral("dryrun.territory"));
        QVERIFY(testsupport::copyDemo(path, testsupport::DemoScenario::AsBundled));
        QString error;
        auto session = session::ProjectSession::open(path, &error);
        QVERIFY2(session, qPrintable(error));
        const Project& p = session->project();
        QVERIFY(p.accounts.size() > 10);

        io::AccountImportResult imported;
        imported.ok = true;
        auto add = [&](Account a, int line) {
            imported.accounts.push_back(std::move(a));
            imported.lines.push_back(line);
        };
        add(p.accounts[0], 2); // unchanged
        Account richer = p.accounts[1];
        richer.revenue += 1000; // updated in place
        add(richer, 3);
        Account moved = p.accounts[2];
        moved.location = {-40.0, 30.0}; // updated, now in the Atlantic: outside every unit
        add(moved, 4);
        Account denver;
        denver.externalId = QStringLiteral("NEW-1");
        denver.location = {-104.99, 39.74};
        denver.extra.insert(QStringLiteral("nps"), 8.5);
        add(denver, 5); // added, in a unit, with a new numeric column
        Account sea = denver;
        sea.externalId = QStringLiteral("NEW-2");
        sea.location = {-150.0, 10.0};
        add(sea, 6); // added, outside every unit

        const QByteArray before = hashOf(path);
        const std::size_t countBefore = p.accounts.size();
        const session::AccountImportForecast f = session::AccountImportDryRun::run(p, imported);
        QCOMPARE(hashOf(path), before);
        QCOMPARE(p.accounts.size(), countBefore);
        QCOMPARE(f.added, 2);
        QCOMPARE(f.updated, 2);
        QCOMPARE(f.unchanged, 1);
        QCOMPARE(f.outsideUnits, 2);
        QCOMPARE(f.outsideLines, (std::vector<int>{4, 6}));
        QCOMPARE(f.newMeasures, QStringList{QStringLiteral("nps")});

        session::AccountImportSummary summary;
        QVERIFY2(session::AccountImportApplier::apply(*session, imported, QStringLiteral("test"), &summary, &error),
                 qPrintable(error));
        QCOMPARE(summary.merge.added, f.added);
        QCOMPARE(summary.merge.updated, f.updated);
        QCOMPARE(summary.merge.unchanged, f.unchanged);
        QCOMPARE(summary.outsideUnits, f.outsideUnits);
        QStringList after, forecast;
        for (const MeasureDefinition& m : MeasureDefinition::defaultsFor(session->project())) after << m.name;
        for (const MeasureDefinition& m : f.measures) forecast << m.name;
        QCOMPARE(forecast, after);
    }

    void cancelledDryRunStops() {
        const QString path = m_dir.filePath(QStringLiteral("cancel.territory"));
        QVERIFY(testsupport::copyDemo(path, testsupport::DemoScenario::AsBundled));
        QString error;
        auto session = session::ProjectSession::open(path, &error);
        QVERIFY2(session, qPrintable(error));
        io::AccountImportResult imported;
        imported.ok = true;
        imported.accounts = session->project().accounts;
        imported.lines.assign(imported.accounts.size(), 1);
        TaskProgress progress([](const QString&, double) {});
        progress.cancel();
        const session::AccountImportForecast f =
            session::AccountImportDryRun::run(session->project(), imported, progress);
        QVERIFY(f.cancelled);
        QCOMPARE(f.added + f.updated + f.unchanged, 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountImportDryRun)
#include "tst_accountimportdryrun.moc"
