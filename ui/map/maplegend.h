#pragma once
// MapLegend: what the map legend in territory mode says, as ThemeLegend rows: the colours of the
// territories in view (those owning a unit that meets the view; at most `maxTerritories`, then
// "and n more"), the account symbols by segment (the segments the project has) and by size when
// accounts are sized, the hatchings (stray pieces; changed units while comparing) and the
// tolerance marks on the labels. Used by the floating legend on the canvas and the PNG export.
// Stateless; GUI thread (reads the project the window holds).

#include "ui/widgets/themelegend.h"

#include "geo/geometry.h"

#include <vector>

#include <QCoreApplication>

namespace tp {
class Project;
struct Territory;
namespace render {
struct MapRenderStyle;
}
} // namespace tp

namespace tp::ui {

class MapLegend {
    Q_DECLARE_TR_FUNCTIONS(tp::ui::MapLegend)

public:
    struct State {
        std::vector<const Territory*> territories; // in view, in project order
        int moreTerritories = 0;                   // in view but not listed
        std::vector<int> segments;                 // render::AccountLayer::Segment values the accounts use
        bool accountsShown = false;
        bool sizedAccounts = false;
        bool comparing = false; // changed units are marked
        double tolerancePct = 10.0;
    };
    static constexpr int maxTerritories = 12;

    static QString title();
    // The current scenario's leaf territories owning a unit whose box meets `view` (lon/lat).
    static void territoriesInView(const Project& project, const geo::Box& view, State* state);
    static std::vector<int> segmentsOf(const Project& project);
    static std::vector<ThemeLegend::Entry> rows(const State& state, const render::MapRenderStyle& style);
};

} // namespace tp::ui
