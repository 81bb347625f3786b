#pragma once
// MapLayer: one kind of content on the map canvas (base map, territories, accounts, reps).
// A layer holds its data as an immutable snapshot (std::shared_ptr<const ...>) that the GUI
// thread swaps; render() copies the pointer under a short lock and then works on its own copy,
// so it is safe on a worker thread while the project is edited. revision() changes whenever the
// snapshot changes: the canvas caches one image per layer keyed by (revision, viewport).
// Owned by the MapCanvas (shared with running render jobs); setters: GUI thread; render(): any.

#include "render/mapviewport.h"

#include <QImage>
#include <QMutex>
#include <QString>

#include <atomic>
#include <utility>

namespace tp::render {

class MapLayer {
public:
    virtual ~MapLayer() = default;

    virtual QString name() const = 0;
    // Draws the layer for `view` into a transparent ARGB32 premultiplied image of the view's
    // device size, painted in device pixels (the caller sets the image's devicePixelRatio).
    // Returns early (with a partial image) once `cancelled` is set. A layer with nothing to draw
    // returns a null image (no 4 to 8 MB of transparent pixels kept and composed for nothing).
    virtual QImage render(const MapViewport& view, const std::atomic_bool& cancelled) const = 0;
    // The layer's image for `view` when only what lies in `region` changed since `base` (an
    // image of this layer for the same view) was rendered. Default: a full render.
    virtual QImage renderPatch(const MapViewport& view, const QImage& base, const MercatorRect& region,
                               const std::atomic_bool& cancelled) const {
        return render(view, cancelled);
    }

    bool isVisible() const { return m_visible; }
    void setVisible(bool visible) { m_visible = visible; }
    quint64 revision() const { return m_revision.load(); }

protected:
    void bumpRevision() { ++m_revision; }
    // The layers keep their snapshot fields under a mutex of their own: a copy read under it, and
    // a value stored under it followed by a new revision.
    template <typename T>
    static T readLocked(QMutex& mutex, const T& field) {
        QMutexLocker lock(&mutex);
        return field;
    }
    template <typename T>
    void storeLocked(QMutex& mutex, T& field, T value) {
        {
            QMutexLocker lock(&mutex);
            field = std::move(value);
        }
        bumpRevision();
    }
    // A transparent image of the view's device size, ready for a QPainter in device pixels.
    static QImage makeImage(const MapViewport& view);

private:
    bool m_visible = true;
    std::atomic<quint64> m_revision{1};
};

} // namespace tp::render
