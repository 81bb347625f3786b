#pragma once
// TileLayer: the optional online raster base map (XYZ tiles, e.g. OpenStreetMap). It draws the
// tiles its TileCache already has for the view, choosing the zoom level whose tile resolution is
// nearest the view's (tiles scaled by 0.71..1.41; overscaled past the source's max zoom), each
// tile snapped to whole device pixels so neighbours meet without seams. A tile not cached yet is
// stood in for by the nearest cached ancestor (up to 6 levels up, scaled), so zooming never
// shows holes where something was seen before. What is missing (or stale) is handed to
// TileCache::request(), which fetches it on the GUI thread; when tiles arrive the canvas calls
// tilesChanged() and refreshes, so the layer never waits for the network.
// Stacking: the canvas draws this layer above the vector base map and below territories. Tiles
// are opaque, so where they are present they replace the calm vector background (OSM carries
// its own borders and coastlines), and where they are not (no network, not fetched yet, outside
// the tile set) the vector base map shows through unchanged: offline the picture degrades to
// exactly the default one. Territory fills stay translucent on top, as on the vector map.
// Owned by the MapCanvas (shared with render jobs); setCache()/tilesChanged(): GUI thread;
// render(): any thread. Invisible (skipped by the canvas) while no source is enabled.

#include "render/maplayer.h"
#include "ui/map/tilecache.h"

#include <QMutex>

#include <memory>

namespace tp::ui {

class TileLayer : public render::MapLayer {
public:
    TileLayer() = default;

    // nullptr: tiles off (render() draws nothing).
    void setCache(std::shared_ptr<TileCache> cache);
    std::shared_ptr<TileCache> cache() const;
    // New tiles can be drawn: the cached image is out of date.
    void tilesChanged() { bumpRevision(); }

    // The zoom level whose tiles best match `resolution` (metres per logical pixel), clamped to
    // the source's zoom range.
    static int zoomFor(double resolution, const TileSource& source);

    QString name() const override { return QStringLiteral("Online tiles"); }
    QImage render(const render::MapViewport& view, const std::atomic_bool& cancelled) const override;

private:
    mutable QMutex m_mutex;
    std::shared_ptr<TileCache> m_cache;
};

} // namespace tp::ui
