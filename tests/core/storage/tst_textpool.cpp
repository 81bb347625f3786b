// TextPool: the project reader's flat table from a text's bytes to a shared value. Every lookup
// must agree with a std::map holding the same keys, through the pool's growth, for keys that
// differ only in length or in a byte after a NUL, the empty key, and keys never inserted.
#include "storage/textpool.h"

#include <QString>
#include <QTest>

#include <map>
#include <string>

using namespace tp::storage;

class TestTextPool : public QObject {
    Q_OBJECT
private slots:
    void agreesWithMap() {
        TextPool<QString> pool;
        std::map<std::string, QString> reference;
        QVERIFY(pool.find("anything") == nullptr);
        auto add = [&](const std::string& key) {
            if (reference.count(key)) return;
            const QString value = QStringLiteral("value %1").arg(reference.size());
            QCOMPARE(pool.insert(key, value), value);
            reference.emplace(key, value);
        };
        add(std::string());
        add(std::string("a\0b", 3));
        add(std::string("a\0c", 3));
        add("a");
        for (int i = 0; i < 20000; ++i) add(std::to_string(i * 7919 % 100003) + std::string(std::size_t(i % 5), 'x'));
        QCOMPARE(pool.size(), reference.size());
        for (const auto& [key, value] : reference) {
            const QString* found = pool.find(key);
            QVERIFY2(found, key.c_str());
            QCOMPARE(*found, value);
        }
        for (const std::string& missing : {std::string("a\0d", 3), std::string("b"), std::string("1x"),
                                           std::string("0xxxxx"), std::string(100, 'x')})
            QVERIFY(pool.find(missing) == nullptr);
        pool.clear();
        QCOMPARE(pool.size(), std::size_t(0));
        QVERIFY(pool.find("a") == nullptr);
        pool.insert("a", QStringLiteral("again"));
        QCOMPARE(*pool.find("a"), QStringLiteral("again"));
    }
};

QTEST_GUILESS_MAIN(TestTextPool)
#include "tst_textpool.moc"
