// MapRenderJob and MapRenderCache without a widget, on the six-square project's real layers:
// what the cache counts as current (layer, revision, view), which layers a pan or an edit
// renders again, where a layer may repaint only a region, cancelling and superseding running
// renders, and that the job's frame is the layers' images stacked over the background.
#include "render/maplayerset.h"
#include "render/maprendercache.h"
#include "render/maprenderjob.h"
#include "render/maprenderstyle.h"
#include "render/territorylayer.h"
#include "render/accountlayer.h"
#include "render/basemaplayer.h"
#include "ui/map/tilelayer.h"

#include "support/pixels.h"
#include "support/squaresproject.h"

#include <QSignalSpy>
#include <QTest>

using namespace tp;
using namespace tp::render;
using namespace tp::ui;
using namespace tp::testsupport;

namespace {

MapViewport testView() {
    return MapViewport(geo::MercatorPoint{}, 5000.0, QSize(600, 400), 1.0)
        .fittedTo(geo::Box({-101.0, 39.0}, {-96.0, 43.0}));
}

} // namespace

class TestMapRenderJob : public QObject {
    Q_OBJECT
private:
    Project m_project;
    std::unique_ptr<MapLayerSet> m_layers;
    MapViewport m_view = testView();

    qint64 cacheKeyOf(const MapRenderCache& cache, const MapLayer* layer) {
        const MapRenderCache::Entry* e = cache.entry(layer);
        return e ? e->image.cacheKey() : 0;
    }

private slots:
    void init() {
        m_project = SquaresProject::make();
        auto tiles = std::make_shared<TileLayer>(); // as the canvas has it: online tiles off
        tiles->setVisible(false);
        m_layers = std::make_unique<MapLayerSet>(tiles);
        m_layers->setProject(&m_project);
    }

    void cacheKeyIsLayerRevisionAndView() {
        MapRenderCache cache;
        const TerritoryLayer& layer = *m_layers->territoryLayer();
        QVERIFY(!cache.isCurrent(layer, m_view));
        QVERIFY(!cache.entry(&layer));
        cache.insert(&layer, QImage(600, 400, QImage::Format_ARGB32_Premultiplied), m_view, layer.revision());
        QVERIFY(cache.isCurrent(layer, m_view));
        QVERIFY(!cache.isCurrent(*m_layers->accountLayer(), m_view)); // per layer
        QVERIFY(!cache.isCurrent(layer, m_view.pannedByPixels(QPointF(1, 0))));
        QVERIFY(!cache.isCurrent(layer, m_view.zoomedAt(QPointF(300, 200), 2.0)));
        QVERIFY(!cache.isCurrent(layer, m_view.withSize(QSize(600, 400), 2.0)));
        m_project.scenarios[0].unitTerritory[5] = SquaresProject::east;
        m_layers->assignmentChanged();
        QVERIFY(!cache.isCurrent(layer, m_view)); // a new revision
        QVERIFY(cache.entry(&layer));             // the old image stays until replaced
    }

    void changedRegionNeedsEveryChangeLocated() {
        MapRenderCache cache;
        const TerritoryLayer& layer = *m_layers->territoryLayer();
        cache.insert(&layer, QImage(600, 400, QImage::Format_ARGB32_Premultiplied), m_view, layer.revision());
        QVERIFY(!cache.changedRegion(layer, m_view)); // nothing changed

        // Two located changes: their union.
        for (auto [unit, territory] : {std::pair(0, SquaresProject::east), std::pair(5, SquaresProject::west)}) {
            m_project.scenarios[0].unitTerritory[std::size_t(unit)] = territory;
            const quint64 before = layer.revision();
            cache.noteChange(layer, before, m_layers->unitsChanged({unit}));
        }
        const auto region = cache.changedRegion(layer, m_view);
        QVERIFY(region);
        const geo::MercatorPoint sw = geo::WebMercator::project({-100, 40}), ne = geo::WebMercator::project({-97, 42});
        QVERIFY(std::abs(region->minX - sw.x) < 1e-6 && std::abs(region->minY - sw.y) < 1e-6);
        QVERIFY(std::abs(region->maxX - ne.x) < 1e-6 && std::abs(region->maxY - ne.y) < 1e-6);
        // Another view: the old image is no base for a patch.
        QVERIFY(!cache.changedRegion(layer, m_view.pannedByPixels(QPointF(5, 0))));

        // A change somewhere unknown: render it all.
        m_project.scenarios[0].unitTerritory[1] = SquaresProject::east;
        const quint64 before = layer.revision();
        m_layers->assignmentChanged();
        cache.noteChange(layer, before, std::nullopt);
        QVERIFY(!cache.changedRegion(layer, m_view));

        // A fresh image drops the changes it includes; a change never noted makes it unknown.
        cache.insert(&layer, QImage(600, 400, QImage::Format_ARGB32_Premultiplied), m_view, layer.revision());
        m_project.scenarios[0].unitTerritory[2] = SquaresProject::east;
        m_layers->unitsChanged({2});
        QVERIFY(!cache.changedRegion(layer, m_view));
    }

    void jobRendersVisibleLayersAndComposes() {
        MapRenderCache cache;
        MapRenderJob job(cache);
        QSignalSpy finished(&job, &MapRenderJob::finished);
        const auto& layers = m_layers->layers();
        QVERIFY(!job.isComplete(layers, m_view));
        job.start(layers, m_view);
        QVERIFY(job.isActive());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!job.isActive());
        QVERIFY(job.isComplete(layers, m_view));
        QVERIFY(!cache.entry(m_layers->tileLayer())); // invisible: not rendered
        const QImage frame = job.compose(layers, m_view, m_layers->style().water);
        QCOMPARE(frame.size(), QSize(600, 400));
        const MapRenderStyle& style = m_layers->style();
        QVERIFY(near(frame.pixelColor(m_view.toScreen(SquaresProject::unitCentre(0)).toPoint()),
                     blend(style.water, SquaresProject::red, style.territoryFillAlpha)));
        QVERIFY(near(frame.pixelColor(m_view.toScreen(SquaresProject::unitCentre(3)).toPoint()),
                     blend(style.water, SquaresProject::blue, style.territoryFillAlpha)));
        QVERIFY(near(frame.pixelColor(m_view.toScreen(SquaresProject::unitCentre(5)).toPoint()), style.water));
        QVERIFY(near(frame.pixelColor(10, 10), style.water));
        // A second start with nothing changed has nothing to do.
        job.start(layers, m_view);
        QVERIFY(!job.isActive());
    }

    void anEditRendersOnlyItsLayer() {
        MapRenderCache cache;
        MapRenderJob job(cache);
        QSignalSpy finished(&job, &MapRenderJob::finished);
        const auto& layers = m_layers->layers();
        job.start(layers, m_view);
        QVERIFY(finished.wait(10000));
        const qint64 territories = cacheKeyOf(cache, m_layers->territoryLayer());
        const qint64 accounts = cacheKeyOf(cache, m_layers->accountLayer());
        const qint64 base = cacheKeyOf(cache, m_layers->baseMapLayer());
        QVERIFY(territories && accounts && base);

        m_project.scenarios[0].unitTerritory[5] = SquaresProject::east;
        m_layers->assignmentChanged();
        job.start(layers, m_view);
        QVERIFY(finished.wait(10000));
        QVERIFY(cacheKeyOf(cache, m_layers->territoryLayer()) != territories);
        QCOMPARE(cacheKeyOf(cache, m_layers->accountLayer()), accounts);
        QCOMPARE(cacheKeyOf(cache, m_layers->baseMapLayer()), base);

        // A pan renders every visible layer again.
        const MapViewport panned = m_view.pannedByPixels(QPointF(30, 0));
        job.start(layers, panned);
        QVERIFY(finished.wait(10000));
        QVERIFY(cacheKeyOf(cache, m_layers->accountLayer()) != accounts);
        QVERIFY(cacheKeyOf(cache, m_layers->baseMapLayer()) != base);
        QVERIFY(job.isComplete(layers, panned));
        QVERIFY(!job.isComplete(layers, m_view));
    }

    void patchedFrameEqualsFullRender() {
        MapRenderCache cache;
        MapRenderJob job(cache);
        const auto& layers = m_layers->layers();
        job.start(layers, m_view);
        job.waitForFinished();
        for (auto [unit, territory] : {std::pair(2, SquaresProject::east), std::pair(5, SquaresProject::west)}) {
            m_project.scenarios[0].unitTerritory[std::size_t(unit)] = territory;
            const quint64 before = m_layers->territoryLayer()->revision();
            cache.noteChange(*m_layers->territoryLayer(), before, m_layers->unitsChanged({unit}));
            QVERIFY(cache.changedRegion(*m_layers->territoryLayer(), m_view));
            job.start(layers, m_view);
            job.waitForFinished();
        }
        const QImage patched = job.compose(layers, m_view, m_layers->style().water);
        const QImage full = MapRenderJob::renderImage(layers, m_view, m_layers->style().water);
        // Equal but for rounding: a border line running through both edits is drawn as one
        // polyline, and the antialiasing of its pixels can differ by 1/255 when a later edit
        // changed where the line starts (tolerance: 3 in the sum of the channel differences).
        QCOMPARE(differingPixels(patched, full, 3), 0);
        QVERIFY(near(full.pixelColor(m_view.toScreen(SquaresProject::unitCentre(2)).toPoint()),
                     blend(m_layers->style().water, SquaresProject::blue, m_layers->style().territoryFillAlpha)));
    }

    void cancelledRendersAreDropped() {
        MapRenderCache cache;
        MapRenderJob job(cache);
        QSignalSpy finished(&job, &MapRenderJob::finished);
        job.start(m_layers->layers(), m_view);
        job.cancel();
        QVERIFY(!job.isActive());
        job.waitForFinished();
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
        for (const auto& layer : m_layers->layers()) QVERIFY(!cache.entry(layer.get()));
    }

    void aNewViewSupersedesRunningRenders() {
        MapRenderCache cache;
        MapRenderJob job(cache);
        QSignalSpy finished(&job, &MapRenderJob::finished);
        const MapViewport zoomed = m_view.zoomedAt(QPointF(300, 200), 2.0);
        job.start(m_layers->layers(), m_view);
        job.start(m_layers->layers(), zoomed);
        QVERIFY(finished.wait(10000));
        QTest::qWait(100); // the superseded renders, had they been kept, would land now
        QCOMPARE(finished.count(), 1);
        for (const auto& layer : m_layers->layers()) {
            if (!layer->isVisible()) continue;
            QVERIFY(cache.entry(layer.get()));
            QVERIFY(cache.entry(layer.get())->view == zoomed);
        }
    }

    void renderImageHonoursVisibilityAndPixelRatio() {
        const auto& layers = m_layers->layers();
        const QPointF centre0 = m_view.toScreen(SquaresProject::unitCentre(0));
        const QImage shown = MapRenderJob::renderImage(layers, m_view, m_layers->style().water);
        QVERIFY(!near(shown.pixelColor(centre0.toPoint()), m_layers->style().water));
        const QImage hidpi =
            MapRenderJob::renderImage(layers, m_view.withSize(m_view.size(), 2.0), m_layers->style().water);
        QCOMPARE(hidpi.size(), QSize(1200, 800));
        QCOMPARE(hidpi.devicePixelRatio(), 2.0);
        QVERIFY(near(hidpi.pixelColor((centre0 * 2).toPoint()), shown.pixelColor(centre0.toPoint())));
        m_layers->territoryLayer()->setVisible(false);
        const QImage hidden = MapRenderJob::renderImage(layers, m_view, m_layers->style().water);
        QVERIFY(near(hidden.pixelColor(centre0.toPoint()), m_layers->style().water));
    }
};

QTEST_MAIN(TestMapRenderJob)
#include "tst_maprenderjob.moc"
