#pragma once
// BorderFront: which units a border drag takes, as a front. A press near the border between two
// territories grabs the stretch of that border around the press (the shared unit edges between
// the two within `reachPx` screen pixels); dragging moves the grabbed stretch along the drag
// vector. Every unit of the territory dragged into (the loser) whose centroid lies in the band
// the stretch sweeps on its way from the old border to the cursor (each of its segments moved
// along the drag, lengthened by `marginPx` at both ends) and that is connected through such
// units to the grabbed stretch goes to the other territory (the gainer). Units of the loser that the
// front cuts off from their piece of the loser (every new piece but the largest by area) go with
// the front, so neither territory gains a piece. The result is computed from the plan at the
// press and the current cursor only, never accumulated: dragging back returns the units.
// Lengths are Web Mercator metres; pixel sizes become metres through the view's resolution at
// the press, so the front feels the same at every zoom. A locked territory on either side, or a
// press not near a border between two territories, refuses the grab with a message.
// Graph work (pieces, reach) is Boost.Graph's connected_components on the two territories' units.
// Value type that keeps what it needs from the project at the press (no references); any thread.

#include "geo/webmercator.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace tp {
class Project;
struct Scenario;
} // namespace tp

namespace tp::session {

class BorderFront {
    Q_DECLARE_TR_FUNCTIONS(tp::session::BorderFront)
public:
    struct Options {
        double pickPx = 8.0;   // a press at most this far from a border grabs it
        double reachPx = 40.0; // the grabbed stretch: the border within this radius of the press
        double marginPx = 4.0; // the swept band is this much wider on each side
    };
    struct Segment {
        geo::MercatorPoint a, b;
    };
    // What the front takes at one cursor position.
    struct Result {
        qint64 gainer = 0, loser = 0; // 0, 0: nothing (no drag across the border yet)
        std::vector<int> units;       // ascending; all owned by `loser` at the press
        std::vector<int> cutOff;      // of which these were cut off from their piece, ascending
    };

    // The border between two territories of `scenario` nearest to `press` (Mercator metres),
    // with `metresPerPx` the view's resolution; nullopt and *error when there is none within
    // Options::pickPx, or when one of the two territories is locked.
    static std::optional<BorderFront> grab(const Project& project, const Scenario& scenario, geo::MercatorPoint press,
                                           double metresPerPx, QString* error, const Options& options);
    static std::optional<BorderFront> grab(const Project& project, const Scenario& scenario, geo::MercatorPoint press,
                                           double metresPerPx, QString* error) {
        return grab(project, scenario, press, metresPerPx, error, Options{});
    }

    // The territories on the two sides of the grabbed stretch; normal() points from first into second.
    std::pair<qint64, qint64> sides() const { return {m_side[0], m_side[1]}; }
    geo::MercatorPoint press() const { return m_press; }
    // A unit vector across the grabbed stretch, from the first side's units along it towards
    // the second's (on average): a drag with a positive component along it takes the second's units.
    geo::MercatorPoint normal() const { return m_normal; }
    // The grabbed stretch (clipped to the reach circle), for drawing.
    const std::vector<Segment>& stretch() const { return m_stretch; }

    // The units the front takes with the cursor at `cursor` (Mercator metres).
    Result at(geo::MercatorPoint cursor) const;

private:
    BorderFront() = default;

    struct Sides; // per side: its units, centroids, areas, pieces at the press, graph, seeds

    geo::MercatorPoint m_press, m_normal;
    double m_marginM = 0;
    qint64 m_side[2] = {0, 0};
    std::vector<Segment> m_stretch;
    std::shared_ptr<const Sides> m_sides;
};

} // namespace tp::session
