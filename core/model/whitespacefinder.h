#pragma once
// WhiteSpaceFinder: the units of the current scenario with potential that nobody covers well
// ("white space"): unassigned units, units whose penetration (revenue / revenue potential) is below
// a threshold, and units whose centroid lies farther than a threshold from the home of the rep
// who owns them (great circle, Geodesy::distanceM). Only units whose ranking measure is positive are
// listed, ranked by that measure (descending; ties by unit code), optionally the top N. The
// figures per unit are the metrics engine's unit sums (accounts of the unit without an override in
// the scenario), so the list agrees with the territory metrics.
// A coarser level groups the listed units by county (ZIP areas carry their county) or state
// (counties and ZIP3 areas carry their state, see UnitGroups), else by the layer's region code.
// The finder keeps the unit centroids (planar centroid in degrees, as GIS tools compute it) of the
// project it was built for: build a new one after the unit layer changed. Holds a reference to the
// project; call on the thread that owns the project and the engine.

#include "geo/geopoint.h"

#include <QCoreApplication>
#include <QString>

#include <cmath>
#include <limits>
#include <vector>

namespace tp {

class MetricsEngine;
class Project;

class WhiteSpaceFinder {
    Q_DECLARE_TR_FUNCTIONS(tp::WhiteSpaceFinder)

public:
    enum Reason : unsigned { Unassigned = 1u, LowPenetration = 2u, FarFromRep = 4u };
    enum class Level { Units, Regions };
    enum class RegionKind { None, County, State, Region };

    struct Options {
        int measure = -1;             // engine measure to rank by; -1: revenue potential
        double minPenetration = 0.15; // units below are listed; NaN or <= 0: no penetration test
        double maxDistanceKm = 500.0; // units farther are listed; NaN or <= 0: no distance test
        int top = 0;                  // 0: all
        Level level = Level::Units;
    };

    struct Row {
        static constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        int unit = -1;        // index into Project::units; -1 for a region row
        QString code;         // unit code, or the region's code
        QString name;         // unit name (empty for regions)
        QString region;       // the unit's region (the grouping used at the coarser level)
        unsigned reasons = 0; // Reason bits
        double value = 0.0;   // ranking measure
        double potential = 0.0;
        double revenue = 0.0;
        double penetration = nan; // revenue / potential; NaN without potential
        qint64 accounts = 0;
        qint64 territoryId = 0; // 0: unassigned (regions: 0)
        QString territory;
        QString rep;
        double distanceKm = nan; // rep home -> unit centroid; NaN without owner rep home (regions: the largest)
        int units = 1;           // regions: units listed in the region
    };

    explicit WhiteSpaceFinder(const Project& project);

    // The list for the engine's scenario (the engine must belong to the same project).
    std::vector<Row> find(const MetricsEngine& engine, const Options& options) const;
    // Which grouping the coarser level uses for this project's units.
    RegionKind regionKind() const { return m_regionKind; }
    QString regionOf(int unit) const;
    geo::GeoPoint centroid(int unit) const { return m_centroids[std::size_t(unit)]; }

    // "unassigned", "low penetration", "far from rep" joined by ", " (translated for people).
    static QString reasonText(unsigned reasons);
    // Stable keys for CSV/JSON: "unassigned", "low_penetration", "far_from_rep" joined by '|'.
    static QString reasonKeys(unsigned reasons);
    static QString regionKindName(RegionKind kind); // "county", "state", "region", "" (for people: translated)

private:
    std::vector<Row> unitRows(const MetricsEngine& engine, const Options& options) const;
    static std::vector<Row> regionRows(const std::vector<Row>& units);

    const Project& m_project;
    std::vector<geo::GeoPoint> m_centroids;
    RegionKind m_regionKind = RegionKind::None;
};

} // namespace tp
