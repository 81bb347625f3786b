// AccountExtras: an account's imported columns in one shared sorted block. It must behave as the
// QVariantMap it replaced (key order, lookup, insert that overwrites, equality), and copies must
// share their block until one of them is written to.
#include "model/accountextras.h"

#include <QTest>

using namespace tp;

namespace {

// The same keys and values through a QVariantMap, to compare order and lookups with.
QVariantMap referenceOf(const QStringList& keys) {
    QVariantMap map;
    for (int i = 0; i < keys.size(); ++i) map.insert(keys[i], i);
    return map;
}

AccountExtras extrasOf(const QStringList& keys) {
    AccountExtras extras;
    for (int i = 0; i < keys.size(); ++i) extras.insert(keys[i], i);
    return extras;
}

} // namespace

class TestAccountExtras : public QObject {
    Q_OBJECT
private slots:
    void empty() {
        const AccountExtras e;
        QVERIFY(e.isEmpty());
        QCOMPARE(e.size(), 0);
        QVERIFY(e.constBegin() == e.constEnd());
        QVERIFY(e.constFind(QStringLiteral("x")) == e.constEnd());
        QVERIFY(!e.value(QStringLiteral("x")).isValid());
        QCOMPARE(e.value(QStringLiteral("x"), 7).toInt(), 7);
        QVERIFY(e.keys().isEmpty());
        QVERIFY(e.toVariantMap().isEmpty());
    }

    void orderAndLookup_data() {
        QTest::addColumn<QStringList>("keys"); // in insertion order
        QTest::newRow("in order") << QStringList{"Owner", "Seats", "Stage"};
        QTest::newRow("reversed") << QStringList{"Stage", "Seats", "Owner"};
        QTest::newRow("case and digits") << QStringList{"b", "B", "a10", "a2", "A"};
        QTest::newRow("non-ASCII") << QStringList{QStringLiteral("地域"), QStringLiteral("Ärger"), "Zone",
                                                  "note, with comma"};
        QTest::newRow("one") << QStringList{"only"};
        QTest::newRow("empty key") << QStringList{"x", ""};
    }
    void orderAndLookup() {
        QFETCH(QStringList, keys);
        const QVariantMap reference = referenceOf(keys);
        const AccountExtras extras = extrasOf(keys);
        QCOMPARE(extras.size(), reference.size());
        QCOMPARE(extras.keys(), reference.keys()); // the order QVariantMap iterates in
        QCOMPARE(extras.toVariantMap(), reference);
        QCOMPARE(AccountExtras(reference), extras);
        auto r = reference.constBegin();
        for (auto it = extras.constBegin(); it != extras.constEnd(); ++it, ++r) {
            QCOMPARE(it.key(), r.key());
            QCOMPARE(it.value(), r.value());
            QCOMPARE(*it, r.value());
        }
        for (int i = 0; i < keys.size(); ++i) {
            QVERIFY(extras.contains(keys[i]));
            QCOMPARE(extras.value(keys[i]).toInt(), i);
            const auto found = extras.constFind(keys[i]);
            QVERIFY(found != extras.constEnd());
            QCOMPARE(found.key(), keys[i]);
            QCOMPARE(found.value().toInt(), i);
        }
        for (const QString& absent : {QStringLiteral("absent"), QStringLiteral("owner"), QStringLiteral("Seats ")}) {
            if (keys.contains(absent)) continue;
            QVERIFY(!extras.contains(absent));
            QVERIFY(extras.constFind(absent) == extras.constEnd());
            QCOMPARE(extras.value(absent, QStringLiteral("default")).toString(), QStringLiteral("default"));
        }
    }

    void madeWholeFromEntries() {
        // Any order, as an importer's columns come; of two entries with one key the last counts.
        const AccountExtras e(std::vector<AccountExtras::Entry>{{QStringLiteral("Seats"), 12},
                                                                {QStringLiteral("Owner"), QStringLiteral("Kim")},
                                                                {QStringLiteral("Region"), QStringLiteral("West")},
                                                                {QStringLiteral("Owner"), QStringLiteral("Lee")}});
        QCOMPARE(e.keys(), (QStringList{"Owner", "Region", "Seats"}));
        QCOMPARE(e.value(QStringLiteral("Owner")).toString(), QStringLiteral("Lee"));
        QCOMPARE(e.value(QStringLiteral("Seats")).toInt(), 12);
        AccountExtras built;
        built.insert(QStringLiteral("Seats"), 12);
        built.insert(QStringLiteral("Region"), QStringLiteral("West"));
        built.insert(QStringLiteral("Owner"), QStringLiteral("Lee"));
        QCOMPARE(e, built);
        QVERIFY(AccountExtras(std::vector<AccountExtras::Entry>{}).isEmpty());
        // Taking entries out one by one, in the middle, at the end, then the last.
        AccountExtras shrinking = e;
        QCOMPARE(shrinking.remove(QStringLiteral("Region")), 1);
        QCOMPARE(shrinking.keys(), (QStringList{"Owner", "Seats"}));
        QCOMPARE(shrinking.value(QStringLiteral("Seats")).toInt(), 12);
        QCOMPARE(shrinking.remove(QStringLiteral("Seats")), 1);
        QCOMPARE(shrinking.remove(QStringLiteral("Owner")), 1);
        QVERIFY(shrinking.isEmpty());
        QCOMPARE(e.size(), 3); // the block it shared is as it was
    }

    void insertOverwrites() {
        AccountExtras e;
        e.insert(QStringLiteral("Owner"), QStringLiteral("Kim"));
        e.insert(QStringLiteral("Seats"), 12);
        e.insert(QStringLiteral("Owner"), QStringLiteral("Lee"));
        QCOMPARE(e.size(), 2);
        QCOMPARE(e.value(QStringLiteral("Owner")).toString(), QStringLiteral("Lee"));
        e[QStringLiteral("Seats")] = QStringLiteral("n/a");
        QCOMPARE(e.value(QStringLiteral("Seats")).toString(), QStringLiteral("n/a"));
        QCOMPARE(e.value(QStringLiteral("Seats")).typeId(), QMetaType::QString);
        // operator[] of a new key inserts a null value, in order.
        QVERIFY(e[QStringLiteral("Beta")].isNull());
        QCOMPARE(e.keys(), (QStringList{"Beta", "Owner", "Seats"}));
        QCOMPARE(e.remove(QStringLiteral("Owner")), 1);
        QCOMPARE(e.remove(QStringLiteral("Owner")), 0);
        QCOMPARE(e.keys(), (QStringList{"Beta", "Seats"}));
        e.clear();
        QVERIFY(e.isEmpty());
    }

    void equality() {
        const AccountExtras a = extrasOf({"Owner", "Seats"});
        const AccountExtras b = extrasOf({"Seats", "Owner"}); // other insertion order, other values
        QVERIFY(a != b);
        AccountExtras c;
        c.insert(QStringLiteral("Seats"), 1);
        c.insert(QStringLiteral("Owner"), 0);
        QVERIFY(a == c); // same keys and values, built apart
        QVERIFY(!a.isSharedWith(c));
        c.insert(QStringLiteral("Owner"), QStringLiteral("0"));
        QCOMPARE(a == c, QVariant(0) == QVariant(QStringLiteral("0"))); // values compare as QVariant does
        c.insert(QStringLiteral("Owner"), 1);
        QVERIFY(a != c);
        QVERIFY(a != extrasOf({"Owner"}));
        QVERIFY(a != extrasOf({"Owner", "Seats", "Stage"}));
        // Empty is empty however it came about.
        AccountExtras emptied = extrasOf({"x"});
        emptied.remove(QStringLiteral("x"));
        QVERIFY(emptied == AccountExtras());
        QVERIFY(emptied != a);
    }

    void copiesShareUntilWritten() {
        AccountExtras original = extrasOf({"Owner", "Seats"});
        AccountExtras copy = original;
        QVERIFY(copy.isSharedWith(original));
        const AccountExtras reader = copy;
        QCOMPARE(reader.value(QStringLiteral("Seats")).toInt(), 1); // reading does not detach
        QCOMPARE(reader.constBegin().key(), QStringLiteral("Owner"));
        QVERIFY(reader.isSharedWith(original));
        copy.insert(QStringLiteral("Seats"), 99);
        QVERIFY(!copy.isSharedWith(original));
        QCOMPARE(original.value(QStringLiteral("Seats")).toInt(), 1);
        QCOMPARE(reader.value(QStringLiteral("Seats")).toInt(), 1);
        QCOMPARE(copy.value(QStringLiteral("Seats")).toInt(), 99);
        QVERIFY(reader.isSharedWith(original));
        // Removing a key that is not there writes nothing and stays shared.
        AccountExtras other = original;
        QCOMPARE(other.remove(QStringLiteral("absent")), 0);
        QVERIFY(other.isSharedWith(original));
        other[QStringLiteral("Owner")] = QStringLiteral("x");
        QVERIFY(!other.isSharedWith(original));
        QCOMPARE(original.value(QStringLiteral("Owner")).toInt(), 0);
        // Clearing a copy leaves the others as they were.
        AccountExtras cleared = original;
        cleared.clear();
        QVERIFY(cleared.isEmpty());
        QCOMPARE(original.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAccountExtras)
#include "tst_accountextras.moc"
