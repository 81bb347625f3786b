// NumberText and NumberColumn: amounts in both decimal conventions, with every thousands
// separator people use, the ambiguous "1,234" / "1.234", and what is not a number at all.
#include "io/import/numbertext.h"

#include <QTest>

using namespace tp::io;

Q_DECLARE_METATYPE(NumberReading::Kind)
Q_DECLARE_METATYPE(DecimalMark)

class TestNumberText : public QObject {
    Q_OBJECT
private slots:
    void read_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<NumberReading::Kind>("kind");
        QTest::addColumn<double>("value");        // Exact: the value; Ambiguous: decimal-point reading
        QTest::addColumn<double>("commaReading"); // Ambiguous only
        QTest::addColumn<DecimalMark>("evidence");
        using K = NumberReading;
        const auto U = DecimalMark::Unknown, P = DecimalMark::Point, C = DecimalMark::Comma;
        QTest::newRow("integer") << QByteArray("1234") << K::Exact << 1234.0 << 0.0 << U;
        QTest::newRow("plus sign") << QByteArray("+12") << K::Exact << 12.0 << 0.0 << U;
        QTest::newRow("point decimal") << QByteArray("1234.5") << K::Exact << 1234.5 << 0.0 << P;
        QTest::newRow("leading zero") << QByteArray("0.125") << K::Exact << 0.125 << 0.0 << P;
        QTest::newRow("exponent") << QByteArray("1.5e6") << K::Exact << 1.5e6 << 0.0 << U;
        QTest::newRow("grouped point") << QByteArray("1,234.5") << K::Exact << 1234.5 << 0.0 << P;
        QTest::newRow("grouped comma") << QByteArray("1.234,56") << K::Exact << 1234.56 << 0.0 << C;
        QTest::newRow("space grouping, comma") << QByteArray("1 234,5") << K::Exact << 1234.5 << 0.0 << C;
        QTest::newRow("no-break space grouping") << QByteArray("1\xC2\xA0"
                                                               "234\xC2\xA0"
                                                               "567,25")
                                                 << K::Exact << 1234567.25 << 0.0 << C;
        QTest::newRow("narrow no-break space") << QByteArray("12\xE2\x80\xAF"
                                                             "345")
                                               << K::Exact << 12345.0 << 0.0 << U;
        QTest::newRow("swiss apostrophe") << QByteArray("1'234'567.80") << K::Exact << 1234567.8 << 0.0 << P;
        QTest::newRow("space grouping only") << QByteArray("1 234") << K::Exact << 1234.0 << 0.0 << U;
        QTest::newRow("comma decimal") << QByteArray("1234,5") << K::Exact << 1234.5 << 0.0 << C;
        QTest::newRow("comma decimal, 2 digits") << QByteArray("12,50") << K::Exact << 12.5 << 0.0 << C;
        QTest::newRow("comma decimal after 0") << QByteArray("0,125") << K::Exact << 0.125 << 0.0 << C;
        QTest::newRow("commas group millions") << QByteArray("1,234,567") << K::Exact << 1234567.0 << 0.0 << P;
        QTest::newRow("dots group millions") << QByteArray("1.234.567") << K::Exact << 1234567.0 << 0.0 << C;
        QTest::newRow("dollars") << QByteArray("$1,234.50") << K::Exact << 1234.5 << 0.0 << P;
        QTest::newRow("negative dollars") << QByteArray("-$1,234.50") << K::Exact << -1234.5 << 0.0 << P;
        QTest::newRow("euro suffix") << QByteArray("1.234,50 \xE2\x82\xAC") << K::Exact << 1234.5 << 0.0 << C;
        QTest::newRow("negative comma") << QByteArray("-1.234,5") << K::Exact << -1234.5 << 0.0 << C;
        QTest::newRow("ambiguous comma") << QByteArray("1,234") << K::Ambiguous << 1234.0 << 1.234 << U;
        QTest::newRow("ambiguous point") << QByteArray("1.234") << K::Ambiguous << 1.234 << 1234.0 << U;
        QTest::newRow("ambiguous negative") << QByteArray("-12.500") << K::Ambiguous << -12.5 << -12500.0 << U;
        QTest::newRow("ambiguous dollars") << QByteArray("$999,000") << K::Ambiguous << 999000.0 << 999.0 << U;
        QTest::newRow("underflow is 0") << QByteArray("1e-400") << K::Exact << 0.0 << 0.0 << U;
        QTest::newRow("overflow") << QByteArray("1e309") << K::OutOfRange << 0.0 << 0.0 << U;
        QTest::newRow("overflow, long") << QByteArray("-9" + QByteArray(400, '9')) << K::OutOfRange << 0.0 << 0.0 << U;
        QTest::newRow("nan") << QByteArray("NaN") << K::Invalid << 0.0 << 0.0 << U;
        QTest::newRow("inf") << QByteArray("inf") << K::Invalid << 0.0 << 0.0 << U;
        QTest::newRow("text") << QByteArray("abc") << K::Invalid << 0.0 << 0.0 << U;
        QTest::newRow("12k") << QByteArray("12k") << K::Invalid << 0.0 << 0.0 << U;
        QTest::newRow("bad grouping") << QByteArray("12,34,567") << K::Invalid << 0.0 << 0.0 << U;
        QTest::newRow("two decimal marks") << QByteArray("1,234,5") << K::Invalid << 0.0 << 0.0 << U;
        QTest::newRow("mixed grouping") << QByteArray("1.234 567") << K::Invalid << 0.0 << 0.0 << U;
        QTest::newRow("double separator") << QByteArray("1,,234") << K::Invalid << 0.0 << 0.0 << U;
        QTest::newRow("empty") << QByteArray("  ") << K::Invalid << 0.0 << 0.0 << U;
    }
    void read() {
        QFETCH(QByteArray, text);
        QFETCH(NumberReading::Kind, kind);
        QFETCH(double, value);
        QFETCH(double, commaReading);
        QFETCH(DecimalMark, evidence);
        const NumberReading r = NumberText::read(std::string_view(text.constData(), std::size_t(text.size())));
        QCOMPARE(r.kind, kind);
        if (kind == NumberReading::Exact || kind == NumberReading::Ambiguous) QCOMPARE(r.value, value);
        if (kind == NumberReading::Ambiguous) QCOMPARE(r.commaReading, commaReading);
        if (kind == NumberReading::Exact) QCOMPARE(r.evidence, evidence);
    }

    void coordinates_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<NumberReading::Kind>("kind");
        QTest::addColumn<double>("value");
        QTest::newRow("point") << QByteArray("-104.990") << NumberReading::Exact << -104.99;
        QTest::newRow("comma") << QByteArray("39,740") << NumberReading::Exact << 39.74;
        QTest::newRow("integer") << QByteArray("40") << NumberReading::Exact << 40.0;
        QTest::newRow("grouped is no coordinate") << QByteArray("1,234.5") << NumberReading::Invalid << 0.0;
        QTest::newRow("two commas") << QByteArray("1,2,3") << NumberReading::Invalid << 0.0;
        QTest::newRow("overflow") << QByteArray("1e309") << NumberReading::OutOfRange << 0.0;
        QTest::newRow("nan") << QByteArray("nan") << NumberReading::Invalid << 0.0;
    }
    void coordinates() {
        QFETCH(QByteArray, text);
        QFETCH(NumberReading::Kind, kind);
        QFETCH(double, value);
        const NumberReading r =
            NumberText::readCoordinate(std::string_view(text.constData(), std::size_t(text.size())));
        QCOMPARE(r.kind, kind);
        if (kind == NumberReading::Exact) QCOMPARE(r.value, value);
    }

    void columnDecides() {
        NumberColumn column;
        QCOMPARE(column.mark(DecimalMark::Point), DecimalMark::Point); // no evidence: the fallback
        column.add(NumberText::read("1.234,5"));
        column.add(NumberText::read("1,234")); // ambiguous: no evidence
        QCOMPARE(column.mark(DecimalMark::Point), DecimalMark::Comma);
        QCOMPARE(NumberText::read("1,234").as(column.mark(DecimalMark::Point)), 1.234);
        column.add(NumberText::read("2,345.5"));
        QVERIFY(column.conflicting());
        QCOMPARE(column.mark(DecimalMark::Point), DecimalMark::Unknown);
        QCOMPARE(column.pointValues(), 1);
        QCOMPARE(column.commaValues(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNumberText)
#include "tst_numbertext.moc"
