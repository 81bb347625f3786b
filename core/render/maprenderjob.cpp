#include "render/maprenderjob.h"

#include "render/maplayer.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tp::render {

MapRenderJob::MapRenderJob(MapRenderCache& cache, QObject* parent) : QObject(parent), m_cache(cache) {}

MapRenderJob::~MapRenderJob() {
    cancel();
}

void MapRenderJob::stop(Task& task) {
    task.cancelled->store(true); // it finishes on its own; its image is ignored
    QObject::disconnect(task.watcher, nullptr, nullptr, nullptr);
    task.watcher->deleteLater();
}

void MapRenderJob::cancel() {
    for (auto& [layer, task] : m_tasks) stop(task);
    m_tasks.clear();
}

void MapRenderJob::start(const Layers& layers, const MapViewport& view) {
    for (const std::shared_ptr<MapLayer>& layer : layers) {
        const bool wanted = layer->isVisible() && !m_cache.isCurrent(*layer, view);
        const auto running = m_tasks.find(layer.get());
        if (running != m_tasks.end()) {
            const Task& task = running->second;
            if (wanted && task.view == view && task.revision == layer->revision()) continue; // already on it
            stop(running->second);
            m_tasks.erase(running);
        }
        if (wanted) launch(layer, view);
    }
}

void MapRenderJob::launch(const std::shared_ptr<MapLayer>& layer, const MapViewport& view) {
    Task task;
    task.layer = layer;
    task.cancelled = std::make_shared<std::atomic_bool>(false);
    task.view = view;
    task.revision = layer->revision();
    task.watcher = new QFutureWatcher<QImage>(this);
    QFutureWatcher<QImage>* watcher = task.watcher;
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher] {
        collect(watcher);
        if (m_tasks.empty()) emit finished();
    });
    std::shared_ptr<std::atomic_bool> cancelled = task.cancelled;
    // A layer that changed only inside a known region since its cached image (a drag step)
    // repaints just there on top of that image.
    const std::optional<MercatorRect> region = m_cache.changedRegion(*layer, view);
    if (region) {
        const QImage base = m_cache.entry(layer.get())->image;
        watcher->setFuture(QtConcurrent::run([layer, cancelled, view, base, area = *region] {
            return layer->renderPatch(view, base, area, *cancelled);
        }));
    } else {
        m_cache.dropImage(layer.get()); // the canvas shows its last composite meanwhile
        watcher->setFuture(QtConcurrent::run([layer, cancelled, view] { return layer->render(view, *cancelled); }));
    }
    m_tasks.insert_or_assign(layer.get(), std::move(task));
}

void MapRenderJob::collect(QFutureWatcher<QImage>* watcher) {
    const auto it =
        std::find_if(m_tasks.begin(), m_tasks.end(), [watcher](const auto& t) { return t.second.watcher == watcher; });
    if (it == m_tasks.end()) return; // superseded
    const Task task = std::move(it->second);
    m_tasks.erase(it);
    m_cache.insert(task.layer.get(), watcher->result(), task.view, task.revision);
    watcher->disconnect(this);
    watcher->deleteLater();
}

void MapRenderJob::waitForFinished() {
    while (!m_tasks.empty()) {
        QFutureWatcher<QImage>* watcher = m_tasks.begin()->second.watcher;
        watcher->waitForFinished();
        collect(watcher);
    }
}

bool MapRenderJob::isComplete(const Layers& layers, const MapViewport& view) const {
    return std::all_of(layers.begin(), layers.end(),
                       [&](const auto& layer) { return !layer->isVisible() || m_cache.isCurrent(*layer, view); });
}

QImage MapRenderJob::compose(const Layers& layers, const MapViewport& view, const QColor& background) const {
    QImage image(view.deviceViewport().size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    image.setDevicePixelRatio(view.devicePixelRatio());
    QPainter p(&image);
    for (const std::shared_ptr<MapLayer>& layer : layers) {
        if (!layer->isVisible()) continue;
        const MapRenderCache::Entry* cached = m_cache.entry(layer.get());
        if (cached && !cached->image.isNull()) p.drawImage(QPointF(0, 0), cached->image);
    }
    return image;
}

QImage MapRenderJob::renderImage(const Layers& layers, const MapViewport& view, const QColor& background) {
    MapRenderCache cache;
    MapRenderJob job(cache);
    job.start(layers, view);
    job.waitForFinished();
    return job.compose(layers, view, background);
}

} // namespace tp::render
