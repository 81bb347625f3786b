// QuotaAllocator: the target is shared by potential, revenue or a mix; rounding keeps every
// quota on the step (but one, which takes what the step cannot express) and close to its exact
// share; the quotas always add up to the target; locked quotas stay as they were;
// impossible requests are refused with a reason.
#include "model/quotaallocator.h"

#include <QTest>

#include <cmath>
#include <numeric>
#include <random>

using namespace tp;
using T = QuotaAllocator::Territory;

Q_DECLARE_METATYPE(std::vector<T>)
Q_DECLARE_METATYPE(std::vector<double>)

class TestQuotaAllocator : public QObject {
    Q_OBJECT
private slots:
    void allocates_data() {
        QTest::addColumn<std::vector<T>>("territories");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("weight");
        QTest::addColumn<double>("step");
        QTest::addColumn<std::vector<double>>("expected");
        // Potential 1:2:1 of 1,000,000.
        const std::vector<T> three{{100, 50}, {200, 0}, {100, 150}};
        QTest::newRow("by potential") << three << 1e6 << 1.0 << 0.0 << std::vector<double>{250000, 500000, 250000};
        QTest::newRow("by revenue") << three << 1e6 << 0.0 << 0.0 << std::vector<double>{250000, 0, 750000};
        QTest::newRow("half and half") << three << 1e6 << 0.5 << 0.0 << std::vector<double>{250000, 250000, 500000};
        // 100 in thirds, steps of 10: 30, 30, 30 and 10 by the largest remainder... all equal: the first.
        const std::vector<T> equal{{1, 0}, {1, 0}, {1, 0}};
        QTest::newRow("thirds rounded") << equal << 100.0 << 1.0 << 10.0 << std::vector<double>{40, 30, 30};
        // 1,005 in steps of 10: 100 steps by 1:2:1 -> 25, 50, 25; the 5 below a step goes to the largest share.
        QTest::newRow("target not a multiple of the step")
            << three << 1005.0 << 1.0 << 10.0 << std::vector<double>{250, 505, 250};
        // Largest remainders: exact steps 33.3, 33.3, 33.3 + ... with shares 0.2, 0.3, 0.5 of 7 steps: 1.4, 2.1, 3.5 -> 1, 2, 3 + 1 to 3.5.
        const std::vector<T> shares{{2, 0}, {3, 0}, {5, 0}};
        QTest::newRow("largest remainder")
            << shares << 7000.0 << 1.0 << 1000.0 << std::vector<double>{1000, 2000, 4000};
        // A locked quota is kept; the rest is shared by the others.
        const std::vector<T> withLock{{100, 0}, {300, 0, true, 600}, {100, 0}};
        QTest::newRow("locked") << withLock << 1000.0 << 1.0 << 0.0 << std::vector<double>{200, 600, 200};
        // No potential anywhere: equal shares.
        const std::vector<T> none{{0, 0}, {0, 0}};
        QTest::newRow("no potential") << none << 10.0 << 1.0 << 0.0 << std::vector<double>{5, 5};
        QTest::newRow("bad values count as zero")
            << std::vector<T>{{std::nan(""), 0}, {-5, 0}, {4, 0}} << 8.0 << 1.0 << 0.0 << std::vector<double>{0, 0, 8};
    }
    void allocates() {
        QFETCH(std::vector<T>, territories);
        QFETCH(double, target);
        QFETCH(double, weight);
        QFETCH(double, step);
        QFETCH(std::vector<double>, expected);
        const QuotaAllocator::Result r = QuotaAllocator::allocate(territories, {target, weight, step});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.quotas.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(r.quotas[i] - expected[i]) < 1e-6,
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(r.quotas[i]).arg(expected[i])));
        QVERIFY(std::abs(std::accumulate(r.quotas.begin(), r.quotas.end(), 0.0) - target) < 1e-6);
    }

    // Many random cases: the sum is the target, every quota but one is on the step and within two
    // steps of its exact share (one for rounding, under one for the remainder), locked quotas are untouched.
    void roundingProperties() {
        std::mt19937 random(42);
        std::uniform_real_distribution<double> value(0, 1e6);
        for (int trial = 0; trial < 500; ++trial) {
            const int n = 1 + int(random() % 12);
            std::vector<T> t(static_cast<std::size_t>(n));
            double lockedSum = 0;
            for (T& x : t) {
                x.potential = value(random);
                x.revenue = value(random);
                if (random() % 5 == 0) {
                    x.locked = true;
                    x.lockedQuota = std::round(value(random) / 10);
                    lockedSum += x.lockedQuota;
                }
            }
            const double step = std::vector<double>{1, 100, 1000, 25000}[random() % 4];
            const double target = lockedSum + std::round(value(random) * 10);
            const double weight = double(random() % 11) / 10.0;
            const QuotaAllocator::Result r = QuotaAllocator::allocate(t, {target, weight, step});
            if (std::all_of(t.begin(), t.end(), [](const T& x) { return x.locked; })) continue;
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(std::abs(std::accumulate(r.quotas.begin(), r.quotas.end(), 0.0) - target) < 1e-4);
            const QuotaAllocator::Result exact = QuotaAllocator::allocate(t, {target, weight, 0});
            int offStep = 0;
            for (int i = 0; i < n; ++i) {
                if (t[std::size_t(i)].locked) {
                    QCOMPARE(r.quotas[std::size_t(i)], t[std::size_t(i)].lockedQuota);
                    continue;
                }
                const double q = r.quotas[std::size_t(i)];
                if (std::abs(q / step - std::round(q / step)) > 1e-6) ++offStep;
                QVERIFY(std::abs(q - exact.quotas[std::size_t(i)])
                        < 2 * step + 1e-6); // the remainder adds under a step
            }
            QVERIFY(offStep <= 1);
        }
    }

    void refuses_data() {
        QTest::addColumn<std::vector<T>>("territories");
        QTest::addColumn<double>("target");
        QTest::addColumn<QString>("message");
        QTest::newRow("locks exceed target")
            << std::vector<T>{{1, 0, true, 800}, {1, 0}} << 500.0 << "more than the target";
        QTest::newRow("all locked, target left")
            << std::vector<T>{{1, 0, true, 100}} << 500.0 << "Every quota is locked";
        QTest::newRow("negative target") << std::vector<T>{{1, 0}} << -1.0 << "zero or more";
    }
    void refuses() {
        QFETCH(std::vector<T>, territories);
        QFETCH(double, target);
        QFETCH(QString, message);
        const QuotaAllocator::Result r = QuotaAllocator::allocate(territories, {target, 1.0, 0});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestQuotaAllocator)
#include "tst_quotaallocator.moc"
