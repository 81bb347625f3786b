#include "ui/map/canvassubscriptions.h"

#include "ui/map/mapcanvas.h"

#include "session/planfacts.h"
#include "session/sessionnotifier.h"

namespace tp::ui {

using session::SessionNotifier;

CanvasSubscriptions::CanvasSubscriptions(MapCanvas* canvas, SessionNotifier& notifier, session::PlanFacts& facts)
    : QObject(&notifier), m_canvas(canvas), m_facts(facts) {
    // The plan of the shown scenario changed and the change is complete: colours and marks.
    auto shownPlanChanged = [this](qint64 scenarioId) {
        if (scenarioId != m_canvas->shownScenario()) return;
        updateStrayMarks();
        m_canvas->assignmentChanged();
    };
    connect(&notifier, &SessionNotifier::unitsReassigned, this,
            [this](qint64 scenarioId, const std::vector<int>& units, bool live) {
                // Only around the moved units (a gesture step, its release, an undo); the stray marks
                // wait for the gesture's end.
                if (scenarioId != m_canvas->shownScenario()) return;
                if (!live) updateStrayMarks();
                m_canvas->unitsChanged(units);
            });
    connect(&notifier, &SessionNotifier::territoriesChanged, this, shownPlanChanged);
    connect(&notifier, &SessionNotifier::accountsReassigned, this, shownPlanChanged);
    connect(&notifier, &SessionNotifier::currentScenarioChanged, this, shownPlanChanged);
    connect(&notifier, &SessionNotifier::accountsChanged, this, [this] {
        updateStrayMarks();
        m_canvas->projectChanged();
    });
    // Rep homes are drawn from the roster, which assignmentChanged() does not re-read.
    connect(&notifier, &SessionNotifier::repsChanged, m_canvas, &MapCanvas::projectChanged);
}

void CanvasSubscriptions::updateStrayMarks() {
    m_canvas->setStrayUnits(m_canvas->shownScenario(), m_facts.strayUnits(m_canvas->shownScenario()));
}

} // namespace tp::ui
