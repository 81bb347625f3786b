// TerritoryLayer on real data: the bundled approximate ZIP areas of Connecticut, Massachusetts and
// Rhode Island in grown territories. Territories are filled from rings chained out of their
// (per zoom simplified) boundary pieces; at every zoom the fills must cover the land exactly
// once: no pixel inside the land left empty (a gap), none filled twice (a sliver where two
// neighbours overlap), none outside it filled. The reference land is every unit's exact polygon
// filled in one path. Zoomed out the simplified levels are in use and walk fewer vertices;
// zoomed in to a city the layer draws the full detail.
#include "render/maprenderstyle.h"
#include "render/territorylayer.h"

#include "io/import/unitimporter.h"

#include "support/grownterritories.h"

#include <QPainter>
#include <QTest>

#include <boost/geometry/algorithms/expand.hpp>

using namespace tp;
using namespace tp::render;

namespace {

// Fills only: no outlines, no borders, one fill = alpha 128.
MapRenderStyle fillsOnly() {
    MapRenderStyle style;
    style.unitOutline = Qt::transparent;
    style.territoryBorder = Qt::transparent;
    style.territoryFillAlpha = 128.0 / 255.0;
    return style;
}

std::shared_ptr<const TerritoryLayer::Assignment> assignmentOf(const Project& p) {
    auto a = std::make_shared<TerritoryLayer::Assignment>();
    QHash<qint64, int> slotOf;
    for (const Territory& t : p.territories) {
        slotOf.insert(t.id, int(a->colors.size()));
        a->colors.push_back(QColor(t.color));
    }
    for (qint64 id : p.scenarios.front().unitTerritory) a->unitSlot.push_back(slotOf.value(id, -1));
    return a;
}

} // namespace

class TestTerritoryLayer : public QObject {
    Q_OBJECT
    Project m_project;
    geo::Box m_extent;

private slots:
    void initTestCase() {
        io::UnitImportOptions options = io::UnitImporter::bundledOptions(QStringLiteral("zips"));
        options.where = QStringLiteral("state_code IN ('09', '25', '44')");
        io::UnitImportResult units = io::UnitImporter::importUnits(options);
        QVERIFY2(units.ok, qPrintable(units.error));
        QVERIFY(units.units.size() > 500);
        m_project.units = std::move(units.units);
        m_project.adjacency = std::move(units.adjacency);
        std::mt19937 rng(7);
        testsupport::GrownTerritories::grow(m_project, 40, rng);
        m_extent = m_project.units.front().bounds;
        for (const Unit& u : m_project.units) boost::geometry::expand(m_extent, u.bounds);
    }

    void fillsCoverTheLandOnce_data() {
        QTest::addColumn<double>("resolution"); // metres per pixel; 0: fit the three states
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("simplified");
        QTest::newRow("country view, 1280x720") << 2500.0 << QSize(1280, 720) << true;
        QTest::newRow("the states, 1280x720") << 0.0 << QSize(1280, 720) << true;
        QTest::newRow("the states, 1024x700") << 0.0 << QSize(1024, 700) << true;
        QTest::newRow("Boston, 1024x700") << 12.0 << QSize(1024, 700) << false;
    }
    void fillsCoverTheLandOnce() {
        QFETCH(double, resolution);
        QFETCH(QSize, size);
        QFETCH(bool, simplified);
        MapViewport view = MapViewport(geo::MercatorPoint{}, 1000.0, size).fittedTo(m_extent);
        if (resolution > 0)
            view = MapViewport(
                geo::WebMercator::project(resolution < 100 ? geo::GeoPoint{-71.06, 42.36} : geo::GeoPoint{-71.8, 42.0}),
                resolution, size);

        TerritoryLayer layer(fillsOnly());
        const auto geometry = TerritoryLayer::prepare(m_project.units, m_project.adjacency);
        layer.setGeometry(geometry);
        layer.setAssignment(assignmentOf(m_project));
        const int level = geometry->sharedEdges.levelFor(view);
        QCOMPARE(level > 0, simplified);
        if (simplified) QVERIFY(geometry->sharedEdges.vertexCount(level) < geometry->sharedEdges.vertexCount(0));
        std::atomic_bool notCancelled{false};
        const QImage image = layer.render(view, notCancelled);

        // The land, exactly: every unit's polygon at full detail in one odd-even path.
        QPainterPath land;
        land.setFillRule(Qt::OddEvenFill);
        for (int u = 0; u < geometry->units.itemCount(); ++u) geometry->units.appendTo(land, u, view);
        QImage reference(size, QImage::Format_ARGB32_Premultiplied);
        reference.fill(Qt::transparent);
        {
            QPainter p(&reference);
            p.setPen(Qt::NoPen);
            p.fillPath(land, Qt::black);
        }
        auto inLand = [&](int x, int y) { return qAlpha(reference.pixel(x, y)) > 0; };
        // Pixels along the land's edge may go either way (the simplified coast is within a pixel).
        auto nearEdge = [&](int x, int y) {
            const bool here = inLand(x, y);
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = x + dx, ny = y + dy;
                    if (nx >= 0 && ny >= 0 && nx < size.width() && ny < size.height() && inLand(nx, ny) != here)
                        return true;
                }
            return false;
        };
        int landPixels = 0, gaps = 0, twice = 0, spilled = 0;
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x) {
                const int alpha = qAlpha(image.pixel(x, y));
                if (alpha > 128) ++twice;
                if (nearEdge(x, y)) continue;
                if (inLand(x, y)) {
                    ++landPixels;
                    if (alpha == 0) ++gaps;
                } else if (alpha > 0) {
                    ++spilled;
                }
            }
        // Unsimplified, the rings fill exactly what the territories' unit polygons fill.
        if (!simplified) {
            QImage units(size, QImage::Format_ARGB32_Premultiplied);
            units.fill(Qt::transparent);
            QPainter p(&units);
            p.setPen(Qt::NoPen);
            const auto assignment = assignmentOf(m_project);
            for (std::size_t slot = 0; slot < assignment->colors.size(); ++slot) {
                QPainterPath path;
                path.setFillRule(Qt::OddEvenFill);
                for (int u = 0; u < geometry->units.itemCount(); ++u)
                    if (assignment->unitSlot[std::size_t(u)] == int(slot)) geometry->units.appendTo(path, u, view);
                QColor c = assignment->colors[slot];
                c.setAlphaF(128.0f / 255.0f);
                p.fillPath(path, c);
            }
            p.end();
            QCOMPARE(image.convertToFormat(QImage::Format_ARGB32), units.convertToFormat(QImage::Format_ARGB32));
        }
        QVERIFY2(landPixels > 100, qPrintable(QString::number(landPixels)));
        // The half-pixel snap of every vertex can fold a sliver thinner than a pixel where a
        // border wiggles (the unit-by-unit fill of the same data shows the same pixel): one in
        // ten thousand, no more.
        QVERIFY2(gaps == 0 && twice <= 1 + landPixels / 10000 && spilled == 0,
                 qPrintable(QStringLiteral("%1 land pixels: %2 empty, %3 filled twice, %4 outside filled")
                                .arg(landPixels)
                                .arg(gaps)
                                .arg(twice)
                                .arg(spilled)));
    }

    // Unit outlines: not while the typical (median) unit is a few pixels on screen, only once
    // it is at least unitOutlineMinMedianPx wide.
    void outlinesOnlyWhenTheTypicalUnitIsBigEnough() {
        MapRenderStyle style;
        style.territoryFillAlpha = 0.0;
        style.territoryBorder = Qt::transparent;
        style.unitOutline = QColor(255, 0, 0);
        TerritoryLayer layer(style);
        const auto geometry = TerritoryLayer::prepare(m_project.units, m_project.adjacency);
        layer.setGeometry(geometry);
        layer.setAssignment(assignmentOf(m_project));
        QVERIFY(geometry->medianUnitSize > 0);
        std::atomic_bool notCancelled{false};
        const QSize size(800, 600);
        const geo::GeoPoint centre{-72.0, 42.2};
        auto outlinePixels = [&](double medianPx) {
            const MapViewport view(geo::WebMercator::project(centre), geometry->medianUnitSize / medianPx, size);
            const QImage image = layer.render(view, notCancelled);
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) n += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
            return n;
        };
        const double threshold = style.unitOutlineMinMedianPx;
        QCOMPARE(outlinePixels(threshold * 0.9), 0);
        QVERIFY(outlinePixels(threshold * 1.1) > 1000);
        QVERIFY(outlinePixels(threshold * 3) > 1000);
    }

    // An edit repaints a region from the rings of the territories there; the result equals a
    // full render of the new assignment.
    void patchEqualsFullRender() {
        const QSize size(1024, 700);
        const MapViewport view = MapViewport(geo::MercatorPoint{}, 1000.0, size).fittedTo(m_extent);
        TerritoryLayer layer(fillsOnly());
        const auto geometry = TerritoryLayer::prepare(m_project.units, m_project.adjacency);
        layer.setGeometry(geometry);
        auto assignment = assignmentOf(m_project);
        layer.setAssignment(assignment);
        std::atomic_bool notCancelled{false};
        const QImage before = layer.render(view, notCancelled);
        // Unit 0 moves to the territory of a neighbour that differs.
        auto changed = std::make_shared<TerritoryLayer::Assignment>(*assignment);
        int unit = -1;
        for (const geo::SharedEdge& e : m_project.adjacency)
            if (changed->unitSlot[std::size_t(e.unitA)] != changed->unitSlot[std::size_t(e.unitB)]) {
                changed->unitSlot[std::size_t(e.unitA)] = changed->unitSlot[std::size_t(e.unitB)];
                unit = e.unitA;
                break;
            }
        QVERIFY(unit >= 0);
        layer.setAssignment(changed);
        const QImage patched = layer.renderPatch(view, before, geometry->units.bounds(unit), notCancelled);
        const QImage full = layer.render(view, notCancelled);
        QCOMPARE(patched.convertToFormat(QImage::Format_ARGB32), full.convertToFormat(QImage::Format_ARGB32));
        QVERIFY(patched != before);
    }
};

QTEST_MAIN(TestTerritoryLayer)
#include "tst_territorylayer.moc"
