// RepMatcher ("Suggest owners"): the suggested owners are the cheapest assignment, checked by
// trying every assignment on small random projects (reps with homes, capacities and skills;
// territories with accounts in several industries); the current owner stays on a tie (the
// continuity bonus) and yields to a clear gain; locked territories and overlay reps stay out.
#include "optimize/repmatcher.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

using namespace tp;
using namespace tp::optimize;

namespace {

const QStringList industries{"Retail", "Health", "Software", "Energy"};

// `territories` territories of one unit each along a line of longitudes, accounts spread around.
Project lineProject(int territories, int accountsEach, QRandomGenerator& random) {
    Project p;
    Scenario s;
    s.id = 1;
    s.name = "Plan";
    for (int t = 0; t < territories; ++t) {
        Unit u;
        u.code = QString::number(t);
        p.units.push_back(u);
        Territory territory;
        territory.id = 100 + t;
        territory.scenarioId = 1;
        territory.name = QStringLiteral("T%1").arg(t);
        p.territories.push_back(territory);
        s.unitTerritory.push_back(territory.id);
        for (int a = 0; a < accountsEach; ++a) {
            Account account;
            account.id = 1000 + t * accountsEach + a;
            account.location = {-120.0 + 8.0 * t + random.generateDouble(), 40.0 + random.generateDouble()};
            account.unit = t;
            account.workloadHours = 10 + random.bounded(90);
            account.industry = industries[random.bounded(int(industries.size()))];
            account.segment = random.bounded(2) ? "SMB" : "Enterprise";
            p.accounts.push_back(account);
        }
    }
    p.scenarios.push_back(s);
    p.currentScenarioId = 1;
    p.reindex();
    return p;
}

Rep rep(qint64 id, double lon, double capacity, QStringList skills = {}) {
    Rep r;
    r.id = id;
    r.name = QStringLiteral("R%1").arg(id);
    r.home = {lon, 40.5};
    r.capacityHours = capacity;
    r.skills = skills;
    return r;
}

// The cheapest total over every way to give each territory a different rep or none.
double bruteForce(const Project& p, const RepMatchOptions& o) {
    const Scenario& s = *p.scenario(1);
    std::vector<qint64> territories;
    for (const Territory* t : p.territoriesOf(1)) territories.push_back(t->id);
    double best = std::numeric_limits<double>::infinity();
    std::vector<bool> used(p.reps.size(), false);
    std::function<void(std::size_t, double)> walk = [&](std::size_t t, double total) {
        if (t == territories.size()) {
            best = std::min(best, total);
            return;
        }
        walk(t + 1, total + o.vacancy);
        for (std::size_t r = 0; r < p.reps.size(); ++r) {
            if (used[r]) continue;
            used[r] = true;
            const double bonus = p.territory(territories[t])->repId == p.reps[r].id ? o.continuity : 0.0;
            walk(t + 1, total + RepMatcher::cost(p, s, p.reps[r], territories[t], o) - bonus);
            used[r] = false;
        }
    };
    walk(0, 0.0);
    return best;
}

} // namespace

class TestRepMatcher : public QObject {
    Q_OBJECT
private slots:
    void optimalAgainstBruteForce_data() {
        QTest::addColumn<int>("territories");
        QTest::addColumn<int>("reps");
        QTest::newRow("3 territories, 3 reps") << 3 << 3;
        QTest::newRow("4 territories, 5 reps") << 4 << 5;
        QTest::newRow("5 territories, 3 reps (two vacant)") << 5 << 3;
        QTest::newRow("5 territories, 5 reps") << 5 << 5;
    }
    void optimalAgainstBruteForce() {
        QFETCH(int, territories);
        QFETCH(int, reps);
        QRandomGenerator random(quint32(territories * 17 + reps));
        for (int trial = 0; trial < 15; ++trial) {
            Project p = lineProject(territories, 6, random);
            for (int r = 0; r < reps; ++r) {
                QStringList skills;
                for (const QString& i : industries)
                    if (random.bounded(2)) skills << i;
                p.reps.push_back(
                    rep(1 + r, -122.0 + 40.0 * random.generateDouble(), 100 + random.bounded(600), skills));
            }
            // Some territories have an owner now.
            for (int t = 0; t < territories && t < reps; ++t)
                if (random.bounded(2)) p.territories[std::size_t(t)].repId = 1 + random.bounded(reps);
            RepMatchOptions o;
            const RepMatchResult result = RepMatcher::suggest(p, 1, o);
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(int(result.territories.size()), territories);
            double total = 0.0;
            QSet<qint64> given;
            for (const RepMatch& m : result.territories) {
                total += m.suggestedCost - (m.suggestedRep && m.suggestedRep == m.currentRep ? o.continuity : 0.0);
                if (m.suggestedRep) {
                    QVERIFY(!given.contains(m.suggestedRep)); // one territory per rep
                    given.insert(m.suggestedRep);
                }
            }
            const double best = bruteForce(p, o);
            QVERIFY2(std::abs(total - best) < 1e-9,
                     qPrintable(QStringLiteral("trial %1: %2 vs %3").arg(trial).arg(total).arg(best)));
            QCOMPARE(int(given.size()), std::min(territories, reps));
        }
    }

    void continuityKeepsOwnerOnTieAndYieldsToClearGain() {
        QRandomGenerator random(7);
        Project p = lineProject(2, 5, random);
        // Two reps at the same place: whichever owns a territory keeps it.
        p.reps = {rep(1, -116.0, 0), rep(2, -116.0, 0)};
        p.territories[0].repId = 2;
        p.territories[1].repId = 1;
        RepMatchResult r = RepMatcher::suggest(p, 1);
        QCOMPARE(r.changed(), 0);
        // Each lives by the other's territory: swapping saves hundreds of km each, well past the bonus.
        p.reps = {rep(1, -119.5, 0), rep(2, -111.5, 0)};
        p.territories[0].repId = 2;
        p.territories[1].repId = 1;
        r = RepMatcher::suggest(p, 1);
        QCOMPARE(r.changed(), 2);
        QCOMPARE(r.territories[0].suggestedRep, qint64(1));
        QCOMPARE(r.territories[1].suggestedRep, qint64(2));
        QVERIFY(r.suggestedTotal < r.currentTotal);
    }

    void skillsDecideBetweenEqualTravellers() {
        QRandomGenerator random(11);
        Project p = lineProject(1, 8, random);
        for (Account& a : p.accounts) a.industry = "Health";
        p.reps = {rep(1, -119.5, 0, {"Retail"}), rep(2, -119.5, 0, {"Health"})};
        const RepMatchResult r = RepMatcher::suggest(p, 1);
        QCOMPARE(r.territories[0].suggestedRep, qint64(2));
    }

    void lockedTerritoriesAndOverlayRepsStayOut() {
        QRandomGenerator random(5);
        Project p = lineProject(3, 4, random);
        p.reps = {rep(1, -111.5, 0), rep(2, -103.5, 0), rep(3, -90, 0), rep(4, -111.5, 0)};
        p.reps[3].role = Rep::Role::Overlay;
        p.territories[0].locked = true;
        p.territories[0].repId = 3; // far away, but locked
        const RepMatchResult r = RepMatcher::suggest(p, 1);
        QVERIFY(r.ok);
        QCOMPARE(r.territories.size(), std::size_t(2));
        for (const RepMatch& m : r.territories) {
            QVERIFY(m.territoryId != p.territories[0].id);
            QVERIFY(m.suggestedRep != 3 && m.suggestedRep != 4);
        }
        QCOMPARE(r.territories[0].suggestedRep, qint64(1)); // T1 around -111.5
        QCOMPARE(r.territories[1].suggestedRep, qint64(2)); // T2 around -103.5
    }

    void saysWhyNothingCanBeMatched() {
        QRandomGenerator random(3);
        Project p = lineProject(2, 2, random);
        RepMatchResult r = RepMatcher::suggest(p, 1);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains("no field or inside rep"));
        QVERIFY(!RepMatcher::suggest(p, 99).ok);
    }
};

QTEST_GUILESS_MAIN(TestRepMatcher)
#include "tst_repmatcher.moc"
