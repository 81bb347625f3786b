// OwnerPlanWriter through the EditFacade: a project whose accounts carry their CRM owner becomes
// a scenario where every owned account is covered by its owner's rep. The owners are the demo's
// reps as its plan of record has them, with some accounts given to other owners, some to a rep
// the roster does not know, and some without an owner; the file is written and read back like an
// imported CRM export.

#include "model/ownerplan.h"
#include "session/editfacade.h"
#include "session/ownerplanwriter.h"
#include "session/projectsession.h"
#include "session/sessionnotifier.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace tp;
using namespace tp::session;

namespace {

const QString ownerColumn = QStringLiteral("Account Owner");

QString repNameOf(const Project& p, const Scenario& s, const Account& a) {
    const Territory* t = p.territory(p.territoryOfAccount(s, a));
    const Rep* rep = t ? p.rep(t->repId) : nullptr;
    return rep ? rep->name : QString();
}

} // namespace

class TestOwnerPlanWriter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // The demo with an owner column: the rep of each account's territory; every 17th account
    // owned by the next account's owner, every 23rd by "Nia Newhire", every 31st by nobody.
    std::unique_ptr<ProjectSession> demoWithOwners(const QString& name) {
        const QString demoPath = m_dir.filePath(name + QStringLiteral("-demo.territory"));
        QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), demoPath);
        QFile::setPermissions(demoPath, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        auto demo = ProjectSession::open(demoPath, &error);
        if (!demo) return nullptr;
        Project p = demo->project();
        const Scenario& plan = *p.currentScenario();
        std::vector<QString> owners;
        for (const Account& a : p.accounts) owners.push_back(repNameOf(p, plan, a));
        for (std::size_t i = 0; i < p.accounts.size(); ++i) {
            QString owner = owners[i];
            if (i % 17 == 5) owner = owners[(i + 1) % owners.size()];
            if (i % 23 == 7) owner = QStringLiteral("Nia Newhire");
            if (i % 31 == 3) owner.clear();
            p.accounts[i].extra.insert(ownerColumn, owner);
        }
        return ProjectSession::create(m_dir.filePath(name + QStringLiteral(".territory")), std::move(p), &error);
    }

private slots:
    void everyOwnedAccountIsCoveredByItsOwner() {
        auto s = demoWithOwners(QStringLiteral("owners"));
        QVERIFY(s);
        const Project& p = s->project();
        QCOMPARE(OwnerPlan::ownerColumns(p), QStringList{ownerColumn});
        const OwnerPlan plan = OwnerPlan::fromAccounts(p, ownerColumn, QString());
        const int repsBefore = int(p.reps.size());
        const qint64 before = p.currentScenarioId;
        EditFacade facade(*s);
        QSignalSpy created(&s->notifier(), &SessionNotifier::scenariosChanged);
        QString error;
        int added = -1;
        const qint64 id = facade.createScenarioFromOwners(plan, QStringLiteral("As in the CRM"), &error, &added);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(added, 1); // Nia Newhire; the demo's reps are in the roster
        QCOMPARE(int(p.reps.size()), repsBefore + 1);
        QCOMPARE(created.count(), 1);
        QCOMPARE(p.currentScenarioId, before); // created, not switched to

        const Scenario& built = *p.scenario(id);
        QCOMPARE(int(p.territoriesOf(id).size()), int(plan.owners.size()));
        int owned = 0, named = 0;
        for (const Account& a : p.accounts) {
            const QString owner = a.extra.value(ownerColumn).toString();
            if (built.overrides.contains(a.id)) ++named;
            if (owner.isEmpty()) {
                QVERIFY(!built.overrides.contains(a.id)); // follows its unit
                continue;
            }
            ++owned;
            QCOMPARE(repNameOf(p, built, a), owner);
        }
        QVERIFY(owned > 4000);
        QCOMPARE(named, int(plan.namedAccounts.size()));
        // The perturbed accounts are the named ones, nearly all: a unit follows its majority.
        QVERIFY2(named < owned / 10, qPrintable(QString::number(named)));
        QVERIFY(!built.notes.isEmpty());

        // Written: reopened, the scenario holds the same plan.
        const QString path = s->path();
        const qsizetype overrides = built.overrides.size();
        s.reset();
        auto reopened = ProjectSession::open(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        const Project& q = reopened->project();
        QVERIFY(q.scenario(id));
        QCOMPARE(q.scenario(id)->overrides.size(), overrides);
        for (const Account& a : q.accounts)
            if (const QString owner = a.extra.value(ownerColumn).toString(); !owner.isEmpty())
                QCOMPARE(repNameOf(q, *q.scenario(id), a), owner);
    }

    void refusedWithoutRepsAndLeavesNothing() {
        auto s = demoWithOwners(QStringLiteral("refused"));
        QVERIFY(s);
        const OwnerPlan plan = OwnerPlan::fromAccounts(s->project(), ownerColumn, QString());
        const std::size_t scenarios = s->project().scenarios.size();
        QString error;
        QCOMPARE(OwnerPlanWriter::writeScenario(*s, plan, QStringLiteral("Too early"), &error), qint64(0));
        QVERIFY2(error.contains(QStringLiteral("Nia Newhire")), qPrintable(error));
        QCOMPARE(s->project().scenarios.size(), scenarios);
        // A column nobody owns anything in: refused with a reason, nothing written.
        const OwnerPlan empty = OwnerPlan::fromAccounts(s->project(), QStringLiteral("No such column"), QString());
        QVERIFY(empty.owners.empty());
        EditFacade facade(*s);
        QCOMPARE(facade.createScenarioFromOwners(empty, QStringLiteral("Empty"), &error), qint64(0));
        QVERIFY(!error.isEmpty());
        QCOMPARE(s->project().scenarios.size(), scenarios);
    }
};

QTEST_GUILESS_MAIN(TestOwnerPlanWriter)
#include "tst_ownerplanwriter.moc"
