#include "render/labelplacer.h"

#include <algorithm>
#include <numeric>

namespace tp::render {
namespace {

constexpr double listMargin = 8.0;  // between the list and the view's edge
constexpr double listSpacing = 3.0; // between two listed labels

std::vector<std::size_t> byWeight(const std::vector<MapLabel>& labels) {
    std::vector<std::size_t> order(labels.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return labels[a].weight > labels[b].weight; });
    return order;
}

// Labels on the map, avoiding `reserved`; the indexes of those that fit nowhere go to `left`.
std::vector<LabelPlacer::Placement> onMap(const std::vector<MapLabel>& labels, const std::vector<std::size_t>& order,
                                          const MapViewport& view, const LabelSprites::Type& type,
                                          const QRectF& reserved, std::vector<std::size_t>& left) {
    std::vector<LabelPlacer::Placement> placed;
    left.clear();
    const QRectF visible(QPointF(0, 0), QSizeF(view.size()));
    auto free = [&](const QRectF& box) {
        return visible.contains(box) && !box.intersects(reserved)
               && std::none_of(placed.begin(), placed.end(),
                               [&](const LabelPlacer::Placement& p) { return p.box.intersects(box); });
    };
    for (std::size_t i : order) {
        const MapLabel& l = labels[i];
        const QPointF anchor = view.toScreen(l.position);
        if (!visible.contains(anchor)) continue;
        const QRectF centred = LabelSprites::box(l.title, l.detail, anchor, type);
        const double w = centred.width(), h = centred.height();
        // Centred first, then around the anchor, nearest first.
        const QPointF offsets[] = {{0, 0},
                                   {0, -0.75 * h},
                                   {0, 0.75 * h},
                                   {-0.65 * w, 0},
                                   {0.65 * w, 0},
                                   {-0.6 * w, -0.75 * h},
                                   {0.6 * w, -0.75 * h},
                                   {-0.6 * w, 0.75 * h},
                                   {0.6 * w, 0.75 * h},
                                   {0, -1.5 * h},
                                   {0, 1.5 * h},
                                   {-1.1 * w, 0},
                                   {1.1 * w, 0}};
        bool done = false;
        for (const QPointF& d : offsets) {
            const QRectF box = centred.translated(d);
            if (!free(box)) continue;
            placed.push_back(
                {i, box, anchor,
                 d.isNull() ? LabelPlacer::Placement::Kind::AtAnchor : LabelPlacer::Placement::Kind::Displaced});
            done = true;
            break;
        }
        if (!done) left.push_back(i);
    }
    return placed;
}

// The list of `listed` labels stacked in the top-right corner, and the rectangle it takes.
QRectF listArea(const std::vector<MapLabel>& labels, const std::vector<std::size_t>& listed, const MapViewport& view,
                const LabelSprites::Type& type, std::vector<LabelPlacer::Placement>* out) {
    double width = 0.0, height = 0.0;
    std::vector<QRectF> boxes;
    for (std::size_t i : listed) {
        boxes.push_back(LabelSprites::box(labels[i].title, labels[i].detail, QPointF(0, 0), type)
                            .adjusted(-LabelPlacer::swatchPx, 0, 0, 0));
        width = std::max(width, boxes.back().width());
        height += boxes.back().height() + (height > 0 ? listSpacing : 0.0);
    }
    if (listed.empty()) return {};
    const double right = view.size().width() - listMargin;
    double y = listMargin;
    for (std::size_t k = 0; k < listed.size(); ++k) {
        const QRectF b = boxes[k];
        const QRectF placed(right - b.width(), y, b.width(), b.height());
        if (out)
            out->push_back(
                {listed[k], placed, view.toScreen(labels[listed[k]].position), LabelPlacer::Placement::Kind::Listed});
        y += b.height() + listSpacing;
    }
    return QRectF(right - width, listMargin, width, height)
        .adjusted(-listSpacing, -listSpacing, listSpacing, listSpacing);
}

} // namespace

std::vector<LabelPlacer::Placement> LabelPlacer::place(const std::vector<MapLabel>& labels, const MapViewport& view,
                                                       const LabelSprites::Type& type, bool everyLabel) {
    const std::vector<std::size_t> order = byWeight(labels);
    std::vector<std::size_t> left;
    std::vector<Placement> placed = onMap(labels, order, view, type, QRectF(), left);
    if (!everyLabel || left.empty()) return placed;
    // Keep the corner for the list and place again until what is left fits in it.
    std::vector<std::size_t> listed = left;
    for (int round = 0; round < 4; ++round) {
        const QRectF reserved = listArea(labels, listed, view, type, nullptr);
        placed = onMap(labels, order, view, type, reserved, left);
        if (std::all_of(left.begin(), left.end(),
                        [&](std::size_t i) { return std::find(listed.begin(), listed.end(), i) != listed.end(); }))
            break;
        for (std::size_t i : left)
            if (std::find(listed.begin(), listed.end(), i) == listed.end()) listed.push_back(i);
    }
    // The list in weight order; what the map placed after all stays on the map.
    std::vector<std::size_t> shown;
    for (std::size_t i : order)
        if (std::find(left.begin(), left.end(), i) != left.end()) shown.push_back(i);
    listArea(labels, shown, view, type, &placed);
    return placed;
}

} // namespace tp::render
