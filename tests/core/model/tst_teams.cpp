// Teams: the account rule (matching, the CLI notation, JSON), which accounts a team covers
// (rule, added and excluded by hand), the coverage check (gaps, accounts owned twice, overlays
// allowed to overlap), plans per team in a scenario, and the metrics engine per team: its totals
// equal a plain sum over the accounts the team covers, and delta updates agree with a full
// recompute in every team.
#include "model/accountrule.h"
#include "model/metricsengine.h"
#include "model/project.h"
#include "model/teamcoverage.h"

#include <QTest>

#include <random>

using namespace tp;

namespace {

Account account(qint64 id, const QString& segment, const QString& industry, const QString& tier, double potential,
                const QVariantMap& extra = {}) {
    Account a;
    a.id = id;
    a.externalId = QStringLiteral("A%1").arg(id);
    a.segment = segment;
    a.industry = industry;
    a.tier = tier;
    a.revenuePotential = potential;
    a.extra = AccountExtras(extra);
    return a;
}

// A 6 x 6 grid of unit squares, 400 accounts with seeded random segments, industries and values,
// one scenario; territories are made per team by the tests.
Project gridProject() {
    Project p;
    const int side = 6;
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            Unit u;
            u.code = QString::number(y * side + x);
            geo::Polygon poly;
            const double x0 = -100 + x, y0 = 40 + y;
            poly.outer() = {{x0, y0}, {x0, y0 + 1}, {x0 + 1, y0 + 1}, {x0 + 1, y0}, {x0, y0}};
            u.shape = {poly};
            u.bounds = geo::Box({x0, y0}, {x0 + 1, y0 + 1});
            p.units.push_back(u);
            const int i = y * side + x;
            if (x + 1 < side) p.adjacency.push_back({i, i + 1, 1000.0, {}});
            if (y + 1 < side) p.adjacency.push_back({i, i + side, 1000.0, {}});
        }
    std::mt19937 rng(17);
    const QStringList segments{QStringLiteral("Enterprise"), QStringLiteral("Mid-Market"), QStringLiteral("SMB")};
    const QStringList industries{QStringLiteral("Healthcare"), QStringLiteral("Retail"), QStringLiteral("Energy")};
    for (int i = 0; i < 400; ++i) {
        Account a = account(100 + i, segments[int(rng() % 3)], industries[int(rng() % 3)], QStringLiteral("B"),
                            double(rng() % 100000) / 4.0);
        a.revenue = double(rng() % 5000);
        a.workloadHours = double(rng() % 80) / 2.0;
        a.unit = int(rng() % std::uint32_t(p.units.size()));
        const geo::Box& b = p.units[std::size_t(a.unit)].bounds;
        a.location = {b.min_corner().lon + 0.5, b.min_corner().lat + 0.5};
        p.accounts.push_back(a);
    }
    Scenario s;
    s.id = 1;
    s.name = QStringLiteral("Plan");
    s.unitTerritory.assign(p.units.size(), 0);
    p.scenarios = {s};
    p.currentScenarioId = 1;
    p.reindex();
    return p;
}

// The grid with two primary teams by segment: Enterprise (team 1) and Commercial (team 2,
// Mid-Market and SMB).
Project twoTeamGrid() {
    Project p = gridProject();
    p.teams.front().name = QStringLiteral("Enterprise");
    p.teams.front().rule = *AccountRule::parse(QStringLiteral("segment = Enterprise"), nullptr);
    Team commercial;
    commercial.id = 2;
    commercial.name = QStringLiteral("Commercial");
    commercial.rule = *AccountRule::parse(QStringLiteral("segment in Mid-Market, SMB"), nullptr);
    p.teams.push_back(commercial);
    return p;
}

// `count` vertical strips of territories for `team` in scenario 1 (ids from firstId).
void addStrips(Project& p, qint64 team, int count, qint64 firstId) {
    for (int k = 0; k < count; ++k) {
        Territory t;
        t.id = firstId + k;
        t.scenarioId = 1;
        t.teamId = team;
        t.name = QStringLiteral("T%1").arg(t.id);
        p.territories.push_back(t);
    }
    std::vector<qint64>& units = p.scenarios.front().unitsFor(team, p.units.size());
    for (std::size_t u = 0; u < units.size(); ++u) units[u] = firstId + qint64(u % 6) * count / 6;
}

} // namespace

class TestTeams : public QObject {
    Q_OBJECT
private slots:
    void ruleMatches_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("segment");
        QTest::addColumn<QString>("industry");
        QTest::addColumn<double>("potential");
        QTest::addColumn<QString>("column"); // extra column "Region"
        QTest::addColumn<bool>("matches");
        QTest::newRow("all") << "all"
                             << "SMB"
                             << "Retail" << 1.0 << "" << true;
        QTest::newRow("empty rule") << ""
                                    << "SMB"
                                    << "Retail" << 1.0 << "" << true;
        QTest::newRow("equals") << "segment = Enterprise"
                                << "Enterprise"
                                << "Retail" << 1.0 << "" << true;
        QTest::newRow("equals ignores case and spaces") << "segment = enterprise"
                                                        << " ENTERPRISE "
                                                        << "Retail" << 1.0 << "" << true;
        QTest::newRow("equals other") << "segment = Enterprise"
                                      << "SMB"
                                      << "Retail" << 1.0 << "" << false;
        QTest::newRow("in list") << "segment in Mid-Market, SMB"
                                 << "SMB"
                                 << "Retail" << 1.0 << "" << true;
        QTest::newRow("in list, not in it") << "segment in Mid-Market, SMB"
                                            << "Enterprise"
                                            << "Retail" << 1.0 << "" << false;
        QTest::newRow("and both") << "segment = SMB and industry = Healthcare"
                                  << "SMB"
                                  << "Healthcare" << 1.0 << "" << true;
        QTest::newRow("and one") << "segment = SMB and industry = Healthcare"
                                 << "SMB"
                                 << "Retail" << 1.0 << "" << false;
        QTest::newRow("or one") << "segment = Enterprise or industry = Healthcare"
                                << "SMB"
                                << "Healthcare" << 1.0 << "" << true;
        QTest::newRow("or none") << "segment = Enterprise or industry = Healthcare"
                                 << "SMB"
                                 << "Retail" << 1.0 << "" << false;
        QTest::newRow("range inside") << "revenue_potential between 100 and 200"
                                      << "SMB"
                                      << "Retail" << 150.0 << "" << true;
        QTest::newRow("range low end inclusive") << "revenue_potential between 100 and 200"
                                                 << "SMB"
                                                 << "Retail" << 100.0 << "" << true;
        QTest::newRow("range high end inclusive") << "revenue_potential between 100 and 200"
                                                  << "SMB"
                                                  << "Retail" << 200.0 << "" << true;
        QTest::newRow("range above") << "revenue_potential between 100 and 200"
                                     << "SMB"
                                     << "Retail" << 200.5 << "" << false;
        QTest::newRow("imported column equals") << "Region = North"
                                                << "SMB"
                                                << "Retail" << 1.0 << "north" << true;
        QTest::newRow("imported column, name in other case") << "region = North"
                                                             << "SMB"
                                                             << "Retail" << 1.0 << "North" << true;
        QTest::newRow("imported column missing") << "Region = North"
                                                 << "SMB"
                                                 << "Retail" << 1.0 << "" << false;
        QTest::newRow("imported numeric range") << "Region between 1 and 9"
                                                << "SMB"
                                                << "Retail" << 1.0 << "5" << true;
        QTest::newRow("range on text is no match") << "Region between 1 and 9"
                                                   << "SMB"
                                                   << "Retail" << 1.0 << "five" << false;
        QTest::newRow("quoted value with spaces") << "industry = \"Financial Services\""
                                                  << "SMB"
                                                  << "Financial Services" << 1.0 << "" << true;
        QTest::newRow("unquoted words join") << "industry = Financial Services and segment = SMB"
                                             << "SMB"
                                             << "Financial Services" << 1.0 << "" << true;
    }
    void ruleMatches() {
        QFETCH(QString, rule);
        QFETCH(QString, segment);
        QFETCH(QString, industry);
        QFETCH(double, potential);
        QFETCH(QString, column);
        QFETCH(bool, matches);
        QString error;
        const std::optional<AccountRule> r = AccountRule::parse(rule, &error);
        QVERIFY2(r, qPrintable(error));
        QVariantMap extra;
        if (!column.isEmpty()) extra.insert(QStringLiteral("Region"), column);
        const Account a = account(1, segment, industry, QStringLiteral("A"), potential, extra);
        QCOMPARE(r->matches(a), matches);
        // The notation and JSON both give the same rule back.
        const std::optional<AccountRule> again = AccountRule::parse(r->toText(), &error);
        QVERIFY2(again, qPrintable(r->toText() + QStringLiteral(": ") + error));
        QVERIFY2(*again == *r, qPrintable(r->toText()));
        const std::optional<AccountRule> fromJson = AccountRule::fromJson(r->toJson(), &error);
        QVERIFY2(fromJson, qPrintable(error));
        QVERIFY(*fromJson == *r);
        QCOMPARE(fromJson->matches(a), matches);
    }

    void badRules_data() {
        QTest::addColumn<QString>("rule");
        QTest::newRow("no operator") << "segment";
        QTest::newRow("no value") << "segment =";
        QTest::newRow("mixed and/or") << "segment = SMB and tier = A or industry = Retail";
        QTest::newRow("range not numbers") << "revenue between low and high";
        QTest::newRow("range reversed") << "revenue between 9 and 1";
        QTest::newRow("range without and") << "revenue between 1 9";
        QTest::newRow("open quote") << "industry = \"Health";
        QTest::newRow("dangling and") << "segment = SMB and";
        QTest::newRow("unknown operator") << "segment like SMB";
    }
    void badRules() {
        QFETCH(QString, rule);
        QString error;
        QVERIFY(!AccountRule::parse(rule, &error));
        QVERIFY(!error.isEmpty());
    }

    void badJsonRules() {
        QString error;
        QVERIFY(!AccountRule::fromJson(QJsonObject{{QStringLiteral("combine"), QStringLiteral("xor")}}, &error));
        const QJsonObject badOp{
            {QStringLiteral("conditions"), QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("tier")},
                                                                  {QStringLiteral("op"), QStringLiteral("like")}}}}};
        QVERIFY(!AccountRule::fromJson(badOp, &error));
        const QJsonObject badRange{
            {QStringLiteral("conditions"), QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("revenue")},
                                                                  {QStringLiteral("op"), QStringLiteral("range")},
                                                                  {QStringLiteral("min"), QStringLiteral("a")}}}}};
        QVERIFY(!AccountRule::fromJson(badRange, &error));
    }

    void handPickedAccounts() {
        Team t;
        t.rule = *AccountRule::parse(QStringLiteral("segment = Enterprise"), nullptr);
        const Account ent = account(1, QStringLiteral("Enterprise"), {}, {}, 0);
        const Account smb = account(2, QStringLiteral("SMB"), {}, {}, 0);
        QVERIFY(t.covers(ent));
        QVERIFY(!t.covers(smb));
        t.included.insert(2);
        QVERIFY(t.covers(smb));
        t.excluded.insert(1);
        QVERIFY(!t.covers(ent));
        t.excluded.insert(2); // excluded wins over included
        QVERIFY(!t.covers(smb));
        QVERIFY(!t.coversEverything());
        QVERIFY(Team().coversEverything());
    }

    // Planted gaps and doubles: Enterprise team (Enterprise), Commercial (Mid-Market, SMB), an
    // overlay for Healthcare; then a second primary team that also takes Mid-Market, and an
    // Enterprise account excluded by hand.
    void coverageFindsGapsAndDoubles() {
        Project p = twoTeamGrid();
        Team health;
        health.id = 3;
        health.name = QStringLiteral("Healthcare");
        health.kind = Team::Kind::Overlay;
        health.rule = *AccountRule::parse(QStringLiteral("industry = Healthcare"), nullptr);
        p.teams.push_back(health);
        TeamCoverage clean = TeamCoverage::compute(p);
        QVERIFY(clean.isClean());
        QCOMPARE(clean.primaryTeams, 2);
        int healthcare = 0;
        for (const Account& a : p.accounts) healthcare += a.industry == u"Healthcare";
        QCOMPARE(clean.teams[2].covered, healthcare);
        QCOMPARE(clean.teams[0].covered + clean.teams[1].covered, int(p.accounts.size()));

        // Plant: a gap (an Enterprise account excluded by hand, one with an unknown segment) and
        // doubles (a second primary team for Mid-Market).
        int enterprise = -1, midMarket = 0;
        for (std::size_t i = 0; i < p.accounts.size(); ++i) {
            if (enterprise < 0 && p.accounts[i].segment == u"Enterprise") enterprise = int(i);
            midMarket += p.accounts[i].segment == u"Mid-Market";
        }
        QVERIFY(enterprise != 5);
        if (p.accounts[5].segment == u"Mid-Market") --midMarket;
        p.teams[0].excluded.insert(p.accounts[std::size_t(enterprise)].id);
        p.accounts[5].segment = QStringLiteral("Public sector");
        Team midMarketTeam;
        midMarketTeam.id = 4;
        midMarketTeam.name = QStringLiteral("Mid-Market pod");
        midMarketTeam.rule = *AccountRule::parse(QStringLiteral("segment = Mid-Market"), nullptr);
        p.teams.push_back(midMarketTeam);
        const TeamCoverage planted = TeamCoverage::compute(p);
        QVERIFY(!planted.isClean());
        std::vector<int> expectedGaps{enterprise, 5};
        std::sort(expectedGaps.begin(), expectedGaps.end());
        QCOMPARE(planted.uncovered, expectedGaps);
        QCOMPARE(int(planted.doubled.size()), midMarket);
        for (const TeamCoverage::Doubled& d : planted.doubled) {
            QCOMPARE(p.accounts[std::size_t(d.account)].segment, QStringLiteral("Mid-Market"));
            QCOMPARE(d.teamIds, (std::vector<qint64>{2, 4}));
        }
        // The overlay overlaps both primaries by design: never a double.
        p.teams[3].kind = Team::Kind::Overlay;
        QCOMPARE(int(TeamCoverage::compute(p).doubled.size()), 0);
    }

    void plansPerTeam() {
        Project p = gridProject();
        Team second;
        second.id = 2;
        second.name = QStringLiteral("Second");
        p.teams.push_back(second);
        addStrips(p, 1, 3, 10);
        addStrips(p, 2, 2, 20);
        Scenario& s = p.scenarios.front();
        QCOMPARE(s.unitTerritory[0], qint64(10));
        QCOMPARE((*s.unitsOf(2))[0], qint64(20));
        p.setCurrentTeam(2);
        QCOMPARE(s.teamId, qint64(2));
        QCOMPARE(s.unitTerritory[0], qint64(20));
        QCOMPARE((*s.unitsOf(1))[0], qint64(10));
        QCOMPARE(int(p.territoriesOf(1).size()), 2);
        QCOMPARE(int(p.territoriesOf(1, 1).size()), 3);
        s.overrides.insert(p.accounts[0].id, 21);
        QCOMPARE(s.territoryOfAccount(2, p.accounts[0].id, p.accounts[0].unit), qint64(21));
        p.setCurrentTeam(1);
        QVERIFY(s.overrides.isEmpty());
        QCOMPARE(s.overridesOf(2)->value(p.accounts[0].id), qint64(21));
        QVERIFY(!s.unitsOf(99));
    }

    // Per team, the engine counts only the team's accounts: equal to a plain sum; moves by
    // delta agree with a full recompute in each team.
    void metricsPerTeam() {
        Project p = twoTeamGrid();
        p.team(2)->included.insert(p.accounts[0].id); // whatever its segment
        addStrips(p, 1, 2, 10);
        addStrips(p, 2, 3, 20);
        MetricsEngine engine(p);
        for (qint64 team : {qint64(1), qint64(2), qint64(1)}) {
            p.setCurrentTeam(team);
            engine.rebuild();
            const Team& t = *p.team(team);
            QHash<qint64, double> potential, workload;
            QHash<qint64, qint64> accounts;
            qint64 covered = 0;
            for (const Account& a : p.accounts) {
                if (!t.covers(a)) continue;
                ++covered;
                const qint64 owner = p.territoryOfAccount(p.scenarios.front(), a);
                potential[owner] += a.revenuePotential;
                workload[owner] += a.workloadHours;
                ++accounts[owner];
            }
            qint64 counted = 0;
            QCOMPARE(int(engine.territories().size()), team == 1 ? 2 : 3);
            for (const TerritoryMetrics& m : engine.territories()) {
                QCOMPARE(m.accounts, accounts.value(m.territoryId));
                QCOMPARE(qRound64(m.revenuePotential * 100), qRound64(potential.value(m.territoryId) * 100));
                QCOMPARE(qRound64(m.workloadHours * 100), qRound64(workload.value(m.territoryId) * 100));
                counted += m.accounts;
            }
            QCOMPARE(counted, covered);
            QVERIFY(covered < qint64(p.accounts.size()));

            // Move units by delta, then compare with a full recompute.
            Scenario& s = p.scenarios.front();
            const std::vector<TerritoryMetrics> before = engine.territories();
            std::vector<UnitMove> moves;
            for (int u : {0, 7, 14}) {
                const qint64 from = s.unitTerritory[std::size_t(u)];
                const qint64 to = engine.territories().back().territoryId;
                s.unitTerritory[std::size_t(u)] = to;
                moves.push_back({u, from, to});
            }
            const qint64 named = p.accounts[3].id;
            s.overrides.insert(named, engine.territories().front().territoryId);
            engine.unitsMoved(moves);
            engine.overrideChanged(named, 0, engine.territories().front().territoryId);
            const std::vector<TerritoryMetrics> delta = engine.territories();
            engine.recompute(1);
            const std::vector<TerritoryMetrics> full = engine.territories();
            QCOMPARE(delta.size(), full.size());
            for (std::size_t i = 0; i < delta.size(); ++i) {
                QCOMPARE(delta[i].accounts, full[i].accounts);
                QCOMPARE(delta[i].revenuePotential, full[i].revenuePotential);
                QCOMPARE(delta[i].workloadHours, full[i].workloadHours);
                QCOMPARE(delta[i].units, full[i].units);
                QCOMPARE(delta[i].pieces, full[i].pieces);
            }
            // Undo, so the next team round starts from the strips again.
            for (UnitMove& m : moves) {
                s.unitTerritory[std::size_t(m.unit)] = m.from;
                std::swap(m.from, m.to);
            }
            s.overrides.remove(named);
            engine.unitsMoved(moves);
            engine.overrideChanged(named, 0, 0);
            for (std::size_t i = 0; i < before.size(); ++i)
                QCOMPARE(engine.territories()[i].accounts, before[i].accounts);
        }
    }

    // Switching teams keeps each team's account rows: back and forth, with edits of both plans in
    // between and a rule changed while its team was not current, the engine says what a new engine
    // on the same project says.
    void teamRowsKeptAcrossSwitches() {
        Project p = twoTeamGrid();
        addStrips(p, 1, 2, 10);
        addStrips(p, 2, 3, 20);
        MetricsEngine engine(p);
        auto sameAsNew = [&](const char* step) {
            MetricsEngine fresh(p);
            const std::vector<TerritoryMetrics>& got = engine.territories();
            const std::vector<TerritoryMetrics>& want = fresh.territories();
            QVERIFY2(got.size() == want.size(), step);
            for (std::size_t i = 0; i < got.size(); ++i) {
                QVERIFY2(got[i].territoryId == want[i].territoryId, step);
                QVERIFY2(got[i].accounts == want[i].accounts, step);
                QVERIFY2(got[i].revenuePotential == want[i].revenuePotential, step);
                QVERIFY2(got[i].workloadHours == want[i].workloadHours, step);
                QVERIFY2(got[i].units == want[i].units, step);
            }
            QCOMPARE(engine.membership(), fresh.membership());
        };
        auto moveUnit = [&](int unit) {                                      // into the current team's last territory
            std::vector<qint64>& owners = p.scenarios.front().unitTerritory; // the current team's plan
            const qint64 from = owners[std::size_t(unit)];
            owners[std::size_t(unit)] = engine.territories().back().territoryId;
            engine.unitsMoved({{unit, from, owners[std::size_t(unit)]}});
        };
        sameAsNew("team 1 at first");
        p.setCurrentTeam(2);
        engine.currentTeamChanged();
        sameAsNew("team 2, prepared");
        moveUnit(0);
        sameAsNew("team 2 after a move");
        p.setCurrentTeam(1);
        engine.currentTeamChanged();
        sameAsNew("team 1, kept rows");
        moveUnit(7);
        // Team 2's rule changes while team 1 is current.
        p.team(2)->rule = *AccountRule::parse(QStringLiteral("segment = SMB"), nullptr);
        engine.teamAccountsChanged(2);
        sameAsNew("team 1 after team 2's rule changed");
        p.setCurrentTeam(2);
        engine.currentTeamChanged();
        sameAsNew("team 2 with its new rule");
        p.setCurrentTeam(1);
        engine.currentTeamChanged();
        sameAsNew("team 1 again");
        // Accounts changed: every team's rows are made again.
        p.accounts[5].revenuePotential += 1000;
        engine.rebuild();
        p.setCurrentTeam(2);
        engine.currentTeamChanged();
        sameAsNew("team 2 after a rebuild");
    }
};

QTEST_GUILESS_MAIN(TestTeams)
#include "tst_teams.moc"
