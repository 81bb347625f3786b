#include "ui/map/themelayer.h"

#include <QPainter>

namespace tp::ui {

ThemeLayer::ThemeLayer(const MapRenderStyle& style) : m_style(style) { setVisible(false); }

void ThemeLayer::setGeometry(std::shared_ptr<const TerritoryLayer::Geometry> geometry) {
    QMutexLocker lock(&m_mutex);
    if (geometry == m_geometry) return;
    m_geometry = std::move(geometry);
    bumpRevision();
}

void ThemeLayer::setAssignment(std::shared_ptr<const TerritoryLayer::Assignment> assignment) {
    QMutexLocker lock(&m_mutex);
    if (assignment == m_assignment || (assignment && m_assignment && assignment->unitSlot == m_assignment->unitSlot)) {
        m_assignment = std::move(assignment);  // same borders: colours do not show here
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

    // One path per class (index classCount: no data); units never overlap, and a unit's holes run
    // against its outer ring, so the winding rule fills each unit exactly once.
    std::vector<QPainterPath> fills(std::size_t(classCount) + 1);
    for (QPainterPath& path : fills) path.setFillRule(Qt::WindingFill);
    std::vector<QPointF> scratch;
    for (int u = 0; u < unitCount; ++u) {
        if ((u & 1023) == 0 && cancelled.load(std::memory_order_relaxed)) return image;
        if (g->units.isEmptyItem(u) || !g->units.bounds(u).intersects(extent)) continue;
        const int k = std::size_t(u) < c->unitClass.size() ? c->unitClass[std::size_t(u)] : -1;
        g->units.appendTo(fills[std::size_t(k >= 0 && k < classCount ? k : classCount)], u, dv, 0, scratch);
    }
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    for (int k = 0; k <= classCount; ++k) {
        if (fills[std::size_t(k)].isEmpty()) continue;
        p.setBrush(k < classCount ? c->colours[std::size_t(k)] : c->noData);
        p.drawPath(fills[std::size_t(k)]);
    }
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
        if (sa != sb) g->sharedEdges.appendTo(borders, e, dv, level, scratch);
        else if (drawOutlines && unitPx(ua) >= m_style.unitOutlineMinPx && unitPx(ub) >= m_style.unitOutlineMinPx)
            g->sharedEdges.appendTo(outlines, e, dv, level, scratch);
    }
    for (int u = 0; u < g->outerEdges.itemCount() && u < unitCount; ++u)
        if (slotOf(u) >= 0 && !g->outerEdges.isEmptyItem(u) && g->outerEdges.bounds(u).intersects(extent))
            g->outerEdges.appendTo(borders, u, dv, g->outerEdges.levelFor(dv), scratch);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    const double dpr = view.devicePixelRatio();
    if (!outlines.isEmpty()) {
        p.setPen(QPen(m_style.unitOutline, 0.7 * dpr));
        p.drawPath(outlines);
    }
    QPen border(m_style.territoryBorder, m_style.territoryBorderWidth * dpr);
    border.setJoinStyle(Qt::RoundJoin);
    border.setCapStyle(Qt::RoundCap);
    p.setPen(border);
    p.drawPath(borders);
    return image;
}

} // namespace tp::ui
