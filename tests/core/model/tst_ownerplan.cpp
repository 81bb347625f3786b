// OwnerPlan: reading "how it is today" from the account owners of a CRM export. Checked on six
// units by rules written out per case, and on random accounts by the one property
// that matters: every account with an owner ends up with its owner (its unit's owner, or its
// owner as a named account), and no named account is needed where the unit's owner is its own.

#include "model/ownerplan.h"
#include "model/project.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace tp;

namespace {

// Six units (only their number matters here).
Project sixUnits() {
    Project p;
    for (int i = 0; i < 6; ++i) {
        Unit u;
        u.code = QString::number(i);
        p.units.push_back(u);
    }
    return p;
}

Account accountIn(int unit, const QString& owner, double workload = 1.0, const QString& ownerId = {}) {
    Account a;
    a.unit = unit;
    a.workloadHours = workload;
    if (!owner.isNull()) a.extra.insert(QStringLiteral("Account Owner"), owner);
    if (!ownerId.isNull()) a.extra.insert(QStringLiteral("Owner Id"), ownerId);
    return a;
}

QString ownerNameOf(const OwnerPlan& plan, int index) {
    return index < 0 ? QString() : plan.owners[std::size_t(index)].name;
}

} // namespace

class TestOwnerPlan : public QObject {
    Q_OBJECT
private slots:
    void findsOwnerColumns_data() {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("owners");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("salesforce") << QStringList{"Account Owner", "Owner Id", "Employees"}
                                    << QStringList{"Account Owner"} << QStringList{"Owner Id"};
        QTest::newRow("spelling") << QStringList{"account_owner", "OWNER-ID"} << QStringList{"account_owner"}
                                  << QStringList{"OWNER-ID"};
        QTest::newRow("best first") << QStringList{"Sales Rep", "Owner", "Account Owner"}
                                    << QStringList{"Account Owner", "Owner", "Sales Rep"} << QStringList{};
        QTest::newRow("none") << QStringList{"Employees", "Ownership"} << QStringList{} << QStringList{};
    }
    void findsOwnerColumns() {
        QFETCH(QStringList, headers);
        QFETCH(QStringList, owners);
        QFETCH(QStringList, ids);
        Project p = sixUnits();
        Account a = accountIn(0, QString());
        a.extra.clear();
        for (const QString& h : headers) a.extra.insert(h, QStringLiteral("x"));
        p.accounts = {a};
        QCOMPARE(OwnerPlan::ownerColumns(p), owners);
        QCOMPARE(OwnerPlan::ownerIdColumns(p), ids);
    }

    void unitGoesToTheOwnerWithMostAccounts() {
        Project p = sixUnits();
        // Unit 0: Kim 2, Lee 1 -> Kim (Lee's account named). Unit 1: Kim 1, Lee 1, Lee has more
        // workload -> Lee. Unit 2: a tie in accounts and workload -> the first by name (Kim).
        // Unit 3: only an account without an owner -> no owner. Unit 4: Ann only. One of Ann's
        // accounts lies in no unit -> named.
        p.accounts = {accountIn(0, "Kim"),      accountIn(0, "kim "), accountIn(0, "Lee"),    accountIn(1, "Kim", 2.0),
                      accountIn(1, "Lee", 5.0), accountIn(2, "Lee"),  accountIn(2, "Kim"),    accountIn(3, ""),
                      accountIn(4, "Ann"),      accountIn(-1, "Ann"), accountIn(4, QString())};
        const OwnerPlan plan = OwnerPlan::fromAccounts(p, QStringLiteral("Account Owner"), QString());
        QCOMPARE(int(plan.owners.size()), 3);
        QCOMPARE(plan.owners[0].name, QStringLiteral("Ann")); // sorted by name; "Kim" and "kim " are one owner
        QCOMPARE(plan.owners[1].name, QStringLiteral("Kim"));
        QCOMPARE(plan.owners[1].accounts, 4);
        QCOMPARE(ownerNameOf(plan, plan.unitOwner[0]), QStringLiteral("Kim"));
        QCOMPARE(ownerNameOf(plan, plan.unitOwner[1]), QStringLiteral("Lee"));
        QCOMPARE(ownerNameOf(plan, plan.unitOwner[2]), QStringLiteral("Kim"));
        QCOMPARE(plan.unitOwner[3], -1);
        QCOMPARE(ownerNameOf(plan, plan.unitOwner[4]), QStringLiteral("Ann"));
        QCOMPARE(plan.unitOwner[5], -1);
        QCOMPARE(plan.accountsWithoutOwner, 2);
        std::map<int, QString> named;
        for (const auto& n : plan.namedAccounts) named[n.account] = ownerNameOf(plan, n.owner);
        const std::map<int, QString> expected{{2, "Lee"}, {3, "Kim"}, {5, "Lee"}, {9, "Ann"}};
        QCOMPARE(named, expected);
    }

    void idsTellOwnersApart() {
        Project p = sixUnits();
        // Two different people called Sam (ids 1 and 2); one row names id 3 only by id.
        p.accounts = {accountIn(0, "Sam", 1, "005A"), accountIn(0, "Sam", 1, "005A"), accountIn(1, "Sam", 1, "005B"),
                      accountIn(2, "", 1, "005C"), accountIn(2, "Pat", 1, "005C")};
        const OwnerPlan plan = OwnerPlan::fromAccounts(p, QStringLiteral("Account Owner"), QStringLiteral("Owner Id"));
        QCOMPARE(int(plan.owners.size()), 3);
        QStringList ids;
        for (const auto& o : plan.owners) ids << o.crmUserId + QLatin1Char('=') + o.name;
        QCOMPARE(ids, (QStringList{"005C=Pat", "005A=Sam", "005B=Sam"}));
        QCOMPARE(plan.owners[std::size_t(plan.unitOwner[0])].crmUserId, QStringLiteral("005A"));
        QCOMPARE(plan.owners[std::size_t(plan.unitOwner[1])].crmUserId, QStringLiteral("005B"));
        QVERIFY(plan.namedAccounts.empty());
        QCOMPARE(plan.accountsWithoutOwner, 0);
    }

    void everyOwnedAccountEndsWithItsOwner() {
        Project p = sixUnits();
        QRandomGenerator random(20261130);
        const QStringList names{"Ann", "Bo", "Cy", "Di"};
        for (int i = 0; i < 400; ++i) {
            const int unit = int(random.bounded(7)) - 1;  // -1: in no unit
            const int owner = int(random.bounded(5)) - 1; // -1: no owner
            p.accounts.push_back(accountIn(unit, owner < 0 ? QString() : names[owner], 1.0 + random.bounded(3)));
        }
        const OwnerPlan plan = OwnerPlan::fromAccounts(p, QStringLiteral("Account Owner"), QString());
        std::map<int, int> namedOwner;
        for (const auto& n : plan.namedAccounts) QVERIFY(namedOwner.emplace(n.account, n.owner).second);
        int withoutOwner = 0;
        std::vector<std::map<QString, int>> perUnit(p.units.size());
        for (std::size_t i = 0; i < p.accounts.size(); ++i) {
            const Account& a = p.accounts[i];
            const QString owner = a.extra.value(QStringLiteral("Account Owner")).toString();
            if (owner.isEmpty()) {
                ++withoutOwner;
                QVERIFY(!namedOwner.contains(int(i)));
                continue;
            }
            if (a.unit >= 0) ++perUnit[std::size_t(a.unit)][owner];
            const int unitOwner = a.unit >= 0 ? plan.unitOwner[std::size_t(a.unit)] : -1;
            const int endsWith = namedOwner.contains(int(i)) ? namedOwner[int(i)] : unitOwner;
            QCOMPARE(ownerNameOf(plan, endsWith), owner);
            QCOMPARE(namedOwner.contains(int(i)), ownerNameOf(plan, unitOwner) != owner);
        }
        QCOMPARE(plan.accountsWithoutOwner, withoutOwner);
        // Every unit's owner has no fewer accounts there than any other owner.
        for (std::size_t u = 0; u < perUnit.size(); ++u) {
            int most = 0;
            for (const auto& [name, count] : perUnit[u]) most = std::max(most, count);
            QCOMPARE(perUnit[u].empty() ? -1 : perUnit[u][ownerNameOf(plan, plan.unitOwner[u])],
                     perUnit[u].empty() ? -1 : most);
        }
    }
};

QTEST_APPLESS_MAIN(TestOwnerPlan)
#include "tst_ownerplan.moc"
