// StringPacker: QStrings made from UTF-8 that share large blocks. Each must equal what
// QString::fromUtf8 makes of the same bytes (ASCII, other scripts, characters outside the BMP,
// invalid bytes, a byte order mark, long texts), be terminated like any QString, share its block
// with its neighbours, detach when written to without touching them, and outlive the packer.
#include "storage/stringpacker.h"

#include <QTest>

#include <set>
#include <vector>

using namespace tp::storage;

namespace {

// The block a string's characters live in (a copy shares it).
const void* blockOf(QString s) {
    return s.data_ptr().d_ptr();
}

} // namespace

class TestStringPacker : public QObject {
    Q_OBJECT
private slots:
    void sameAsFromUtf8_data() {
        QTest::addColumn<QByteArray>("utf8");
        QTest::newRow("ascii") << QByteArray("0015g0000000000042");
        QTest::newRow("one character") << QByteArray("x");
        QTest::newRow("umlauts") << QByteArray("M\xc3\xbcller & S\xc3\xb6hne GmbH");
        QTest::newRow("cjk") << QByteArray("\xe6\x9d\xb1\xe4\xba\xac\xe6\xa0\xaa\xe5\xbc\x8f");
        QTest::newRow("outside the bmp") << QByteArray("Caf\xc3\xa9 \xf0\x9f\x98\x80 Bar");
        QTest::newRow("invalid bytes") << QByteArray("bad \xff\xfe and \xc3 cut");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf"
                                                       "BOM first");
        QTest::newRow("long") << QByteArray(3000, 'L');
        QTest::newRow("long, not ascii") << QByteArray("\xc3\xa9").repeated(700);
    }
    void sameAsFromUtf8() {
        QFETCH(QByteArray, utf8);
        StringPacker packer;
        const QString before = packer.make("neighbour");
        const QString s = packer.make(utf8);
        const QString after = packer.make("neighbour too");
        QCOMPARE(s, QString::fromUtf8(utf8));
        QCOMPARE(s.size(), QString::fromUtf8(utf8).size());
        QCOMPARE(s.utf16()[s.size()], ushort(0));
        QCOMPARE(before, QStringLiteral("neighbour"));
        QCOMPARE(after, QStringLiteral("neighbour too"));
    }

    void emptyTextIsNull() {
        StringPacker packer;
        QVERIFY(packer.make(QByteArrayView()).isNull());
        QVERIFY(packer.make("").isEmpty());
    }

    void stringsShareBlocks() {
        StringPacker packer;
        std::vector<QString> strings;
        for (int i = 0; i < 10000; ++i) strings.push_back(packer.make(QByteArray("Customer ") + QByteArray::number(i)));
        std::set<const void*> blocks;
        for (int i = 0; i < 10000; ++i) {
            QCOMPARE(strings[std::size_t(i)], QStringLiteral("Customer %1").arg(i));
            blocks.insert(blockOf(strings[std::size_t(i)]));
        }
        // ~14 characters and a terminator each: some 270 to a block of 4,096.
        QVERIFY2(blocks.size() < 50, qPrintable(QString::number(blocks.size())));
    }

    void writingDetachesFromTheBlock() {
        StringPacker packer;
        QString a = packer.make("alpha");
        const QString b = packer.make("beta");
        QCOMPARE(blockOf(a), blockOf(b));
        a.append(QStringLiteral("-changed"));
        a[0] = u'A';
        QCOMPARE(a, QStringLiteral("Alpha-changed"));
        QCOMPARE(b, QStringLiteral("beta"));
        QVERIFY(blockOf(a) != blockOf(b));
    }

    void stringsOutliveThePacker() {
        QString kept, last;
        {
            StringPacker packer;
            kept = packer.make("kept");
            last = packer.make("last one");
        }
        last = QString();
        QCOMPARE(kept, QStringLiteral("kept"));
        // The only string left in its block grows in place or moves; either way it stays itself.
        kept.append(QString(5000, u'k'));
        QCOMPARE(kept.left(4), QStringLiteral("kept"));
        QCOMPARE(kept.size(), 5004);
    }
};

QTEST_GUILESS_MAIN(TestStringPacker)
#include "tst_stringpacker.moc"
