// ThemeLayer on a small layer: every unit of a 6 x 5 grid is filled with exactly the ramp colour
// of the class its value falls in by the computed class bounds (checked here against the bounds,
// not through Classification::classOf), units without a value in the "no data" grey, and the
// territory borders are drawn on top between territories only.
#include "render/maprendersnapshot.h"
#include "render/maprenderstyle.h"
#include "render/themelayer.h"

#include "model/classification.h"
#include "model/colorramp.h"
#include "model/metricsengine.h"
#include "model/unitthemevalues.h"

#include "support/pixels.h"
#include "support/planarinstance.h"

#include <QTest>

#include <boost/geometry/algorithms/expand.hpp>

#include <cmath>

using namespace tp;
using namespace tp::render;

namespace {

// The class whose bounds hold `value`: classes are closed at the top.
int classByBounds(const Classification& c, double value) {
    if (std::isnan(value)) return -1;
    for (std::size_t k = 0; k < c.classes().size(); ++k)
        if (value <= c.classes()[k].upper) return int(k);
    return int(c.classes().size()) - 1;
}

} // namespace

class TestThemeLayer : public QObject {
    Q_OBJECT

    Project m_project;

    // Renders the theme of `figure` and checks every unit's centre pixels; returns the counts of
    // units per drawn class colour.
    void checkFigure(const UnitThemeValues::Figure& figure, Classification::Method method, int k, ColorRamp::Id ramp,
                     QSize size) {
        MetricsEngine engine(m_project);
        const std::vector<double> values = UnitThemeValues::compute(m_project, engine, figure);
        const Classification c = Classification::classify(values, method, k);
        QVERIFY(c.classes().size() >= 2);
        std::vector<QColor> colours;
        for (quint32 rgb : ColorRamp::colours(ramp, c.rampSize())) colours.push_back(QColor::fromRgb(rgb));
        const QColor noData = QColor::fromRgb(ColorRamp::noDataColour);
        auto classes = std::make_shared<ThemeLayer::Classes>();
        classes->colours = colours;
        classes->noData = noData;
        for (double v : values)
            classes->unitClass.push_back(c.classOf(v) < 0 ? -1 : c.classes()[std::size_t(c.classOf(v))].colour);

        MapRenderStyle style;
        ThemeLayer layer(style);
        layer.setGeometry(TerritoryLayer::prepare(m_project.units, m_project.adjacency));
        layer.setAssignment(MapRenderSnapshot::assignment(m_project));
        QVERIFY(layer.setClasses(classes));
        QVERIFY(!layer.setClasses(std::make_shared<ThemeLayer::Classes>(*classes))); // same classes: no new revision

        geo::Box extent = m_project.units.front().bounds;
        for (const Unit& u : m_project.units) boost::geometry::expand(extent, u.bounds);
        const MapViewport view = MapViewport(geo::MercatorPoint{}, 1000.0, size).fittedTo(extent);
        const std::atomic_bool cancelled{false};
        const QImage image = layer.render(view, cancelled);
        QCOMPARE(image.size(), size);

        int checked = 0, noDataUnits = 0;
        for (std::size_t u = 0; u < m_project.units.size(); ++u) {
            const int k = classByBounds(c, values[u]);
            const QColor expected = k < 0 ? noData : colours[std::size_t(c.classes()[std::size_t(k)].colour)];
            noDataUnits += k < 0;
            const geo::Box& b = m_project.units[u].bounds;
            const QPointF centre = view.toScreen(geo::GeoPoint{(b.min_corner().lon + b.max_corner().lon) / 2,
                                                               (b.min_corner().lat + b.max_corner().lat) / 2});
            for (const QPointF d : {QPointF(0, 0), QPointF(-8, -8), QPointF(8, 8), QPointF(8, -8)}) {
                const QColor got = image.pixelColor((centre + d).toPoint());
                QVERIFY2(got == expected,
                         qPrintable(QStringLiteral("unit %1 (value %2, class %3): %4, expected %5")
                                        .arg(u)
                                        .arg(values[u])
                                        .arg(k)
                                        .arg(testsupport::describe(got), testsupport::describe(expected))));
                ++checked;
            }
        }
        QCOMPARE(checked, int(m_project.units.size()) * 4);
        if (figure.kind == UnitThemeValues::Kind::Penetration) QCOMPARE(noDataUnits, 2);

        // Borders: dark where two territories meet (between grid columns 1 and 2), none between
        // two units of one territory (columns 0 and 1).
        // Lightness at the middle of unit `left`'s east edge, and the darker of the two fills 6 px away.
        const auto edge = [&](int left, int* fills) {
            const geo::Box& b = m_project.units[std::size_t(left)].bounds;
            const QPoint at =
                view.toScreen(geo::GeoPoint{b.max_corner().lon, (b.min_corner().lat + b.max_corner().lat) / 2})
                    .toPoint();
            *fills = std::min(image.pixelColor(at - QPoint(6, 0)).lightness(),
                              image.pixelColor(at + QPoint(6, 0)).lightness());
            return std::min({image.pixelColor(at).lightness(), image.pixelColor(at + QPoint(1, 0)).lightness(),
                             image.pixelColor(at - QPoint(1, 0)).lightness()});
        };
        for (int row = 0; row < 5; ++row) {
            int fills = 0;
            const int across = edge(row * 6 + 1, &fills);
            // At least half border colour (a 1.5 px line covers most of the pixel it runs through).
            const double expected = 0.5 * fills + 0.5 * style.territoryBorder.lightness();
            QVERIFY2(across < expected && across < fills - 10,
                     qPrintable(QStringLiteral("row %1: border %2, fills %3").arg(row).arg(across).arg(fills)));
            const int inside = edge(row * 6, &fills);
            QVERIFY2(inside >= fills - 2,
                     qPrintable(QStringLiteral("row %1: inside %2, fills %3").arg(row).arg(inside).arg(fills)));
        }
    }

private slots:
    void initTestCase() {
        // 6 x 5 units of 0.1 degrees, three territories of two columns each; accounts of
        // uneven potential, and two units whose potential is 0 (no penetration there).
        m_project = testsupport::PlanarInstance::grid(6, 5, 3, 1, 3);
        std::mt19937_64 rng(5);
        for (int i = 0; i < 90; ++i) testsupport::PlanarInstance::addAccount(m_project, int(rng() % 30), rng);
        for (Account& a : m_project.accounts) {
            if (a.unit == 9 || a.unit == 22) a.revenuePotential = 0;
            a.revenue = a.revenuePotential * (0.1 + 0.08 * (a.unit % 9));
        }
        m_project.reindex();
    }

    void unitsTakeTheirClassColour_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("classes");
        QTest::addColumn<int>("ramp");
        QTest::addColumn<QSize>("size");
        QTest::newRow("potential, jenks 5, YlGnBu")
            << int(UnitThemeValues::Kind::Total) << int(Classification::Method::NaturalBreaks) << 5
            << int(ColorRamp::Id::YlGnBu) << QSize(640, 480);
        QTest::newRow("density, quantiles 4, Oranges")
            << int(UnitThemeValues::Kind::Density) << int(Classification::Method::Quantiles) << 4
            << int(ColorRamp::Id::Oranges) << QSize(1024, 700);
        QTest::newRow("penetration, equal 7, Purples")
            << int(UnitThemeValues::Kind::Penetration) << int(Classification::Method::EqualIntervals) << 7
            << int(ColorRamp::Id::Purples) << QSize(1280, 720);
    }
    void unitsTakeTheirClassColour() {
        QFETCH(int, kind);
        QFETCH(int, method);
        QFETCH(int, classes);
        QFETCH(int, ramp);
        QFETCH(QSize, size);
        checkFigure({UnitThemeValues::Kind(kind), 1}, Classification::Method(method), classes, ColorRamp::Id(ramp),
                    size);
    }

    void hiddenUntilSwitchedOn() {
        MapRenderStyle style;
        ThemeLayer layer(style);
        QVERIFY(!layer.isVisible());
        QCOMPARE(layer.name(), QStringLiteral("Theme"));
        const std::atomic_bool cancelled{false};
        const QImage empty = layer.render(MapViewport(geo::MercatorPoint{}, 1000.0, QSize(50, 40)), cancelled);
        QCOMPARE(empty.pixelColor(25, 20).alpha(), 0); // nothing to draw yet: transparent
    }
};

QTEST_MAIN(TestThemeLayer)
#include "tst_themelayer.moc"
