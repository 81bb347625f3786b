#include "ui/tools/boundarytool.h"

#include "ui/map/mapcanvas.h"
#include "ui/tools/editcontroller.h"

#include "model/project.h"
#include "session/editfacade.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <iterator>
#include <map>

namespace tp::ui {

bool BoundaryTool::begin(QMouseEvent* event) {
    session::EditFacade* facade = m_controller->facade();
    const Project* project = canvas()->project();
    if (!facade || !project || !project->currentScenario()) return false;
    const render::MapViewport& view = canvas()->viewport();
    QString error;
    std::optional<session::BorderFront> front = session::BorderFront::grab(
        *project, *project->currentScenario(), view.toMercator(event->position()), view.resolution(), &error);
    if (!front) {
        emit m_controller->message(error);
        return false;
    }
    if (m_controller->requestEdit() != EditController::EditPermission::Allowed) return false; // asked: drag again
    m_front = std::move(front);
    m_start = project->currentScenario()->unitTerritory;
    m_moved.clear();
    m_refused = false;
    m_cursor = event->position();
    const auto [a, b] = m_front->sides();
    const Territory* ta = project->territory(a);
    const Territory* tb = project->territory(b);
    emit m_controller->message(
        QCoreApplication::translate("tp::ui::MapTools", "Moving the border between %1 and %2 (Esc cancels)")
            .arg(ta ? ta->name : QString(), tb ? tb->name : QString()));
    facade->beginGesture();
    canvas()->update();
    return true;
}

void BoundaryTool::update(QMouseEvent* event) {
    follow(event->position());
}

void BoundaryTool::follow(QPointF position) {
    m_cursor = position;
    canvas()->update();
    session::EditFacade* facade = m_controller->facade();
    const Project* project = canvas()->project();
    if (!m_front || !facade || !project || !project->currentScenario()) return;
    const std::vector<qint64>& owner = project->currentScenario()->unitTerritory;
    const session::BorderFront::Result r = m_front->at(canvas()->viewport().toMercator(position));
    // Units moved before that the front no longer takes go back to their owner at the press;
    // the ones it takes go to the gainer.
    std::vector<int> back;
    std::set_difference(m_moved.begin(), m_moved.end(), r.units.begin(), r.units.end(), std::back_inserter(back));
    std::map<qint64, std::vector<int>> byOwner;
    for (int u : back) byOwner[m_start[std::size_t(u)]].push_back(u);
    std::vector<int> forward;
    for (int u : r.units)
        if (owner[std::size_t(u)] != r.gainer) forward.push_back(u);
    auto assign = [&](const std::vector<int>& units, qint64 territory) {
        QString error;
        if (!units.empty() && !facade->gestureAssign(units, territory, &error) && !m_refused) {
            m_refused = true;
            emit m_controller->message(error);
        }
    };
    for (const auto& [territory, units] : byOwner) assign(units, territory);
    assign(forward, r.gainer);
    std::vector<int> moved;
    std::set_union(m_moved.begin(), m_moved.end(), r.units.begin(), r.units.end(), std::back_inserter(moved));
    std::erase_if(moved, [&](int u) { return owner[std::size_t(u)] == m_start[std::size_t(u)]; });
    m_moved = std::move(moved);
}

void BoundaryTool::finish(QMouseEvent* event) {
    follow(event->position());
    QString error;
    if (!m_controller->facade()->endGesture(&error)) emit m_controller->message(error);
    reset();
}

void BoundaryTool::cancel() {
    if (m_controller->facade()) m_controller->facade()->cancelGesture();
    reset();
}

void BoundaryTool::reset() {
    m_front.reset();
    m_start.clear();
    m_moved.clear();
    canvas()->update();
}

void BoundaryTool::paint(QPainter& painter) {
    if (!m_front) return;
    const render::MapViewport& view = canvas()->viewport();
    const QPointF press = view.toScreen(m_front->press());
    const QPointF shift = m_cursor - press;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The grabbed stretch where it was, and where the hand has taken it.
    QPen grabbed(QColor(0x10, 0x6b, 0xd6, 150), 5, Qt::SolidLine, Qt::RoundCap);
    painter.setPen(grabbed);
    for (const session::BorderFront::Segment& s : m_front->stretch())
        painter.drawLine(view.toScreen(s.a), view.toScreen(s.b));
    painter.setPen(QPen(QColor(0x10, 0x6b, 0xd6), 2, Qt::DashLine, Qt::RoundCap));
    for (const session::BorderFront::Segment& s : m_front->stretch())
        painter.drawLine(view.toScreen(s.a) + shift, view.toScreen(s.b) + shift);
    painter.setPen(QPen(QColor(0x10, 0x6b, 0xd6), 1.5));
    painter.drawLine(press, m_cursor);
    painter.restore();
}

} // namespace tp::ui
