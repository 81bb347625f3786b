#include "render/maprendercache.h"

#include "render/maplayer.h"

#include <algorithm>

namespace tp::render {
namespace {

// Changes remembered per layer before it simply renders in full again.
constexpr std::size_t maxChanges = 4096;

} // namespace

const MapRenderCache::Entry* MapRenderCache::entry(const MapLayer* layer) const {
    const auto it = m_slots.find(layer);
    return it != m_slots.end() && it->second.entry ? &*it->second.entry : nullptr;
}

bool MapRenderCache::isCurrent(const MapLayer& layer, const MapViewport& view) const {
    const Entry* e = entry(&layer);
    return e && e->view == view && e->revision == layer.revision();
}

void MapRenderCache::insert(const MapLayer* layer, QImage image, const MapViewport& view, quint64 revision) {
    Slot& slot = m_slots[layer];
    image.setDevicePixelRatio(view.devicePixelRatio());
    slot.entry = Entry{std::move(image), view, revision};
    std::erase_if(slot.changes, [revision](const auto& change) { return change.first <= revision; });
}

void MapRenderCache::dropImage(const MapLayer* layer) {
    const auto it = m_slots.find(layer);
    if (it != m_slots.end()) it->second.entry.reset();
}

void MapRenderCache::clear() {
    m_slots.clear();
}

void MapRenderCache::noteChange(const MapLayer& layer, quint64 before, std::optional<MercatorRect> region) {
    const quint64 now = layer.revision();
    if (now == before) return;
    auto& changes = m_slots[&layer].changes;
    changes.emplace_back(now, region);
    if (changes.size() > maxChanges) changes.erase(changes.begin()); // then a full render
}

std::optional<MercatorRect> MapRenderCache::changedRegion(const MapLayer& layer, const MapViewport& view) const {
    const auto it = m_slots.find(&layer);
    if (it == m_slots.end() || !it->second.entry) return std::nullopt;
    const Entry& cached = *it->second.entry;
    const quint64 revision = layer.revision();
    if (!(cached.view == view) || cached.revision >= revision) return std::nullopt;
    std::optional<MercatorRect> patch;
    quint64 covered = 0;
    for (const auto& [rev, region] : it->second.changes) {
        if (rev <= cached.revision || rev > revision) continue;
        if (!region) return std::nullopt;
        ++covered;
        patch = patch ? MercatorRect{std::min(patch->minX, region->minX), std::min(patch->minY, region->minY),
                                     std::max(patch->maxX, region->maxX), std::max(patch->maxY, region->maxY)}
                      : *region;
    }
    if (covered != revision - cached.revision) return std::nullopt;
    return patch;
}

} // namespace tp::render
