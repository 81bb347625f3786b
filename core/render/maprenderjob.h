#pragma once
// MapRenderJob: renders map layers into images off the GUI thread and composes them into one
// frame, as QGIS's QgsMapRendererParallelJob: one QtConcurrent task per visible layer, each
// drawing the layer's immutable snapshot into a QImage (MapLayer::render, or renderPatch on its
// cached image when the MapRenderCache knows where the layer changed). start() for a view skips
// layers whose cached image is current, lets a running task go on when it already draws the
// wanted image, and cancels a task that no longer fits through its atomic flag, without waiting
// (its image is dropped). Finished images go into the cache; finished() is emitted when the last
// running task is done. compose() paints the background and the cached images bottom first.
// renderImage() runs the same tasks and composition synchronously with a cache of its own: the
// PNG export, tests and benchmarks take exactly the path the widget takes.
// The cache is not owned and must outlive the job. Tasks hold shared_ptrs to their layers and
// flags, so a job may be destroyed (it cancels) while they still run. GUI thread (the tasks run
// on the global thread pool).

#include "render/maprendercache.h"
#include "render/mapviewport.h"

#include <QColor>
#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>
#include <unordered_map>
#include <vector>

namespace tp::render {

class MapLayer;

class MapRenderJob : public QObject {
    Q_OBJECT
public:
    using Layers = std::vector<std::shared_ptr<MapLayer>>; // drawing order: first = bottom

    explicit MapRenderJob(MapRenderCache& cache, QObject* parent = nullptr);
    ~MapRenderJob() override;

    // Brings every visible layer's cached image up to `view` and the layer's revision.
    void start(const Layers& layers, const MapViewport& view);
    // Tells every running task to stop; their images are dropped.
    void cancel();
    bool isActive() const { return !m_tasks.empty(); }
    // Blocks until every running task is done and its image is in the cache (finished() is not
    // emitted: the caller knows).
    void waitForFinished();

    // Whether every visible layer has a current cached image for `view`.
    bool isComplete(const Layers& layers, const MapViewport& view) const;
    // `background`, then every visible layer's cached image, bottom first (device pixels, with
    // the view's devicePixelRatio).
    QImage compose(const Layers& layers, const MapViewport& view, const QColor& background) const;

    // Renders every visible layer for `view` on the thread pool and composes them: start(),
    // waitForFinished() and compose() on a fresh cache.
    static QImage renderImage(const Layers& layers, const MapViewport& view, const QColor& background);

signals:
    void finished();

private:
    struct Task {
        std::shared_ptr<MapLayer> layer;
        QFutureWatcher<QImage>* watcher = nullptr;
        std::shared_ptr<std::atomic_bool> cancelled;
        MapViewport view;
        quint64 revision = 0;
    };
    void launch(const std::shared_ptr<MapLayer>& layer, const MapViewport& view);
    void collect(QFutureWatcher<QImage>* watcher);
    static void stop(Task& task);

    MapRenderCache& m_cache;
    std::unordered_map<const MapLayer*, Task> m_tasks;
};

} // namespace tp::render
