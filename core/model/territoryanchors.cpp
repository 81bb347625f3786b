#include "territoryanchors.h"

#include "contiguity.h"
#include "project.h"

#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/expand.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <QSet>

#include <limits>

namespace tp {
QHash<qint64, TerritoryAnchor> TerritoryAnchors::compute(const Project& project, const Scenario& scenario,
                                                         const std::vector<int>* strayUnits) {
    const std::vector<int> strayList = strayUnits ? *strayUnits : Contiguity::strayUnits(project, scenario);
    const QSet<int> stray(strayList.begin(), strayList.end());
    struct Sum {
        double area = 0, lon = 0, lat = 0;
        geo::Box bounds;
        bool hasBounds = false;
    };
    QHash<qint64, Sum> sums;
    const std::size_t n = std::min(project.units.size(), scenario.unitTerritory.size());
    for (std::size_t u = 0; u < n; ++u) {
        const qint64 t = scenario.unitTerritory[u];
        if (t == 0) continue;
        const Unit& unit = project.units[u];
        Sum& s = sums[t];
        if (!s.hasBounds) {
            s.bounds = unit.bounds;
            s.hasBounds = true;
        } else {
            boost::geometry::expand(s.bounds, unit.bounds);
        }
        if (stray.contains(int(u))) continue;
        const geo::GeoPoint c = geo::centreOf(unit.bounds);
        const double w = std::max(unit.areaM2, 1.0);
        s.area += w;
        s.lon += c.lon * w;
        s.lat += c.lat * w;
    }
    QHash<qint64, TerritoryAnchor> anchors;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const Sum& s = it.value();
        TerritoryAnchor a;
        a.bounds = s.bounds;
        a.areaM2 = s.area;
        a.label = s.area > 0 ? geo::GeoPoint{s.lon / s.area, s.lat / s.area} : geo::centreOf(s.bounds);
        anchors.insert(it.key(), a);
    }
    // Outside its territory? Use the nearest unit centre of the main piece instead.
    QHash<qint64, double> best;
    QHash<qint64, bool> inside;
    for (std::size_t u = 0; u < n; ++u) {
        const qint64 t = scenario.unitTerritory[u];
        if (t == 0 || stray.contains(int(u))) continue;
        const geo::GeoPoint target = anchors[t].label;
        const Unit& unit = project.units[u];
        if (boost::geometry::covered_by(target, unit.bounds) && boost::geometry::covered_by(target, unit.shape))
            inside[t] = true;
    }
    QHash<qint64, geo::GeoPoint> nearest;
    for (std::size_t u = 0; u < n; ++u) {
        const qint64 t = scenario.unitTerritory[u];
        if (t == 0 || stray.contains(int(u)) || inside.value(t)) continue;
        const geo::GeoPoint c = geo::centreOf(project.units[u].bounds), target = anchors[t].label;
        const double d = (c.lon - target.lon) * (c.lon - target.lon) + (c.lat - target.lat) * (c.lat - target.lat);
        if (!best.contains(t) || d < best.value(t)) {
            best[t] = d;
            nearest[t] = c;
        }
    }
    for (auto it = nearest.cbegin(); it != nearest.cend(); ++it) anchors[it.key()].label = it.value();
    return anchors;
}

} // namespace tp
