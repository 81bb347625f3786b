// Rep roster through the edit facade: adding, changing and removing reps are undoable steps that
// restore the roster exactly, are logged, survive reopening (reps and their history), refuse
// what would break the plan (a rep who still owns territories, a repeated CRM user id, bad
// numbers), and a capacity change reaches the metrics at once; a leaving rep's territories go
// vacant, to another rep, or are split among the neighbouring territories.
#include "model/metricsengine.h"
#include "session/editfacade.h"
#include "session/planeditor.h"
#include "session/projectsession.h"
#include "session/sessionnotifier.h"
#include "storage/projectfile.h"
#include "support/democopy.h"
#include <algorithm>
#include <map>
#include <QSet>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace tp;
using namespace tp::session;

namespace {

QStringList roster(const Project& p) {
    QStringList out;
    for (const Rep& r : p.reps)
        out << QStringLiteral("%1|%2|%3|%4,%5|%6|%7|%8|%9|%10|%11|%12|%13")
                   .arg(r.id)
                   .arg(r.name, r.homeLabel)
                   .arg(r.home.lon, 0, 'g', 17)
                   .arg(r.home.lat, 0, 'g', 17)
                   .arg(r.capacityHours, 0, 'g', 17)
                   .arg(r.quota, 0, 'g', 17)
                   .arg(r.skills.join(';'), r.segments.join(';'), r.crmUserId, r.email, Rep::roleName(r.role))
                   .arg(r.startDate.toString(Qt::ISODate));
    return out;
}

Rep newRep(const QString& name, const QString& crmId) {
    Rep r;
    r.name = name;
    r.crmUserId = crmId;
    r.email = name.toLower().remove(' ') + "@example.com";
    r.home = {-104.99, 39.74};
    r.homeLabel = "Denver, CO";
    r.capacityHours = 1200;
    r.quota = 750000;
    r.skills = {"Retail", "Health"};
    r.segments = {"SMB"};
    r.role = Rep::Role::Inside;
    r.startDate = QDate(2026, 9, 1);
    return r;
}

} // namespace

class TestRepRoster : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<ProjectSession> demo(QString* path) {
        *path = m_dir.filePath(QStringLiteral("r%1.territory").arg(++m_n));
        if (!testsupport::copyDemo(*path, testsupport::DemoScenario::Draft)) return nullptr;
        QString error;
        return ProjectSession::open(*path, &error);
    }

private slots:
    void addChangeRemoveUndoAndReopen() {
        QString path;
        auto s = demo(&path);
        QVERIFY(s);
        const QStringList original = roster(s->project());
        QVERIFY(!original.isEmpty());
        QStringList added, changed;
        qint64 id = 0;
        {
            EditFacade facade(*s);
            QSignalSpy repsChanged(&facade.notifier(), &SessionNotifier::repsChanged);
            QString error;
            id = facade.addRep(newRep("Nia Okafor", "005-NIA"), &error);
            QVERIFY2(id > 0, qPrintable(error));
            QCOMPARE(repsChanged.count(), 1);
            QCOMPARE(facade.stack()->text(facade.stack()->index() - 1), QStringLiteral("Added rep Nia Okafor"));
            added = roster(s->project());
            QCOMPARE(added.size(), original.size() + 1);
            const Rep* nia = s->project().rep(id);
            QVERIFY(nia);
            QCOMPARE(nia->role, Rep::Role::Inside);
            QCOMPARE(nia->startDate, QDate(2026, 9, 1));

            Rep edited = *nia;
            edited.capacityHours = 900;
            edited.segments = {"SMB", "Mid-Market"};
            QVERIFY2(facade.updateRep(edited, &error), qPrintable(error));
            QVERIFY(facade.stack()
                        ->text(facade.stack()->index() - 1)
                        .startsWith(QStringLiteral("Changed rep Nia Okafor: capacity 900 h")));
            changed = roster(s->project());

            QVERIFY2(facade.removeRep(id, &error), qPrintable(error));
            QVERIFY(!s->project().rep(id));
            QCOMPARE(repsChanged.count(), 3);

            QVERIFY(facade.undo(&error)); // removal
            QCOMPARE(roster(s->project()), changed);
            QVERIFY(facade.undo(&error)); // change
            QCOMPARE(roster(s->project()), added);
            QVERIFY(facade.undo(&error)); // addition
            QCOMPARE(roster(s->project()), original);
            QCOMPARE(repsChanged.count(), 6);
            QVERIFY(facade.redo(&error));
            QVERIFY(facade.redo(&error));
            QCOMPARE(roster(s->project()), changed);
        }
        // The file holds what memory holds, and the history goes on after reopening.
        s.reset();
        QString error;
        s = ProjectSession::open(path, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(roster(s->project()), changed);
        EditFacade facade(*s);
        QVERIFY(facade.canRedo());
        QVERIFY(facade.redo(&error));
        QVERIFY(!s->project().rep(id));
        QVERIFY(facade.undo(&error));
        QVERIFY(facade.undo(&error));
        QCOMPARE(roster(s->project()), added);
        // Every step was logged.
        QStringList kinds;
        for (const storage::EditLogEntry& e : s->file().readLog(10)) kinds << e.kind;
        QVERIFY(kinds.count(QStringLiteral("edit-reps")) >= 5);
    }

    void removalRefusedWhileOwningTerritories() {
        QString path;
        auto s = demo(&path);
        QVERIFY(s);
        EditFacade facade(*s);
        const Project& p = s->project();
        const Territory* owned = nullptr;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->repId) owned = t;
        QVERIFY(owned);
        const Rep rep = *p.rep(owned->repId);
        const QStringList before = roster(p);
        const int steps = facade.stack()->count();
        QString error;
        QVERIFY(!facade.removeRep(rep.id, &error));
        QVERIFY2(error.contains(rep.name) && error.contains(owned->name), qPrintable(error));
        QCOMPARE(roster(p), before);
        QCOMPARE(facade.stack()->count(), steps);
        // Once the territory is given away, the rep can go; undoing the removal brings the same rep back.
        for (const Territory* t : p.territoriesOf(p.currentScenarioId)) {
            if (t->repId != rep.id) continue;
            Territory vacant = *t;
            vacant.repId = 0;
            QVERIFY2(facade.updateTerritory(vacant, &error), qPrintable(error));
        }
        // Other scenarios may name the rep too.
        for (const Territory& t : p.territories)
            if (t.repId == rep.id) {
                Territory vacant = t;
                vacant.repId = 0;
                QVERIFY2(PlanEditor(*s).saveTerritory(vacant, &error), qPrintable(error));
            }
        QVERIFY2(facade.removeRep(rep.id, &error), qPrintable(error));
        QVERIFY(facade.undo(&error));
        QVERIFY(*p.rep(rep.id) == rep);
        // Undoing an addition is refused once the new rep owns a territory.
        Rep fresh = newRep("Ola Berg", "");
        const qint64 freshId = facade.addRep(fresh, &error);
        QVERIFY(freshId);
        Territory t = *owned;
        t.repId = freshId;
        QVERIFY(PlanEditor(*s).saveTerritory(t, &error));
        QVERIFY(!facade.undo(&error));
        QVERIFY2(error.contains(QStringLiteral("Ola Berg still owns")), qPrintable(error));
        QVERIFY(p.rep(freshId));
    }

    void refusesBadReps_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << "name"
                                 << "needs a name";
        QTest::newRow("negative capacity") << "capacity"
                                           << "zero or more";
        QTest::newRow("NaN quota") << "quota"
                                   << "zero or more";
        QTest::newRow("home off Earth") << "home"
                                        << "on Earth";
        QTest::newRow("repeated CRM user id") << "crm"
                                              << "belongs to";
    }
    void refusesBadReps() {
        QFETCH(QString, field);
        QFETCH(QString, message);
        QString path;
        auto s = demo(&path);
        QVERIFY(s);
        EditFacade facade(*s);
        QString error;
        QVERIFY(facade.addRep(newRep("First", "U-1"), &error));
        const QStringList before = roster(s->project());
        const int steps = facade.stack()->count();
        Rep r = newRep("Second", "U-2");
        if (field == "name") r.name = "  ";
        if (field == "capacity") r.capacityHours = -1;
        if (field == "quota") r.quota = std::nan("");
        if (field == "home") r.home = {200, 10};
        if (field == "crm") r.crmUserId = "U-1";
        QCOMPARE(facade.addRep(r, &error), qint64(0));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(roster(s->project()), before);
        QCOMPARE(facade.stack()->count(), steps);
    }

    void capacityReachesMetrics() {
        QString path;
        auto s = demo(&path);
        QVERIFY(s);
        EditFacade facade(*s);
        const Project& p = s->project();
        const Territory* owned = nullptr;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->repId && t->level == Territory::Level::Territory) owned = t;
        QVERIFY(owned);
        const TerritoryMetrics* m = s->metrics().metricsOf(owned->id);
        QVERIFY(m);
        const double workload = m->workloadHours;
        Rep r = *p.rep(owned->repId);
        r.capacityHours = 2000;
        QString error;
        QVERIFY2(facade.updateRep(r, &error), qPrintable(error));
        m = s->metrics().metricsOf(owned->id);
        int sharers = 0; // the rep may own several territories of the plan: capacity is the rep's
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            sharers += t->repId == r.id && t->level == Territory::Level::Territory;
        QVERIFY(sharers >= 1);
        QCOMPARE(m->capacityHours, 2000.0);
        QVERIFY(std::abs(m->utilisation - workload / 2000.0) < 1e-9);
    }

    // A rep leaves: the territories go vacant (or to another rep) in one step, and the rep can then
    // be removed; undo brings back the owners.
    void vacancyFlows() {
        QString path;
        auto s = demo(&path);
        QVERIFY(s);
        EditFacade facade(*s);
        const Project& p = s->project();
        qint64 leaving = 0, heir = 0;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->repId && !leaving) leaving = t->repId;
        for (const Rep& r : p.reps)
            if (r.id != leaving && !heir) heir = r.id;
        QVERIFY(leaving && heir);
        std::vector<std::pair<qint64, qint64>> vacate, handOver;
        QStringList before;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId)) {
            before << QStringLiteral("%1:%2").arg(t->id).arg(t->repId);
            if (t->repId != leaving) continue;
            vacate.emplace_back(t->id, 0);
            handOver.emplace_back(t->id, heir);
        }
        auto owners = [&] {
            QStringList out;
            for (const Territory* t : p.territoriesOf(p.currentScenarioId))
                out << QStringLiteral("%1:%2").arg(t->id).arg(t->repId);
            return out;
        };
        QString error;
        const int steps = facade.stack()->count();
        QVERIFY2(facade.setTerritoryReps(vacate, &error), qPrintable(error));
        QCOMPARE(facade.stack()->count(), steps + 1);
        for (const auto& [territory, rep] : vacate) QCOMPARE(p.territory(territory)->repId, qint64(0));
        // Vacant territories show no rep, no capacity.
        const TerritoryMetrics* m = s->metrics().metricsOf(vacate.front().first);
        QVERIFY(m && std::isnan(m->capacityHours));
        QVERIFY2(facade.undo(&error), qPrintable(error));
        QCOMPARE(owners(), before);
        QVERIFY2(facade.setTerritoryReps(handOver, &error), qPrintable(error));
        for (const auto& [territory, rep] : handOver) QCOMPARE(p.territory(territory)->repId, heir);
        QVERIFY(facade.stack()->text(facade.stack()->index() - 1).contains(p.rep(heir)->name));
        QVERIFY2(facade.undo(&error), qPrintable(error));
        QCOMPARE(owners(), before);
        // Other scenarios still name the leaving rep: removal waits for them.
        QVERIFY2(facade.setTerritoryReps(vacate, &error), qPrintable(error));
        bool elsewhere = false;
        for (const Territory& t : p.territories)
            elsewhere = elsewhere || (t.repId == leaving && t.scenarioId != p.currentScenarioId);
        QCOMPARE(facade.removeRep(leaving, &error), !elsewhere);
    }

    void splitAmongNeighbours() {
        // A leaving rep's territories handed to the territories around them: one undo step, every
        // unit to a territory it bordered, the receivers' workload no less balanced than giving
        // each territory whole to its lightest neighbour, every account still covered.
        QString path;
        auto s = demo(&path);
        QVERIFY(s);
        EditFacade facade(*s);
        const Project& p = s->project();
        const Scenario& plan = *p.currentScenario();
        const qint64 leaving = p.territoriesOf(plan.id).back()->repId;
        std::vector<qint64> territories;
        for (const Territory* t : p.territoriesOf(plan.id))
            if (t->repId == leaving) territories.push_back(t->id);
        QVERIFY(!territories.empty());
        const std::vector<qint64> unitsBefore = plan.unitTerritory;
        const auto overridesBefore = plan.overrides;
        const int territoryCount = int(p.territoriesOf(plan.id).size());
        // Who borders whom, before.
        QSet<qint64> bordering;
        for (const geo::SharedEdge& e : p.adjacency) {
            const qint64 a = unitsBefore[std::size_t(e.unitA)], b = unitsBefore[std::size_t(e.unitB)];
            for (qint64 t : territories) {
                if (a == t && b && b != t) bordering.insert(b);
                if (b == t && a && a != t) bordering.insert(a);
            }
        }
        std::map<qint64, double> workload; // of the bordering territories, before
        for (qint64 t : bordering) workload[t] = s->metrics().metricsOf(t)->workloadHours;
        double wholeSpread = 0.0; // each leaving territory whole to the lightest neighbour
        {
            std::map<qint64, double> w = workload;
            for (qint64 t : territories) {
                auto lightest =
                    std::min_element(w.begin(), w.end(), [](auto& x, auto& y) { return x.second < y.second; });
                lightest->second += s->metrics().metricsOf(t)->workloadHours;
            }
            auto [lo, hi] =
                std::minmax_element(w.begin(), w.end(), [](auto& x, auto& y) { return x.second < y.second; });
            wholeSpread = hi->second - lo->second;
        }

        QString error;
        QStringList handoff;
        const int steps = facade.stack()->count();
        // Cancelled while the optimiser runs (as the progress dialog's Cancel does): nothing changes.
        int ran = 0;
        const auto cancelling = [&ran](const std::function<bool(const TaskProgress&)>& work) {
            const TaskProgress progress([](const QString&, double) {});
            progress.cancel();
            ++ran;
            return work(progress);
        };
        QVERIFY(!facade.splitAmongNeighbours(territories, &handoff, &error, cancelling));
        QCOMPARE(ran, 1);
        QVERIFY(error.startsWith(QStringLiteral("Cancelled")));
        QCOMPARE(facade.stack()->count(), steps);
        QCOMPARE(plan.unitTerritory, unitsBefore);
        QCOMPARE(int(p.territoriesOf(plan.id).size()), territoryCount);
        handoff.clear();
        error.clear();
        QVERIFY2(facade.splitAmongNeighbours(territories, &handoff, &error), qPrintable(error));
        QCOMPARE(facade.stack()->count(), steps + 1);
        QCOMPARE(int(handoff.size()), int(territories.size()));
        QCOMPARE(int(p.territoriesOf(plan.id).size()), territoryCount - int(territories.size()));
        for (std::size_t u = 0; u < unitsBefore.size(); ++u) {
            if (std::find(territories.begin(), territories.end(), unitsBefore[u]) == territories.end()) {
                QCOMPARE(plan.unitTerritory[u], unitsBefore[u]); // nothing else moved
                continue;
            }
            QVERIFY2(bordering.contains(plan.unitTerritory[u]), qPrintable(QString::number(u)));
        }
        for (const Account& a : p.accounts)
            if (a.unit >= 0) QVERIFY(p.territoryOfAccount(plan, a) != 0);
        double lo = 1e300, hi = -1e300;
        for (qint64 t : bordering) {
            lo = std::min(lo, s->metrics().metricsOf(t)->workloadHours);
            hi = std::max(hi, s->metrics().metricsOf(t)->workloadHours);
        }
        QVERIFY2(hi - lo <= wholeSpread + 1e-6, qPrintable(QStringLiteral("%1 > %2").arg(hi - lo).arg(wholeSpread)));

        // One undo restores the plan exactly.
        QVERIFY2(facade.undo(&error), qPrintable(error));
        QCOMPARE(plan.unitTerritory, unitsBefore);
        QCOMPARE(plan.overrides, overridesBefore);
        QCOMPARE(int(p.territoriesOf(plan.id).size()), territoryCount);
    }

    void importIsOneStepMatchingByCrmId() {
        QString path;
        auto s = demo(&path);
        QVERIFY(s);
        EditFacade facade(*s);
        QString error;
        const qint64 first = facade.addRep(newRep("Ana", "U-1"), &error);
        QVERIFY(first);
        const QStringList before = roster(s->project());
        const int steps = facade.stack()->count();
        // An import: one rep known by its CRM user id (changed), one new.
        Rep again = newRep("Ana Lima", "U-1");
        Rep other = newRep("Bo", "U-2");
        int added = 0, changed = 0;
        QVERIFY2(facade.importReps({again, other}, &error, &added, &changed), qPrintable(error));
        QCOMPARE(added, 1);
        QCOMPARE(changed, 1);
        QCOMPARE(facade.stack()->count(), steps + 1);
        QCOMPARE(facade.stack()->text(steps), QStringLiteral("Reps: 1 added, 1 changed"));
        QCOMPARE(s->project().rep(first)->name, QString("Ana Lima"));
        QCOMPARE(s->project().reps.size(), std::size_t(before.size() + 1));
        QVERIFY(facade.undo(&error));
        QCOMPARE(roster(s->project()), before);
    }
};

QTEST_GUILESS_MAIN(TestRepRoster)
#include "tst_reproster.moc"
