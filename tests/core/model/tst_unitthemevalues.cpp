// UnitThemeValues: every figure of a thematic map against a brute-force loop over the project's
// accounts written here (not the engine's unit rows), densities against unit areas computed
// independently by Boost.Geometry on the sphere, and the change between two scenarios against
// territory sums done by hand.
#include "model/metricsengine.h"
#include "model/project.h"
#include "model/thematicmap.h"
#include "model/unitthemevalues.h"

#include "support/planarinstance.h"

#include <QTest>

#include <boost/geometry.hpp>

#include <cmath>
#include <random>

using namespace tp;
using Kind = UnitThemeValues::Kind;

namespace {

// A 6 x 5 grid of 0.1-degree squares (PlanarInstance: 3 block territories with reps of 1600 h,
// one account per unit), made uneven: more accounts in random units, one unit without accounts,
// units whose accounts have no potential, a territory without rep, a rep without capacity, an
// unassigned unit, a named account, and a second scenario in which some units changed hands.
Project themeProject() {
    Project p = testsupport::PlanarInstance::grid(6, 5, 3, 1, 7);
    std::mt19937_64 rng(11);
    for (int i = 0; i < 60; ++i) testsupport::PlanarInstance::addAccount(p, int(rng() % p.units.size()), rng);
    p.accounts.erase(std::remove_if(p.accounts.begin(), p.accounts.end(), [](const Account& a) { return a.unit == 7; }),
                     p.accounts.end());
    for (Account& a : p.accounts)
        if (a.unit == 3 || a.unit == 20) a.revenuePotential = 0.0;
    for (Account& a : p.accounts)
        if (a.unit % 4 == 1) a.revenue = a.revenuePotential * 0.8;
    // T2's rep has no capacity; T3 has no rep.
    p.reps[1].capacityHours = 0.0;
    p.territories[2].repId = 0;
    Scenario& s = p.scenarios.front();
    s.unitTerritory[5] = 0;
    s.overrides.insert(p.accounts[2].id, p.territories[1].id);

    // Scenario 2: a copy with its own territory ids; units 0..4 of row 0 go to the copy of T2.
    Scenario b = s;
    b.id = 2;
    b.name = QStringLiteral("Proposal");
    const qint64 shift = 1000;
    for (qint64& t : b.unitTerritory)
        if (t) t += shift;
    for (int u = 0; u < 5; ++u) b.unitTerritory[std::size_t(u)] = p.territories[1].id + shift;
    b.overrides.clear();
    b.overrides.insert(p.accounts[2].id, p.territories[1].id + shift);
    const std::size_t n = p.territories.size();
    for (std::size_t i = 0; i < n; ++i) {
        Territory t = p.territories[i];
        t.id += shift;
        t.scenarioId = 2;
        p.territories.push_back(t);
    }
    p.scenarios.push_back(b);
    p.reindex();
    return p;
}

// Sums over accounts by brute force.
double unitSum(const Project& p, int unit, double Account::*field) {
    double sum = 0.0;
    for (const Account& a : p.accounts)
        if (a.unit == unit) sum += a.*field;
    return sum;
}

// What the territory owning each account in `s` holds of `field` (overrides honoured).
double territorySum(const Project& p, const Scenario& s, qint64 territory, double Account::*field) {
    double sum = 0.0;
    for (const Account& a : p.accounts)
        if (p.territoryOfAccount(s, a) == territory) sum += a.*field;
    return sum;
}

double sphericalAreaKm2(const Unit& u) {
    namespace bg = boost::geometry;
    using Point = bg::model::point<double, 2, bg::cs::spherical_equatorial<bg::degree>>;
    bg::model::polygon<Point> poly;
    for (const geo::GeoPoint& q : u.shape.front().outer()) bg::append(poly.outer(), Point(q.lon, q.lat));
    bg::correct(poly);
    return bg::area(poly, bg::strategy::area::spherical<>(geo::Geodesy::earthRadiusM)) / 1e6;
}

// The engine sums hundredths (MeasureColumns), so a sum may differ from the plain double sum by
// half a cent per account.
bool near(double a, double b, double tolerance) {
    return std::abs(a - b) <= tolerance;
}
int accountsIn(const Project& p, int unit) {
    int n = 0;
    for (const Account& a : p.accounts) n += a.unit == unit;
    return n;
}

} // namespace

class TestUnitThemeValues : public QObject {
    Q_OBJECT
private slots:
    void totalsAndDensity() {
        const Project p = themeProject();
        MetricsEngine engine(p);
        engine.setMeasures(MeasureDefinition::defaultsFor(p));
        const std::vector<double> potential = UnitThemeValues::compute(p, engine, {Kind::Total, 1});
        const std::vector<double> accounts = UnitThemeValues::compute(p, engine, {Kind::Total, 0});
        const std::vector<double> workload = UnitThemeValues::compute(p, engine, {Kind::Total, 4});
        const std::vector<double> density = UnitThemeValues::compute(p, engine, {Kind::Density, 1});
        QCOMPARE(potential.size(), p.units.size());
        for (int u = 0; u < int(p.units.size()); ++u) {
            const std::size_t i = std::size_t(u);
            const int count = accountsIn(p, u);
            const double cents = 0.005 * count + 1e-9;
            QVERIFY2(near(potential[i], unitSum(p, u, &Account::revenuePotential), cents),
                     qPrintable(QString::number(u)));
            QVERIFY(near(workload[i], unitSum(p, u, &Account::workloadHours), cents));
            QCOMPARE(accounts[i], double(count));
            // Areas: the engine's equal-area projection against Boost.Geometry's spherical area.
            const double area = sphericalAreaKm2(p.units[i]);
            QVERIFY(area > 70 && area < 120);
            const double expected = unitSum(p, u, &Account::revenuePotential) / area;
            QVERIFY2(near(density[i], expected, 1e-6 * expected + cents / area),
                     qPrintable(QStringLiteral("unit %1: %2 vs %3")
                                    .arg(u)
                                    .arg(density[i])
                                    .arg(unitSum(p, u, &Account::revenuePotential) / area)));
        }
        QCOMPARE(accounts[7], 0.0); // no accounts: a total of 0, not "no data"
        QCOMPARE(potential[7], 0.0);
    }

    void penetrationAndCoverage() {
        const Project p = themeProject();
        MetricsEngine engine(p);
        const std::vector<double> penetration = UnitThemeValues::compute(p, engine, {Kind::Penetration});
        const std::vector<double> coverage = UnitThemeValues::compute(p, engine, {Kind::Coverage});
        const Scenario& s = *p.currentScenario();
        int noPenetration = 0, noCoverage = 0;
        for (int u = 0; u < int(p.units.size()); ++u) {
            const std::size_t i = std::size_t(u);
            const double potential = unitSum(p, u, &Account::revenuePotential);
            if (potential == 0) {
                QVERIFY2(std::isnan(penetration[i]), qPrintable(QString::number(u)));
                ++noPenetration;
            } else {
                const double expected = unitSum(p, u, &Account::revenue) / potential;
                QVERIFY(near(penetration[i], expected, 1e-3 * expected));
                QVERIFY(penetration[i] > 0.2 && penetration[i] < 0.9);
            }
            double capacity = 0.0;
            if (const qint64 t = s.unitTerritory[i])
                if (const Territory* territory = p.territory(t); territory && territory->repId)
                    capacity = p.rep(territory->repId)->capacityHours;
            if (capacity > 0) {
                QVERIFY(near(coverage[i], unitSum(p, u, &Account::workloadHours) / capacity,
                             (0.005 * accountsIn(p, u) + 1e-9) / capacity));
                QCOMPARE(coverage[i] > 0, accountsIn(p, u) > 0);
            } else {
                QVERIFY2(std::isnan(coverage[i]), qPrintable(QString::number(u)));
                ++noCoverage;
            }
        }
        QCOMPARE(noPenetration, 3); // units 3 and 20 (no potential) and 7 (no accounts)
        // T2 (rep without capacity) and T3 (no rep) hold columns 2..5 of the grid, 20 units; plus
        // the unassigned unit 5, which lies in them anyway.
        QCOMPARE(noCoverage, 20);
    }

    void changeBetweenScenarios() {
        Project p = themeProject();
        MetricsEngine engine(p);
        engine.setMeasures(MeasureDefinition::defaultsFor(p));
        p.currentScenarioId = 2;
        engine.recompute(2);
        const std::vector<double> before = UnitThemeValues::compute(p, engine, {Kind::Total, 4});
        const std::vector<double> change = UnitThemeValues::compute(p, engine, {Kind::Change, 4, 1});
        QCOMPARE(engine.scenarioId(), qint64(2)); // moved back
        QCOMPARE(UnitThemeValues::compute(p, engine, {Kind::Total, 4}), before);
        const Scenario& a = *p.scenario(1);
        const Scenario& b = *p.scenario(2);
        int noData = 0, changed = 0;
        for (std::size_t u = 0; u < p.units.size(); ++u) {
            const qint64 ta = a.unitTerritory[u], tb = b.unitTerritory[u];
            if (!ta || !tb) {
                QVERIFY(std::isnan(change[u]));
                ++noData;
                continue;
            }
            const double expected =
                territorySum(p, b, tb, &Account::workloadHours) - territorySum(p, a, ta, &Account::workloadHours);
            QVERIFY2(near(change[u], expected, 0.01 * double(p.accounts.size())),
                     qPrintable(QStringLiteral("unit %1: %2 vs %3").arg(u).arg(change[u]).arg(expected)));
            changed += expected != 0;
        }
        QCOMPARE(noData, 1);   // unit 5, unassigned in both
        QCOMPARE(changed, 29); // T2 gains units 0, 1 (from T1) and 4 (from T3): every territory changes
        QVERIFY(std::isnan(UnitThemeValues::compute(p, engine, {Kind::Change, 4, 99}).front())); // unknown base
    }

    void parseAndName_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("measure");
        QTest::newRow("potential") << "potential" << int(Kind::Total) << 1;
        QTest::newRow("accounts") << "Accounts" << int(Kind::Total) << 0;
        QTest::newRow("density") << "density:workload" << int(Kind::Density) << 4;
        QTest::newRow("penetration") << "penetration" << int(Kind::Penetration) << 1;
        QTest::newRow("coverage") << "coverage" << int(Kind::Coverage) << 1;
        QTest::newRow("change") << "change:revenue" << int(Kind::Change) << 2;
        QTest::newRow("unknown") << "density:nothing" << -1 << -1;
    }
    void parseAndName() {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(int, measure);
        const std::vector<MeasureDefinition> measures = MeasureDefinition::builtIns();
        UnitThemeValues::Figure f;
        QString error;
        const bool ok = UnitThemeValues::parse(text, measures, &f, &error);
        QCOMPARE(ok, kind >= 0);
        if (!ok) {
            QVERIFY(error.contains(QLatin1String("nothing")));
            return;
        }
        QCOMPARE(int(f.kind), kind);
        if (kind != int(Kind::Penetration) && kind != int(Kind::Coverage)) QCOMPARE(f.measure, measure);
        QCOMPARE(UnitThemeValues::key(f, measures), text.toLower());
        QVERIFY(!UnitThemeValues::name(f, measures).isEmpty());
    }
    void thematicMapOptions_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("classes");
        QTest::addColumn<int>("ramp");
        using M = Classification::Method;
        using R = ColorRamp::Id;
        QTest::newRow("figure only") << "potential" << true << int(Kind::Total) << int(M::Quantiles) << 5
                                     << int(R::YlGnBu);
        QTest::newRow("jenks 7") << "potential:jenks:7" << true << int(Kind::Total) << int(M::NaturalBreaks) << 7
                                 << int(R::YlGnBu);
        QTest::newRow("density quantiles") << "density:workload:quantiles:4:oranges" << true << int(Kind::Density)
                                           << int(M::Quantiles) << 4 << int(R::Oranges);
        QTest::newRow("change diverging")
            << "change:potential:equal" << true << int(Kind::Change) << int(M::EqualIntervals) << 5 << int(R::RdBu);
        QTest::newRow("coverage default method")
            << "coverage::3" << true << int(Kind::Coverage) << int(M::Quantiles) << 3 << int(R::YlGnBu);
        QTest::newRow("too many classes") << "potential:jenks:12" << false << 0 << 0 << 0 << 0;
        QTest::newRow("bad method") << "potential:kmeans" << false << 0 << 0 << 0 << 0;
        QTest::newRow("bad ramp") << "potential:jenks:5:rainbow" << false << 0 << 0 << 0 << 0;
        QTest::newRow("bad figure") << "margin" << false << 0 << 0 << 0 << 0;
    }
    void thematicMapOptions() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        ThematicMap::Options o;
        QString error;
        QCOMPARE(ThematicMap::Options::parse(text, MeasureDefinition::builtIns(), &o, &error), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QFETCH(int, kind);
        QFETCH(int, method);
        QFETCH(int, classes);
        QFETCH(int, ramp);
        QCOMPARE(int(o.figure.kind), kind);
        QCOMPARE(int(o.method), method);
        QCOMPARE(o.classes, classes);
        QCOMPARE(int(o.ramp), ramp);
    }

    void legendRowsAndLocales() {
        QCOMPARE(ThematicMap::formatValue(1234567.4, Kind::Total, QLocale::c()), QStringLiteral("1,234,567"));
        QCOMPARE(ThematicMap::formatValue(1234567.4, Kind::Total, QLocale(QLocale::German)),
                 QStringLiteral("1.234.567"));
        QCOMPARE(ThematicMap::formatValue(0.4256, Kind::Coverage, QLocale::c()), QStringLiteral("42.6 %"));
        QCOMPARE(ThematicMap::formatValue(0.4256, Kind::Penetration, QLocale(QLocale::German)),
                 QStringLiteral("42,6 %"));
        QCOMPARE(ThematicMap::formatValue(12.5, Kind::Change, QLocale::c()), QStringLiteral("+12.5"));
        QCOMPARE(ThematicMap::formatValue(-0.0001, Kind::Change, QLocale::c()), QStringLiteral("0"));
        QCOMPARE(ThematicMap::formatValue(2.345, Kind::Density, QLocale::c()), QStringLiteral("2.35"));

        const Project p = themeProject();
        MetricsEngine engine(p);
        ThematicMap::Options o;
        o.figure = {Kind::Penetration};
        o.method = Classification::Method::Quantiles;
        o.classes = 4;
        const ThematicMap map = ThematicMap::build(p, engine, o, QLocale::c());
        QCOMPARE(int(map.legend().size()), int(map.classification().classes().size()) + 1); // + "No data"
        QCOMPARE(map.legend().back().label, QStringLiteral("No data"));
        QCOMPARE(map.legend().back().count, qint64(3));
        qint64 total = 0;
        for (const auto& row : map.legend()) total += row.count;
        QCOMPARE(total, qint64(p.units.size()));
        // Highest class first; each unit's colour is its class's.
        QVERIFY(map.legend().front().label.endsWith(QStringLiteral("%")));
        QCOMPARE(map.legend().front().colour, map.colours().back());
        for (std::size_t u = 0; u < p.units.size(); ++u) {
            const int k = map.classification().classOf(map.values()[u]);
            QCOMPARE(map.unitColour()[u], k < 0 ? -1 : map.classification().classes()[std::size_t(k)].colour);
        }
        QCOMPARE(map.title(), UnitThemeValues::name(o.figure, engine.measures()));
    }
};

QTEST_GUILESS_MAIN(TestUnitThemeValues)
#include "tst_unitthemevalues.moc"
