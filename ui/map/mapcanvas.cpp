#include "ui/map/mapcanvas.h"

#include "render/accountlayer.h"
#include "render/basemaplayer.h"
#include "render/maprenderoverlay.h"
#include "render/territorylayer.h"
#include "ui/map/tilelayer.h"
#include "ui/tools/pantool.h"

#include "io/import/basemaploader.h"
#include "model/project.h"

#include <QFutureWatcher>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>

#include <boost/geometry/algorithms/expand.hpp>

#include <algorithm>

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

MapCanvas::MapCanvas(QWidget* parent)
    : QWidget(parent), m_tileLayer(std::make_shared<TileLayer>()), m_layers(m_tileLayer), m_job(m_cache) {
    m_tileLayer->setVisible(false); // online tiles are opt-in
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(25);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(&m_job, &render::MapRenderJob::finished, this, &MapCanvas::finishIfDone);

    m_panTool = std::make_unique<PanTool>(this);
    m_tool = m_panTool.get();
    m_tool->activate();
    setCursor(m_tool->cursor());
    m_view = render::MapViewport(geo::MercatorPoint{}, 5000.0, QSize(640, 480), 1.0).fittedTo(defaultExtent);
}

MapCanvas::~MapCanvas() {
    if (m_tool) m_tool->deactivate();
    // Render tasks hold shared_ptrs to their layer and snapshot, so they may finish on their
    // own; the job only tells them to stop early. The base-map load is waited for: it uses GDAL,
    // which must not be torn down at process exit under a running read.
    m_job.cancel();
    m_baseMapLoad.waitForFinished();
}

// ---------------------------------------------------------------- data

void MapCanvas::setProject(const Project* project) {
    const quint64 before = territoryLayer()->revision();
    m_layers.setProject(project);
    m_cache.noteChange(*territoryLayer(), before, std::nullopt);
    refresh();
}

void MapCanvas::projectChanged() {
    if (!project()) return;
    const quint64 before = territoryLayer()->revision();
    m_layers.projectChanged();
    m_cache.noteChange(*territoryLayer(), before, std::nullopt);
    refresh();
}

void MapCanvas::assignmentChanged() {
    if (!project()) return;
    const quint64 before = territoryLayer()->revision();
    m_layers.assignmentChanged();
    m_cache.noteChange(*territoryLayer(), before, std::nullopt);
    refresh();
}

void MapCanvas::setStrayUnits(qint64 scenarioId, std::vector<int> units) {
    if (m_layers.setStrayUnits(scenarioId, std::move(units))) refresh();
}

void MapCanvas::unitsChanged(const std::vector<int>& units) {
    if (!project()) return;
    const quint64 before = territoryLayer()->revision();
    const std::optional<render::MercatorRect> region = m_layers.unitsChanged(units);
    m_cache.noteChange(*territoryLayer(), before, region);
    renderSoon();
}

void MapCanvas::renderSoon() {
    // A drag step's patch is cheap: render it at the next turn of the event loop instead of
    // waiting for the merge delay (mouse moves already arrive at most once per event loop turn).
    // An edit's other views (labels, docks) update in the same turn: refresh() then adds to this
    // render. The event goes before the docks' repaints, so the layers render on the workers
    // while the GUI thread paints the docks.
    m_renderComplete = false;
    m_refreshTimer.stop();
    if (m_renderQueued) return;
    m_renderQueued = true;
    QCoreApplication::postEvent(this, new QEvent(renderSoonEvent), Qt::HighEventPriority);
}

void MapCanvas::setSelection(std::vector<int> units) {
    if (m_layers.setSelection(std::move(units))) refresh();
}

void MapCanvas::setAccountFilter(const QSet<QString>& hiddenSegments, const QSet<QString>& hiddenIndustries) {
    if (m_layers.setAccountFilter(hiddenSegments, hiddenIndustries)) refresh();
}

void MapCanvas::setAccountSizeMeasure(int measure) {
    if (m_layers.setAccountSizeMeasure(measure)) refresh();
}

void MapCanvas::setHeatMapSettings(double radius, bool kilometres, int weightMeasure) {
    if (m_layers.setHeatMapSettings(radius, kilometres, weightMeasure)) refresh();
}

void MapCanvas::setOverlayTextSize(double pixels) {
    m_layers.style().overlayTextPx = pixels;
    update();
}

void MapCanvas::setChangedUnits(std::vector<int> units) {
    if (m_layers.setChangedUnits(std::move(units))) refresh();
}

void MapCanvas::setShownScenario(qint64 scenarioId) {
    if (!project()) {
        m_layers.setShownScenario(scenarioId);
        return;
    }
    const quint64 before = territoryLayer()->revision();
    m_layers.setShownScenario(scenarioId);
    m_cache.noteChange(*territoryLayer(), before, std::nullopt);
    refresh();
}

void MapCanvas::setReferenceTeam(qint64 teamId) {
    m_layers.setReferenceTeam(teamId);
    refresh();
}

void MapCanvas::setBaseMap(const render::BaseMap& baseMap) {
    m_layers.setBaseMap(baseMap);
    refresh();
}

void MapCanvas::loadBaseMapAsync(const QString& path) {
    using Loaded = LoadedBaseMap;
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        const Loaded loaded = watcher->result();
        watcher->deleteLater();
        if (loaded.geometry) {
            baseMapLayer()->setGeometry(
                std::static_pointer_cast<const render::BaseMapLayer::Geometry>(loaded.geometry));
            refresh();
        }
        emit baseMapLoaded(loaded.geometry != nullptr, loaded.message);
    });
    m_baseMapLoad = QtConcurrent::run([path] {
        const io::BaseMapLoadResult result = io::BaseMapLoader::load(path);
        Loaded loaded;
        if (result.ok) loaded.geometry = render::BaseMapLayer::prepare(result.map);
        loaded.message = result.ok ? result.warnings.join(QLatin1Char('\n')) : result.error;
        return loaded;
    });
    watcher->setFuture(m_baseMapLoad);
}

// ---------------------------------------------------------------- view

void MapCanvas::setViewport(const render::MapViewport& view) {
    if (view == m_view) return;
    m_view = view;
    m_viewInitialised = true;
    update();
    emit viewChanged();
    if (!m_panning) refresh();
}

void MapCanvas::setView(geo::MercatorPoint center, double resolution) {
    m_fitExtent.reset();
    setViewport(render::MapViewport(center, resolution, m_view.size(), m_view.devicePixelRatio()));
}

void MapCanvas::zoomToExtent(const geo::Box& lonlat) {
    m_fitExtent = lonlat;
    setViewport(m_view.fittedTo(lonlat));
}

void MapCanvas::zoomToProject() {
    zoomToExtent(project() && !project()->units.empty() ? robustExtent(*project()) : defaultExtent);
}

void MapCanvas::zoomAt(QPointF widgetPos, double factor) {
    m_fitExtent.reset();
    setViewport(m_view.zoomedAt(widgetPos, factor));
}
void MapCanvas::zoomIn() {
    zoomAt(QPointF(width() / 2.0, height() / 2.0), 2.0);
}
void MapCanvas::zoomOut() {
    zoomAt(QPointF(width() / 2.0, height() / 2.0), 0.5);
}

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

int MapCanvas::accountAt(QPointF widgetPos, double radiusPx) const {
    return accountLayer()->isVisible() ? hitTester().accountAt(m_view, widgetPos, radiusPx) : -1;
}

void MapCanvas::clickAt(QPointF widgetPos) {
    if (const int account = accountAt(widgetPos); account >= 0) {
        emit accountClicked(account);
        return;
    }
    if (const int unit = unitAt(widgetPos); unit >= 0) emit unitClicked(unit);
}

// ---------------------------------------------------------------- layers and tools

std::vector<render::MapLayer*> MapCanvas::layers() const {
    std::vector<render::MapLayer*> result;
    for (const auto& l : m_layers.layers()) result.push_back(l.get());
    return result;
}

void MapCanvas::setLayerOrder(const std::vector<render::MapLayer*>& order) {
    if (m_layers.setOrder(order)) refresh(); // the cache is per layer: only the composition changes
}

void MapCanvas::setLayerVisible(render::MapLayer* layer, bool visible) {
    if (!layer || layer->isVisible() == visible) return;
    layer->setVisible(visible);
    refresh();
    emit layerVisibilityChanged(layer, visible);
}

void MapCanvas::setTileSource(const TileSource& source) {
    if (source == m_tileSource) return;
    m_tileSource = source;
    disconnect(m_tilesArrived);
    std::shared_ptr<TileCache> cache;
    if (source.enabled && source.isValid()) {
        cache = TileCache::create(source);
        m_tilesArrived = connect(cache.get(), &TileCache::tilesArrived, this, [this] {
            tileLayer()->tilesChanged();
            refresh();
        });
    }
    tileLayer()->setCache(cache);
    tileLayer()->setVisible(cache != nullptr);
    refresh();
    update(); // the attribution
}

QString MapCanvas::tileAttribution() const {
    return tileLayer()->isVisible() && m_tileSource.enabled ? m_tileSource.attribution : QString();
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
    if (m_renderQueued) return; // the render queued for this turn takes the change along
    if (!m_refreshTimer.isActive()) m_refreshTimer.start();
}

void MapCanvas::startRender() {
    if (m_panning || !m_view.isValid() || !isVisible()) return;
    m_job.start(m_layers.layers(), m_view);
    finishIfDone();
}

void MapCanvas::finishIfDone() {
    if (m_refreshTimer.isActive() || m_job.isActive()) return;
    if (!m_job.isComplete(m_layers.layers(), m_view)) return; // another pass is due
    m_composite = m_job.compose(m_layers.layers(), m_view, style().water);
    m_compositeView = m_view;
    m_renderComplete = true;
    update();
    emit renderComplete();
}

QImage MapCanvas::renderToImage(QSize size, double devicePixelRatio) const {
    const render::MapViewport view = m_view.withSize(size, devicePixelRatio);
    QImage image = render::MapRenderJob::renderImage(m_layers.layers(), view, style().water);
    QPainter overlay(&image);
    render::MapRenderOverlay::draw(overlay, view, style(), tileAttribution());
    return image;
}

// ---------------------------------------------------------------- events

bool MapCanvas::event(QEvent* event) {
    if (event->type() == renderSoonEvent) {
        m_renderQueued = false;
        startRender();
        return true;
    }
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
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), style().water);
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
    render::MapRenderOverlay::draw(p, m_view, style(), tileAttribution());
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    const render::MapViewport resized = m_view.withSize(size(), devicePixelRatioF());
    // Until the user navigates, a fitted extent stays fitted while the window is laid out or resized.
    if (!m_viewInitialised || m_fitExtent) {
        if (!m_fitExtent)
            m_fitExtent = project() && !project()->units.empty() ? robustExtent(*project()) : defaultExtent;
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
        case Qt::Key_Left:
            panByPixels({stepX, 0});
            break;
        case Qt::Key_Right:
            panByPixels({-stepX, 0});
            break;
        case Qt::Key_Up:
            panByPixels({0, stepY});
            break;
        case Qt::Key_Down:
            panByPixels({0, -stepY});
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            break;
        case Qt::Key_Minus:
            zoomOut();
            break;
        case Qt::Key_Home:
            zoomToProject();
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    event->accept();
}

} // namespace tp::ui
