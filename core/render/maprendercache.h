#pragma once
// MapRenderCache: the last image of every map layer, keyed by the layer, its revision and the
// viewport it was drawn for (centre, scale, size, pixel ratio), as QGIS's QgsMapRendererCache:
// a pan or an edit re-renders only the layers whose key no longer matches. It also remembers
// where each layer changed since its cached image (noteChange), so that a layer that can repaint
// a region (MapLayer::renderPatch) repaints only there: a drag step costs a few units.
// Keys are layer addresses: the owner keeps the layers alive as long as the cache. Owned by its
// user (the canvas, or one export); the thread that owns it (the GUI thread for the canvas).

#include "render/mapviewport.h"

#include <QImage>

#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tp::render {

class MapLayer;

class MapRenderCache {
public:
    struct Entry {
        QImage image; // device pixels; devicePixelRatio set to the view's
        MapViewport view;
        quint64 revision = 0;
    };

    // The layer's cached image, whatever its key; nullptr when it has none.
    const Entry* entry(const MapLayer* layer) const;
    // Whether the cached image is the layer's picture for `view` at its current revision.
    bool isCurrent(const MapLayer& layer, const MapViewport& view) const;
    void insert(const MapLayer* layer, QImage image, const MapViewport& view, quint64 revision);
    // Frees the layer's cached image, when a full render is about to replace it: the old and the
    // new image are then never held at once (at 1600x900, 5.8 MB per layer).
    void dropImage(const MapLayer* layer);
    void clear();

    // The layer went from revision `before` to its current one by a change that lies inside
    // `region` (Web Mercator; nullopt: anywhere, e.g. a new assignment). No-op when unchanged.
    void noteChange(const MapLayer& layer, quint64 before, std::optional<MercatorRect> region);
    // Where the layer changed since its cached image, when that image is for `view`, older than
    // the layer, and every change since then said where; otherwise nullopt (render it all).
    std::optional<MercatorRect> changedRegion(const MapLayer& layer, const MapViewport& view) const;

private:
    struct Slot {
        std::optional<Entry> entry;
        std::vector<std::pair<quint64, std::optional<MercatorRect>>> changes; // (revision, region)
    };
    std::unordered_map<const MapLayer*, Slot> m_slots;
};

} // namespace tp::render
