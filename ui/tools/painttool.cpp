#include "ui/tools/painttool.h"

#include "ui/map/mapcanvas.h"
#include "ui/tools/editcontroller.h"

#include "model/project.h"
#include "session/editfacade.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <iterator>

namespace tp::ui {

void PaintTool::activate() {
    emit m_controller->message(brushText());
}

void PaintTool::deactivate() {
    GestureTool::deactivate();
    m_cursor.reset();
}

QString PaintTool::brushText() const {
    return m_radius <= 0 ? QCoreApplication::translate("tp::ui::MapTools",
                                                       "Brush: the unit under the cursor ([ and ] change the size)")
                         : QCoreApplication::translate("tp::ui::MapTools", "Brush radius: %1 px ([ and ] change it)")
                               .arg(m_radius);
}

void PaintTool::setBrushRadius(double pixels) {
    m_radius = std::clamp(pixels, 0.0, radiusSteps[std::size(radiusSteps) - 1]);
    canvas()->update();
}

bool PaintTool::key(QKeyEvent* event) {
    const auto steps = std::begin(radiusSteps), end = std::end(radiusSteps);
    if (event->key() == Qt::Key_BracketRight) {
        const auto next = std::upper_bound(steps, end, m_radius);
        setBrushRadius(next == end ? *(end - 1) : *next);
    } else if (event->key() == Qt::Key_BracketLeft) {
        const auto lower = std::lower_bound(steps, end, m_radius);
        setBrushRadius(lower == steps ? 0.0 : *(lower - 1));
    } else {
        return false;
    }
    emit m_controller->message(brushText());
    return true;
}

void PaintTool::hover(QMouseEvent* event) {
    m_cursor = event->position();
    if (m_radius > 0) canvas()->update();
}

bool PaintTool::begin(QMouseEvent* event) {
    session::EditFacade* facade = m_controller->facade();
    if (!facade) return false;
    if (m_controller->activeTerritory() == 0) {
        emit m_controller->message(QCoreApplication::translate(
            "tp::ui::MapTools", "Choose the territory to paint with in the Territories dock."));
        return false;
    }
    // An approved scenario asks first; the dialog took this press, so the user paints again.
    if (m_controller->requestEdit() != EditController::EditPermission::Allowed) return false;
    m_refused = false;
    m_lastUnit = -1;
    m_stroking = false;
    facade->beginGesture();
    paintAt(event->position());
    return true;
}

void PaintTool::update(QMouseEvent* event) {
    paintAt(event->position());
}

void PaintTool::paintAt(QPointF position) {
    auto assign = [&](const std::vector<int>& units) {
        QString error;
        if (!m_controller->facade()->gestureAssign(units, m_controller->activeTerritory(), &error) && !m_refused) {
            m_refused = true;
            emit m_controller->message(error);
        }
    };
    m_cursor = position;
    if (m_radius > 0) {
        // Every unit the circle touches on its way from the last position; units of locked
        // territories stay (one refused unit would refuse the whole step).
        const Project* project = canvas()->project();
        std::vector<int> units = canvas()->unitsNear(m_stroking ? m_lastPos : position, position, m_radius);
        std::vector<int> free;
        QString locked;
        for (int u : units) {
            const qint64 owner = project->currentScenario()->unitTerritory[std::size_t(u)];
            const Territory* t = owner ? project->territory(owner) : nullptr;
            if (t && t->locked)
                locked = t->name;
            else if (owner != m_controller->activeTerritory())
                free.push_back(u);
        }
        if (!locked.isEmpty() && !m_refused) {
            m_refused = true;
            emit m_controller->message(
                QCoreApplication::translate("tp::ui::MapTools", "%1 is locked: its units were left as they are.")
                    .arg(locked));
        }
        if (!free.empty()) assign(free);
        m_stroking = true;
        m_lastPos = position;
        canvas()->update();
        return;
    }
    const std::vector<int> units =
        m_lastUnit < 0 ? std::vector<int>{canvas()->unitAt(position)} : canvas()->unitsAlong(m_lastPos, position);
    m_lastPos = position;
    for (int unit : units) {
        if (unit < 0 || unit == m_lastUnit) continue;
        m_lastUnit = unit;
        assign({unit});
    }
}

void PaintTool::finish(QMouseEvent*) {
    QString error;
    if (!m_controller->facade()->endGesture(&error)) emit m_controller->message(error);
}

void PaintTool::cancel() {
    if (m_controller->facade()) m_controller->facade()->cancelGesture();
}

void PaintTool::paint(QPainter& painter) {
    if (m_radius <= 0 || !m_cursor) return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 255, 255, 200), 3));
    painter.drawEllipse(*m_cursor, m_radius, m_radius);
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.5));
    painter.drawEllipse(*m_cursor, m_radius, m_radius);
    painter.restore();
}

} // namespace tp::ui
