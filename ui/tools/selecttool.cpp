#include "ui/tools/selecttool.h"

#include "ui/map/mapcanvas.h"
#include "ui/tools/editcontroller.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace tp::ui {

bool SelectTool::begin(QMouseEvent* event) {
    m_dragging = false;
    m_lasso = event->modifiers() & Qt::ShiftModifier;
    m_add = event->modifiers() & Qt::ControlModifier;
    m_start = event->position();
    m_path = QPolygonF{m_start};
    return true;
}

void SelectTool::update(QMouseEvent* event) {
    if (!m_dragging && (event->position() - m_start).manhattanLength() < 4) return;
    m_dragging = true;
    if (m_lasso)
        m_path << event->position();
    else
        m_path = QPolygonF(QRectF(m_start, event->position()).normalized());
    canvas()->update();
}

void SelectTool::finish(QMouseEvent* event) {
    std::vector<int> selection = m_add ? m_controller->selection() : std::vector<int>{};
    if (m_dragging) {
        for (int u : canvas()->unitsInside(m_path)) selection.push_back(u);
    } else {
        const int unit = canvas()->unitAt(event->position());
        const auto it = std::find(selection.begin(), selection.end(), unit);
        if (m_add && it != selection.end())
            selection.erase(it);
        else if (unit >= 0)
            selection.push_back(unit);
    }
    m_dragging = false;
    m_path.clear();
    m_controller->setSelection(std::move(selection));
    canvas()->update();
}

void SelectTool::cancel() {
    m_dragging = false;
    m_path.clear();
    canvas()->update();
}

bool SelectTool::escape(bool) {
    m_controller->clearSelection();
    canvas()->update();
    return true;
}

void SelectTool::paint(QPainter& painter) {
    if (!m_dragging || m_path.size() < 2) return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x10, 0x6b, 0xd6, 40));
    painter.setPen(QPen(QColor(0x10, 0x6b, 0xd6), 1.5, Qt::DashLine));
    painter.drawPolygon(m_path);
    painter.restore();
}

} // namespace tp::ui
