#include "ui/map/mapcanvas.h"

#include "ui/map/accountlayer.h"
#include "ui/map/basemaplayer.h"
#include "ui/map/highlightlayer.h"
#include "ui/map/labellayer.h"
#include "ui/map/maprenderoverlay.h"
#include "ui/map/maprendersnapshot.h"
#include "ui/tools/pantool.h"
#include "ui/map/rephomelayer.h"
#include "ui/map/territorylayer.h"
#include "ui/map/tilelayer.h"

#include "geo/unitindex.h"
#include "io/import/basemaploader.h"
#include "model/contiguity.h"
#include "model/project.h"

#include <QHelpEvent>
#include <QNativeGestureEvent>
#include <QKeyEvent>
#include <QToolTip>
#include <QPolygonF>

#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/strategies/strategies.hpp>
#include <boost/geometry/algorithms/intersects.hpp>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace tp::ui {
namespace {

// The lower 48 states: the view before any project is open.
const geo::Box defaultExtent(geo::GeoPoint{-125.0, 24.5}, geo::GeoPoint{-66.5, 49.5});

// Most units' extent: the units whose centre lies near the 1st..99th percentile box of unit
// centres (within a quarter of its size), so that a few far-away units (Aleutians across the
// antimeridian, Guam) do not shrink the main area to a dot, while the edges (Maine) stay in.
geo::Box robustExtent(const Project& project) {
    std::vector<double> xs, ys;
    for (const Unit& u : project.units) {
        xs.push_back((u.bounds.min_corner().lon + u.bounds.max_corner().lon) * 0.5);
        ys.push_back((u.bounds.min_corner().lat + u.bounds.max_corner().lat) * 0.5);
    }
    if (xs.empty()) return defaultExtent;
    std::sort(xs.begin(), xs.end());
    std::sort(ys.begin(), ys.end());
    const std::size_t n = xs.size();
    const std::size_t lo = n >= 50 ? n / 100 : 0, hi = n >= 50 ? n - 1 - n / 100 : n - 1;
    const double marginX = (xs[hi] - xs[lo]) * 0.25, marginY = (ys[hi] - ys[lo]) * 0.25;
    geo::Box box;
    bool first = true;
    for (const Unit& u : project.units) {
        const double cx = (u.bounds.min_corner().lon + u.bounds.max_corner().lon) * 0.5;
        const double cy = (u.bounds.min_corner().lat + u.bounds.max_corner().lat) * 0.5;
        if (cx < xs[lo] - marginX || cx > xs[hi] + marginX || cy < ys[lo] - marginY || cy > ys[hi] + marginY) continue;
        if (first) {
            box = u.bounds;
            first = false;
        } else {
            boost::geometry::expand(box, u.bounds);
        }
    }
    return box;
}

} // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);

    m_baseLayer = std::make_shared<BaseMapLayer>(m_style);
    m_territoryLayer = std::make_shared<TerritoryLayer>(m_style);
    m_accountLayer = std::make_shared<AccountLayer>(m_style);
    m_repLayer = std::make_shared<RepHomeLayer>(m_style);
    m_highlightLayer = std::make_shared<HighlightLayer>(m_style);
    m_labelLayer = std::make_shared<LabelLayer>();
    m_tileLayer = std::make_shared<TileLayer>();
    m_tileLayer->setVisible(false);  // online tiles are opt-in
    m_layers = {m_baseLayer, m_tileLayer, m_territoryLayer, m_highlightLayer, m_accountLayer, m_repLayer, m_labelLayer};
    m_cache.resize(m_layers.size());
    m_running.resize(m_layers.size());

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(25);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MapCanvas::startRender);

    m_panTool = std::make_unique<PanTool>(this);
    m_tool = m_panTool.get();
    m_tool->activate();
    setCursor(m_tool->cursor());
    m_view = MapViewport(geo::MercatorPoint{}, 5000.0, QSize(640, 480), 1.0).fittedTo(defaultExtent);
}

MapCanvas::~MapCanvas() {
    if (m_tool) m_tool->deactivate();
    // Jobs hold shared_ptrs to their layer and snapshot, so they may finish on their own; they
    // are only told to stop early. The base-map load is waited for: it uses GDAL, which must not
    // be torn down at process exit under a running read.
    cancelAll();
    m_baseMapLoad.waitForFinished();
}

// ---------------------------------------------------------------- data

void MapCanvas::setProject(const Project* project) {
    m_project = project;
    m_unitsKey = m_accountsKey = 0;
    m_unitIndex.reset();
    m_selection.clear();
    m_changed.clear();
    if (!project) {
        m_highlightLayer->setMarks({});
        m_labelLayer->setLabels({});
        m_territoryLayer->setGeometry(nullptr);
        m_territoryLayer->setAssignment(nullptr);
        m_accountLayer->setPoints(nullptr);
        m_repLayer->setMarkers(nullptr);
        refresh();
        return;
    }
    projectChanged();
}

void MapCanvas::projectChanged() {
    if (!m_project) return;
    const quint64 unitsKey = MapRenderSnapshot::unitsFingerprint(*m_project);
    if (unitsKey != m_unitsKey) {
        m_unitsKey = unitsKey;
        m_unitIndex.reset();
        m_territoryLayer->setGeometry(TerritoryLayer::prepare(m_project->units, m_project->adjacency));
    }
    const quint64 accountsKey = MapRenderSnapshot::accountsFingerprint(*m_project);
    if (accountsKey != m_accountsKey) {
        m_accountsKey = accountsKey;
        updateAccountPoints();
    }
    m_repLayer->setMarkers(MapRenderSnapshot::repMarkers(*m_project));
    assignmentChanged();
}

void MapCanvas::assignmentChanged(bool withContiguity) {
    if (!m_project) return;
    const quint64 before = m_territoryLayer->revision();
    m_territoryLayer->setAssignment(MapRenderSnapshot::assignment(*m_project, m_shownScenario));
    noteTerritoryRevision(before, std::nullopt);
    updateHighlights(withContiguity);
    refresh();
}

void MapCanvas::unitsChanged(const std::vector<int>& units) {
    if (!m_project) return;
    const auto geometry = m_territoryLayer->geometry();
    std::optional<MercatorRect> region;
    for (int u : units) {
        if (!geometry || u < 0 || u >= geometry->units.itemCount()) {
            region.reset();
            break;
        }
        const MercatorRect& b = geometry->units.bounds(u);
        region = region ? MercatorRect{std::min(region->minX, b.minX), std::min(region->minY, b.minY), std::max(region->maxX, b.maxX),
                                       std::max(region->maxY, b.maxY)}
                        : b;
    }
    const quint64 before = m_territoryLayer->revision();
    m_territoryLayer->setAssignment(MapRenderSnapshot::assignment(*m_project, m_shownScenario));
    noteTerritoryRevision(before, region);
    updateHighlights(false);
    // A drag step's patch is cheap: render it at the next turn of the event loop instead of
    // waiting for the merge delay (mouse moves already arrive at most once per event loop turn).
    m_renderComplete = false;
    m_refreshTimer.stop();
    if (!m_renderQueued) {
        m_renderQueued = true;
        QMetaObject::invokeMethod(this, [this] {
            m_renderQueued = false;
            startRender();
        }, Qt::QueuedConnection);
    }
}

void MapCanvas::noteTerritoryRevision(quint64 before, std::optional<MercatorRect> region) {
    const quint64 now = m_territoryLayer->revision();
    if (now == before) return;
    m_territoryDirty.emplace_back(now, region);
    if (m_territoryDirty.size() > 4096) m_territoryDirty.erase(m_territoryDirty.begin());  // then a full render
}

void MapCanvas::setSelection(std::vector<int> units) {
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    if (units == m_selection) return;
    m_selection = std::move(units);
    updateHighlights();
    refresh();
}

void MapCanvas::setAccountFilter(const QSet<QString>& hiddenSegments, const QSet<QString>& hiddenIndustries) {
    if (hiddenSegments == m_hiddenSegments && hiddenIndustries == m_hiddenIndustries) return;
    m_hiddenSegments = hiddenSegments;
    m_hiddenIndustries = hiddenIndustries;
    updateAccountPoints();
    refresh();
}

void MapCanvas::setAccountSizeMeasure(int measure) {
    if (measure == m_accountSizeMeasure) return;
    m_accountSizeMeasure = measure;
    updateAccountPoints();
    refresh();
}

void MapCanvas::updateAccountPoints() {
    if (m_project)
        m_accountLayer->setPoints(MapRenderSnapshot::accountPoints(*m_project, m_hiddenSegments, m_hiddenIndustries, m_accountSizeMeasure));
}

void MapCanvas::setOverlayTextSize(double pixels) {
    m_style.overlayTextPx = pixels;
    update();
}

void MapCanvas::setChangedUnits(std::vector<int> units) {
    if (units == m_changed) return;
    m_changed = std::move(units);
    updateHighlights();
    refresh();
}

void MapCanvas::setShownScenario(qint64 scenarioId) {
    m_shownScenario = scenarioId;
    assignmentChanged();
}

qint64 MapCanvas::shownScenario() const {
    if (m_shownScenario) return m_shownScenario;
    return m_project ? m_project->currentScenarioId : 0;
}

void MapCanvas::updateHighlights(bool withContiguity) {
    HighlightLayer::Marks marks;
    marks.geometry = m_territoryLayer->geometry();
    marks.selected = m_selection;
    marks.changed = m_changed;
    const Scenario* shown = m_project ? m_project->scenario(shownScenario()) : nullptr;
    if (shown && withContiguity) marks.stray = Contiguity::strayUnits(*m_project, *shown);
    else if (shown) marks.stray = m_highlightLayer->marks().stray;
    m_highlightLayer->setMarks(std::move(marks));
}

void MapCanvas::setBaseMap(const io::BaseMap& baseMap) {
    m_baseLayer->setGeometry(BaseMapLayer::prepare(baseMap));
    refresh();
}

void MapCanvas::loadBaseMapAsync(const QString& path) {
    using Loaded = LoadedBaseMap;
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        const Loaded loaded = watcher->result();
        watcher->deleteLater();
        if (loaded.geometry) {
            m_baseLayer->setGeometry(std::static_pointer_cast<const BaseMapLayer::Geometry>(loaded.geometry));
            refresh();
        }
        emit baseMapLoaded(loaded.geometry != nullptr, loaded.message);
    });
    m_baseMapLoad = QtConcurrent::run([path] {
        const io::BaseMapLoadResult result = io::BaseMapLoader::load(path);
        Loaded loaded;
        if (result.ok) loaded.geometry = BaseMapLayer::prepare(result.map);
        loaded.message = result.ok ? result.warnings.join(QLatin1Char('\n')) : result.error;
        return loaded;
    });
    watcher->setFuture(m_baseMapLoad);
}

// ---------------------------------------------------------------- view

void MapCanvas::setViewport(const MapViewport& view) {
    if (view == m_view) return;
    m_view = view;
    m_viewInitialised = true;
    update();
    emit viewChanged();
    if (!m_panning) refresh();
}

void MapCanvas::setView(geo::MercatorPoint center, double resolution) {
    m_fitExtent.reset();
    setViewport(MapViewport(center, resolution, m_view.size(), m_view.devicePixelRatio()));
}

void MapCanvas::zoomToExtent(const geo::Box& lonlat) {
    m_fitExtent = lonlat;
    setViewport(m_view.fittedTo(lonlat));
}

void MapCanvas::zoomToProject() {
    zoomToExtent(m_project && !m_project->units.empty() ? robustExtent(*m_project) : defaultExtent);
}

void MapCanvas::zoomAt(QPointF widgetPos, double factor) {
    m_fitExtent.reset();
    setViewport(m_view.zoomedAt(widgetPos, factor));
}
void MapCanvas::zoomIn() { zoomAt(QPointF(width() / 2.0, height() / 2.0), 2.0); }
void MapCanvas::zoomOut() { zoomAt(QPointF(width() / 2.0, height() / 2.0), 0.5); }

void MapCanvas::beginPan() {
    m_panning = true;
    m_fitExtent.reset();
}

void MapCanvas::panByPixels(QPointF delta) {
    if (delta.isNull()) return;
    m_fitExtent.reset();
    setViewport(m_view.pannedByPixels(delta));
}

void MapCanvas::endPan() {
    m_panning = false;
    refresh();
}

// ---------------------------------------------------------------- hit tests

const geo::UnitIndex* MapCanvas::unitIndex() const {
    if (!m_project) return nullptr;
    if (!m_unitIndex) {
        std::vector<geo::MultiPolygon> shapes;
        shapes.reserve(m_project->units.size());
        for (const Unit& u : m_project->units) shapes.push_back(u.shape);
        m_unitIndex = std::make_unique<geo::UnitIndex>(std::move(shapes));
    }
    return m_unitIndex.get();
}

int MapCanvas::unitAt(QPointF widgetPos) const {
    const geo::UnitIndex* index = unitIndex();
    return index ? index->unitAt(m_view.toGeo(widgetPos)) : -1;
}

std::vector<int> MapCanvas::unitsAlong(QPointF a, QPointF b, double stepPx) const {
    std::vector<int> result;
    const QPointF d = b - a;
    const int steps = std::max(1, int(std::ceil(std::hypot(d.x(), d.y()) / stepPx)));
    for (int i = 0; i <= steps; ++i) {
        const int unit = unitAt(a + d * (double(i) / steps));
        if (unit >= 0 && (result.empty() || result.back() != unit)) result.push_back(unit);
    }
    return result;
}

std::vector<int> MapCanvas::unitsInside(const QPolygonF& widgetPolygon) const {
    std::vector<int> result;
    if (!m_project || widgetPolygon.size() < 3) return result;
    // Mercator keeps screen rectangles axis-aligned, so the polygon's bounds are a lon/lat box.
    const QRectF r = widgetPolygon.boundingRect();
    const geo::GeoPoint a = m_view.toGeo(r.topLeft()), b = m_view.toGeo(r.bottomRight());
    const geo::Box box(geo::GeoPoint{std::min(a.lon, b.lon), std::min(a.lat, b.lat)},
                       geo::GeoPoint{std::max(a.lon, b.lon), std::max(a.lat, b.lat)});
    for (std::size_t u = 0; u < m_project->units.size(); ++u) {
        const Unit& unit = m_project->units[u];
        if (!boost::geometry::intersects(box, unit.bounds)) continue;
        geo::GeoPoint centre;
        boost::geometry::centroid(unit.shape, centre);
        if (widgetPolygon.containsPoint(m_view.toScreen(centre), Qt::OddEvenFill)) result.push_back(int(u));
    }
    return result;
}

int MapCanvas::accountAt(QPointF widgetPos, double radiusPx) const {
    if (!m_accountLayer->isVisible()) return -1;
    const auto points = m_accountLayer->points();
    if (!points) return -1;
    int best = -1;
    double bestD2 = radiusPx * radiusPx;
    for (std::size_t i = 0; i < points->position.size(); ++i) {
        if (points->segment[i] == AccountLayer::hidden) continue;
        const QPointF s = m_view.toScreen(points->position[i]);
        const double dx = s.x() - widgetPos.x(), dy = s.y() - widgetPos.y();
        const double d2 = dx * dx + dy * dy;
        if (d2 <= bestD2) {
            bestD2 = d2;
            best = int(i);
        }
    }
    return best;
}

void MapCanvas::clickAt(QPointF widgetPos) {
    if (const int account = accountAt(widgetPos); account >= 0) {
        emit accountClicked(account);
        return;
    }
    if (const int unit = unitAt(widgetPos); unit >= 0) emit unitClicked(unit);
}

// ---------------------------------------------------------------- layers and tools

std::vector<MapLayer*> MapCanvas::layers() const {
    std::vector<MapLayer*> result;
    for (const auto& l : m_layers) result.push_back(l.get());
    return result;
}

void MapCanvas::setLayerOrder(const std::vector<MapLayer*>& order) {
    if (order.size() != m_layers.size()) return;
    std::vector<std::size_t> from;
    for (MapLayer* l : order) {
        const auto it = std::find_if(m_layers.begin(), m_layers.end(), [l](const auto& x) { return x.get() == l; });
        if (it == m_layers.end()) return;
        from.push_back(std::size_t(it - m_layers.begin()));
    }
    if (std::is_sorted(from.begin(), from.end())) return;
    cancelAll();
    std::vector<std::shared_ptr<MapLayer>> layers;
    std::vector<LayerCache> cache;
    for (std::size_t i : from) {
        layers.push_back(m_layers[i]);
        cache.push_back(m_cache[i]);
    }
    m_layers = std::move(layers);
    m_cache = std::move(cache);
    m_running.assign(m_layers.size(), RunningJob{});
    refresh();
}

void MapCanvas::setLayerVisible(MapLayer* layer, bool visible) {
    if (!layer || layer->isVisible() == visible) return;
    layer->setVisible(visible);
    refresh();
}

void MapCanvas::setTileSource(const TileSource& source) {
    if (source == m_tileSource) return;
    m_tileSource = source;
    disconnect(m_tilesArrived);
    std::shared_ptr<TileCache> cache;
    if (source.enabled && source.isValid()) {
        cache = TileCache::create(source);
        m_tilesArrived = connect(cache.get(), &TileCache::tilesArrived, this, [this] {
            m_tileLayer->tilesChanged();
            refresh();
        });
    }
    m_tileLayer->setCache(cache);
    m_tileLayer->setVisible(cache != nullptr);
    refresh();
    update();  // the attribution
}

QString MapCanvas::tileAttribution() const {
    return m_tileLayer->isVisible() && m_tileSource.enabled ? m_tileSource.attribution : QString();
}

void MapCanvas::setMapTool(MapTool* tool) {
    if (!tool) tool = m_panTool.get();
    if (tool == m_tool) return;
    if (m_tool) m_tool->deactivate();
    m_tool = tool;
    m_tool->activate();
    setCursor(m_tool->cursor());
}

// ---------------------------------------------------------------- rendering

void MapCanvas::refresh() {
    m_renderComplete = false;
    if (!m_refreshTimer.isActive()) m_refreshTimer.start();
}

void MapCanvas::cancelAll() {
    for (RunningJob& job : m_running) {
        if (job.cancelled) job.cancelled->store(true);
        job = RunningJob{};
    }
}

void MapCanvas::startRender() {
    if (m_panning || !m_view.isValid() || !isVisible()) return;
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        const MapLayer& layer = *m_layers[i];
        RunningJob& job = m_running[i];
        const quint64 revision = layer.revision();
        const bool wanted = layer.isVisible();
        const bool cached = m_cache[i].valid && m_cache[i].view == m_view && m_cache[i].revision == revision;
        const bool runningRight = job.watcher && job.view == m_view && job.revision == revision;
        if (job.watcher && (!wanted || cached || !runningRight)) {
            job.cancelled->store(true);  // its result will be ignored when it arrives
            job = RunningJob{};
        }
        if (!wanted || cached || job.watcher) continue;

        job.cancelled = std::make_shared<std::atomic_bool>(false);
        job.view = m_view;
        job.revision = revision;
        job.watcher = new QFutureWatcher<QImage>(this);
        QFutureWatcher<QImage>* watcher = job.watcher;
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, i, watcher] { onJobFinished(i, watcher); });
        std::shared_ptr<MapLayer> layerRef = m_layers[i];
        std::shared_ptr<std::atomic_bool> cancelled = job.cancelled;
        const MapViewport view = m_view;
        // The territory layer repaints only where units changed since its cached image, when
        // every revision since then says where (a drag step) and the view is the same.
        std::optional<MercatorRect> patch;
        const LayerCache& cache = m_cache[i];
        if (layerRef == m_territoryLayer && cache.valid && cache.view == m_view && cache.revision < revision) {
            quint64 covered = 0;
            for (const auto& [rev, region] : m_territoryDirty) {
                if (rev <= cache.revision || rev > revision) continue;
                if (!region) {
                    covered = 0;
                    break;
                }
                ++covered;
                patch = patch ? MercatorRect{std::min(patch->minX, region->minX), std::min(patch->minY, region->minY),
                                             std::max(patch->maxX, region->maxX), std::max(patch->maxY, region->maxY)}
                              : *region;
            }
            if (covered != revision - cache.revision) patch.reset();
        }
        if (patch) {
            const QImage base = cache.image;
            const MercatorRect region = *patch;
            watcher->setFuture(QtConcurrent::run(
                [layerRef, cancelled, view, base, region] { return layerRef->renderPatch(view, base, region, *cancelled); }));
        } else {
            watcher->setFuture(QtConcurrent::run([layerRef, cancelled, view] { return layerRef->render(view, *cancelled); }));
        }
    }
    finishIfDone();
}

void MapCanvas::onJobFinished(std::size_t layer, QFutureWatcher<QImage>* watcher) {
    watcher->deleteLater();
    RunningJob& job = m_running[layer];
    if (job.watcher != watcher) return;  // superseded
    LayerCache& cache = m_cache[layer];
    cache.image = watcher->result();
    cache.image.setDevicePixelRatio(job.view.devicePixelRatio());
    cache.view = job.view;
    cache.revision = job.revision;
    cache.valid = true;
    if (m_layers[layer] == m_territoryLayer)
        std::erase_if(m_territoryDirty, [&](const auto& entry) { return entry.first <= cache.revision; });
    job = RunningJob{};
    finishIfDone();
}

void MapCanvas::finishIfDone() {
    if (m_refreshTimer.isActive()) return;
    for (const RunningJob& job : m_running)
        if (job.watcher) return;
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        if (!m_layers[i]->isVisible()) continue;
        const LayerCache& c = m_cache[i];
        if (!c.valid || !(c.view == m_view) || c.revision != m_layers[i]->revision()) return;  // another pass is due
    }
    composite();
    m_renderComplete = true;
    update();
    emit renderComplete();
}

void MapCanvas::composite() {
    const MapViewport device = m_view.deviceViewport();
    QImage image(device.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_style.water);
    image.setDevicePixelRatio(m_view.devicePixelRatio());
    QPainter p(&image);
    for (std::size_t i = 0; i < m_layers.size(); ++i)
        if (m_layers[i]->isVisible() && m_cache[i].valid) p.drawImage(QPointF(0, 0), m_cache[i].image);
    p.end();
    m_composite = std::move(image);
    m_compositeView = m_view;
}

QImage MapCanvas::renderToImage(QSize size, double devicePixelRatio) const {
    const MapViewport view = m_view.withSize(size, devicePixelRatio);
    const std::atomic_bool notCancelled{false};
    // The layers are independent: render them in parallel, then composite in order.
    std::vector<QFuture<QImage>> futures;
    for (const auto& layer : m_layers) {
        if (!layer->isVisible()) continue;
        std::shared_ptr<MapLayer> layerRef = layer;
        futures.push_back(QtConcurrent::run([layerRef, view, &notCancelled] { return layerRef->render(view, notCancelled); }));
    }
    const MapViewport device = view.deviceViewport();
    QImage image(device.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_style.water);
    QPainter p(&image);
    for (QFuture<QImage>& f : futures) p.drawImage(QPointF(0, 0), f.result());
    p.end();
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter overlay(&image);
    MapRenderOverlay::draw(overlay, view, m_style, tileAttribution());
    return image;
}

// ---------------------------------------------------------------- events

bool MapCanvas::event(QEvent* event) {
    if (event->type() == QEvent::NativeGesture) {
        // Touchpad pinch: value is the relative change of the scale since the last event.
        const auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture && gesture->value() > -0.9) {
            zoomAt(mapFromGlobal(gesture->globalPosition()), 1.0 + gesture->value());
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString text = m_toolTip ? m_toolTip(help->pos()) : QString();
        if (text.isEmpty()) QToolTip::hideText();
        else QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), m_style.water);
    if (!m_composite.isNull()) {
        if (m_compositeView == m_view) {
            p.drawImage(QPointF(0, 0), m_composite);
        } else {
            // Pan or zoom in progress: show the last frame where it now belongs.
            p.setRenderHint(QPainter::SmoothPixmapTransform, !m_panning);
            p.drawImage(m_compositeView.rectIn(m_view), m_composite);
        }
    }
    if (m_tool) m_tool->paint(p);
    MapRenderOverlay::draw(p, m_view, m_style, tileAttribution());
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    const MapViewport resized = m_view.withSize(size(), devicePixelRatioF());
    // Until the user navigates, a fitted extent stays fitted while the window is laid out or resized.
    if (!m_viewInitialised || m_fitExtent) {
        if (!m_fitExtent) m_fitExtent = m_project && !m_project->units.empty() ? robustExtent(*m_project) : defaultExtent;
        m_view = resized.fittedTo(*m_fitExtent);
        m_viewInitialised = true;
        update();
        emit viewChanged();
        refresh();
        return;
    }
    setViewport(resized);
}

void MapCanvas::showEvent(QShowEvent*) {
    if (!(qFuzzyCompare(m_view.devicePixelRatio(), devicePixelRatioF())))
        setViewport(m_view.withSize(size(), devicePixelRatioF()));
    refresh();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton) {
        m_middlePan = true;
        m_middlePanLast = event->position();
        beginPan();
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (m_tool) m_tool->pressEvent(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    emit cursorMoved(m_view.toGeo(event->position()));
    if (m_middlePan) {
        panByPixels(event->position() - m_middlePanLast);
        m_middlePanLast = event->position();
        return;
    }
    if (m_tool) m_tool->moveEvent(event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (m_middlePan && event->button() == Qt::MiddleButton) {
        m_middlePan = false;
        endPan();
        setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::ArrowCursor));
        return;
    }
    if (m_tool) m_tool->releaseEvent(event);
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    if (m_tool) m_tool->wheelEvent(event);
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
    if (m_tool && m_tool->keyPressEvent(event)) return;
    const double stepX = width() * 0.25, stepY = height() * 0.25;
    switch (event->key()) {
    case Qt::Key_Left: panByPixels({stepX, 0}); break;
    case Qt::Key_Right: panByPixels({-stepX, 0}); break;
    case Qt::Key_Up: panByPixels({0, stepY}); break;
    case Qt::Key_Down: panByPixels({0, -stepY}); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_Home: zoomToProject(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace tp::ui
