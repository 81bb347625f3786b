// CompactMercatorPoint: round trips within a step (2 cm) over the whole Web Mercator square and a
// world's width beyond it (unwrapped report maps), clamping instead of overflowing, NaN off the map.
#include "geo/compactmercatorpoint.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace tp::geo;

class TestCompactMercatorPoint : public QObject {
    Q_OBJECT
private slots:
    void roundTripsWithinAStep() {
        std::mt19937 random(7);
        const double reach = 2 * WebMercator::halfWorldM; // a point unwrapped a world's width away
        std::uniform_real_distribution<double> any(-reach, reach);
        double worst = 0;
        for (int i = 0; i < 100000; ++i) {
            const MercatorPoint m{any(random), any(random)};
            const MercatorPoint back = CompactMercatorPoint(m);
            worst = std::max({worst, std::abs(back.x - m.x), std::abs(back.y - m.y)});
        }
        QVERIFY2(worst <= CompactMercatorPoint::stepM / 2 + 1e-9, qPrintable(QString::number(worst)));
        // Real places keep their pixel at the closest zoom: a projected city comes back the same.
        const MercatorPoint denver = WebMercator::project({-104.9903, 39.7392});
        const MercatorPoint back = CompactMercatorPoint(denver);
        QVERIFY(std::abs(back.x - denver.x) < 0.011 && std::abs(back.y - denver.y) < 0.011);
        const GeoPoint g = WebMercator::unproject(back);
        QVERIFY(std::abs(g.lon - -104.9903) < 1e-6 && std::abs(g.lat - 39.7392) < 1e-6);
    }
    void clampsAndKeepsNaNOffTheMap() {
        const MercatorPoint far = CompactMercatorPoint(MercatorPoint{1e12, -1e12});
        QCOMPARE(far.x, 2.1e9 * CompactMercatorPoint::stepM);
        QCOMPARE(far.y, -2.1e9 * CompactMercatorPoint::stepM);
        const MercatorPoint nan = CompactMercatorPoint(MercatorPoint{std::nan(""), 5.0});
        QVERIFY(nan.x > 2 * WebMercator::halfWorldM);
        QCOMPARE(nan.y, 5.0);
        QCOMPARE(CompactMercatorPoint(MercatorPoint{1.0, 2.0}), CompactMercatorPoint(MercatorPoint{1.005, 1.995}));
        QVERIFY(!(CompactMercatorPoint(MercatorPoint{1.0, 2.0}) == CompactMercatorPoint(MercatorPoint{1.03, 2.0})));
    }
};

QTEST_GUILESS_MAIN(TestCompactMercatorPoint)
#include "tst_compactmercatorpoint.moc"
