#pragma once
// MapCanvas: the map widget. Shows a Web Mercator view of the base map, the current scenario's
// territories, accounts and rep home bases. Each layer renders on a worker thread (QtConcurrent)
// into a QImage that is cached per layer, layer revision and viewport; the GUI thread only
// composites images. Refresh requests are merged by a short single-shot timer; a newer render
// cancels an older one through its atomic flag without waiting for it. Panning moves the last
// composited image and zooming scales it until the new render arrives. During a drag
// (unitsChanged) the territory layer repaints only around the changed units on its cached image,
// at the next event-loop turn. Layers: optional online tiles, base map, territories,
// highlights (selection, stray pieces, compared changes), accounts, reps, labels.
// The canvas reads the Project (not owned; must outlive the canvas or be reset with
// setProject(nullptr)) only on the GUI thread, in setProject()/projectChanged(), and hands the
// layers immutable snapshots. GUI thread only.

#include "ui/map/mapviewport.h"
#include "ui/map/maprenderstyle.h"
#include "ui/map/tilesource.h"

#include "geo/geometry.h"

#include <QFutureWatcher>
#include <QImage>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tp {
class Project;
namespace geo {
class UnitIndex;
}
namespace io {
struct BaseMap;
}
} // namespace tp

namespace tp::ui {

class AccountLayer;
class BaseMapLayer;
class HighlightLayer;
class LabelLayer;
class MapLayer;
class MapTool;
class PanTool;
class RepHomeLayer;
class TerritoryLayer;
class TileLayer;

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    // --- data
    void setProject(const Project* project);
    const Project* project() const { return m_project; }
    // Re-snapshot the project after any change; only what changed is re-projected and re-rendered.
    void projectChanged();
    // Cheaper variant when only the scenario's assignment, territories or colours changed.
    // withContiguity false keeps the stray-piece marks as they are (during a drag: a whole-plan
    // pass per mouse move is too much; the next full call brings them up to date).
    void assignmentChanged(bool withContiguity = true);
    // Only these units changed territory (a drag step): the territory layer repaints just
    // around them on top of its last image; stray-piece marks wait for assignmentChanged().
    void unitsChanged(const std::vector<int>& units);
    void setBaseMap(const io::BaseMap& baseMap);
    // Loads the base-map GeoPackage on a worker thread; emits baseMapLoaded when done.
    void loadBaseMapAsync(const QString& path);

    // --- view
    const MapViewport& viewport() const { return m_view; }
    geo::MercatorPoint center() const { return m_view.center(); }
    double resolution() const { return m_view.resolution(); }
    void setView(geo::MercatorPoint center, double resolution);
    void zoomToExtent(const geo::Box& lonlat);
    void zoomToProject();
    void zoomAt(QPointF widgetPos, double factor);
    void zoomIn();
    void zoomOut();
    geo::GeoPoint toGeo(QPointF widgetPos) const { return m_view.toGeo(widgetPos); }
    QPointF toWidget(geo::GeoPoint point) const { return m_view.toScreen(point); }

    // Panning gesture: moves the last image; renders again at endPan().
    void beginPan();
    void panByPixels(QPointF delta);
    void endPan();

    // --- hit tests (widget pixels)
    int unitAt(QPointF widgetPos) const;                             // -1: none
    // The units under the segment a-b, in order, each once (sampled every few pixels, so a fast
    // mouse does not skip units).
    std::vector<int> unitsAlong(QPointF a, QPointF b, double stepPx = 3.0) const;
    // Units whose centroid lies inside the polygon (widget pixels; a rectangle or a lasso).
    std::vector<int> unitsInside(const QPolygonF& widgetPolygon) const;
    int accountAt(QPointF widgetPos, double radiusPx = 6.0) const;  // nearest within radius, -1: none
    // Emits accountClicked for an account under the point, else unitClicked for the unit there.
    void clickAt(QPointF widgetPos);
    // Accounts of these segments or industries are neither drawn nor hit.
    void setAccountFilter(const QSet<QString>& hiddenSegments, const QSet<QString>& hiddenIndustries);
    // Account points sized by a measure's quintiles (MeasureColumns::Builtin; -1: all alike).
    void setAccountSizeMeasure(int measure);
    // Text for the tooltip at a point (empty: none); set by whoever knows the figures.
    void setToolTipProvider(std::function<QString(QPointF)> provider) { m_toolTip = std::move(provider); }

    // --- layers and tools
    BaseMapLayer* baseMapLayer() const { return m_baseLayer.get(); }
    TerritoryLayer* territoryLayer() const { return m_territoryLayer.get(); }
    AccountLayer* accountLayer() const { return m_accountLayer.get(); }
    RepHomeLayer* repLayer() const { return m_repLayer.get(); }
    HighlightLayer* highlightLayer() const { return m_highlightLayer.get(); }
    LabelLayer* labelLayer() const { return m_labelLayer.get(); }
    // Optional online tiles, drawn above the vector base map (off by default). Enabling a valid
    // source shows the layer and its attribution; fetching happens on this (the GUI) thread.
    void setTileSource(const TileSource& source);
    const TileSource& tileSource() const { return m_tileSource; }
    TileLayer* tileLayer() const { return m_tileLayer.get(); }
    // Units drawn as selected (outlined); stray pieces of territories are marked automatically.
    void setSelection(std::vector<int> units);
    const std::vector<int>& selection() const { return m_selection; }
    // Units drawn cross-hatched, e.g. those that differ from a compared scenario.
    void setChangedUnits(std::vector<int> units);
    const std::vector<int>& changedUnits() const { return m_changed; }
    // The scenario shown (0: always the current one), e.g. the right map of a side-by-side compare.
    void setShownScenario(qint64 scenarioId);
    qint64 shownScenario() const;
    void setLayerVisible(MapLayer* layer, bool visible);
    // Layers in drawing order (first = bottom).
    std::vector<MapLayer*> layers() const;
    // A new drawing order of the same layers (others are ignored); the caches follow.
    void setLayerOrder(const std::vector<MapLayer*>& order);
    const MapRenderStyle& style() const { return m_style; }
    // Text size of the scale bar and attribution (logical pixels).
    void setOverlayTextSize(double pixels);

    // The active tool (not owned); nullptr restores the built-in pan tool.
    void setMapTool(MapTool* tool);
    MapTool* mapTool() const { return m_tool; }

    // --- rendering
    void refresh();                        // merged by the refresh timer
    void setRefreshDelay(int milliseconds) { m_refreshTimer.setInterval(milliseconds); }
    bool isRenderComplete() const { return m_renderComplete; }
    // Renders every visible layer synchronously at the current centre and resolution (PNG export,
    // tests, benchmarks), with scale bar and attribution.
    QImage renderToImage(QSize size, double devicePixelRatio = 1.0) const;

signals:
    void cursorMoved(tp::geo::GeoPoint position);
    void viewChanged();
    void unitClicked(int unitIndex);
    void accountClicked(int accountIndex);
    void renderComplete();
    void baseMapLoaded(bool ok, const QString& message);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct LayerCache {
        QImage image;
        MapViewport view;
        quint64 revision = 0;
        bool valid = false;
    };
    struct LoadedBaseMap {
        std::shared_ptr<const void> geometry;  // BaseMapLayer::Geometry
        QString message;
    };
    struct RunningJob {
        QFutureWatcher<QImage>* watcher = nullptr;
        std::shared_ptr<std::atomic_bool> cancelled;
        MapViewport view;
        quint64 revision = 0;
    };

    void setViewport(const MapViewport& view);
    void startRender();
    void onJobFinished(std::size_t layer, QFutureWatcher<QImage>* watcher);
    void finishIfDone();
    void composite();
    void cancelAll();
    void updateHighlights(bool withContiguity = true);
    const geo::UnitIndex* unitIndex() const;
    QString tileAttribution() const;

    MapRenderStyle m_style;
    const Project* m_project = nullptr;
    quint64 m_unitsKey = 0;
    quint64 m_accountsKey = 0;
    mutable std::unique_ptr<geo::UnitIndex> m_unitIndex;

    std::shared_ptr<BaseMapLayer> m_baseLayer;
    std::shared_ptr<TerritoryLayer> m_territoryLayer;
    std::shared_ptr<AccountLayer> m_accountLayer;
    std::shared_ptr<RepHomeLayer> m_repLayer;
    std::shared_ptr<HighlightLayer> m_highlightLayer;
    std::shared_ptr<LabelLayer> m_labelLayer;
    std::shared_ptr<TileLayer> m_tileLayer;
    TileSource m_tileSource;
    QMetaObject::Connection m_tilesArrived;
    std::vector<int> m_selection;
    std::vector<int> m_changed;
    // Territory-layer revisions since its cached image and where each changed (nullopt: anywhere).
    std::vector<std::pair<quint64, std::optional<MercatorRect>>> m_territoryDirty;
    void noteTerritoryRevision(quint64 before, std::optional<MercatorRect> region);
    std::function<QString(QPointF)> m_toolTip;
    QSet<QString> m_hiddenSegments, m_hiddenIndustries;
    int m_accountSizeMeasure = -1;
    void updateAccountPoints();
    qint64 m_shownScenario = 0;
    std::vector<std::shared_ptr<MapLayer>> m_layers;  // drawing order
    std::vector<LayerCache> m_cache;
    std::vector<RunningJob> m_running;

    MapViewport m_view;
    bool m_viewInitialised = false;
    std::optional<geo::Box> m_fitExtent;  // kept fitted on resize until the user pans or zooms
    bool m_panning = false;
    bool m_middlePan = false;   // the middle button pans whatever the tool
    QPointF m_middlePanLast;
    QImage m_composite;
    MapViewport m_compositeView;
    bool m_renderComplete = false;
    QTimer m_refreshTimer;
    bool m_renderQueued = false;  // a drag step's render waits only for the next event loop turn
    QFuture<LoadedBaseMap> m_baseMapLoad;

    std::unique_ptr<PanTool> m_panTool;
    MapTool* m_tool = nullptr;
};

} // namespace tp::ui
