#include "whitespacefinder.h"

#include "measurecolumns.h"
#include "metricsengine.h"
#include "project.h"
#include "unitgroups.h"

#include "geo/geodesy.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/strategies/cartesian/centroid_average.hpp>
#include <boost/geometry/strategies/cartesian/centroid_bashein_detmer.hpp>

#include <algorithm>

namespace tp {
namespace {

// Larger value first; equal values by code, so the order is the same wherever it is computed.
bool ranksBefore(const WhiteSpaceFinder::Row& a, const WhiteSpaceFinder::Row& b) {
    if (a.value != b.value) return a.value > b.value;
    return a.code < b.code;
}

void keepTop(std::vector<WhiteSpaceFinder::Row>& rows, int top) {
    std::sort(rows.begin(), rows.end(), ranksBefore);
    if (top > 0 && rows.size() > std::size_t(top)) rows.resize(std::size_t(top));
    rows.shrink_to_fit(); // the list is kept (by the dock's model): without what it grew through
}

} // namespace

WhiteSpaceFinder::WhiteSpaceFinder(const Project& project) : m_project(project) {
    m_centroids.reserve(project.units.size());
    bool county = false, state = false, region = false;
    for (const Unit& u : project.units) {
        geo::GeoPoint c = geo::centreOf(u.bounds);
        if (!u.shape.empty()) {
            try {
                boost::geometry::centroid(u.shape, c);
            } catch (const boost::geometry::centroid_exception&) {
                // degenerate shape (no area): keep the centre of its bounds
            }
        }
        m_centroids.push_back(c);
        // Counties are the coarser level of ZIP areas only when the units are not counties themselves.
        const QString countyOf = UnitGroups::groupOf(u, UnitGroups::Level::County);
        county = county || (!countyOf.isEmpty() && countyOf != u.code);
        state = state || !UnitGroups::groupOf(u, UnitGroups::Level::State).isEmpty();
        region = region || !u.region.isEmpty();
    }
    m_regionKind = county   ? RegionKind::County
                   : state  ? RegionKind::State
                   : region ? RegionKind::Region
                            : RegionKind::None;
}

QString WhiteSpaceFinder::regionOf(int unit) const {
    const Unit& u = m_project.units[std::size_t(unit)];
    switch (m_regionKind) {
        case RegionKind::County:
            return UnitGroups::groupOf(u, UnitGroups::Level::County);
        case RegionKind::State:
            return UnitGroups::groupOf(u, UnitGroups::Level::State);
        case RegionKind::Region:
            return u.region;
        case RegionKind::None:
            break;
    }
    return {};
}

std::vector<WhiteSpaceFinder::Row> WhiteSpaceFinder::find(const MetricsEngine& engine, const Options& options) const {
    std::vector<Row> rows = unitRows(engine, options);
    if (options.level == Level::Regions) rows = regionRows(rows);
    keepTop(rows, options.top);
    return rows;
}

std::vector<WhiteSpaceFinder::Row> WhiteSpaceFinder::unitRows(const MetricsEngine& engine,
                                                              const Options& options) const {
    int measure = options.measure;
    if (measure < 0 || measure >= int(engine.measures().size())) {
        measure = -1;
        for (std::size_t i = 0; i < engine.measures().size(); ++i)
            if (engine.measures()[i].kind == MeasureDefinition::Kind::RevenuePotential) measure = int(i);
    }
    const bool penetrationTest = options.minPenetration > 0.0; // false for NaN too
    const bool distanceTest = options.maxDistanceKm > 0.0;
    const int count = std::min(engine.unitCount(), int(m_project.units.size()));
    // Listing units with a top N: only the best N so far are kept (pruned whenever twice as many
    // piled up), so a fine grid does not hold a row for every unit at once (6.6 MB at 33k units).
    const std::size_t keep = options.level == Level::Units && options.top > 0 ? std::size_t(options.top) : 0;
    std::vector<Row> rows;
    for (int u = 0; u < count; ++u) {
        Row row;
        row.potential = engine.unitEffectiveColumn(u, MeasureColumns::RevenuePotential);
        row.value = measure >= 0 ? engine.unitEffectiveMeasure(u, measure) : row.potential;
        if (!(row.value > 0.0)) continue;
        row.revenue = engine.unitEffectiveColumn(u, MeasureColumns::Revenue);
        row.accounts = qint64(engine.unitEffectiveColumn(u, MeasureColumns::Count));
        if (row.potential > 0.0) row.penetration = row.revenue / row.potential;
        row.territoryId = engine.unitOwner(u);
        const Territory* territory = row.territoryId ? m_project.territory(row.territoryId) : nullptr;
        const Rep* rep = territory && territory->repId ? m_project.rep(territory->repId) : nullptr;
        if (rep && rep->hasHome())
            row.distanceKm = geo::Geodesy::distanceM(rep->home, m_centroids[std::size_t(u)]) / 1000.0;
        if (!territory) row.reasons |= Unassigned;
        if (penetrationTest && row.penetration < options.minPenetration) row.reasons |= LowPenetration;
        if (distanceTest && row.distanceKm > options.maxDistanceKm) row.reasons |= FarFromRep;
        if (!row.reasons) continue;
        const Unit& unit = m_project.units[std::size_t(u)];
        row.unit = u;
        row.code = unit.code;
        row.name = unit.name;
        row.region = regionOf(u);
        if (territory) row.territory = territory->name;
        if (rep) row.rep = rep->name;
        rows.push_back(std::move(row));
        if (keep && rows.size() >= 2 * keep) {
            std::nth_element(rows.begin(), rows.begin() + std::ptrdiff_t(keep), rows.end(), ranksBefore);
            rows.resize(keep);
        }
    }
    return rows;
}

std::vector<WhiteSpaceFinder::Row> WhiteSpaceFinder::regionRows(const std::vector<Row>& units) {
    std::vector<Row> regions;
    QHash<QString, std::size_t> index;
    for (const Row& u : units) {
        if (u.region.isEmpty()) continue;
        auto it = index.constFind(u.region);
        if (it == index.constEnd()) {
            Row r;
            r.code = r.region = u.region;
            r.units = 0;
            it = index.insert(u.region, regions.size());
            regions.push_back(r);
        }
        Row& r = regions[it.value()];
        ++r.units;
        r.reasons |= u.reasons;
        r.value += u.value;
        r.potential += u.potential;
        r.revenue += u.revenue;
        r.accounts += u.accounts;
        if (!std::isnan(u.distanceKm) && !(u.distanceKm <= r.distanceKm)) r.distanceKm = u.distanceKm;
    }
    for (Row& r : regions) r.penetration = r.potential > 0.0 ? r.revenue / r.potential : Row::nan;
    return regions;
}

QString WhiteSpaceFinder::reasonText(unsigned reasons) {
    QStringList parts;
    if (reasons & Unassigned) parts << tr("unassigned");
    if (reasons & LowPenetration) parts << tr("low penetration");
    if (reasons & FarFromRep) parts << tr("far from rep");
    return parts.join(QStringLiteral(", "));
}

QString WhiteSpaceFinder::reasonKeys(unsigned reasons) {
    QStringList parts;
    if (reasons & Unassigned) parts << QStringLiteral("unassigned");
    if (reasons & LowPenetration) parts << QStringLiteral("low_penetration");
    if (reasons & FarFromRep) parts << QStringLiteral("far_from_rep");
    return parts.join(QLatin1Char('|'));
}

QString WhiteSpaceFinder::regionKindName(RegionKind kind) {
    switch (kind) {
        case RegionKind::County:
            return tr("county");
        case RegionKind::State:
            return tr("state");
        case RegionKind::Region:
            return tr("region");
        case RegionKind::None:
            break;
    }
    return {};
}

} // namespace tp
