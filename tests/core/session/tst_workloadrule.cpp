// The project's workload rule through the edit facade: changing it with "re-apply" recomputes
// exactly the accounts whose workload came from the rule (checked against SQL over the project
// file's own rule table, and file-column accounts untouched), refreshes the metrics, says so
// through the notifier, and is one undo step that restores every workload (even one that had not
// followed the rule) and the rule; the step survives reopening. Without re-apply only the rule
// changes. Imports use the project's rule for rows without workload and mark them.
#include "io/import/accountimporter.h"
#include "model/metricsengine.h"
#include "session/accountimportapplier.h"
#include "session/editfacade.h"
#include "session/projectsession.h"
#include "session/sessionnotifier.h"
#include "support/democopy.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>

#include <map>

using namespace tp;
using namespace tp::session;

namespace {

bool rawExec(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
                    && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok) qWarning() << sqlite3_errmsg(db);
    sqlite3_close(db);
    return ok;
}

// id -> (workload in the file, what SQL says the rule gives it, from rule)
struct Row {
    double hours = 0, ruled = 0;
    bool fromRule = false;
};
std::map<qint64, Row> fileRows(const QString& path) {
    std::map<qint64, Row> out;
    sqlite3* db = nullptr;
    sqlite3_stmt* st = nullptr;
    // The rule as the file stores it: a listed name (any case), else the row named ''.
    const char* sql = "SELECT a.id, a.workload_hours, a.workload_from_rule,"
                      " coalesce((SELECT value FROM workload_rule WHERE kind = 'tier' AND name <> '' AND name = "
                      "trim(coalesce(a.tier, '')) COLLATE NOCASE),"
                      "          (SELECT value FROM workload_rule WHERE kind = 'tier' AND name = ''))"
                      " * coalesce((SELECT value FROM workload_rule WHERE kind = 'segment' AND name <> '' AND name = "
                      "trim(coalesce(a.segment, '')) COLLATE NOCASE),"
                      "            (SELECT value FROM workload_rule WHERE kind = 'segment' AND name = ''))"
                      " FROM accounts a";
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK)
        while (sqlite3_step(st) == SQLITE_ROW)
            out[sqlite3_column_int64(st, 0)] = {sqlite3_column_double(st, 1), sqlite3_column_double(st, 3),
                                                sqlite3_column_int(st, 2) != 0};
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

double workloadTotal(const ProjectSession& s) {
    double total = 0;
    for (const Territory* t : s.project().territoriesOf(s.project().currentScenarioId))
        if (const TerritoryMetrics* m = s.metrics().metricsOf(t->id); m && t->level == Territory::Level::Territory)
            total += m->workloadHours;
    return total;
}

double assignedWorkload(const Project& p) {
    double total = 0;
    const Scenario& s = *p.currentScenario();
    const Team* team = p.currentTeam(); // the figures count the current team's accounts
    for (const Account& a : p.accounts)
        if (p.territoryOfAccount(s, a) != 0 && (!team || team->covers(a))) total += a.workloadHours;
    return total;
}

WorkloadRule newRule() {
    WorkloadRule r;
    r.tiers = {{QStringLiteral("a"), 30}, {QStringLiteral("B"), 10}};               // C falls to "other"
    r.segments = {{QStringLiteral("Enterprise"), 4}, {QStringLiteral("SMB"), 0.5}}; // Mid-Market falls to "other"
    r.otherVisits = 2;
    r.otherHours = 1.75;
    return r;
}

} // namespace

class TestWorkloadRule : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    // The demo, with every fifth account's workload from a file column and one rule account
    // whose workload does not follow the rule (99 h).
    QString demo() {
        const QString path = m_dir.filePath(QStringLiteral("w%1.territory").arg(++m_n));
        if (!testsupport::copyDemo(path, testsupport::DemoScenario::Draft)) return {};
        if (!rawExec(
                path,
                "UPDATE accounts SET workload_from_rule = 0, workload_hours = workload_hours + 0.5 WHERE id % 5 = 0;"
                "UPDATE accounts SET workload_hours = 99 WHERE id = (SELECT min(id) FROM accounts WHERE id % 5 = 1);"))
            return {};
        return path;
    }

private slots:
    void reapplyChangesExactlyTheRuleAccountsAndUndoRestores() {
        const QString path = demo();
        QVERIFY(!path.isEmpty());
        const std::map<qint64, Row> before = fileRows(path);
        QVERIFY(before.size() > 100);
        int ruleAccounts = 0, fileAccounts = 0;
        for (const auto& [id, r] : before) (r.fromRule ? ruleAccounts : fileAccounts) += 1;
        QVERIFY(ruleAccounts > 50 && fileAccounts > 20);

        QString error;
        auto s = ProjectSession::open(path, &error);
        QVERIFY2(s, qPrintable(error));
        const WorkloadRule oldRule = s->project().workloadRule;
        const double totalBefore = workloadTotal(*s);
        QSignalSpy ruleSpy(&s->notifier(), &SessionNotifier::workloadRuleChanged);
        std::vector<std::size_t> accountsSignals;
        connect(&s->notifier(), &SessionNotifier::accountsChanged, this,
                [&](const std::vector<int>& indexes) { accountsSignals.push_back(indexes.size()); });
        {
            EditFacade facade(*s);
            const int steps = facade.stack()->count();
            QVERIFY2(facade.setWorkloadRule(newRule(), true, &error), qPrintable(error));
            QCOMPARE(facade.stack()->count(), steps + 1); // one undo step
            QCOMPARE(ruleSpy.count(), 1);
            QCOMPARE(accountsSignals.size(), std::size_t(1));
            QCOMPARE(int(accountsSignals.front()), ruleAccounts);

            // The file: rule accounts carry what SQL computes from the stored rule; the others are as they were.
            const std::map<qint64, Row> after = fileRows(path);
            QCOMPARE(after.size(), before.size());
            int recomputed = 0;
            for (const auto& [id, r] : after) {
                QCOMPARE(r.fromRule, before.at(id).fromRule);
                if (r.fromRule) {
                    QCOMPARE(r.hours, r.ruled);
                    if (r.hours != before.at(id).hours) ++recomputed;
                } else {
                    QCOMPARE(r.hours, before.at(id).hours);
                }
            }
            QVERIFY(recomputed > 50);
            // Memory agrees with the file, and the metrics follow.
            for (const Account& a : s->project().accounts) QCOMPARE(a.workloadHours, after.at(a.id).hours);
            QVERIFY(s->project().workloadRule == newRule());
            QVERIFY(workloadTotal(*s) != totalBefore);
            QVERIFY(qAbs(workloadTotal(*s) - assignedWorkload(s->project())) < 1e-6 * assignedWorkload(s->project()));

            // Undo: every workload back, the 99 h one included, and the rule.
            QVERIFY2(facade.undo(&error), qPrintable(error));
            const std::map<qint64, Row> undone = fileRows(path);
            for (const auto& [id, r] : undone) QCOMPARE(r.hours, before.at(id).hours);
            for (const Account& a : s->project().accounts) QCOMPARE(a.workloadHours, before.at(a.id).hours);
            QVERIFY(s->project().workloadRule == oldRule);
            QCOMPARE(workloadTotal(*s), totalBefore);
            QVERIFY2(facade.redo(&error), qPrintable(error));
            QVERIFY(s->project().workloadRule == newRule());
        }
        s.reset();

        // The step survives reopening: undo it from the stored history.
        s = ProjectSession::open(path, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->project().workloadRule == newRule());
        EditFacade facade(*s);
        QVERIFY(facade.canUndo());
        QVERIFY2(facade.undo(&error), qPrintable(error));
        for (const auto& [id, r] : fileRows(path)) QCOMPARE(r.hours, before.at(id).hours);
        QVERIFY(s->project().workloadRule == oldRule);
    }

    void withoutReapplyOnlyTheRuleChanges() {
        const QString path = demo();
        QVERIFY(!path.isEmpty());
        const std::map<qint64, Row> before = fileRows(path);
        QString error;
        auto s = ProjectSession::open(path, &error);
        QVERIFY2(s, qPrintable(error));
        EditFacade facade(*s);
        int accountsSignals = 0;
        connect(&s->notifier(), &SessionNotifier::accountsChanged, this, [&] { ++accountsSignals; });
        QVERIFY2(facade.setWorkloadRule(newRule(), false, &error), qPrintable(error));
        QCOMPARE(accountsSignals, 0);
        for (const auto& [id, r] : fileRows(path)) QCOMPARE(r.hours, before.at(id).hours);
        QVERIFY(s->project().workloadRule == newRule());
        // Re-applying the same rule later is its own step and recomputes then.
        const int steps = facade.stack()->count();
        QVERIFY2(facade.setWorkloadRule(newRule(), true, &error), qPrintable(error));
        QCOMPARE(facade.stack()->count(), steps + 1);
        for (const auto& [id, r] : fileRows(path))
            if (r.fromRule) QCOMPARE(r.hours, r.ruled);
        // Nothing left to do: no step.
        QVERIFY2(facade.setWorkloadRule(newRule(), true, &error), qPrintable(error));
        QCOMPARE(facade.stack()->count(), steps + 1);
        // A bad rule is refused with a reason.
        WorkloadRule bad = newRule();
        bad.tiers.push_back({QStringLiteral("A"), 5});
        QVERIFY(!facade.setWorkloadRule(bad, true, &error));
        QVERIFY2(error.contains(QLatin1String("twice")), qPrintable(error));
    }

    // An import takes workload from the project's rule for rows without it, and marks them.
    void importUsesTheProjectsRule() {
        const QString path = demo();
        QVERIFY(!path.isEmpty());
        const QString csv = m_dir.filePath(QStringLiteral("accounts.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Account ID,Name,Latitude,Longitude,Tier,Segment,Hours\n"
                "NEW-1,One,39.7,-104.9,A,Enterprise,\n"
                "NEW-2,Two,39.7,-104.8,Gold,SMB,\n"
                "NEW-3,Three,39.7,-104.7,A,Enterprise,17.5\n");
        f.close();
        QString error;
        auto s = ProjectSession::open(path, &error);
        QVERIFY2(s, qPrintable(error));
        EditFacade facade(*s);
        QVERIFY2(facade.setWorkloadRule(newRule(), true, &error), qPrintable(error));
        io::AccountImportOptions options;
        options.path = csv;
        options.workloadRule = s->project().workloadRule;
        options.mapping.setColumn(io::AccountField::WorkloadHours, QStringLiteral("Hours"));
        const io::AccountImportResult imported = io::AccountImporter::importAccounts(options);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.workloadDerived, 2);
        QVERIFY2(AccountImportApplier::apply(*s, imported, QStringLiteral("accounts.csv"), nullptr, &error),
                 qPrintable(error));
        const Project& p = s->project();
        const Account& one = p.accounts[std::size_t(p.accountIndexByExternalId(QStringLiteral("NEW-1")))];
        const Account& two = p.accounts[std::size_t(p.accountIndexByExternalId(QStringLiteral("NEW-2")))];
        const Account& three = p.accounts[std::size_t(p.accountIndexByExternalId(QStringLiteral("NEW-3")))];
        QCOMPARE(one.workloadHours, 30.0 * 4.0);
        QCOMPARE(two.workloadHours, 2.0 * 0.5);
        QCOMPARE(three.workloadHours, 17.5);
        QVERIFY(one.workloadFromRule && two.workloadFromRule && !three.workloadFromRule);
        QCOMPARE(p.workloadColumn, QString("Hours"));
        const std::map<qint64, Row> rows = fileRows(path);
        QVERIFY(rows.at(one.id).fromRule && !rows.at(three.id).fromRule);
        QCOMPARE(rows.at(two.id).hours, rows.at(two.id).ruled);
    }
};

QTEST_GUILESS_MAIN(TestWorkloadRule)
#include "tst_workloadrule.moc"
