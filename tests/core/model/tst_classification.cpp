// Classification and ColorRamp: natural breaks against an exhaustive search on the classic Jenks
// & Caspall (1971) data set, quantiles and equal intervals against hand-worked cases, the
// centred (diverging) classification, and the ColorBrewer tables' shape.
#include "model/classification.h"
#include "model/colorramp.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <set>

using namespace tp;
using Method = Classification::Method;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

// Jenks, G. F., Caspall, F. C., 1971. "Error on choroplethic maps: definition, measurement,
// reduction". Annals of the Association of American Geographers 61 (2), 217-244: per-acre value
// of gross farm products, dollars, for the 102 counties of Illinois in 1959 (the data set R's
// spData ships as `jenks71`, the classic test case of classInt's "fisher" and "jenks" styles).
const std::vector<double> jenks71 = {
    50.12, 83.9,  76.43, 71.61, 79.66, 84.84, 87.87, 92.45, 119.9, 155.3, 131.5, 111.8, 96.78, 86.75, 62.41,
    96.37, 75.51, 77.29, 85.41, 116.4, 58.5,  75.29, 66.32, 62.65, 80.45, 72.76, 63.67, 60.27, 68.45, 100.1,
    55.3,  54.07, 57.49, 73.52, 68.25, 64.28, 50.64, 52.47, 68.19, 57.4,  39.72, 60.66, 57.59, 38.22, 57.22,
    67.04, 47.29, 71.05, 50.53, 34.63, 59.65, 62.06, 52.89, 56.35, 57.26, 53.77, 59.89, 55.44, 45.4,  52.21,
    49.38, 51.15, 54.27, 54.32, 41.2,  34.58, 50.11, 52.05, 33.82, 39.88, 36.24, 41.02, 46.13, 51.15, 32.28,
    33.26, 31.78, 31.28, 50.52, 47.21, 32.69, 38.3,  33.83, 40.3,  40.62, 32.14, 31.66, 26.09, 39.84, 24.83,
    28.2,  31.19, 37.57, 27.16, 23.42, 18.57, 30.97, 17.82, 15.57, 15.93, 28.71, 32.22};

double sdcm(const std::vector<double>& sorted, const std::vector<double>& uppers) {
    double total = 0.0;
    std::size_t from = 0;
    for (double upper : uppers) {
        std::size_t to = from;
        double sum = 0.0;
        while (to < sorted.size() && sorted[to] <= upper) sum += sorted[to++];
        const double mean = sum / double(to - from);
        for (std::size_t i = from; i < to; ++i) total += (sorted[i] - mean) * (sorted[i] - mean);
        from = to;
    }
    return total;
}

// Every partition of `sorted` into k contiguous non-empty groups (cuts between positions), the
// best by sum of squared deviations: what Fisher's algorithm must find. Returns the count seen.
qint64 exhaustive(const std::vector<double>& sorted, int k, double* best, std::vector<double>* bestUppers) {
    const int n = int(sorted.size());
    std::vector<double> s1(std::size_t(n) + 1, 0.0), s2(std::size_t(n) + 1, 0.0);
    for (int i = 0; i < n; ++i) {
        s1[std::size_t(i) + 1] = s1[std::size_t(i)] + sorted[std::size_t(i)];
        s2[std::size_t(i) + 1] = s2[std::size_t(i)] + sorted[std::size_t(i)] * sorted[std::size_t(i)];
    }
    const auto cost = [&](int a, int b) {
        const double s = s1[std::size_t(b)] - s1[std::size_t(a)];
        return s2[std::size_t(b)] - s2[std::size_t(a)] - s * s / double(b - a);
    };
    std::vector<int> cut(std::size_t(k) + 1); // group g is [cut[g], cut[g+1])
    cut[0] = 0;
    cut[std::size_t(k)] = n;
    *best = std::numeric_limits<double>::infinity();
    qint64 seen = 0;
    const auto recurse = [&](auto&& self, int g, double acc) -> void {
        if (g == k - 1) {
            ++seen;
            const double c = acc + cost(cut[std::size_t(g)], n);
            if (c < *best) {
                *best = c;
                bestUppers->clear();
                for (int j = 1; j <= k; ++j) bestUppers->push_back(sorted[std::size_t(cut[std::size_t(j)] - 1)]);
            }
            return;
        }
        for (int c = cut[std::size_t(g)] + 1; c <= n - (k - 1 - g); ++c) {
            cut[std::size_t(g) + 1] = c;
            self(self, g + 1, acc + cost(cut[std::size_t(g)], c));
        }
    };
    recurse(recurse, 0, 0.0);
    return seen;
}

std::vector<double> uppersOf(const Classification& c) {
    std::vector<double> out;
    for (const Classification::Class& k : c.classes()) out.push_back(k.upper);
    return out;
}
std::vector<qint64> countsOf(const Classification& c) {
    std::vector<qint64> out;
    for (const Classification::Class& k : c.classes()) out.push_back(k.count);
    return out;
}

} // namespace

class TestClassification : public QObject {
    Q_OBJECT
private slots:
    void naturalBreaksAreFishersOptimum_data() {
        QTest::addColumn<int>("k");
        QTest::addColumn<qint64>("partitions"); // C(101, k - 1): classInt's nPartitions for jenks71
        QTest::newRow("3 classes") << 3 << qint64(5050);
        QTest::newRow("4 classes") << 4 << qint64(166650);
        QTest::newRow("5 classes") << 5 << qint64(4082925);
    }
    void naturalBreaksAreFishersOptimum() {
        QFETCH(int, k);
        QFETCH(qint64, partitions);
        std::vector<double> sorted = jenks71;
        std::sort(sorted.begin(), sorted.end());
        double best = 0.0;
        std::vector<double> bestUppers;
        QCOMPARE(exhaustive(sorted, k, &best, &bestUppers), partitions);

        const Classification c = Classification::classify(jenks71, Method::NaturalBreaks, k);
        QCOMPARE(int(c.classes().size()), k);
        QCOMPARE(uppersOf(c), bestUppers);
        QVERIFY(std::abs(sdcm(sorted, uppersOf(c)) - best) <= 1e-9 * best);
        qint64 total = 0;
        for (qint64 n : countsOf(c)) total += n;
        QCOMPARE(total, qint64(jenks71.size()));
        QCOMPARE(c.classes().front().lower, 15.57);
        QCOMPARE(c.classes().back().upper, 155.3);
    }

    void naturalBreaksHandWorked_data() {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<int>("k");
        QTest::addColumn<std::vector<double>>("uppers");
        QTest::addColumn<std::vector<qint64>>("counts");
        // Three obvious clusters.
        QTest::newRow("clusters") << std::vector<double>{22, 1, 12, 2, 3, 10, 11, 20, 21} << 3
                                  << std::vector<double>{3, 12, 22} << std::vector<qint64>{3, 3, 3};
        // Fewer distinct values than classes: one class per value, ties never split.
        QTest::newRow("two distinct") << std::vector<double>{5, 7, 5, 5, 7} << 4 << std::vector<double>{5, 7}
                                      << std::vector<qint64>{3, 2};
        // An outlier gets a class of its own: {0,1,2} {9,10} {100}: SDCM 2 + 0.5 + 0 beats any other cut.
        QTest::newRow("outlier") << std::vector<double>{0, 1, 2, 9, 10, 100} << 3 << std::vector<double>{2, 10, 100}
                                 << std::vector<qint64>{3, 2, 1};
    }
    void naturalBreaksHandWorked() {
        QFETCH(std::vector<double>, values);
        QFETCH(int, k);
        QFETCH(std::vector<double>, uppers);
        QFETCH(std::vector<qint64>, counts);
        const Classification c = Classification::classify(values, Method::NaturalBreaks, k);
        QCOMPARE(uppersOf(c), uppers);
        QCOMPARE(countsOf(c), counts);
    }

    void quantilesAndEqualIntervals_data() {
        QTest::addColumn<int>("method");
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<int>("k");
        QTest::addColumn<std::vector<double>>("uppers");
        QTest::addColumn<std::vector<qint64>>("counts");
        const std::vector<double> oneToTen{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        // Class c ends at rank ceil(c n / k): n = 10, k = 4: ranks 3, 5, 8 -> values 3, 5, 8.
        QTest::newRow("quantiles 1..10 k4") << int(Method::Quantiles) << oneToTen << 4
                                            << std::vector<double>{3, 5, 8, 10} << std::vector<qint64>{3, 2, 3, 2};
        // n = 6, k = 3: ranks 2 and 4 are both the value 1: one class for all four 1s.
        QTest::newRow("quantiles ties") << int(Method::Quantiles) << std::vector<double>{1, 1, 1, 1, 2, 3} << 3
                                        << std::vector<double>{1, 3} << std::vector<qint64>{4, 2};
        // Range 0..10 in five steps of 2; 0 belongs to the first class, 2 closes it.
        QTest::newRow("equal 0..10 k5") << int(Method::EqualIntervals)
                                        << std::vector<double>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 5
                                        << std::vector<double>{2, 4, 6, 8, 10} << std::vector<qint64>{3, 2, 2, 2, 2};
        // A skewed set keeps its empty classes: 0..100 in steps of 25.
        QTest::newRow("equal skewed k4") << int(Method::EqualIntervals) << std::vector<double>{0, 1, 3, 100} << 4
                                         << std::vector<double>{25, 50, 75, 100} << std::vector<qint64>{3, 0, 0, 1};
        QTest::newRow("equal constant") << int(Method::EqualIntervals) << std::vector<double>{4, 4, 4} << 5
                                        << std::vector<double>{4} << std::vector<qint64>{3};
    }
    void quantilesAndEqualIntervals() {
        QFETCH(int, method);
        QFETCH(std::vector<double>, values);
        QFETCH(int, k);
        QFETCH(std::vector<double>, uppers);
        QFETCH(std::vector<qint64>, counts);
        const Classification c = Classification::classify(values, Method(method), k);
        QCOMPARE(uppersOf(c), uppers);
        QCOMPARE(countsOf(c), counts);
        QCOMPARE(c.rampSize(), int(uppers.size()));
        for (double v : values) {
            const int cls = c.classOf(v);
            QVERIFY(cls >= 0);
            QVERIFY(v <= c.classes()[std::size_t(cls)].upper);
            if (cls > 0) QVERIFY(v > c.classes()[std::size_t(cls) - 1].upper);
        }
    }

    void noDataIsItsOwnClass() {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const Classification c = Classification::classify({nan, 0.0, 5.0, nan, 10.0}, Method::EqualIntervals, 3);
        QCOMPARE(c.noDataCount(), qint64(2));
        QCOMPARE(c.classOf(nan), -1);
        QCOMPARE(c.classOf(0.0), 0); // 0 is a value, not "no data"
        QCOMPARE(countsOf(c), (std::vector<qint64>{1, 1, 1}));
        const Classification empty = Classification::classify({nan}, Method::Quantiles, 5);
        QVERIFY(empty.classes().empty());
        QCOMPARE(empty.noDataCount(), qint64(1));
        QCOMPARE(empty.classOf(3.0), -1);
    }

    void centredKeepsZeroInTheMiddle() {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        // Negatives -10..-1 in two equal intervals (upper -5.5, -1), zeros, positives 2..8 (upper 5, 8).
        const Classification c =
            Classification::classifyCentred({-10, -5, -1, 0, 0, 2, 4, 8, nan}, Method::EqualIntervals, 5);
        QVERIFY(c.isCentred());
        QCOMPARE(c.rampSize(), 5);
        QCOMPARE(uppersOf(c), (std::vector<double>{-5.5, -1, 0, 5, 8}));
        QCOMPARE(countsOf(c), (std::vector<qint64>{1, 2, 2, 2, 1}));
        std::vector<int> colours;
        for (const auto& k : c.classes()) colours.push_back(k.colour);
        QCOMPARE(colours, (std::vector<int>{0, 1, 2, 3, 4}));
        QCOMPARE(c.classOf(0.0), 2);
        QCOMPARE(c.classOf(-0.5), 1); // not in the data: nearest negative class, never the zero class
        QCOMPARE(c.classOf(nan), -1);
        QCOMPARE(c.noDataCount(), qint64(1));

        // Only growth, and an even k: 5 colours (k - 1), the zero class neutral, positives next to it.
        const Classification up = Classification::classifyCentred({0, 3, 6}, Method::Quantiles, 6);
        QCOMPARE(up.rampSize(), 5);
        colours.clear();
        for (const auto& k : up.classes()) colours.push_back(k.colour);
        QCOMPARE(colours, (std::vector<int>{2, 3, 4}));
        QCOMPARE(countsOf(up), (std::vector<qint64>{1, 1, 1}));
    }

    void rampsArePublishedTables() {
        for (ColorRamp::Id id : ColorRamp::all()) {
            for (int k = 3; k <= 9; ++k) {
                const std::vector<quint32> colours = ColorRamp::colours(id, k);
                QCOMPARE(int(colours.size()), k);
                QCOMPARE(int(std::set<quint32>(colours.begin(), colours.end()).size()), k); // all distinct
                if (ColorRamp::isDiverging(id) && k % 2 == 1) QCOMPARE(colours[std::size_t(k / 2)], quint32(0xf7f7f7));
            }
            QCOMPARE(int(ColorRamp::colours(id, 1).size()), 1);
            QCOMPARE(int(ColorRamp::colours(id, 12).size()), 9);
            ColorRamp::Id back;
            QVERIFY(ColorRamp::fromKey(ColorRamp::key(id).toLower(), &back));
            QCOMPARE(back, id);
        }
        // colorbrewer2.org, YlGnBu, 5 classes (sequential, colour-blind safe).
        QCOMPARE(ColorRamp::colours(ColorRamp::Id::YlGnBu, 5),
                 (std::vector<quint32>{0xffffcc, 0xa1dab4, 0x41b6c4, 0x2c7fb8, 0x253494}));
        // Sequential ramps get darker: luminance falls class by class.
        for (ColorRamp::Id id : {ColorRamp::Id::YlGnBu, ColorRamp::Id::Oranges, ColorRamp::Id::Purples}) {
            const std::vector<quint32> colours = ColorRamp::colours(id, 9);
            const auto luma = [](quint32 c) {
                return 0.299 * ((c >> 16) & 255) + 0.587 * ((c >> 8) & 255) + 0.114 * (c & 255);
            };
            for (std::size_t i = 1; i < colours.size(); ++i) QVERIFY(luma(colours[i]) < luma(colours[i - 1]));
        }
    }
};

QTEST_GUILESS_MAIN(TestClassification)
#include "tst_classification.moc"
