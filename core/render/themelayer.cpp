#include "render/themelayer.h"

#include <QPainter>

#include <cmath>

namespace tp::render {

ThemeLayer::ThemeLayer(const MapRenderStyle& style) : m_style(style) {
    setVisible(false);
}

void ThemeLayer::setGeometry(std::shared_ptr<const TerritoryLayer::Geometry> geometry) {
    QMutexLocker lock(&m_mutex);
    if (geometry == m_geometry) return;
    m_geometry = std::move(geometry);
    bumpRevision();
}

void ThemeLayer::setAssignment(std::shared_ptr<const TerritoryLayer::Assignment> assignment) {
    QMutexLocker lock(&m_mutex);
    if (assignment == m_assignment || (assignment && m_assignment && assignment->unitSlot == m_assignment->unitSlot)) {
        m_assignment = std::move(assignment); // same borders: colours do not show here
        return;
    }
    m_assignment = std::move(assignment);
    bumpRevision();
}

bool ThemeLayer::setClasses(std::shared_ptr<const Classes> classes) {
    QMutexLocker lock(&m_mutex);
    if (classes == m_classes || (classes && m_classes && *classes == *m_classes)) return false;
    m_classes = std::move(classes);
    bumpRevision();
    return true;
}

std::shared_ptr<const ThemeLayer::Classes> ThemeLayer::classes() const {
    QMutexLocker lock(&m_mutex);
    return m_classes;
}

QImage ThemeLayer::render(const MapViewport& view, const std::atomic_bool& cancelled) const {
    std::shared_ptr<const TerritoryLayer::Geometry> g;
    std::shared_ptr<const TerritoryLayer::Assignment> a;
    std::shared_ptr<const Classes> c;
    {
        QMutexLocker lock(&m_mutex);
        g = m_geometry;
        a = m_assignment;
        c = m_classes;
    }
    QImage image = makeImage(view);
    if (!g || !c || g->units.itemCount() == 0) return image;
    const MapViewport dv = view.deviceViewport();
    const MercatorRect extent = dv.extent();
    const int unitCount = g->units.itemCount();
    const int classCount = int(c->colours.size());

    // Per class (index classCount: no data) a path of up to `chunk` units, filled when full:
    // units never overlap, and a unit's holes run against its outer ring, so the winding rule
    // fills each unit exactly once. Chunks, because the rasterizer's cost grows faster than the
    // path (all ZIP areas of a class in one path took twice as long as chunks of 256).
    constexpr int chunk = 256;
    std::vector<QPainterPath> fills(std::size_t(classCount) + 1);
    std::vector<int> inPath(fills.size(), 0);
    for (QPainterPath& path : fills) path.setFillRule(Qt::WindingFill);
    std::vector<QPointF> scratch;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    const auto flush = [&](int k) {
        QPainterPath& path = fills[std::size_t(k)];
        if (path.isEmpty()) return;
        p.setBrush(k < classCount ? c->colours[std::size_t(k)] : c->noData);
        p.drawPath(path);
        path.clear();
        inPath[std::size_t(k)] = 0;
    };
    for (int u = 0; u < unitCount; ++u) {
        if ((u & 1023) == 0 && cancelled.load(std::memory_order_relaxed)) return image;
        if (g->units.isEmptyItem(u) || !g->units.bounds(u).intersects(extent)) continue;
        const int cls = std::size_t(u) < c->unitClass.size() ? c->unitClass[std::size_t(u)] : -1;
        const int k = cls >= 0 && cls < classCount ? cls : classCount;
        g->units.appendTo(fills[std::size_t(k)], u, dv, 0, scratch);
        if (++inPath[std::size_t(k)] >= chunk) flush(k);
    }
    for (int k = 0; k <= classCount; ++k) flush(k);
    if (cancelled.load(std::memory_order_relaxed)) return image;

    // Territory borders on top: shared edges whose sides belong to different territories, and
    // the unshared edges (coast, national border) of assigned units; thin white unit outlines
    // where units are big enough on screen to tell apart.
    const auto slotOf = [&](int unit) {
        return a && unit >= 0 && std::size_t(unit) < a->unitSlot.size() ? a->unitSlot[std::size_t(unit)] : -1;
    };
    const int level = g->sharedEdges.levelFor(dv);
    const bool drawOutlines = view.resolution() <= m_style.unitOutlineMaxResolution;
    const auto unitPx = [&](int unit) {
        const MercatorRect& b = g->units.bounds(unit);
        return std::max(b.width(), b.height()) / dv.resolution();
    };
    QPainterPath borders, outlines;
    for (int e = 0; e < g->sharedEdges.itemCount(); ++e) {
        if (!g->sharedEdges.bounds(e).intersects(extent)) continue;
        const auto [ua, ub] = g->edgeUnits[std::size_t(e)];
        const int sa = slotOf(ua), sb = slotOf(ub);
        if (sa != sb)
            g->sharedEdges.appendTo(borders, e, dv, level, scratch);
        else if (drawOutlines && unitPx(ua) >= m_style.unitOutlineMinPx && unitPx(ub) >= m_style.unitOutlineMinPx)
            g->sharedEdges.appendTo(outlines, e, dv, level, scratch);
    }
    for (int u = 0; u < g->outerEdges.itemCount() && u < unitCount; ++u)
        if (slotOf(u) >= 0 && !g->outerEdges.isEmptyItem(u) && g->outerEdges.bounds(u).intersects(extent))
            g->outerEdges.appendTo(borders, u, dv, g->outerEdges.levelFor(dv), scratch);
    // Wide or capped pens leave the raster engine's fast cosmetic path (a 1.5 px round-capped
    // stroke of every border piece cost 250 ms at 33k units), so, as in TerritoryLayer, the
    // border is one antialiased 1-device-pixel cosmetic stroke into a layer of its own, widened
    // by copies of that layer: a copy half a pixel off is the layer at half opacity at the two
    // whole-pixel offsets around it.
    const double dpr = view.devicePixelRatio();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    const auto cosmetic = [](const QColor& colour, double width) {
        QPen pen(colour, width, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
        pen.setCosmetic(true);
        return pen;
    };
    if (!outlines.isEmpty()) p.strokePath(outlines, cosmetic(m_style.unitOutline, dpr));
    if (borders.isEmpty()) return image;
    const int steps = int(std::lround(std::max(0.0, m_style.territoryBorderWidth * dpr - 1.0) / 0.5));
    QImage line(image.size(), QImage::Format_ARGB32_Premultiplied);
    line.fill(Qt::transparent);
    {
        QPainter lp(&line);
        lp.setRenderHint(QPainter::Antialiasing);
        lp.strokePath(borders, cosmetic(m_style.territoryBorder, 1.0));
    }
    if (cancelled.load(std::memory_order_relaxed)) return image;
    p.setRenderHint(QPainter::Antialiasing, false);
    p.drawImage(QPoint(0, 0), line);
    for (int k = 1; k <= steps; ++k) {
        const int lo = k / 2, hi = (k + 1) / 2;
        p.setOpacity(lo == hi ? 1.0 : 0.5);
        for (int d = std::max(lo, 1); d <= hi; ++d) {
            p.drawImage(QPoint(d, 0), line);
            p.drawImage(QPoint(0, d), line);
        }
    }
    return image;
}

} // namespace tp::render
