// Comparing scenarios: a copy with known moves (three counties, one named account) must show
// exactly those units, exactly the accounts they carry, metric deltas only for the two
// territories involved, and the disruption (accounts changing rep) they imply.
#include "session/planeditor.h"
#include "session/projectsession.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;

class TestScenarioComparison : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void knownMovesShowExactly() {
        const QString path = m_dir.filePath(QStringLiteral("compare.territory"));
        QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        auto s = session::ProjectSession::open(path, &error);
        QVERIFY2(s, qPrintable(error));
        session::PlanEditor editor(*s);
        const qint64 base = s->project().currentScenarioId;
        const qint64 copy = editor.createScenario(QStringLiteral("Workshop"), base, &error);
        QVERIFY(copy);
        auto territoryIn = [&](qint64 scenario, const char* name) {
            for (const Territory* t : s->project().territoriesOf(scenario))
                if (t->name == QLatin1String(name)) return t->id;
            return qint64(0);
        };
        // Identical plans: nothing differs.
        ScenarioDiff same = s->compareScenarios(base, copy);
        QVERIFY(same.units.empty());
        QVERIFY(same.accounts.empty());
        QCOMPARE(same.accountsChangingRep, qint64(0));

        const QStringList codes{QStringLiteral("08031"), QStringLiteral("08005"), QStringLiteral("08059")};
        std::vector<int> units;
        for (const QString& c : codes) units.push_back(s->project().unitIndexByCode(c));
        QVERIFY(editor.assignUnitsTo(copy, units, territoryIn(copy, "Southwest"), &error));
        // A named account far away: Florida takes the first account of the Great Lakes (one of
        // the current team's: the comparison lists the accounts of the team whose plans it compares).
        int named = -1;
        const Scenario& baseScenario = *s->project().scenario(base);
        const Team& team = *s->project().currentTeam();
        for (std::size_t i = 0; i < s->project().accounts.size() && named < 0; ++i)
            if (team.covers(s->project().accounts[i])
                && s->project().territoryOfAccount(baseScenario, s->project().accounts[i])
                       == territoryIn(base, "Great Lakes"))
                named = int(i);
        QVERIFY(editor.setAccountOverride(copy, s->project().accounts[std::size_t(named)].id,
                                          territoryIn(copy, "Florida"), &error));

        const ScenarioDiff diff = s->compareScenarios(base, copy);
        QCOMPARE(diff.units.size(), std::size_t(3));
        QSet<int> changed;
        for (const auto& u : diff.units) {
            QCOMPARE(u.from, QStringLiteral("Mountain"));
            QCOMPARE(u.to, QStringLiteral("Southwest"));
            changed.insert(u.unit);
        }
        QCOMPARE(changed, QSet<int>(units.begin(), units.end()));
        // Accounts: those in the three counties, plus the named one.
        qint64 expected = 1;
        for (const Account& a : s->project().accounts) expected += changed.contains(a.unit) && team.covers(a);
        QCOMPARE(qint64(diff.accounts.size()), expected);
        QCOMPARE(diff.accountsChangingRep, expected);
        QCOMPARE(diff.accountsChangingTerritory, expected);
        bool foundNamed = false;
        for (const auto& a : diff.accounts)
            if (a.account == named) {
                foundNamed = true;
                QCOMPARE(a.fromTerritory, QStringLiteral("Great Lakes"));
                QCOMPARE(a.toTerritory, QStringLiteral("Florida"));
                QCOMPARE(a.toRep, QStringLiteral("Sofia Ramírez"));
            }
        QVERIFY(foundNamed);
        // Metric deltas only where something moved, and they balance out.
        qint64 accountDelta = 0;
        for (const auto& t : diff.territories) {
            QVERIFY(t.inA && t.inB);
            const qint64 d = t.b.accounts - t.a.accounts;
            accountDelta += d;
            const bool involved = t.name == QLatin1String("Mountain") || t.name == QLatin1String("Southwest")
                                  || t.name == QLatin1String("Great Lakes") || t.name == QLatin1String("Florida");
            if (!involved) QCOMPARE(d, qint64(0));
        }
        QCOMPARE(accountDelta, qint64(0));
        // The engine is back on the current scenario.
        QCOMPARE(s->metrics().scenarioId(), base);
    }

    void demoProposalMatchesItsAssignment() {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("demo.territory"));
        QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), path);
        auto s = session::ProjectSession::open(path, &error);
        QVERIFY(s);
        const Project& p = s->project();
        const ScenarioDiff diff = s->compareScenarios(1, 2);
        // Independently: units whose territory names differ between the two assignments.
        int expected = 0;
        for (std::size_t u = 0; u < p.units.size(); ++u)
            expected += p.territory(p.scenario(1)->unitTerritory[u])->name
                        != p.territory(p.scenario(2)->unitTerritory[u])->name;
        QVERIFY(expected > 0);
        QCOMPARE(int(diff.units.size()), expected);
        // The proposal is a rebalance with a short handoff list: few counties, each handed to a
        // territory it borders in the proposal (no jumps across the map).
        QVERIFY(expected < int(p.units.size()) / 10);
        for (const auto& u : diff.units) {
            QVERIFY(!u.from.isEmpty() && !u.to.isEmpty() && u.from != u.to);
            bool borders = false;
            for (const geo::SharedEdge& e : p.adjacency) {
                const int other = e.unitA == u.unit ? e.unitB : e.unitB == u.unit ? e.unitA : -1;
                if (other >= 0 && p.territory(p.scenario(2)->unitTerritory[std::size_t(other)])->name == u.to)
                    borders = true;
            }
            QVERIFY2(borders, qPrintable(p.units[std::size_t(u.unit)].name));
        }
    }
};

QTEST_GUILESS_MAIN(TestScenarioComparison)
#include "tst_scenariocomparison.moc"
