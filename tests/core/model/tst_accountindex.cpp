// AccountIndex: finding an account by file id or CRM id through sorted arrays instead of hashes.
// Every lookup must agree with a search through the whole list (the last account wins when an id
// repeats, as the hash tables it replaced did), in id order as read from a file and shuffled,
// for ids present and missing, and a list changed under the index must never give a position
// past its end. Project's lookups go through it after reindex().
#include "model/accountindex.h"
#include "model/project.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace tp;

namespace {

int bruteById(const std::vector<Account>& accounts, qint64 id) {
    int found = -1;
    for (std::size_t i = 0; i < accounts.size(); ++i)
        if (accounts[i].id == id) found = int(i);
    return found;
}

int bruteByExternalId(const std::vector<Account>& accounts, const QString& externalId) {
    if (externalId.isEmpty()) return -1;
    int found = -1;
    for (std::size_t i = 0; i < accounts.size(); ++i)
        if (accounts[i].externalId == externalId) found = int(i);
    return found;
}

// `count` accounts with ids 10, 20, 30, ... and external ids "X-<id>", some repeated, some empty.
std::vector<Account> accountsOf(int count, bool shuffled, bool repeats) {
    std::vector<Account> accounts(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Account& a = accounts[std::size_t(i)];
        a.id = 10 * (i + 1);
        a.externalId = i % 17 == 5 ? QString() : QStringLiteral("X-%1").arg(a.id);
    }
    if (repeats) {
        for (int i = 3; i + 1 < count; i += 7) accounts[std::size_t(i + 1)].id = accounts[std::size_t(i)].id;
        for (int i = 2; i + 3 < count; i += 11)
            accounts[std::size_t(i + 3)].externalId = accounts[std::size_t(i)].externalId;
        if (count > 2) accounts[1].id = 0, accounts[2].id = 0; // not stored yet
    }
    if (shuffled) std::shuffle(accounts.begin(), accounts.end(), std::mt19937(7));
    return accounts;
}

} // namespace

class TestAccountIndex : public QObject {
    Q_OBJECT
private slots:
    void agreesWithSearch_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("shuffled");
        QTest::addColumn<bool>("repeats");
        QTest::newRow("empty") << 0 << false << false;
        QTest::newRow("one") << 1 << false << false;
        QTest::newRow("in id order") << 2000 << false << false;
        QTest::newRow("shuffled") << 2000 << true << false;
        QTest::newRow("in order, repeated ids") << 2000 << false << true;
        QTest::newRow("shuffled, repeated ids") << 2000 << true << true;
    }
    void agreesWithSearch() {
        QFETCH(int, count);
        QFETCH(bool, shuffled);
        QFETCH(bool, repeats);
        const std::vector<Account> accounts = accountsOf(count, shuffled, repeats);
        AccountIndex index;
        index.rebuildIds(accounts);
        index.rebuildExternalIds(accounts);
        // Every id from below the first to past the last, so the missing ones in between too.
        for (qint64 id = -1; id <= 10 * qint64(count) + 11; ++id)
            QCOMPARE(index.byId(accounts, id), bruteById(accounts, id));
        for (qint64 id = -1; id <= 10 * qint64(count) + 11; ++id) {
            const QString externalId = QStringLiteral("X-%1").arg(id);
            QCOMPARE(index.byExternalId(accounts, externalId), bruteByExternalId(accounts, externalId));
        }
        QCOMPARE(index.byExternalId(accounts, QString()), -1);
        QCOMPARE(index.byExternalId(accounts, QStringLiteral("X-")), -1);
    }

    void unchangedListFindsEveryAccount() {
        const std::vector<Account> accounts = accountsOf(5000, true, false);
        AccountIndex index;
        index.rebuildIds(accounts);
        index.rebuildExternalIds(accounts);
        for (std::size_t i = 0; i < accounts.size(); ++i) {
            QCOMPARE(index.byId(accounts, accounts[i].id), int(i));
            if (!accounts[i].externalId.isEmpty())
                QCOMPARE(index.byExternalId(accounts, accounts[i].externalId), int(i));
        }
    }

    void shrunkListGivesNoPositionPastItsEnd_data() {
        QTest::addColumn<bool>("shuffled");
        QTest::newRow("in id order") << false;
        QTest::newRow("shuffled") << true;
    }
    void shrunkListGivesNoPositionPastItsEnd() {
        QFETCH(bool, shuffled);
        std::vector<Account> accounts = accountsOf(300, shuffled, false);
        AccountIndex index;
        index.rebuildIds(accounts);
        index.rebuildExternalIds(accounts);
        const std::vector<Account> before = accounts;
        accounts.resize(100);
        for (const Account& a : before) {
            const int byId = index.byId(accounts, a.id);
            QVERIFY(byId >= -1 && byId < 100);
            if (byId >= 0) QCOMPARE(accounts[std::size_t(byId)].id, a.id);
            const int byExternal = index.byExternalId(accounts, a.externalId);
            QVERIFY(byExternal >= -1 && byExternal < 100);
            if (byExternal >= 0) QCOMPARE(accounts[std::size_t(byExternal)].externalId, a.externalId);
        }
    }

    void projectLooksUpThroughTheIndex() {
        Project p;
        p.accounts = accountsOf(150'000, true, true); // large enough for reindex's second thread
        p.reindex();
        for (std::size_t i = 0; i < p.accounts.size(); i += 997) {
            QCOMPARE(p.accountIndexById(p.accounts[i].id), bruteById(p.accounts, p.accounts[i].id));
            QCOMPARE(p.accountIndexByExternalId(p.accounts[i].externalId),
                     bruteByExternalId(p.accounts, p.accounts[i].externalId));
        }
        QCOMPARE(p.accountIndexById(5), -1);
        QCOMPARE(p.accountIndexByExternalId(QStringLiteral("nobody")), -1);
    }
};

QTEST_GUILESS_MAIN(TestAccountIndex)
#include "tst_accountindex.moc"
