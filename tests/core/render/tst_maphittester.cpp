// MapHitTester on its own, without a widget: which unit lies at a point, along a mouse path and
// inside a rectangle or lasso, and which account is nearest, on the six-square project in a
// 600 x 400 view. Expected units follow from the squares' layout: unit = column + 3 * row with
// column = floor(lon + 100), row = floor(lat - 40).
#include "render/maphittester.h"
#include "render/maprendersnapshot.h"
#include "render/mapviewport.h"

#include "support/squaresproject.h"

#include <QTest>

using namespace tp;
using namespace tp::render;
using tp::testsupport::SquaresProject;

Q_DECLARE_METATYPE(std::vector<int>)
Q_DECLARE_METATYPE(tp::geo::GeoPoint)
Q_DECLARE_METATYPE(std::vector<tp::geo::GeoPoint>)

namespace {

MapViewport testView() {
    return MapViewport(geo::MercatorPoint{}, 5000.0, QSize(600, 400), 1.0)
        .fittedTo(geo::Box({-101.0, 39.0}, {-96.0, 43.0}));
}

QPolygonF screenPolygon(const MapViewport& view, const std::vector<geo::GeoPoint>& points) {
    QPolygonF polygon;
    for (const geo::GeoPoint& p : points) polygon << view.toScreen(p);
    return polygon;
}

} // namespace

class TestMapHitTester : public QObject {
    Q_OBJECT
private:
    Project m_project;
    MapHitTester m_hits;
    MapViewport m_view = testView();

private slots:
    void init() {
        m_project = SquaresProject::make();
        m_hits.setProject(&m_project);
        m_hits.setAccountPoints(MapRenderSnapshot::accountPoints(m_project));
    }

    void unitAt_data() {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<int>("unit");
        for (int u = 0; u < SquaresProject::unitCount; ++u)
            QTest::addRow("centre of %d", u)
                << SquaresProject::unitCentre(u).lon << SquaresProject::unitCentre(u).lat << u;
        QTest::newRow("near the SW corner of 0") << -99.97 << 40.03 << 0;
        QTest::newRow("near the NE corner of 5") << -97.03 << 41.97 << 5;
        QTest::newRow("just west of the 1|2 border") << -98.02 << 40.5 << 1;
        QTest::newRow("just east of the 1|2 border") << -97.98 << 40.5 << 2;
        QTest::newRow("just north of the 1|4 border") << -98.5 << 41.02 << 4;
        QTest::newRow("west of everything") << -100.5 << 40.5 << -1;
        QTest::newRow("north of everything") << -98.5 << 42.5 << -1;
        QTest::newRow("south of everything") << -98.5 << 39.5 << -1;
    }
    void unitAt() {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(int, unit);
        QCOMPARE(m_hits.unitAt(m_view, m_view.toScreen(geo::GeoPoint{lon, lat})), unit);
    }

    void unitsAlong_data() {
        QTest::addColumn<geo::GeoPoint>("from");
        QTest::addColumn<geo::GeoPoint>("to");
        QTest::addColumn<std::vector<int>>("units");
        QTest::newRow("row 0, west to east")
            << geo::GeoPoint{-99.9, 40.5} << geo::GeoPoint{-97.1, 40.5} << std::vector<int>{0, 1, 2};
        QTest::newRow("row 0, east to west")
            << geo::GeoPoint{-97.1, 40.5} << geo::GeoPoint{-99.9, 40.5} << std::vector<int>{2, 1, 0};
        QTest::newRow("column 1, south to north")
            << geo::GeoPoint{-98.5, 40.2} << geo::GeoPoint{-98.5, 41.8} << std::vector<int>{1, 4};
        // From the centre of 0 to the centre of 5: crosses lon -99 at lat 40.75 (unit 1), lat 41
        // at lon -98.5 (unit 4) and lon -98 at lat 41.25 (unit 5).
        QTest::newRow("diagonal 0 to 5") << SquaresProject::unitCentre(0) << SquaresProject::unitCentre(5)
                                         << std::vector<int>{0, 1, 4, 5};
        QTest::newRow("inside one unit") << geo::GeoPoint{-99.8, 41.2} << geo::GeoPoint{-99.2, 41.8}
                                         << std::vector<int>{3};
        QTest::newRow("leaving the units")
            << SquaresProject::unitCentre(2) << geo::GeoPoint{-96.5, 40.5} << std::vector<int>{2};
        QTest::newRow("outside all units")
            << geo::GeoPoint{-100.8, 39.2} << geo::GeoPoint{-100.2, 39.8} << std::vector<int>{};
        QTest::newRow("a point") << SquaresProject::unitCentre(4) << SquaresProject::unitCentre(4)
                                 << std::vector<int>{4};
    }
    void unitsAlong() {
        QFETCH(geo::GeoPoint, from);
        QFETCH(geo::GeoPoint, to);
        QFETCH(std::vector<int>, units);
        QCOMPARE(m_hits.unitsAlong(m_view, m_view.toScreen(from), m_view.toScreen(to)), units);
    }

    void unitsAlongDoesNotSkipANarrowUnitOnAFastMove() {
        // A mouse that jumps across the whole row in one event still hits the middle unit; a
        // step wider than the unit (1 degree is about 100 px here) skips it.
        const QPointF a = m_view.toScreen(SquaresProject::unitCentre(0)),
                      b = m_view.toScreen(SquaresProject::unitCentre(2));
        QCOMPARE(m_hits.unitsAlong(m_view, a, b), (std::vector<int>{0, 1, 2}));
        QCOMPARE(m_hits.unitsAlong(m_view, a, b, 400.0), (std::vector<int>{0, 2}));
    }

    void unitsInside_data() {
        QTest::addColumn<std::vector<geo::GeoPoint>>("polygon");
        QTest::addColumn<std::vector<int>>("units");
        auto box = [](double lon0, double lat0, double lon1, double lat1) {
            return std::vector<geo::GeoPoint>{{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}};
        };
        QTest::newRow("centres of 0 and 1") << box(-99.9, 40.1, -98.1, 40.9) << std::vector<int>{0, 1};
        QTest::newRow("everything") << box(-101, 39, -96, 43) << std::vector<int>{0, 1, 2, 3, 4, 5};
        // Overlaps units 1 and 2 but holds neither centre.
        QTest::newRow("no centre") << box(-98.4, 40.1, -97.6, 40.9) << std::vector<int>{};
        QTest::newRow("column 2") << box(-97.9, 40.1, -97.1, 41.9) << std::vector<int>{2, 5};
        // A diagonal band from the centre of 0 to the centre of 4, missing the centres of 1 and 3.
        QTest::newRow("lasso band 0-4") << std::vector<geo::GeoPoint>{{-99.8, 40.3},
                                                                      {-99.3, 40.3},
                                                                      {-98.2, 41.7},
                                                                      {-98.7, 41.7}}
                                        << std::vector<int>{0, 4};
        // A concave lasso (a U) around the centres of 3, 0, 1, 2, 5 but not 4, in its notch.
        QTest::newRow("concave lasso") << std::vector<geo::GeoPoint>{{-99.9, 41.9}, {-99.9, 40.1}, {-97.1, 40.1},
                                                                     {-97.1, 41.9}, {-97.8, 41.9}, {-97.8, 40.8},
                                                                     {-99.2, 40.8}, {-99.2, 41.9}}
                                       << std::vector<int>{0, 1, 2, 3, 5};
        QTest::newRow("two points are no polygon")
            << std::vector<geo::GeoPoint>{{-101, 39}, {-96, 43}} << std::vector<int>{};
    }
    void unitsInside() {
        QFETCH(std::vector<geo::GeoPoint>, polygon);
        QFETCH(std::vector<int>, units);
        QCOMPARE(m_hits.unitsInside(m_view, screenPolygon(m_view, polygon)), units);
    }

    void accountAt_data() {
        QTest::addColumn<QPointF>("offsetPx");
        QTest::addColumn<double>("radiusPx");
        QTest::addColumn<int>("account");
        QTest::newRow("on it") << QPointF(0, 0) << 6.0 << 0;
        QTest::newRow("5 px off, radius 6") << QPointF(3, 4) << 6.0 << 0;
        QTest::newRow("just inside the radius") << QPointF(5.9, 0) << 6.0 << 0;
        QTest::newRow("7 px off, radius 6") << QPointF(0, 7) << 6.0 << -1;
        QTest::newRow("7 px off, radius 8") << QPointF(0, 7) << 8.0 << 0;
    }
    void accountAt() {
        QFETCH(QPointF, offsetPx);
        QFETCH(double, radiusPx);
        QFETCH(int, account);
        const QPointF at = m_view.toScreen(SquaresProject::accountLocation()) + offsetPx;
        QCOMPARE(m_hits.accountAt(m_view, at, radiusPx), account);
    }

    void accountAtTakesTheNearestShownAccount() {
        // A second account 4 px east of the first: a point 1 px east of the middle hits it.
        const QPointF first = m_view.toScreen(SquaresProject::accountLocation());
        Account second = m_project.accounts.front();
        second.id = 2;
        second.externalId = QStringLiteral("A-2");
        second.segment = QStringLiteral("SMB");
        second.location = m_view.toGeo(first + QPointF(4, 0));
        m_project.accounts.push_back(second);
        m_project.reindex();
        m_hits.setAccountPoints(MapRenderSnapshot::accountPoints(m_project));
        QCOMPARE(m_hits.accountAt(m_view, first + QPointF(1, 0)), 0);
        QCOMPARE(m_hits.accountAt(m_view, first + QPointF(3, 0)), 1);
        // Hidden by the segment filter: neither drawn nor hit, the other one is.
        m_hits.setAccountPoints(MapRenderSnapshot::accountPoints(m_project, {QStringLiteral("SMB")}));
        QCOMPARE(m_hits.accountAt(m_view, first + QPointF(3, 0)), 0);
        m_hits.setAccountPoints(
            MapRenderSnapshot::accountPoints(m_project, {QStringLiteral("SMB"), QStringLiteral("Enterprise")}));
        QCOMPARE(m_hits.accountAt(m_view, first + QPointF(3, 0)), -1);
    }

    void followsTheView() {
        // The same screen point in a view panned by one unit's width is the neighbouring unit.
        const QPointF at = m_view.toScreen(SquaresProject::unitCentre(1));
        const double unitPx = m_view.toScreen(SquaresProject::unitCentre(2)).x() - at.x();
        QCOMPARE(m_hits.unitAt(m_view.pannedByPixels(QPointF(unitPx, 0)), at), 0);
        QCOMPARE(m_hits.unitAt(m_view.pannedByPixels(QPointF(-unitPx, 0)), at), 2);
        QCOMPARE(m_hits.unitAt(m_view.zoomedAt(at, 4.0), at), 1);
    }

    void newUnitsRebuildTheIndex() {
        const QPointF at = m_view.toScreen(SquaresProject::unitCentre(0));
        QCOMPARE(m_hits.unitAt(m_view, at), 0);
        // The units move two degrees east: what was unit 0's centre is now outside.
        for (Unit& u : m_project.units) {
            for (geo::Polygon& poly : u.shape)
                for (geo::GeoPoint& p : poly.outer()) p.lon += 2.0;
            u.bounds = geo::Box({u.bounds.min_corner().lon + 2.0, u.bounds.min_corner().lat},
                                {u.bounds.max_corner().lon + 2.0, u.bounds.max_corner().lat});
        }
        m_hits.setProject(&m_project);
        QCOMPARE(m_hits.unitAt(m_view, at), -1);
        QCOMPARE(m_hits.unitAt(m_view, m_view.toScreen(geo::GeoPoint{-97.5, 40.5})), 0);
        QCOMPARE(m_hits.unitsInside(
                     m_view, screenPolygon(m_view, {{-99.9, 40.1}, {-98.1, 40.1}, {-98.1, 41.9}, {-99.9, 41.9}})),
                 std::vector<int>{});
    }

    void noProject() {
        m_hits.setProject(nullptr);
        m_hits.setAccountPoints(nullptr);
        const QPointF at = m_view.toScreen(SquaresProject::unitCentre(0));
        QCOMPARE(m_hits.unitAt(m_view, at), -1);
        QCOMPARE(m_hits.unitsAlong(m_view, at, at + QPointF(200, 0)), std::vector<int>{});
        QCOMPARE(m_hits.unitsInside(m_view, QPolygonF(QRectF(0, 0, 600, 400))), std::vector<int>{});
        QCOMPARE(m_hits.accountAt(m_view, m_view.toScreen(SquaresProject::accountLocation())), -1);
    }
};

QTEST_GUILESS_MAIN(TestMapHitTester)
#include "tst_maphittester.moc"
