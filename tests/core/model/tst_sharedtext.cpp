// SharedText and TextInterner: the account fields that repeat a few values. A SharedText must read
// as the QString it was made from (null apart from empty, as the project file keeps them apart),
// compare and hash as that QString, and copies must share one node; an interner must hand every
// caller with one value the same node, and stop keeping values past its limit.
#include "model/account.h"
#include "model/sharedtext.h"
#include "model/textinterner.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace tp;

class TestSharedText : public QObject {
    Q_OBJECT
private slots:
    void readsAsTheQStringItWasMadeFrom() {
        const QString retail = QStringLiteral("Gesundheit · Pflege");
        const SharedText text(retail);
        const QString& read = text;
        QCOMPARE(read, retail);
        QCOMPARE(text.size(), retail.size());
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.isNull());
        QCOMPARE(text->toUpper(), retail.toUpper());
        QVERIFY(text == retail);
        QVERIFY(text != QStringLiteral("Retail"));
        QVERIFY(SharedText("SMB") == "SMB");
        // Text from a char array is UTF-8, as QString reads it.
        QCOMPARE(SharedText("Müller").str(), QString::fromUtf8("Müller"));
        QVERIFY(SharedText(QStringLiteral("Müller")) == "Müller");
    }

    void nullStaysApartFromEmpty() {
        const SharedText null;
        QVERIFY(null.isNull());
        QVERIFY(null.isEmpty());
        QVERIFY(null.str().isNull());
        QVERIFY(SharedText(QString()).isNull());
        const SharedText empty(QStringLiteral(""));
        QVERIFY(!empty.isNull());
        QVERIFY(empty.isEmpty());
        QVERIFY(!empty.str().isNull());
        QVERIFY(empty == null); // equal as QStrings are
    }

    void copiesShareOneNode() {
        const SharedText a(QStringLiteral("Enterprise"));
        SharedText b = a;
        QVERIFY(b.isSharedWith(a));
        QCOMPARE(&b.str(), &a.str());
        const SharedText c(QStringLiteral("Enterprise"));
        QVERIFY(!c.isSharedWith(a));
        QVERIFY(c == a); // by value
        b = QStringLiteral("SMB");
        QVERIFY(!b.isSharedWith(a));
        QCOMPARE(a.str(), QStringLiteral("Enterprise"));
        QCOMPARE(b.str(), QStringLiteral("SMB"));
    }

    void ordersAndHashesAsItsText() {
        QVERIFY(SharedText("A") < SharedText("B"));
        QVERIFY(!(SharedText("B") < SharedText("A")));
        QCOMPARE(qHash(SharedText("Retail"), 7), qHash(QStringLiteral("Retail"), 7));
        QSet<SharedText> set{SharedText("Retail"), SharedText("Retail"), SharedText("Health")};
        QCOMPARE(set.size(), 2);
        QHash<QString, int> byName{{QStringLiteral("Retail"), 1}};
        QCOMPARE(byName.value(SharedText("Retail")), 1);
    }

    void theInternerSharesOneNodePerValue() {
        TextInterner interner;
        const SharedText a = interner.get(QStringLiteral("80202"));
        const SharedText b = interner.get(QString::fromLatin1("80202"));
        const SharedText other = interner.get(QStringLiteral("10001"));
        QVERIFY(a.isSharedWith(b));
        QVERIFY(!a.isSharedWith(other));
        QVERIFY(interner.get(QString()).isNull());
        QVERIFY(!interner.get(QStringLiteral("")).isNull());
    }

    void theInternerStopsKeepingPastItsLimit() {
        // A column that does not repeat: a hundred thousand distinct values are kept, then no more
        // (their texts still right, each in a node of its own).
        TextInterner interner;
        for (int i = 0; i < 100000; ++i) interner.get(QString::number(i));
        QVERIFY(interner.get(QStringLiteral("17")).isSharedWith(interner.get(QStringLiteral("17"))));
        const SharedText late = interner.get(QStringLiteral("late"));
        QCOMPARE(late.str(), QStringLiteral("late"));
        QVERIFY(!late.isSharedWith(interner.get(QStringLiteral("late"))));
    }

    void anAccountIsSmallerThanWithQStrings() {
        // What the type is for: four 8-byte fields where four QStrings took 24 bytes each.
        static_assert(sizeof(SharedText) == sizeof(void*));
        QVERIFY(sizeof(Account) <= 240 - 4 * (sizeof(QString) - sizeof(SharedText)));
    }
};

QTEST_APPLESS_MAIN(TestSharedText)
#include "tst_sharedtext.moc"
