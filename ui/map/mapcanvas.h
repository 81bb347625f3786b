#pragma once
// MapCanvas: the map widget. Shows a Web Mercator view of a MapLayerSet (base map, optional
// online tiles, the shown scenario's territories, highlights, accounts, rep home bases, labels).
// It does what a widget must: turns events into view changes and tool calls, schedules renders
// and paints the composed frame. The layers render into images on worker threads through a
// MapRenderJob and are cached per layer, revision and view in a MapRenderCache; the GUI thread
// only composites. Refresh requests are merged by a short single-shot timer; a newer render
// cancels an older one through its atomic flag without waiting for it. Panning moves the last
// frame and zooming scales it until the new render arrives. When units change (unitsChanged) the
// territory layer repaints only around the changed units, at the next event-loop turn. Hit
// tests are the MapHitTester's, in this view. renderToImage (PNG export) takes the same job path.
// The canvas reads the Project (not owned; must outlive the canvas or be reset with
// setProject(nullptr)) only on the GUI thread, in setProject()/projectChanged() and the other
// data calls, and hands the layers immutable snapshots. GUI thread only.

#include "render/maplayerset.h"
#include "render/maprendercache.h"
#include "render/maprenderjob.h"
#include "render/maprenderstyle.h"
#include "render/mapviewport.h"
#include "ui/map/tilesource.h"

#include "geo/geometry.h"

#include <QEvent>
#include <QFuture>
#include <QImage>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tp::ui {

class TileLayer;

class MapTool;
class PanTool;

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    // --- data (MapLayerSet's, plus a render)
    void setProject(const Project* project);
    const Project* project() const { return m_layers.project(); }
    // Re-snapshot the project after any change; only what changed is re-projected and re-rendered.
    void projectChanged();
    // Cheaper variant when only the scenario's assignment, territories or colours changed.
    void assignmentChanged();
    // Only these units changed territory (a drag step, an edit, an undo): the territory layer
    // repaints just around them on top of its last image.
    void unitsChanged(const std::vector<int>& units);
    // The units of `scenarioId` in stray pieces of their territory, hatched while that scenario
    // is shown (the session's PlanFacts work them out once for every view).
    void setStrayUnits(qint64 scenarioId, std::vector<int> units);
    void setBaseMap(const render::BaseMap& baseMap);
    // Loads the base-map GeoPackage on a worker thread; emits baseMapLoaded when done.
    void loadBaseMapAsync(const QString& path);

    // --- view
    const render::MapViewport& viewport() const { return m_view; }
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

    // --- hit tests in widget pixels (MapHitTester, see there)
    const render::MapHitTester& hitTester() const { return m_layers.hitTester(); }
    int unitAt(QPointF widgetPos) const { return hitTester().unitAt(m_view, widgetPos); }
    std::vector<int> unitsAlong(QPointF a, QPointF b, double stepPx = 3.0) const {
        return hitTester().unitsAlong(m_view, a, b, stepPx);
    }
    std::vector<int> unitsNear(QPointF a, QPointF b, double radiusPx) const {
        return hitTester().unitsNear(m_view, a, b, radiusPx);
    }
    std::vector<int> unitsInside(const QPolygonF& widgetPolygon) const {
        return hitTester().unitsInside(m_view, widgetPolygon);
    }
    int accountAt(QPointF widgetPos, double radiusPx = 6.0) const; // -1: none, or accounts hidden
    // Emits accountClicked for an account under the point, else unitClicked for the unit there.
    void clickAt(QPointF widgetPos);
    // Text for the tooltip at a point (empty: none); set by whoever knows the figures.
    void setToolTipProvider(std::function<QString(QPointF)> provider) { m_toolTip = std::move(provider); }

    // --- layers (MapLayerSet's; a change renders again) and tools
    const render::MapLayerSet& layerSet() const { return m_layers; }
    render::BaseMapLayer* baseMapLayer() const { return m_layers.baseMapLayer(); }
    render::TerritoryLayer* territoryLayer() const { return m_layers.territoryLayer(); }
    render::ThemeLayer* themeLayer() const { return m_layers.themeLayer(); }
    render::AccountLayer* accountLayer() const { return m_layers.accountLayer(); }
    render::RepHomeLayer* repLayer() const { return m_layers.repLayer(); }
    render::HighlightLayer* highlightLayer() const { return m_layers.highlightLayer(); }
    render::LabelLayer* labelLayer() const { return m_layers.labelLayer(); }
    TileLayer* tileLayer() const { return m_tileLayer.get(); }
    render::HeatMapLayer* heatMapLayer() const { return m_layers.heatMapLayer(); }
    // The account heat map's kernel radius (pixels or km) and weighting (MeasureColumns::Builtin; -1: count).
    void setHeatMapSettings(double radius, bool kilometres, int weightMeasure);
    // Accounts of these segments or industries are neither drawn nor hit.
    void setAccountFilter(const QSet<QString>& hiddenSegments, const QSet<QString>& hiddenIndustries);
    // Account points sized by a measure's quintiles (MeasureColumns::Builtin; -1: all alike).
    void setAccountSizeMeasure(int measure);
    // Optional online tiles, drawn above the vector base map (off by default). Enabling a valid
    // source shows the layer and its attribution; fetching happens on this (the GUI) thread.
    void setTileSource(const TileSource& source);
    const TileSource& tileSource() const { return m_tileSource; }
    // Units drawn as selected (outlined).
    void setSelection(std::vector<int> units);
    const std::vector<int>& selection() const { return m_layers.selection(); }
    // Units drawn cross-hatched, e.g. those that differ from a compared scenario.
    void setChangedUnits(std::vector<int> units);
    const std::vector<int>& changedUnits() const { return m_layers.changedUnits(); }
    // The scenario shown (0: always the current one), e.g. the right map of a side-by-side compare.
    void setShownScenario(qint64 scenarioId);
    qint64 shownScenario() const { return m_layers.shownScenario(); }
    // Another team's territory borders over the map for reference (MapLayerSet::setReferenceTeam).
    void setReferenceTeam(qint64 teamId);
    qint64 referenceTeam() const { return m_layers.referenceTeam(); }
    void setLayerVisible(render::MapLayer* layer, bool visible);
    // Layers in drawing order (first = bottom).
    std::vector<render::MapLayer*> layers() const;
    // A new drawing order of the same layers (others are ignored); the caches follow.
    void setLayerOrder(const std::vector<render::MapLayer*>& order);
    const render::MapRenderStyle& style() const { return m_layers.style(); }
    // Text size of the scale bar and attribution (logical pixels).
    void setOverlayTextSize(double pixels);

    // The active tool (not owned); nullptr restores the built-in pan tool.
    void setMapTool(MapTool* tool);
    MapTool* mapTool() const { return m_tool; }

    // --- rendering
    void refresh(); // merged by the refresh timer
    void setRefreshDelay(int milliseconds) { m_refreshTimer.setInterval(milliseconds); }
    bool isRenderComplete() const { return m_renderComplete; }
    // Every visible layer rendered now at the current centre and resolution through a
    // MapRenderJob of its own, with scale bar and attribution: the PNG export, tests, benchmarks.
    QImage renderToImage(QSize size, double devicePixelRatio = 1.0) const;

signals:
    void cursorMoved(tp::geo::GeoPoint position);
    void viewChanged();
    void unitClicked(int unitIndex);
    void accountClicked(int accountIndex);
    void renderComplete();
    void baseMapLoaded(bool ok, const QString& message);
    // setLayerVisible() showed or hid a layer (the layers dock and the map-mode switch follow).
    void layerVisibilityChanged(render::MapLayer* layer, bool visible);

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
    void setViewport(const render::MapViewport& view);
    void startRender();
    void renderSoon(); // at the next event-loop turn, not after the merge delay
    void finishIfDone();
    QString tileAttribution() const;

    std::shared_ptr<TileLayer> m_tileLayer; // online tiles (network): ours, drawn by m_layers
    render::MapLayerSet m_layers;
    render::MapRenderCache m_cache;
    render::MapRenderJob m_job;
    TileSource m_tileSource;
    QMetaObject::Connection m_tilesArrived;
    std::function<QString(QPointF)> m_toolTip;
    struct LoadedBaseMap {
        std::shared_ptr<const void> geometry; // render::BaseMapLayer::Geometry
        QString message;
    };
    QFuture<LoadedBaseMap> m_baseMapLoad;

    render::MapViewport m_view;
    bool m_viewInitialised = false;
    std::optional<geo::Box> m_fitExtent; // kept fitted on resize until the user pans or zooms
    bool m_panning = false;
    bool m_middlePan = false; // the middle button pans whatever the tool
    QPointF m_middlePanLast;
    QImage m_composite;
    render::MapViewport m_compositeView;
    bool m_renderComplete = false;
    QTimer m_refreshTimer;
    bool m_renderQueued = false; // a drag step's render waits only for the next event loop turn
    // Posted by renderSoon() (high priority: before the repaints queued in the same turn).
    static constexpr QEvent::Type renderSoonEvent = QEvent::Type(QEvent::User + 1);

    std::unique_ptr<PanTool> m_panTool;
    MapTool* m_tool = nullptr;
};

} // namespace tp::ui
