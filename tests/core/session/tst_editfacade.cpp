// EditFacade: every edit is one undo step that restores plan and metrics exactly; gestures
// become one step; the history survives closing and reopening; undo refuses (with a reason)
// what a later lock forbids; territory create/rename/delete/merge/split round-trip through undo.
// Its notifications say specifically what changed (which units, territories, accounts,
// scenarios; live gesture steps apart from the end); derived facts (stray pieces) are computed
// once per change.
#include "model/contiguity.h"
#include "model/metricstable.h"
#include "session/editfacade.h"
#include "session/planfacts.h"
#include "session/projectsession.h"
#include "session/sessionnotifier.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace tp;
using namespace tp::session;

namespace {

// The whole state an undo must restore: assignment, overrides, territories and every figure.
QStringList state(const ProjectSession& s) {
    QStringList out;
    const Scenario& sc = *s.project().currentScenario();
    QStringList units;
    for (qint64 t : sc.unitTerritory) units << QString::number(t);
    out << units.join(QLatin1Char(','));
    QStringList overrides;
    for (auto it = sc.overrides.cbegin(); it != sc.overrides.cend(); ++it)
        overrides << QStringLiteral("%1>%2").arg(it.key()).arg(it.value());
    overrides.sort();
    out << overrides.join(QLatin1Char(','));
    for (const Territory* t : s.project().territoriesOf(sc.id))
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(t->id)
                   .arg(t->name, t->color)
                   .arg(t->repId)
                   .arg(t->parentId)
                   .arg(t->locked);
    const MetricsTable table(s.project(), s.metrics());
    for (int r = 0; r < table.rowCount(); ++r) {
        const TerritoryMetrics& m = table.metrics(r);
        out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                   .arg(m.territoryId)
                   .arg(m.units)
                   .arg(m.accounts)
                   .arg(m.workloadHours, 0, 'g', 17)
                   .arg(m.compactness, 0, 'g', 17)
                   .arg(m.deviationPct, 0, 'g', 17);
    }
    return out;
}

qint64 idOf(const ProjectSession& s, const QString& name) {
    for (const Territory* t : s.project().territoriesOf(s.project().currentScenarioId))
        if (t->name == name) return t->id;
    return 0;
}

} // namespace

class TestEditFacade : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<ProjectSession> demo(QString* path) {
        *path = m_dir.filePath(QStringLiteral("d%1.territory").arg(++m_n));
        QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), *path);
        QFile::setPermissions(*path, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        return ProjectSession::open(*path, &error);
    }
    int unit(const ProjectSession& s, const char* code) {
        return s.project().unitIndexByCode(QString::fromLatin1(code));
    }

private slots:
    void notificationsSaySpecificallyWhatChanged() {
        QString path;
        auto s = demo(&path);
        EditFacade facade(*s);
        SessionNotifier& n = facade.notifier();
        QSignalSpy units(&n, &SessionNotifier::unitsReassigned);
        QSignalSpy territories(&n, &SessionNotifier::territoriesChanged);
        QSignalSpy accounts(&n, &SessionNotifier::accountsReassigned);
        QSignalSpy scenarios(&n, &SessionNotifier::scenariosChanged);
        QSignalSpy current(&n, &SessionNotifier::currentScenarioChanged);
        const auto total = [&] {
            return units.count() + territories.count() + accounts.count() + scenarios.count() + current.count();
        };
        const qint64 scenario = s->project().currentScenarioId;
        const qint64 southwest = idOf(*s, QStringLiteral("Southwest"));
        const int denver = unit(*s, "08031"), boulder = unit(*s, "08013");
        QString error;

        // Units: which units, in which scenario; nothing else is said.
        QVERIFY(facade.assignUnits({denver, boulder}, southwest, &error));
        QCOMPARE(total(), 1);
        QCOMPARE(units.at(0).at(0).toLongLong(), scenario);
        QCOMPARE(units.at(0).at(1).value<std::vector<int>>(), (std::vector<int>{denver, boulder}));
        QCOMPARE(units.at(0).at(2).toBool(), false);

        // A territory renamed: changed, not created or deleted.
        Territory renamed = *s->project().territory(southwest);
        renamed.name = QStringLiteral("Four Corners");
        QVERIFY(facade.updateTerritory(renamed, &error));
        QCOMPARE(total(), 2);
        auto what = territories.at(0).at(1).value<TerritoryChanges>();
        QCOMPARE(what.changed, QList<qint64>{southwest});
        QVERIFY(what.created.isEmpty() && what.deleted.isEmpty());

        // A named account: which account.
        const qint64 account = s->project().accounts.front().id;
        QVERIFY(facade.setAccountOverride(account, southwest, &error));
        QCOMPARE(accounts.count(), 1);
        QCOMPARE(accounts.at(0).at(1).value<QList<qint64>>(), QList<qint64>{account});

        // A merge: units move and a territory is deleted, both said.
        const qint64 mountain = idOf(*s, QStringLiteral("Mountain"));
        units.clear();
        territories.clear();
        QVERIFY(facade.mergeTerritories(southwest, mountain, &error));
        QCOMPARE(units.count(), 1);
        QCOMPARE(territories.count(), 1);
        what = territories.at(0).at(1).value<TerritoryChanges>();
        QCOMPARE(what.deleted, QList<qint64>{mountain});

        // Undo says the same things again (it is an edit too).
        units.clear();
        territories.clear();
        QVERIFY(facade.undo(&error));
        QCOMPARE(units.count(), 1);
        QCOMPARE(territories.count(), 1);
        QCOMPARE(territories.at(0).at(1).value<TerritoryChanges>().created, QList<qint64>{mountain});

        // Scenario operations: what happened to which scenario; switching is its own notification.
        const int before = total();
        const qint64 copy = facade.createScenario(QStringLiteral("Copy"), scenario, &error);
        QVERIFY2(copy, qPrintable(error));
        QVERIFY(facade.renameScenario(copy, QStringLiteral("Copy 2"), &error));
        QVERIFY(facade.setScenarioNotes(copy, QStringLiteral("notes"), &error));
        QVERIFY(facade.setScenarioStatus(copy, Scenario::Status::Approved, &error));
        QVERIFY(facade.setPlanOfRecord(copy, &error));
        QCOMPARE(scenarios.count(), 5);
        const QList<ScenarioChange> kinds = {ScenarioChange::Created, ScenarioChange::Renamed,
                                             ScenarioChange::NotesChanged, ScenarioChange::StatusChanged,
                                             ScenarioChange::PlanOfRecordChanged};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(scenarios.at(i).at(0).value<ScenarioChange>(), kinds.at(i));
            QCOMPARE(scenarios.at(i).at(1).toLongLong(), copy);
        }
        QVERIFY(facade.switchScenario(copy, &error));
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.at(0).at(0).toLongLong(), copy);
        QVERIFY(facade.switchScenario(scenario, &error));
        QVERIFY(facade.deleteScenario(copy, &error));
        QCOMPARE(scenarios.last().at(0).value<ScenarioChange>(), ScenarioChange::Deleted);
        QCOMPARE(total(), before + 5 + 2 + 1);
        // A refused edit says nothing.
        QVERIFY(!facade.deleteScenario(scenario, &error));
        QVERIFY(!facade.renameScenario(scenario, QString(), &error));
        QCOMPARE(total(), before + 8);
    }

    void gestureStepsAreLiveAndTheEndIsNot() {
        QString path;
        auto s = demo(&path);
        EditFacade facade(*s);
        QSignalSpy units(&s->notifier(), &SessionNotifier::unitsReassigned);
        QSignalSpy ended(&facade, &EditFacade::gestureEnded);
        const qint64 southwest = idOf(*s, QStringLiteral("Southwest"));
        const int denver = unit(*s, "08031"), arapahoe = unit(*s, "08005");
        QString error;
        facade.beginGesture();
        QVERIFY(facade.gestureAssign({denver}, southwest, &error));
        QVERIFY(facade.gestureAssign({arapahoe}, southwest, &error));
        QCOMPARE(units.count(), 2);
        for (const auto& args : units) QCOMPARE(args.at(2).toBool(), true);
        QCOMPARE(units.at(1).at(1).value<std::vector<int>>(), std::vector<int>{arapahoe});
        QVERIFY(facade.endGesture(&error));
        QCOMPARE(units.count(), 3);
        QCOMPARE(units.at(2).at(2).toBool(), false);
        std::vector<int> net = units.at(2).at(1).value<std::vector<int>>();
        std::sort(net.begin(), net.end());
        std::vector<int> expected{denver, arapahoe};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(net, expected);
        QCOMPARE(ended.count(), 1);

        // Cancelled: the units go back, said as a complete change; a gesture that moved nothing
        // ends without a word about units.
        facade.beginGesture();
        QVERIFY(facade.gestureAssign({unit(*s, "08059")}, southwest, &error));
        facade.cancelGesture();
        QCOMPARE(units.count(), 5);
        QCOMPARE(units.at(4).at(2).toBool(), false);
        QCOMPARE(ended.count(), 2);
        facade.beginGesture();
        QVERIFY(facade.endGesture(&error));
        QCOMPARE(units.count(), 5);
        QCOMPARE(ended.count(), 3);
    }

    void strayPiecesAreComputedOncePerChange() {
        QString path;
        auto s = demo(&path);
        EditFacade facade(*s);
        PlanFacts& facts = facade.facts();
        const Project& p = s->project();
        const qint64 scenario = p.currentScenarioId;
        const std::vector<int>* first = &facts.strayUnits(scenario);
        QCOMPARE(*first, Contiguity::strayUnits(p, *p.currentScenario()));

        // Denver to Florida: a stray piece of Florida far from Florida.
        const int denver = unit(*s, "08031");
        QString error;
        QVERIFY(facade.assignUnits({denver}, idOf(*s, QStringLiteral("Florida")), &error));
        const std::vector<int>& after = facts.strayUnits(scenario);
        QVERIFY(std::find(after.begin(), after.end(), denver) != after.end());
        QCOMPARE(after, Contiguity::strayUnits(p, *p.currentScenario()));
        QVERIFY(facade.undo(&error));
        QCOMPARE(facts.strayUnits(scenario), Contiguity::strayUnits(p, *p.currentScenario()));
        const std::vector<int>& undone = facts.strayUnits(scenario);
        QVERIFY(std::find(undone.begin(), undone.end(), denver) == undone.end());
    }

    void undoRestoresExactlyAndHistorySurvivesReopening() {
        QString path;
        auto s = demo(&path);
        QStringList before, after;
        {
            EditFacade facade(*s);
            QSignalSpy changed(&s->notifier(), &SessionNotifier::unitsReassigned);
            QSignalSpy named(&s->notifier(), &SessionNotifier::accountsReassigned);
            before = state(*s);
            QString error;
            QVERIFY2(facade.assignUnits({unit(*s, "08031"), unit(*s, "08005")}, idOf(*s, QStringLiteral("Southwest")),
                                        &error),
                     qPrintable(error));
            QVERIFY(facade.setAccountOverride(s->project().accounts.front().id, idOf(*s, QStringLiteral("Florida")),
                                              &error));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(named.count(), 1);
            QCOMPARE(facade.stack()->count(), 2);
            QCOMPARE(facade.stack()->text(0), QStringLiteral("Moved 2 counties from Mountain to Southwest"));
            after = state(*s);
            QVERIFY(after != before);
            QVERIFY(facade.undo(&error));
            QVERIFY(facade.undo(&error));
            QCOMPARE(state(*s), before);
            QVERIFY(facade.redo(&error));
            QVERIFY(facade.redo(&error));
            QCOMPARE(state(*s), after);
            QVERIFY(facade.undo(&error)); // leave one step undone: the index is part of the history
        }
        const QStringList oneUndone = state(*s);
        s.reset();
        QString error;
        s = ProjectSession::open(path, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(state(*s), oneUndone);
        EditFacade facade(*s);
        QCOMPARE(facade.stack()->count(), 2);
        QCOMPARE(facade.stack()->index(), 1);
        QVERIFY(facade.redo(&error));
        QCOMPARE(state(*s), after);
        QVERIFY(facade.undo(&error));
        QVERIFY(facade.undo(&error));
        QCOMPARE(state(*s), before);
    }

    void gestureIsOneStep() {
        QString path;
        auto s = demo(&path);
        EditFacade facade(*s);
        const QStringList before = state(*s);
        const qint64 southwest = idOf(*s, QStringLiteral("Southwest"));
        QString error;
        facade.beginGesture();
        for (const char* code : {"08031", "08005", "08059", "08001"})
            QVERIFY(facade.gestureAssign({unit(*s, code)}, southwest, &error));
        // Live: memory and metrics already show it, the file and the history not yet.
        QCOMPARE(s->project().currentScenario()->unitTerritory[std::size_t(unit(*s, "08001"))], southwest);
        QCOMPARE(facade.stack()->count(), 0);
        QVERIFY(facade.endGesture(&error));
        QCOMPARE(facade.stack()->count(), 1);
        QCOMPARE(facade.stack()->text(0), QStringLiteral("Moved 4 counties from Mountain to Southwest"));
        const QStringList after = state(*s);
        s->metrics().recompute(s->project().currentScenarioId);
        QCOMPARE(state(*s), after); // previews and their net change kept the metrics exact
        QVERIFY(facade.undo(&error));
        QCOMPARE(state(*s), before);

        facade.beginGesture();
        QVERIFY(facade.gestureAssign({unit(*s, "08031")}, southwest, &error));
        facade.cancelGesture();
        QCOMPARE(state(*s), before);
        QCOMPARE(facade.stack()->count(), 1);
    }

    void lockRefusesUndoWithReason() {
        QString path;
        auto s = demo(&path);
        EditFacade facade(*s);
        QString error;
        const qint64 southwestId = idOf(*s, QStringLiteral("Southwest"));
        QVERIFY(facade.assignUnits({unit(*s, "08031")}, southwestId, &error));
        // Locked outside this history (e.g. by the command line): the move cannot be undone now.
        PlanEditor outside(*s);
        Territory southwest = *s->project().territory(southwestId);
        southwest.locked = true;
        QVERIFY(outside.saveTerritory(southwest, &error));
        const QStringList locked = state(*s);
        QVERIFY(!facade.undo(&error));
        QVERIFY2(error.contains(QStringLiteral("Southwest is locked")), qPrintable(error));
        QCOMPARE(state(*s), locked);
        QCOMPARE(facade.stack()->index(), 1);
        // Locking through the facade is a step of its own, undone first.
        southwest.locked = false;
        QVERIFY(outside.saveTerritory(southwest, &error));
        southwest.locked = true;
        QVERIFY(facade.updateTerritory(southwest, &error));
        QCOMPARE(facade.stack()->text(1), QStringLiteral("Locked Southwest"));
        QVERIFY(!facade.assignUnits({unit(*s, "08005")}, southwestId, &error));
        QVERIFY(facade.undo(&error));
        QVERIFY(facade.undo(&error));
        QCOMPARE(s->project().currentScenario()->unitTerritory[std::size_t(unit(*s, "08031"))],
                 idOf(*s, QStringLiteral("Mountain")));
    }

    void territoryLifecycleUndoes() {
        QString path;
        auto s = demo(&path);
        EditFacade facade(*s);
        const QStringList before = state(*s);
        QString error;
        const qint64 mountain = idOf(*s, QStringLiteral("Mountain"));
        const qint64 created = facade.createTerritory(QStringLiteral("Rockies"), QString(), 0, &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY(facade.assignUnits({unit(*s, "08031")}, created, &error));
        Territory renamed = *s->project().territory(created);
        renamed.name = QStringLiteral("Front Range");
        QVERIFY(facade.updateTerritory(renamed, &error));
        QCOMPARE(facade.stack()->text(2), QStringLiteral("Renamed Rockies to Front Range"));
        QVERIFY(facade.mergeTerritories(mountain, created, &error));
        QVERIFY(!s->project().territory(created));
        const qint64 split = facade.splitTerritory(mountain, {unit(*s, "08031"), unit(*s, "08005")},
                                                   QStringLiteral("Denver Metro"), &error);
        QVERIFY2(split, qPrintable(error));
        QCOMPARE(s->metrics().metricsOf(split)->units, 2);
        QVERIFY(facade.deleteTerritory(split, &error));
        QCOMPARE(s->project().currentScenario()->unitTerritory[std::size_t(unit(*s, "08031"))], qint64(0));
        const QStringList end = state(*s);
        while (facade.canUndo()) QVERIFY2(facade.undo(&error), qPrintable(error));
        QCOMPARE(state(*s), before);
        while (facade.canRedo()) QVERIFY2(facade.redo(&error), qPrintable(error));
        QCOMPARE(state(*s), end);
    }

    void scenariosHaveTheirOwnHistory() {
        QString path;
        auto s = demo(&path);
        EditFacade facade(*s);
        QString error;
        QVERIFY(facade.assignUnits({unit(*s, "08031")}, idOf(*s, QStringLiteral("Southwest")), &error));
        QVERIFY(facade.switchScenario(2, &error));
        QCOMPARE(facade.stack()->count(), 0);
        QVERIFY(!facade.canUndo());
        QVERIFY(facade.switchScenario(1, &error));
        QCOMPARE(facade.stack()->count(), 1);
        QCOMPARE(facade.undoGroup()->activeStack(), facade.stack());
    }
};

QTEST_MAIN(TestEditFacade)
#include "tst_editfacade.moc"
