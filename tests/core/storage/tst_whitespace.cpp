// The white-space finder against an independent SQL computation over the project file (see
// tests/support/whitespacesql.h): a copy of the demo with unassigned units and account overrides
// (tests/support/whitespaceproject.h),
// for several measures, thresholds, top-N limits and both levels. Same units (or regions) in the
// same order, the same reasons, and the same figures (money to the cent, distances to the metre).
#include "model/metricsengine.h"
#include "model/project.h"
#include "model/whitespacefinder.h"
#include "storage/projectfile.h"

#include "support/whitespaceproject.h"
#include "support/whitespacesql.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace tp;
using namespace tp::storage;
using namespace tp::testsupport;

namespace {

bool close(double a, double b, double tolerance) {
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= tolerance;
}

int measureOfKind(const MetricsEngine& engine, MeasureDefinition::Kind kind) {
    for (std::size_t i = 0; i < engine.measures().size(); ++i)
        if (engine.measures()[i].kind == kind) return int(i);
    return -1;
}

} // namespace

class TestWhiteSpace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesSql_data();
    void matchesSql();
    void everyReasonOccurs();
    void thresholdsNarrowTheList();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Project m_project;
};

void TestWhiteSpace::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ogr2ogr")).isEmpty(),
             "ogr2ogr (gdal-bin) is not on the PATH");
    m_path = m_dir.filePath(QStringLiteral("demo.territory"));
    QString error;
    QVERIFY2(makeWhiteSpaceProject(m_path, &error), qPrintable(error));
    QVERIFY2(ProjectFile::open(m_path, &m_project, &error), qPrintable(error));
}

void TestWhiteSpace::matchesSql_data() {
    QTest::addColumn<int>("kind"); // MeasureDefinition::Kind
    QTest::addColumn<QString>("measureSql");
    QTest::addColumn<double>("minPenetration");
    QTest::addColumn<double>("maxDistanceKm");
    QTest::addColumn<int>("top");
    QTest::addColumn<bool>("regions");
    using K = MeasureDefinition::Kind;
    const QString potential = QStringLiteral("TOTAL(a.revenue_potential)");
    QTest::newRow("defaults: potential, 15 %, 500 km")
        << int(K::RevenuePotential) << potential << 0.15 << 500.0 << 0 << false;
    QTest::newRow("penetration only, 25 %") << int(K::RevenuePotential) << potential << 0.25 << 0.0 << 0 << false;
    QTest::newRow("distance only, 300 km") << int(K::RevenuePotential) << potential << 0.0 << 300.0 << 0 << false;
    QTest::newRow("unassigned only") << int(K::RevenuePotential) << potential << 0.0 << 0.0 << 0 << false;
    QTest::newRow("top 20 by potential") << int(K::RevenuePotential) << potential << 0.2 << 800.0 << 20 << false;
    QTest::newRow("top 15 by workload") << int(K::WorkloadHours) << QStringLiteral("TOTAL(a.workload_hours)") << 0.2
                                        << 800.0 << 15 << false;
    QTest::newRow("by account count") << int(K::AccountCount) << QStringLiteral("COUNT(*)") << 0.1 << 1000.0 << 40
                                      << false;
    QTest::newRow("by pipeline") << int(K::Pipeline) << QStringLiteral("TOTAL(a.pipeline)") << 0.15 << 500.0 << 0
                                 << false;
    QTest::newRow("regions") << int(K::RevenuePotential) << potential << 0.15 << 500.0 << 0 << true;
    QTest::newRow("top 5 regions by revenue")
        << int(K::Revenue) << QStringLiteral("TOTAL(a.revenue)") << 0.3 << 400.0 << 5 << true;
}

void TestWhiteSpace::matchesSql() {
    QFETCH(int, kind);
    QFETCH(QString, measureSql);
    QFETCH(double, minPenetration);
    QFETCH(double, maxDistanceKm);
    QFETCH(int, top);
    QFETCH(bool, regions);

    WhiteSpaceSqlQuery query;
    query.scenarioId = m_project.currentScenarioId;
    query.measureSql = measureSql;
    query.minPenetration = minPenetration;
    query.maxDistanceKm = maxDistanceKm;
    query.top = top;
    query.regions = regions;
    QList<WhiteSpaceSqlRow> sql;
    QString error;
    QVERIFY2(whiteSpaceBySql(m_path, query, &sql, &error), qPrintable(error));
    QVERIFY2(sql.size() >= 5, "the SQL lists almost nothing: the case tests little");
    if (top > 0) QCOMPARE(sql.size(), top);

    MetricsEngine engine(m_project);
    WhiteSpaceFinder finder(m_project);
    QCOMPARE(finder.regionKind(), WhiteSpaceFinder::RegionKind::State); // the demo's units are counties
    WhiteSpaceFinder::Options options;
    options.measure = measureOfKind(engine, MeasureDefinition::Kind(kind));
    QVERIFY(options.measure >= 0);
    options.minPenetration = minPenetration;
    options.maxDistanceKm = maxDistanceKm;
    options.top = top;
    options.level = regions ? WhiteSpaceFinder::Level::Regions : WhiteSpaceFinder::Level::Units;
    const std::vector<WhiteSpaceFinder::Row> rows = finder.find(engine, options);

    QCOMPARE(qsizetype(rows.size()), sql.size());
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const WhiteSpaceSqlRow& x = sql[i];
        const WhiteSpaceFinder::Row& y = rows[std::size_t(i)];
        const QByteArray where = QStringLiteral("row %1 (%2)").arg(i).arg(x.code).toUtf8();
        QVERIFY2(x.code == y.code, where + " code: finder has " + y.code.toUtf8());
        QVERIFY2(x.reasons == WhiteSpaceFinder::reasonKeys(y.reasons),
                 where + " reasons: " + WhiteSpaceFinder::reasonKeys(y.reasons).toUtf8());
        QVERIFY2(close(x.value, y.value, 0.005), where + " value");
        QVERIFY2(close(x.potential, y.potential, 0.005), where + " potential");
        QVERIFY2(close(x.revenue, y.revenue, 0.005), where + " revenue");
        QVERIFY2(close(x.penetration, y.penetration, 1e-9), where + " penetration");
        QCOMPARE(y.accounts, x.accounts);
        QCOMPARE(y.territoryId, x.territoryId);
        QVERIFY2(close(x.distanceKm, y.distanceKm, 1e-3), where + QByteArray(" distance: SQL ")
                                                              + QByteArray::number(x.distanceKm) + " finder "
                                                              + QByteArray::number(y.distanceKm));
        QCOMPARE(y.units, x.units);
        if (!regions) {
            QVERIFY(y.unit >= 0);
            QCOMPARE(m_project.units[std::size_t(y.unit)].code, y.code);
        }
    }
}

// The test project exercises every reason (else the comparison above could miss a wrong rule).
void TestWhiteSpace::everyReasonOccurs() {
    MetricsEngine engine(m_project);
    WhiteSpaceFinder finder(m_project);
    unsigned seen = 0;
    int unassigned = 0;
    for (const WhiteSpaceFinder::Row& r : finder.find(engine, {})) {
        seen |= r.reasons;
        if (r.reasons & WhiteSpaceFinder::Unassigned) ++unassigned;
    }
    QCOMPARE(seen,
             unsigned(WhiteSpaceFinder::Unassigned | WhiteSpaceFinder::LowPenetration | WhiteSpaceFinder::FarFromRep));
    QCOMPARE(unassigned, whiteSpaceUnassignedUnits); // every unassigned unit has accounts with potential
}

void TestWhiteSpace::thresholdsNarrowTheList() {
    MetricsEngine engine(m_project);
    WhiteSpaceFinder finder(m_project);
    WhiteSpaceFinder::Options options;
    std::size_t previous = SIZE_MAX;
    for (double km : {100.0, 300.0, 600.0, 1200.0, 0.0}) {
        options.maxDistanceKm = km;
        const std::size_t n = finder.find(engine, options).size();
        QVERIFY2(n < previous, qPrintable(QStringLiteral("%1 km lists %2 units").arg(km).arg(n)));
        previous = n;
    }
}

QTEST_GUILESS_MAIN(TestWhiteSpace)
#include "tst_whitespace.moc"
