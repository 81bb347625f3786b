// PlanEditor, the one place plans change: each edit reaches the metrics (by deltas that equal a
// full recompute), the file (it survives reopening) and the change log; refused edits (locked
// territories, unknown ids) change nothing anywhere. Also the whole round trip a planner makes:
// new project, import accounts, build territories, close, reopen, same figures.
#include "io/import/accountimporter.h"
#include "builders/blankprojectbuilder.h"
#include "model/metricstable.h"
#include "session/accountimportapplier.h"
#include "session/planeditor.h"
#include "session/projectsession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tp;
using namespace tp::session;

namespace {

// Every figure of every territory, for exact comparisons.
QStringList snapshot(const ProjectSession& s) {
    const MetricsTable table(s.project(), s.metrics());
    QStringList rows;
    for (int r = 0; r < table.rowCount(); ++r) {
        const TerritoryMetrics& m = table.metrics(r);
        rows << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                    .arg(m.territoryId)
                    .arg(m.units)
                    .arg(m.accounts)
                    .arg(m.revenuePotential, 0, 'g', 17)
                    .arg(m.workloadHours, 0, 'g', 17)
                    .arg(m.pieces)
                    .arg(m.compactness, 0, 'g', 17)
                    .arg(m.meanTravelKm, 0, 'g', 17)
                    .arg(m.deviationPct, 0, 'g', 17);
    }
    return rows;
}

const Territory* territoryNamed(const Project& p, qint64 scenario, const QString& name) {
    for (const Territory* t : p.territoriesOf(scenario))
        if (t->name == name) return t;
    return nullptr;
}

} // namespace

class TestPlanEditor : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<ProjectSession> openDemoCopy(QString* path = nullptr) {
        const QString copy = m_dir.filePath(QStringLiteral("demo%1.territory").arg(++m_files));
        QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        if (path) *path = copy;
        QString error;
        auto s = ProjectSession::open(copy, &error);
        if (!s) qWarning() << error;
        return s;
    }

private slots:
    void assignUpdatesMetricsFileAndLog() {
        QString path;
        auto s = openDemoCopy(&path);
        QVERIFY(s);
        const qint64 scenario = s->project().currentScenarioId;
        const Territory* mountain = territoryNamed(s->project(), scenario, QStringLiteral("Mountain"));
        const Territory* southwest = territoryNamed(s->project(), scenario, QStringLiteral("Southwest"));
        QVERIFY(mountain && southwest);
        std::vector<int> units;
        for (const QString& code : {QStringLiteral("08031"), QStringLiteral("08005"), QStringLiteral("08059")})
            units.push_back(s->project().unitIndexByCode(code));
        for (int u : units) QCOMPARE(s->project().currentScenario()->unitTerritory[std::size_t(u)], mountain->id);

        PlanEditor editor(*s);
        QString error;
        QVERIFY2(editor.assignUnitsTo(scenario, units, southwest->id, &error), qPrintable(error));
        const QStringList delta = snapshot(*s);
        s->metrics().recompute(scenario);
        QCOMPARE(snapshot(*s), delta); // the delta path equals the full recompute, bit for bit

        const auto log = s->file().readLog(1, scenario);
        QCOMPARE(log.size(), std::size_t(1));
        QCOMPARE(log.front().text, QStringLiteral("Moved 3 counties from Mountain to Southwest"));
        QCOMPARE(log.front().kind, QStringLiteral("assign-units"));

        const qint64 southwestId = southwest->id;
        s.reset();
        QString error2;
        auto reopened = ProjectSession::open(path, &error2);
        QVERIFY2(reopened, qPrintable(error2));
        for (int u : units) QCOMPARE(reopened->project().currentScenario()->unitTerritory[std::size_t(u)], southwestId);
        QCOMPARE(snapshot(*reopened), delta);
    }

    void lockedTerritoryRefusesAndNothingChanges() {
        QString path;
        auto s = openDemoCopy(&path);
        const qint64 scenario = s->project().currentScenarioId;
        Territory mountain = *territoryNamed(s->project(), scenario, QStringLiteral("Mountain"));
        const Territory* southwest = territoryNamed(s->project(), scenario, QStringLiteral("Southwest"));
        PlanEditor editor(*s);
        QString error;
        mountain.locked = true;
        QCOMPARE(editor.saveTerritory(mountain, &error), mountain.id);
        const QStringList before = snapshot(*s);
        const std::vector<qint64> assignment = s->project().currentScenario()->unitTerritory;
        const int denver = s->project().unitIndexByCode(QStringLiteral("08031"));
        QVERIFY(!editor.assignUnitsTo(scenario, {denver}, southwest->id, &error));
        QVERIFY2(error.contains(QStringLiteral("Mountain is locked")), qPrintable(error));
        QCOMPARE(s->project().currentScenario()->unitTerritory, assignment);
        QCOMPARE(snapshot(*s), before);
        // Nor can an account of a locked territory become someone else's named account.
        const Account* inDenver = nullptr;
        for (const Account& a : s->project().accounts)
            if (a.unit == denver) inDenver = &a;
        QVERIFY(inDenver);
        QVERIFY(!editor.setAccountOverride(scenario, inDenver->id, southwest->id, &error));
        QVERIFY(s->project().currentScenario()->overrides.isEmpty());
        s.reset();
        auto reopened = ProjectSession::open(path, &error);
        QCOMPARE(reopened->project().currentScenario()->unitTerritory, assignment);
        QVERIFY(reopened->project().territory(mountain.id)->locked);
    }

    void refusedEdits_data() {
        QTest::addColumn<int>("unit");
        QTest::addColumn<qint64>("territory");
        QTest::addColumn<QString>("message");
        QTest::newRow("unit out of range") << 999999 << qint64(0) << "no unit";
        QTest::newRow("territory of another scenario") << 0 << qint64(-2) << "not a territory of this scenario";
        QTest::newRow("region is not a leaf") << 0 << qint64(-1) << "not a territory of this scenario";
    }
    void refusedEdits() {
        QFETCH(int, unit);
        QFETCH(qint64, territory);
        QFETCH(QString, message);
        auto s = openDemoCopy();
        const qint64 scenario = s->project().currentScenarioId;
        qint64 target = territory;
        for (const Territory& t : s->project().territories) {
            if (territory == -1 && t.scenarioId == scenario && t.level == Territory::Level::Region) target = t.id;
            if (territory == -2 && t.scenarioId != scenario && t.level == Territory::Level::Territory) target = t.id;
        }
        const QStringList before = snapshot(*s);
        QString error;
        QVERIFY(!PlanEditor(*s).assignUnitsTo(scenario, {unit}, target, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(snapshot(*s), before);
    }

    void overrideMovesOneAccount() {
        auto s = openDemoCopy();
        const qint64 scenario = s->project().currentScenarioId;
        const Territory* florida = territoryNamed(s->project(), scenario, QStringLiteral("Florida"));
        const Account& account = s->project().accounts.front();
        const qint64 owner = s->project().territoryOfAccount(*s->project().currentScenario(), account);
        QVERIFY(owner != florida->id);
        const qint64 before = s->metrics().metricsOf(florida->id)->accounts;
        PlanEditor editor(*s);
        QString error;
        QVERIFY(editor.setAccountOverride(scenario, account.id, florida->id, &error));
        QCOMPARE(s->metrics().metricsOf(florida->id)->accounts, before + 1);
        QVERIFY(s->file().readLog(1, scenario).front().text.contains(account.externalId));
        QVERIFY(editor.setAccountOverride(scenario, account.id, 0, &error));
        QCOMPARE(s->metrics().metricsOf(florida->id)->accounts, before);
    }

    void scenarioCopyAndApproval() {
        QString path;
        auto s = openDemoCopy(&path);
        PlanEditor editor(*s);
        QString error;
        const qint64 source = 2;
        const qint64 copy = editor.createScenario(QStringLiteral("Workshop"), source, &error);
        QVERIFY2(copy, qPrintable(error));
        QVERIFY(editor.switchScenario(source, &error));
        const QStringList sourceFigures = snapshot(*s);
        QVERIFY(editor.switchScenario(copy, &error));
        // Same figures; only the territory ids differ (copies have their own).
        QStringList copyFigures = snapshot(*s);
        QCOMPARE(copyFigures.size(), sourceFigures.size());
        for (int i = 0; i < copyFigures.size(); ++i)
            QCOMPARE(copyFigures[i].section(QLatin1Char('|'), 1), sourceFigures[i].section(QLatin1Char('|'), 1));
        QVERIFY(!editor.setPlanOfRecord(copy, &error));
        QVERIFY(editor.setScenarioStatus(copy, Scenario::Status::Approved, &error));
        QVERIFY(s->file().readLog(1, copy).front().text.contains(
            QStringLiteral("approved by %1").arg(PlanEditor::currentUser())));
        QVERIFY(editor.setPlanOfRecord(copy, &error));
        int plans = 0;
        for (const Scenario& sc : s->project().scenarios) plans += sc.planOfRecord;
        QCOMPARE(plans, 1);
        s.reset();
        auto reopened = ProjectSession::open(path, &error);
        QCOMPARE(reopened->project().currentScenarioId, copy);
        QVERIFY(reopened->project().scenario(copy)->planOfRecord);
        QCOMPARE(snapshot(*reopened), copyFigures);
    }

    void roundTripFromBlankProject() {
        Project blank;
        QString error;
        QVERIFY2(builders::BlankProjectBuilder::build(QStringLiteral("Colorado"), &blank, &error), qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("colorado.territory"));
        auto s = ProjectSession::create(path, std::move(blank), &error);
        QVERIFY2(s, qPrintable(error));

        const QString csv = m_dir.filePath(QStringLiteral("colorado.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Id,Name,Zip,Potential,Tier,Segment\n"
                "C1,Denver Bikes,80202,100000,A,SMB\nC2,Boulder Labs,80302,250000,B,Mid-Market\n"
                "C3,Springs Supply,80903,50000,C,SMB\nC4,Aurora Health,80012,900000,A,Enterprise\n");
        f.close();
        io::AccountImportOptions options;
        options.path = csv;
        const io::AccountImportResult imported = io::AccountImporter::importAccounts(options);
        QVERIFY2(imported.ok && imported.rejected.empty(), qPrintable(imported.error));
        AccountImportSummary summary;
        QVERIFY2(AccountImportApplier::apply(*s, imported, QStringLiteral("colorado.csv"), &summary, &error),
                 qPrintable(error));
        QCOMPARE(summary.merge.added, 4);

        PlanEditor editor(*s);
        const qint64 scenario = s->project().currentScenarioId;
        Territory north;
        north.scenarioId = scenario;
        north.name = QStringLiteral("Front Range North");
        north.color = QStringLiteral("#4477aa");
        Territory south = north;
        south.name = QStringLiteral("Front Range South");
        south.color = QStringLiteral("#ee6677");
        north.id = editor.saveTerritory(north, &error);
        south.id = editor.saveTerritory(south, &error);
        QVERIFY(north.id && south.id);
        auto unit = [&](const char* code) { return s->project().unitIndexByCode(QString::fromLatin1(code)); };
        QVERIFY(editor.assignUnitsTo(scenario, {unit("08031"), unit("08013")}, north.id, &error));
        QVERIFY(editor.assignUnitsTo(scenario, {unit("08041"), unit("08005")}, south.id, &error));
        QCOMPARE(s->metrics().metricsOf(north.id)->accounts, 2); // Denver, Boulder
        QCOMPARE(s->metrics().metricsOf(south.id)->accounts, 2); // Colorado Springs, Aurora (Arapahoe)
        const QStringList before = snapshot(*s);
        s.reset();

        auto reopened = ProjectSession::open(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->project().accounts.size(), std::size_t(4));
        QCOMPARE(snapshot(*reopened), before);
        QCOMPARE(reopened->file().readLog(-1).size(), std::size_t(5)); // import, 2 territories, 2 moves
    }
};

QTEST_GUILESS_MAIN(TestPlanEditor)
#include "tst_planeditor.moc"
