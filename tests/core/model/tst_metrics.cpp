// Metrics engine: every metric against answers worked out by hand (3x3 grid of 10 km squares),
// and the delta path against a fresh full recompute, bit for bit, over random edit sequences.
#include "model/metricsengine.h"
#include "model/project.h"

#include "geo/geodesy.h"
#include "support/makerep.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <numbers>
#include <random>

using namespace tp;

namespace {

constexpr double side = 10'000.0; // metres: every grid unit is a 10 km square

// Territory ids: 'A' -> 100, 'B' -> 101, ... ; '.' -> unassigned.
qint64 territoryIdOf(QChar letter) {
    return letter == u'.' ? 0 : 100 + (letter.unicode() - u'A');
}

// A w x h grid of square units with 4-neighbour adjacency, reps and four leaf territories A..D:
// A (rep 1: home in unit 0, 1000 h), B (rep 2: home in unit 4, 500 h), C (rep 3: no home, no
// capacity), D (no rep).
Project gridProject(int w, int h) {
    Project p;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            Unit u;
            u.code = QString::number(y * w + x);
            const double x0 = -100 + x * 0.1, y0 = 40 + y * 0.1;
            geo::Polygon poly;
            poly.outer() = {{x0, y0}, {x0, y0 + 0.1}, {x0 + 0.1, y0 + 0.1}, {x0 + 0.1, y0}, {x0, y0}};
            u.shape = {poly};
            u.areaM2 = side * side;
            u.perimeterM = 4 * side;
            p.units.push_back(u);
            const int i = y * w + x;
            if (x + 1 < w) p.adjacency.push_back({i, i + 1, side, {}});
            if (y + 1 < h) p.adjacency.push_back({i, i + w, side, {}});
        }
    p.reps = {testsupport::makeRep(1, "Ann", {-99.95, 40.05}, 1000),
              testsupport::makeRep(2, "Bob", {-99.85, 40.15}, 500), testsupport::makeRep(3, "Cy")};
    Scenario s;
    s.id = 1;
    s.name = "Base";
    s.unitTerritory.assign(p.units.size(), 0);
    p.scenarios.push_back(s);
    p.currentScenarioId = 1;
    const char* names[] = {"A", "B", "C", "D"};
    const qint64 reps[] = {1, 2, 3, 0};
    for (int t = 0; t < 4; ++t)
        p.territories.push_back(
            Territory{100 + t, 1, names[t], "#336699", reps[t], 0, Territory::Level::Territory, false});
    return p;
}

void applyLayout(Project& p, const QString& layout) {
    const QString cells = QString(layout).remove(u'/');
    Scenario& s = *p.currentScenario();
    for (qsizetype i = 0; i < cells.size(); ++i) s.unitTerritory[std::size_t(i)] = territoryIdOf(cells[i]);
}

// Two accounts per unit u, ids 1000 + 2u and 1001 + 2u, located at the unit's centre, with
// workload u + 1.75 hours, revenue 100 (u + 1) + 0.5, potential 1000 (u + 1) + 0.25, pipeline
// 10 (u + 1); plus account 9999 outside every unit (workload 7).
void addAccounts(Project& p, int w) {
    for (int u = 0; u < int(p.units.size()); ++u)
        for (int k = 0; k < 2; ++k) {
            Account a;
            a.id = 1000 + 2 * u + k;
            a.unit = u;
            a.location = {-100 + (u % w) * 0.1 + 0.05, 40 + (u / w) * 0.1 + 0.05};
            a.workloadHours = u + 1.75;
            a.revenue = 100.0 * (u + 1) + 0.5;
            a.revenuePotential = 1000.0 * (u + 1) + 0.25;
            a.pipeline = 10.0 * (u + 1);
            p.accounts.push_back(a);
        }
    Account lost;
    lost.id = 9999;
    lost.workloadHours = 7;
    lost.location = {-90, 30};
    p.accounts.push_back(lost);
    p.reindex();
}

double haversineM(geo::GeoPoint a, geo::GeoPoint b) {
    const double r = std::numbers::pi / 180.0;
    const double dLat = (b.lat - a.lat) * r, dLon = (b.lon - a.lon) * r;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(a.lat * r) * std::cos(b.lat * r) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * geo::Geodesy::earthRadiusM * std::asin(std::sqrt(h));
}

bool same(double a, double b) {
    return std::bit_cast<quint64>(a) == std::bit_cast<quint64>(b);
}

QString differences(const TerritoryMetrics& a, const TerritoryMetrics& b) {
    QStringList d;
    const auto check = [&d](const char* name, double x, double y) {
        if (!same(x, y)) d << QStringLiteral("%1: %2 vs %3").arg(name).arg(x, 0, 'g', 17).arg(y, 0, 'g', 17);
    };
    check("territoryId", double(a.territoryId), double(b.territoryId));
    check("units", a.units, b.units);
    check("accounts", double(a.accounts), double(b.accounts));
    check("revenuePotential", a.revenuePotential, b.revenuePotential);
    check("revenue", a.revenue, b.revenue);
    check("pipeline", a.pipeline, b.pipeline);
    check("workloadHours", a.workloadHours, b.workloadHours);
    check("capacityHours", a.capacityHours, b.capacityHours);
    check("utilisation", a.utilisation, b.utilisation);
    check("balanceValue", a.balanceValue, b.balanceValue);
    check("deviationPct", a.deviationPct, b.deviationPct);
    check("areaKm2", a.areaKm2, b.areaKm2);
    check("perimeterKm", a.perimeterKm, b.perimeterKm);
    check("compactness", a.compactness, b.compactness);
    check("pieces", a.pieces, b.pieces);
    check("meanTravelKm", a.meanTravelKm, b.meanTravelKm);
    if (a.measures.size() != b.measures.size())
        d << "measure count";
    else
        for (std::size_t i = 0; i < a.measures.size(); ++i) check("measure", a.measures[i], b.measures[i]);
    return d.join(u"; ");
}

QString differences(const PlanMetrics& a, const PlanMetrics& b) {
    QStringList d;
    const auto check = [&d](const char* name, double x, double y) {
        if (!same(x, y)) d << QStringLiteral("plan %1: %2 vs %3").arg(name).arg(x, 0, 'g', 17).arg(y, 0, 'g', 17);
    };
    check("balanceMeasure", a.balanceMeasure, b.balanceMeasure);
    check("territories", a.territories, b.territories);
    check("total", a.total, b.total);
    check("mean", a.mean, b.mean);
    check("min", a.min, b.min);
    check("max", a.max, b.max);
    check("balanceIndex", a.balanceIndex, b.balanceIndex);
    check("cv", a.coefficientOfVariation, b.coefficientOfVariation);
    check("fragmented", a.fragmentedTerritories, b.fragmentedTerritories);
    check("unassignedUnits", a.unassignedUnits, b.unassignedUnits);
    check("unassignedAccounts", double(a.unassignedAccounts), double(b.unassignedAccounts));
    return d.join(u"; ");
}

} // namespace

class TestMetrics : public QObject {
    Q_OBJECT
private slots:
    void geometry_data();
    void geometry();
    void sums_data();
    void sums();
    void deviationAndBalance();
    void capacityTargets();
    void rampFactor_data();
    void rampFactor();
    void travel();
    void extraColumnAndComposite();
    void rollUp();
    void fixedPoint_data();
    void fixedPoint();
    void badInput();
    void yenSizedTotalsAreExact();
    void deltaMatchesFullRecompute_data();
    void deltaMatchesFullRecompute();
};

// Perimeters counted by hand in unit sides; compactness follows as 4 pi n s^2 / (P s)^2.
void TestMetrics::geometry_data() {
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QChar>("territory");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("perimeterSides");
    QTest::addColumn<int>("pieces");
    QTest::newRow("one row") << "AAA/BBB/CCC" << QChar('A') << 3 << 8 << 1;
    QTest::newRow("L shape") << "AAB/ABB/CCC" << QChar('A') << 3 << 8 << 1;
    QTest::newRow("square") << "AAA/AAA/AAA" << QChar('A') << 9 << 12 << 1;
    QTest::newRow("ring around B") << "AAA/ABA/AAA" << QChar('A') << 8 << 16 << 1;
    QTest::newRow("single unit") << "AAA/ABA/AAA" << QChar('B') << 1 << 4 << 1;
    QTest::newRow("two pieces") << "ABA/BBB/CCC" << QChar('A') << 2 << 8 << 2;
    QTest::newRow("diagonal is not adjacent") << "AB./BA./..." << QChar('A') << 2 << 8 << 2;
    QTest::newRow("three pieces") << "A.A/.../..A" << QChar('A') << 3 << 12 << 3;
    QTest::newRow("no units") << "AAA/AAA/AAA" << QChar('D') << 0 << 0 << 0;
}

void TestMetrics::geometry() {
    QFETCH(QString, layout);
    QFETCH(QChar, territory);
    QFETCH(int, units);
    QFETCH(int, perimeterSides);
    QFETCH(int, pieces);
    Project p = gridProject(3, 3);
    addAccounts(p, 3);
    applyLayout(p, layout);
    MetricsEngine engine(p);
    const TerritoryMetrics* m = engine.metricsOf(territoryIdOf(territory));
    QVERIFY(m);
    QCOMPARE(m->units, units);
    QCOMPARE(m->pieces, pieces);
    QCOMPARE(m->areaKm2, units * 100.0);
    QCOMPARE(m->perimeterKm, perimeterSides * 10.0);
    if (units == 0) {
        QVERIFY(std::isnan(m->compactness));
    } else {
        const double expected = 4 * std::numbers::pi * units / double(perimeterSides * perimeterSides);
        QVERIFY2(std::abs(m->compactness - expected) < 1e-12, qPrintable(QString::number(m->compactness)));
    }
}

// Hand sums: a unit u holds two accounts of workload u + 1.75, so it carries 2u + 3.5 hours.
void TestMetrics::sums_data() {
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QList<qint64>>("overrideToA"); // account ids overridden to territory A
    QTest::addColumn<qint64>("accountsA");
    QTest::addColumn<double>("workloadA");
    QTest::addColumn<double>("revenueA");
    QTest::addColumn<int>("unassignedUnits");
    QTest::addColumn<qint64>("unassignedAccounts");
    // A = units 0,1,2: 2*(0+1+2) + 3*3.5 = 16.5 h; revenue 2*(100.5 + 200.5 + 300.5) = 1203.
    QTest::newRow("row") << "AAA/BBB/CCC" << QList<qint64>{} << qint64(6) << 16.5 << 1203.0 << 0 << qint64(1);
    // A = units 0,1,3: 2*4 + 10.5 = 18.5 h; revenue 2*(100.5 + 200.5 + 400.5) = 1403.
    QTest::newRow("L shape") << "AAB/ABB/CCC" << QList<qint64>{} << qint64(6) << 18.5 << 1403.0 << 0 << qint64(1);
    // A = unit 0 only; 8 units (16 accounts) and the account without a unit are unassigned.
    QTest::newRow("mostly unassigned") << "A../.../..." << QList<qint64>{} << qint64(2) << 3.5 << 201.0 << 8
                                       << qint64(17);
    // Account 1008 (unit 4, workload 5.75, revenue 500.5) is a named account of A.
    QTest::newRow("override into A") << "AAA/BBB/CCC" << QList<qint64>{1008} << qint64(7) << 22.25 << 1703.5 << 0
                                     << qint64(1);
    // Account 1000 sits in A's own unit 0: overriding it to A changes nothing.
    QTest::newRow("override within A") << "AAA/BBB/CCC" << QList<qint64>{1000} << qint64(6) << 16.5 << 1203.0 << 0
                                       << qint64(1);
    // Overrides beat "unassigned": the unit-less account 9999 (7 h, no revenue) and one of unit 8.
    QTest::newRow("override from unassigned") << "AAA/BBB/CC." << QList<qint64>{9999, 1016} << qint64(8)
                                              << 16.5 + 7 + 9.75 << 1203.0 + 900.5 << 1 << qint64(1);
}

void TestMetrics::sums() {
    QFETCH(QString, layout);
    QFETCH(QList<qint64>, overrideToA);
    QFETCH(qint64, accountsA);
    QFETCH(double, workloadA);
    QFETCH(double, revenueA);
    QFETCH(int, unassignedUnits);
    QFETCH(qint64, unassignedAccounts);
    Project p = gridProject(3, 3);
    addAccounts(p, 3);
    applyLayout(p, layout);
    for (qint64 id : overrideToA) p.currentScenario()->overrides.insert(id, 100);
    MetricsEngine engine(p);
    const TerritoryMetrics* a = engine.metricsOf(100);
    QVERIFY(a);
    QCOMPARE(a->accounts, accountsA);
    QCOMPARE(a->workloadHours, workloadA);
    QCOMPARE(a->revenue, revenueA);
    QCOMPARE(a->capacityHours, 1000.0);
    QCOMPARE(a->utilisation, workloadA / 1000.0);
    QCOMPARE(engine.plan().unassignedUnits, unassignedUnits);
    QCOMPARE(engine.plan().unassignedAccounts, unassignedAccounts);

    // Every territory against a plain per-account tally (Project::territoryOfAccount).
    const Scenario& s = *p.currentScenario();
    for (const TerritoryMetrics& m : engine.territories()) {
        qint64 count = 0;
        double potential = 0, revenue = 0, pipeline = 0, workload = 0;
        for (const Account& acc : p.accounts) {
            if (p.territoryOfAccount(s, acc) != m.territoryId) continue;
            ++count;
            potential += acc.revenuePotential;
            revenue += acc.revenue;
            pipeline += acc.pipeline;
            workload += acc.workloadHours;
        }
        QCOMPARE(m.accounts, count);
        QCOMPARE(m.revenuePotential, potential);
        QCOMPARE(m.revenue, revenue);
        QCOMPARE(m.pipeline, pipeline);
        QCOMPARE(m.workloadHours, workload);
        QCOMPARE(m.measures.size(), std::size_t(5));
        QCOMPARE(m.measures[0], double(count));
        QCOMPARE(m.measures[4], workload);
    }
    // C's rep has no capacity and D has no rep: utilisation is undefined, not 0 or infinite.
    QVERIFY(std::isnan(engine.metricsOf(102)->utilisation));
    QVERIFY(std::isnan(engine.metricsOf(103)->utilisation));
}

void TestMetrics::deviationAndBalance() {
    // Workload per territory chosen through the accounts: A 100 h, B 200 h, C 300 h, D none.
    Project p = gridProject(3, 1);
    for (int u = 0; u < 3; ++u) {
        Account a;
        a.id = 1 + u;
        a.unit = u;
        a.workloadHours = 100.0 * (u + 1);
        a.revenue = 10.0 * (3 - u);
        p.accounts.push_back(a);
    }
    p.reindex();
    p.territories.pop_back(); // D would count as an empty fourth territory
    applyLayout(p, "ABC");
    MetricsEngine engine(p);
    QCOMPARE(engine.balanceMeasure(), 4); // workload hours by default
    QCOMPARE(engine.metricsOf(100)->deviationPct, -50.0);
    QCOMPARE(engine.metricsOf(101)->deviationPct, 0.0);
    QCOMPARE(engine.metricsOf(102)->deviationPct, 50.0);
    PlanMetrics plan = engine.plan();
    QCOMPARE(plan.territories, 3);
    QCOMPARE(plan.total, 600.0);
    QCOMPARE(plan.mean, 200.0);
    QCOMPARE(plan.min, 100.0);
    QCOMPARE(plan.max, 300.0);
    QCOMPARE(plan.balanceIndex, 1.0); // (300 - 100) / 200
    // Population SD: sqrt((100^2 + 0 + 100^2) / 3) = 81.65; / 200
    QVERIFY(std::abs(plan.coefficientOfVariation - std::sqrt(20000.0 / 3.0) / 200.0) < 1e-12);

    engine.setBalanceMeasure(2); // revenue: A 30, B 20, C 10 -> mean 20
    QCOMPARE(engine.metricsOf(100)->deviationPct, 50.0);
    QCOMPARE(engine.plan().balanceIndex, 1.0);
    QCOMPARE(engine.metricsOf(100)->balanceValue, 30.0);
}

// Workload A 100 h, B 200 h (A's rep: 1000 h capacity, B's: 500 h); by hand: targets by
// capacity are 200 h and 100 h, so A is at -50 %, B at +100 %; the mean (150 h) gives -33/+33.
void TestMetrics::capacityTargets() {
    Project p = gridProject(2, 1);
    for (int u = 0; u < 2; ++u) {
        Account a;
        a.id = 1 + u;
        a.unit = u;
        a.workloadHours = 100.0 * (u + 1);
        p.accounts.push_back(a);
    }
    p.reindex();
    p.territories.resize(2);
    applyLayout(p, "AB");
    MetricsEngine engine(p);
    QVERIFY(std::abs(engine.metricsOf(100)->deviationPct - -100.0 / 3.0) < 1e-9);
    const QDate today(2026, 11, 30);
    engine.setTargetsByCapacity(true, today);
    QVERIFY(engine.plan().capacityTargets);
    QVERIFY(std::abs(engine.metricsOf(100)->deviationPct - -50.0) < 1e-9);
    QVERIFY(std::abs(engine.metricsOf(101)->deviationPct - 100.0) < 1e-9);
    QVERIFY(std::abs(engine.plan().balanceIndex - 1.5) < 1e-9); // ratios 0.5 and 2.0
    QVERIFY(std::abs(engine.plan().coefficientOfVariation - std::sqrt((0.25 + 1.0) / 2.0)) < 1e-9);

    // A's rep started 91 days ago: 0.25 + 0.75 * 91 / 182 = 0.625 of 1000 h -> weights 625 : 500,
    // targets 300 * 625 / 1125 = 166.67 h and 133.33 h.
    p.reps[0].startDate = today.addDays(-91);
    engine.territoriesChanged();
    QVERIFY(std::abs(engine.metricsOf(100)->deviationPct - (100.0 / (300.0 * 625.0 / 1125.0) - 1.0) * 100.0) < 1e-9);
    QVERIFY(std::abs(engine.metricsOf(101)->deviationPct - (200.0 / (300.0 * 500.0 / 1125.0) - 1.0) * 100.0) < 1e-9);

    // A territory without capacity (C's rep has none): back to the mean, and the plan says so.
    p.territories[1].repId = 3;
    engine.territoriesChanged();
    QVERIFY(!engine.plan().capacityTargets);
    QVERIFY(std::abs(engine.metricsOf(100)->deviationPct - -100.0 / 3.0) < 1e-9);
    engine.setTargetsByCapacity(false);
    QVERIFY(!engine.targetsByCapacityRequested());
}

void TestMetrics::rampFactor_data() {
    QTest::addColumn<int>("daysSinceStart");
    QTest::addColumn<double>("factor");
    QTest::newRow("not started") << -1 << 0.0;
    QTest::newRow("first day") << 0 << 0.25;
    QTest::newRow("half way") << 91 << 0.625;
    QTest::newRow("six months") << 182 << 1.0;
    QTest::newRow("a year") << 365 << 1.0;
}

void TestMetrics::rampFactor() {
    QFETCH(int, daysSinceStart);
    QFETCH(double, factor);
    const QDate today(2026, 11, 30);
    Rep r;
    QCOMPARE(r.rampFactor(today), 1.0); // no start date: fully ramped
    r.startDate = today.addDays(-daysSinceStart);
    QCOMPARE(r.rampFactor(today), factor);
}

void TestMetrics::travel() {
    Project p = gridProject(3, 1);
    p.reps[0].home = {10, 0};
    // Two accounts one degree from A's rep (east along the equator, north along the meridian):
    // R * pi / 180 = 111.195 km each. One in unit 1 (B), overridden to A later.
    const geo::GeoPoint where[] = {{11, 0}, {10, 1}, {10, 2}};
    for (int i = 0; i < 3; ++i) {
        Account a;
        a.id = 1 + i;
        a.unit = i == 2 ? 1 : 0;
        a.location = where[i];
        p.accounts.push_back(a);
    }
    p.reindex();
    applyLayout(p, "ABD");
    MetricsEngine engine(p);
    const double degreeKm = geo::Geodesy::earthRadiusM * std::numbers::pi / 180.0 / 1000.0;
    QVERIFY(std::abs(engine.metricsOf(100)->meanTravelKm - degreeKm) < 0.001);
    const double bobKm = haversineM(p.reps[1].home, where[2]) / 1000.0;
    QVERIFY(std::abs(engine.metricsOf(101)->meanTravelKm - bobKm) < 0.001);
    QVERIFY(std::isnan(engine.metricsOf(103)->meanTravelKm)); // D: no rep

    // The named account now counts for A: (1 + 1 + 2) degrees / 3 accounts.
    p.currentScenario()->overrides.insert(3, 100);
    engine.overrideChanged(3, 0, 100);
    QVERIFY(std::abs(engine.metricsOf(100)->meanTravelKm - degreeKm * 4.0 / 3.0) < 0.002);
    QVERIFY(std::isnan(engine.metricsOf(101)->meanTravelKm)); // B has no accounts left

    // Unit 0 moves to C, whose rep has no home: travel is unknown there.
    p.currentScenario()->unitTerritory[0] = 102;
    engine.unitsMoved({{0, 100, 102}});
    QVERIFY(std::isnan(engine.metricsOf(102)->meanTravelKm));
    QVERIFY(std::abs(engine.metricsOf(100)->meanTravelKm - 2 * degreeKm) < 0.001);
}

void TestMetrics::extraColumnAndComposite() {
    Project p = gridProject(3, 1);
    const QVariant seats[] = {QVariant(10), QVariant(QStringLiteral(" 12.5 ")), QVariant(QStringLiteral("n/a")),
                              QVariant(4.25)};
    const QVariant owners[] = {"x", "y", "z", "w"};
    for (int i = 0; i < 4; ++i) {
        Account a;
        a.id = 1 + i;
        a.unit = i < 2 ? 0 : 1;
        a.revenue = 100.0 * (i + 1);
        a.extra.insert("Seats", seats[i]);
        a.extra.insert("Owner", owners[i]);
        if (i == 0) a.extra.insert("Blank", QString());
        p.accounts.push_back(a);
    }
    p.reindex();
    applyLayout(p, "AB.");

    // "Seats" has one non-number ("n/a"), so it is not offered by default; Owner and Blank neither.
    QCOMPARE(MeasureDefinition::defaultsFor(p).size(), std::size_t(5));
    p.accounts[2].extra["Seats"] = QString();
    std::vector<MeasureDefinition> measures = MeasureDefinition::defaultsFor(p);
    QCOMPARE(measures.size(), std::size_t(6));
    QCOMPARE(measures[5].column, QStringLiteral("Seats"));
    p.accounts[2].extra["Seats"] = QStringLiteral("n/a");

    // Revenue x 0.01 + Seats x 2.
    measures.push_back(MeasureDefinition::composite("Score", {{2, 0.01}, {5, 2.0}}));
    MetricsEngine engine(p);
    engine.setMeasures(measures);
    engine.setBalanceMeasure(6);
    const TerritoryMetrics* a = engine.metricsOf(100);
    const TerritoryMetrics* b = engine.metricsOf(101);
    QCOMPARE(a->measures.size(), std::size_t(7));
    QCOMPARE(a->measures[5], 22.5); // 10 + 12.5
    QCOMPARE(b->measures[5], 4.25); // "n/a" counts as 0
    QCOMPARE(a->measures[6], 3.0 * 0.01 * 100 + 2 * 22.5);
    QCOMPARE(b->measures[6], 7.0 * 0.01 * 100 + 2 * 4.25);
    QCOMPARE(a->balanceValue, a->measures[6]);
    // Mean over A, B, C (0) and D (0).
    const double mean = (a->measures[6] + b->measures[6]) / 4.0;
    QCOMPARE(engine.plan().mean, mean);
    QCOMPARE(a->deviationPct, (a->measures[6] - mean) / mean * 100.0);
}

void TestMetrics::rollUp() {
    Project p = gridProject(3, 3);
    addAccounts(p, 3);
    applyLayout(p, "AAB/ABB/CCC");
    // Region 300 > district 200 > {A, B}; C directly under the region; D outside.
    p.territories.push_back(Territory{200, 1, "North", "", 0, 300, Territory::Level::District, false});
    p.territories.push_back(Territory{300, 1, "All", "", 0, 0, Territory::Level::Region, false});
    p.territory(100)->parentId = 200;
    p.territory(101)->parentId = 200;
    p.territory(102)->parentId = 300;
    MetricsEngine engine(p);
    const std::vector<TerritoryMetrics> groups = engine.rollUp();
    QCOMPARE(groups.size(), std::size_t(2));
    const TerritoryMetrics& north = groups[0];
    const TerritoryMetrics& all = groups[1];
    QCOMPARE(north.territoryId, qint64(200));
    // North = top two rows: 6 units, 12 accounts, a 3 x 2 block: perimeter 10 sides, one piece.
    QCOMPARE(north.units, 6);
    QCOMPARE(north.accounts, qint64(12));
    QCOMPARE(north.workloadHours, 2.0 * (0 + 1 + 2 + 3 + 4 + 5) + 6 * 3.5);
    QCOMPARE(north.perimeterKm, 100.0);
    QCOMPARE(north.pieces, 1);
    QCOMPARE(north.capacityHours, 1500.0); // Ann + Bob
    QCOMPARE(north.utilisation, north.workloadHours / 1500.0);
    QCOMPARE(all.units, 9);
    QCOMPARE(all.accounts, qint64(18)); // the unit-less account belongs to no territory
    QCOMPARE(all.perimeterKm, 120.0);
    QVERIFY(std::abs(all.compactness - std::numbers::pi / 4) < 1e-12);
    QCOMPARE(all.capacityHours, 1500.0); // Cy has no capacity
    QCOMPARE(all.revenue,
             engine.metricsOf(100)->revenue + engine.metricsOf(101)->revenue + engine.metricsOf(102)->revenue);
    // Travel of a roll-up: each account to its own rep, averaged over accounts whose rep has a home.
    const TerritoryMetrics* a = engine.metricsOf(100);
    const TerritoryMetrics* b = engine.metricsOf(101);
    const double expected = (a->meanTravelKm * double(a->accounts) + b->meanTravelKm * double(b->accounts))
                            / double(a->accounts + b->accounts);
    QVERIFY(std::abs(north.meanTravelKm - expected) < 1e-9);
    QCOMPARE(all.meanTravelKm, north.meanTravelKm); // C's rep has no home
    // Each group is alone on its level.
    QCOMPARE(north.deviationPct, 0.0);

    // Splitting the district: unit 1 (A) goes to C, A's unit 0 and 3 stay, B 2, 4, 5 stay.
    p.currentScenario()->unitTerritory[4] = 102;
    p.currentScenario()->unitTerritory[1] = 102;
    engine.unitsMoved({{4, 101, 102}, {1, 100, 102}});
    const TerritoryMetrics north2 = engine.rollUp()[0];
    QCOMPARE(north2.units, 4);           // 0, 2, 3, 5
    QCOMPARE(north2.pieces, 2);          // {0, 3} and {2, 5}
    QCOMPARE(north2.perimeterKm, 120.0); // two vertical dominoes of 6 sides each
}

void TestMetrics::fixedPoint_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("hundredths");
    QTest::newRow("whole") << 12.0 << qint64(1200);
    QTest::newRow("cents") << 0.07 << qint64(7);          // 7.000000000000001 after scaling
    QTest::newRow("half cent up") << 0.125 << qint64(13); // exactly representable: away from zero
    QTest::newRow("half cent negative") << -0.125 << qint64(-13);
    QTest::newRow("NaN") << std::nan("") << qint64(0);
    QTest::newRow("infinite") << HUGE_VAL << qint64(0);
    QTest::newRow("yen revenue, above the old 1e10 clamp") << 1.5e12 << qint64(150'000'000'000'000);
    QTest::newRow("1e16 with cents") << 1e16 << qint64(1'000'000'000'000'000'000);
}

void TestMetrics::fixedPoint() {
    QFETCH(double, value);
    QFETCH(qint64, hundredths);
    QVERIFY(MeasureColumns::toFixed(value) == MeasureColumns::Fixed(hundredths));
    // Only values beyond any currency's reach are held at the limit, and inRange() says so.
    QVERIFY(MeasureColumns::inRange(value) || !std::isfinite(value));
    QVERIFY(!MeasureColumns::inRange(1e300));
    QVERIFY(MeasureColumns::toFixed(1e300) == MeasureColumns::toFixed(MeasureColumns::maxValue));
    QVERIFY(MeasureColumns::toFixed(-1e300) == -MeasureColumns::toFixed(MeasureColumns::maxValue));
}

// Yen-sized revenues (1e12 per account and more) are summed exactly, past what 64-bit hundredths
// hold (a territory total of 1.5e17 is 1.5e19 hundredths > 9.2e18), not clamped per account.
void TestMetrics::yenSizedTotalsAreExact() {
    Project p = gridProject(2, 1);
    const double perAccount[] = {1.23456789e12, 5e16, 5e16, 5e16};
    for (int i = 0; i < 4; ++i) {
        Account a;
        a.id = 1 + i;
        a.unit = i == 0 ? 0 : 1;
        a.location = {-100 + a.unit * 0.1 + 0.05, 40.05};
        a.revenue = perAccount[i];
        a.revenuePotential = perAccount[i] * 2;
        p.accounts.push_back(a);
    }
    p.reindex();
    applyLayout(p, "AB");
    MetricsEngine engine(p);
    const TerritoryMetrics* a = engine.metricsOf(100);
    const TerritoryMetrics* b = engine.metricsOf(101);
    QVERIFY(a && b);
    QCOMPARE(a->revenue, 1.23456789e12);
    QCOMPARE(b->revenue, 1.5e17);
    QCOMPARE(b->revenuePotential, 3e17);
    // Moving the yen unit over by delta gives the exact sum, like a full recompute.
    p.currentScenario()->unitTerritory[0] = 101;
    engine.unitsMoved({{0, 100, 101}});
    QCOMPARE(engine.metricsOf(101)->revenue, 1.5e17 + 1.23456789e12);
    MetricsEngine fresh(p);
    QVERIFY(same(engine.metricsOf(101)->revenue, fresh.metricsOf(101)->revenue));
    QCOMPARE(engine.metricsOf(100)->revenue, 0.0);
}

// Damaged data must not crash nor corrupt the rest: out-of-range adjacency, a short assignment
// vector, overrides naming unknown accounts or territories, a unit index beyond the units.
void TestMetrics::badInput() {
    Project p = gridProject(3, 1);
    addAccounts(p, 3);
    p.adjacency.push_back({0, 7, side, {}}); // unit 7 does not exist
    p.adjacency.push_back({1, 1, side, {}}); // a unit next to itself
    p.accounts[0].workloadHours = std::nan("");
    p.currentScenario()->unitTerritory = {100, 100};    // unit 2 missing: unassigned
    p.currentScenario()->overrides.insert(424242, 100); // no such account
    p.currentScenario()->overrides.insert(1002, 777);   // no such territory: unassigned
    MetricsEngine engine(p);
    const TerritoryMetrics* a = engine.metricsOf(100);
    QCOMPARE(a->units, 2);
    QCOMPARE(a->pieces, 1);
    QCOMPARE(a->perimeterKm, 60.0);
    QCOMPARE(a->accounts, qint64(3));        // 1000, 1001 (unit 0) and 1003 (unit 1)
    QCOMPARE(a->workloadHours, 1.75 + 2.75); // NaN counts as 0
    QCOMPARE(engine.plan().unassignedUnits, 1);
    QCOMPARE(engine.plan().unassignedAccounts, qint64(4)); // 1002, unit 2's two, the unit-less one
    engine.unitsMoved({{99, 0, 100}, {-1, 0, 100}});       // ignored
    QCOMPARE(engine.metricsOf(100)->units, 2);
    QVERIFY(!engine.metricsOf(12345));
    engine.recompute(42); // no such scenario: no territories, everything unassigned
    QVERIFY(engine.territories().empty());
    QCOMPARE(engine.plan().unassignedUnits, 3);
    QVERIFY(std::isnan(engine.plan().balanceIndex));
}

// Random edits on a 20 x 15 grid: after every step the incrementally updated engine must equal a
// freshly built engine bit for bit.
void TestMetrics::deltaMatchesFullRecompute_data() {
    QTest::addColumn<double>("scale"); // of the money values
    QTest::newRow("dollars") << 1.0;
    QTest::newRow("yen-sized (up to 1e13 per account)") << 1e7;
}

void TestMetrics::deltaMatchesFullRecompute() {
    QFETCH(double, scale);
    const int w = 20, h = 15;
    Project p = gridProject(w, h);
    std::mt19937 rng(20240611);
    std::uniform_real_distribution<double> unit01(0, 1);
    for (int i = 0; i < 3000; ++i) {
        Account a;
        a.id = 10'000 + i;
        a.unit = i % 97 == 0 ? -1 : int(unit01(rng) * w * h);
        a.location = {-100 + unit01(rng) * 2, 40 + unit01(rng) * 1.5};
        a.revenuePotential = unit01(rng) * 1e6 * scale;
        a.revenue = unit01(rng) * 1e5 * scale + 0.005; // half a cent: rounding must be the same everywhere
        a.pipeline = unit01(rng) * 1e4 * scale;
        a.workloadHours = unit01(rng) * 40;
        a.extra.insert("Seats",
                       i % 5 == 0 ? QVariant(QStringLiteral("%1").arg(unit01(rng) * 100)) : QVariant(int(i % 13)));
        p.accounts.push_back(a);
    }
    p.reindex();
    for (int t = 4; t < 12; ++t)
        p.territories.push_back(
            Territory{100 + t, 1, QString::number(t), "", t % 3 + 1, 0, Territory::Level::Territory, false});
    p.territories.push_back(Territory{500, 1, "East", "", 0, 0, Territory::Level::District, false});
    for (int t = 0; t < 12; t += 2) p.territories[std::size_t(t)].parentId = 500;
    for (std::size_t u = 0; u < p.units.size(); ++u)
        p.currentScenario()->unitTerritory[u] = u % 17 == 0 ? 0 : 100 + qint64(u % 12);
    // A second scenario to switch to and back.
    Scenario other = *p.currentScenario();
    other.id = 2;
    p.scenarios.push_back(other);
    p.territories.push_back(Territory{900, 2, "Other", "", 1, 0, Territory::Level::Territory, false});

    std::vector<MeasureDefinition> measures = MeasureDefinition::defaultsFor(p);
    QCOMPARE(measures.size(), std::size_t(6));
    measures.push_back(MeasureDefinition::composite("Score", {{4, 1.0}, {5, 0.3}, {2, 0.001}}));
    MetricsEngine engine(p);
    engine.setMeasures(measures);
    engine.setBalanceMeasure(6);

    const auto territoryIds = [&p] {
        std::vector<qint64> ids{0};
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->level == Territory::Level::Territory) ids.push_back(t->id);
        return ids;
    };
    int moves = 0, overrides = 0, fragmented = 0;
#ifdef TP_SANITIZED
    const int steps = 400; // ASan + UBSan make each full recompute ~10x slower; the release run does all 3,000
#else
    const int steps = 3000;
#endif
    for (int step = 0; step < steps; ++step) {
        Scenario& s = *p.currentScenario();
        const std::vector<qint64> ids = territoryIds();
        const auto anyTerritory = [&] { return ids[std::size_t(rng() % ids.size())]; };
        const int kind = int(rng() % 100);
        if (kind < 70) { // move one unit, or a batch (a lasso)
            std::vector<UnitMove> batch;
            const int count = kind < 60 ? 1 : 1 + int(rng() % 25);
            for (int i = 0; i < count; ++i) {
                const int u = int(rng() % p.units.size());
                const qint64 to = anyTerritory();
                batch.push_back({u, s.unitTerritory[std::size_t(u)], to});
                s.unitTerritory[std::size_t(u)] = to;
            }
            engine.unitsMoved(batch);
            moves += count;
        } else if (kind < 92) { // add, change or remove a named account
            const Account& a = p.accounts[rng() % p.accounts.size()];
            const qint64 from = s.overrides.value(a.id, 0);
            const qint64 to = rng() % 3 == 0 ? 0 : anyTerritory();
            if (to == 0)
                s.overrides.remove(a.id);
            else
                s.overrides.insert(a.id, to);
            engine.overrideChanged(a.id, from, to);
            ++overrides;
        } else if (kind < 95) { // a new owner rep (with another home and capacity)
            Territory* t = p.territory(ids[1 + rng() % (ids.size() - 1)]);
            t->repId = qint64(rng() % 4); // 0: no rep
            engine.territoriesChanged();
        } else if (kind < 97) {
            engine.setBalanceMeasure(int(rng() % measures.size()));
        } else if (kind < 98) { // switch scenario and back: the engine must not keep stale state
            engine.recompute(2);
            QCOMPARE(engine.territories().size(), std::size_t(1));
            engine.recompute(1);
        } else { // a territory without units
            p.territories.push_back(Territory{p.nextId(), 1, "New", "", 2, 500, Territory::Level::Territory, false});
            engine.territoriesChanged();
        }

        MetricsEngine fresh(p);
        fresh.setMeasures(measures);
        fresh.setBalanceMeasure(engine.balanceMeasure());
        QCOMPARE(engine.territories().size(), fresh.territories().size());
        for (std::size_t i = 0; i < fresh.territories().size(); ++i) {
            const QString d = differences(engine.territories()[i], fresh.territories()[i]);
            QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("step %1, territory %2: %3").arg(step).arg(i).arg(d)));
            if (engine.territories()[i].pieces > 1) ++fragmented;
        }
        const QString d = differences(engine.plan(), fresh.plan());
        QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(d)));
        if (step % 50 == 0) {
            const std::vector<TerritoryMetrics> a = engine.rollUp(), b = fresh.rollUp();
            QCOMPARE(a.size(), b.size());
            for (std::size_t i = 0; i < a.size(); ++i)
                QVERIFY2(differences(a[i], b[i]).isEmpty(), qPrintable(differences(a[i], b[i])));
        }
    }
    // The sequence really exercised what it claims to.
    QVERIFY(moves > steps * 2 / 3);
    QVERIFY(overrides > steps / 6);
    QVERIFY(fragmented > 0);
    QVERIFY(p.currentScenario()->overrides.size() > steps / 60);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
