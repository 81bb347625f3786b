#include "render/highlightlayer.h"

#include <QPainter>

namespace tp::render {

void HighlightLayer::setMarks(Marks marks) {
    {
        QMutexLocker lock(&m_mutex);
        if (marks.geometry == m_marks.geometry && marks.selected == m_marks.selected && marks.stray == m_marks.stray
            && marks.changed == m_marks.changed)
            return;
        m_marks = std::move(marks);
    }
    bumpRevision();
}

HighlightLayer::Marks HighlightLayer::marks() const {
    return readLocked(m_mutex, m_marks);
}

QImage HighlightLayer::render(const MapViewport& view, const std::atomic_bool& cancelled) const {
    const Marks marks = this->marks();
    if (!marks.geometry || (marks.selected.empty() && marks.stray.empty() && marks.changed.empty())) return {};
    QImage image = makeImage(view);
    const MapViewport dv = view.deviceViewport();
    const MapRenderGeometry& units = marks.geometry->units;
    auto pathOf = [&](const std::vector<int>& list) {
        QPainterPath path;
        path.setFillRule(Qt::WindingFill);
        for (int u : list)
            if (u >= 0 && u < units.itemCount()) units.appendTo(path, u, dv);
        return path;
    };
    const QPainterPath stray = pathOf(marks.stray);
    if (cancelled.load()) return image;
    const QPainterPath selected = pathOf(marks.selected);
    if (cancelled.load()) return image;
    const QPainterPath changed = pathOf(marks.changed);
    if (cancelled.load()) return image;

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double dpr = view.devicePixelRatio();
    if (!stray.isEmpty()) {
        QBrush hatch(m_style.strayHatch, Qt::BDiagPattern);
        hatch.setTransform(QTransform::fromScale(dpr * 1.5, dpr * 1.5));
        p.fillPath(stray, hatch);
        QPen pen(m_style.strayHatch, 1.2 * dpr, Qt::DashLine);
        p.strokePath(stray, pen);
    }
    if (!changed.isEmpty()) {
        QBrush hatch(m_style.changedHatch, Qt::DiagCrossPattern);
        hatch.setTransform(QTransform::fromScale(dpr * 1.5, dpr * 1.5));
        p.fillPath(changed, hatch);
        p.strokePath(changed, QPen(m_style.changedHatch, 1.5 * dpr));
    }
    if (!selected.isEmpty()) {
        p.fillPath(selected, m_style.selectionFill);
        p.strokePath(selected, QPen(m_style.selectionHalo, 4.5 * dpr, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.strokePath(selected, QPen(m_style.selectionOutline, 2.0 * dpr, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    return image;
}

} // namespace tp::render
