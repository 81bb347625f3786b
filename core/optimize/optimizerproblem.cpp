#include "optimizerproblem.h"

#include "geo/geodesy.h"
#include "model/measurecolumns.h"

#include <boost/geometry/algorithms/covered_by.hpp>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tp::optimize {
namespace {

bool knownHome(const geo::GeoPoint& p) {
    return p.lon != 0.0 || p.lat != 0.0;
}

QString percent(double fraction) {
    return QString::number(fraction * 100.0, 'f', 1) + QLatin1String(" %");
}

} // namespace

OptimizerProblem::OptimizerProblem(const Project& project, const Scenario& start, const OptimizerOptions& options)
    : m_options(options) {
    using Mode = OptimizerOptions::Mode;
    m_unitCount = int(project.units.size());
    if (m_options.catalogue.empty()) m_options.catalogue = MeasureDefinition::builtIns();
    if (m_options.measures.empty()) {
        for (std::size_t i = 0; i < m_options.catalogue.size(); ++i)
            if (m_options.catalogue[i].kind == MeasureDefinition::Kind::WorkloadHours)
                m_options.measures.push_back({int(i), 1.0, 5.0});
        if (m_options.measures.empty()) m_options.measures.push_back({0, 1.0, 5.0});
    }
    m_measureCount = int(m_options.measures.size());
    for (const OptimizerMeasure& m : m_options.measures) {
        if (m.measure < 0 || m.measure >= int(m_options.catalogue.size())) {
            fail(tr("A measure to balance is not in the measure list."));
            return;
        }
        if (!(m.weight > 0) || !(m.tolerancePct >= 0)) {
            fail(tr("Measure weights must be positive and tolerances zero or more."));
            return;
        }
        m_measureNames << m_options.catalogue[std::size_t(m.measure)].name;
        m_weight.push_back(m.weight);
        m_tolerance.push_back(m.tolerancePct / 100.0);
    }
    m_graph = UnitGraph(m_unitCount, project.adjacency);

    // --- which territories may change (slots)
    auto topRegion = [&](const Territory& t) {
        const Territory* at = &t;
        for (int guard = 0; guard < 16 && at->parentId; ++guard) {
            const Territory* parent = project.territory(at->parentId);
            if (!parent) break;
            at = parent;
        }
        return at->id == t.id ? qint64(0) : at->id;
    };
    auto below = [&](const Territory& t, qint64 ancestor) {
        const Territory* at = &t;
        for (int guard = 0; guard < 16 && at->parentId; ++guard) {
            if (at->parentId == ancestor) return true;
            at = project.territory(at->parentId);
            if (!at) return false;
        }
        return false;
    };
    const QSet<qint64> only(m_options.onlyTerritories.begin(), m_options.onlyTerritories.end());
    QHash<qint64, int> slotOf;
    std::vector<const Territory*> leaves, freeTerritories;
    for (const Territory* t : project.territoriesOf(start.id)) {
        if (t->level != Territory::Level::Territory) continue;
        leaves.push_back(t);
        if (t->locked) continue;
        if (!only.isEmpty() && !only.contains(t->id)) continue;
        if (m_options.regionId && !below(*t, m_options.regionId)) continue;
        freeTerritories.push_back(t);
    }
    for (qint64 id : m_options.onlyTerritories) {
        const Territory* t = project.territory(id);
        if (!t || t->scenarioId != start.id) fail(tr("A territory to optimise is not in this scenario."));
    }
    const int wanted = m_options.mode == Mode::Build && m_options.territoryCount > 0 ? m_options.territoryCount
                                                                                     : int(freeTerritories.size());
    m_newTerritories = m_options.mode == Mode::Build && wanted != int(freeTerritories.size());
    if (m_newTerritories && freeTerritories.size() != leaves.size()) {
        fail(tr("Building a different number of territories needs every territory in scope and unlocked."));
        return;
    }
    if (wanted <= 0) {
        fail(leaves.empty()
                 ? tr("This scenario has no territories; build some first (mode build with a territory count).")
                 : tr("No territory can change: all are locked or out of scope."));
        return;
    }
    m_slotCount = wanted;
    std::vector<const Rep*> slotRep(std::size_t(m_slotCount), nullptr);
    if (m_newTerritories) {
        for (int k = 0; k < m_slotCount; ++k) {
            Territory t;
            t.id = -1 - k;
            t.scenarioId = start.id;
            t.teamId = project.currentTeamId;
            t.name = tr("Territory %1").arg(k + 1);
            if (k < int(project.reps.size())) {
                t.repId = project.reps[std::size_t(k)].id;
                t.name = project.reps[std::size_t(k)].homeLabel.isEmpty() ? project.reps[std::size_t(k)].name
                                                                          : project.reps[std::size_t(k)].homeLabel;
                slotRep[std::size_t(k)] = &project.reps[std::size_t(k)];
            }
            m_newTerritoryList.push_back(t);
            m_slotTerritory.push_back(t.id);
            m_slotName.push_back(t.name);
            m_slotRegion.push_back(0);
        }
    } else {
        for (const Territory* t : freeTerritories) {
            slotOf.insert(t->id, int(m_slotTerritory.size()));
            slotRep[m_slotTerritory.size()] = t->repId ? project.rep(t->repId) : nullptr;
            m_slotTerritory.push_back(t->id);
            m_slotName.push_back(t->name);
            m_slotRegion.push_back(topRegion(*t));
        }
    }
    QHash<qint64, qint64> regionOfTerritory;
    for (const Territory* t : leaves) regionOfTerritory.insert(t->id, topRegion(*t));

    // --- units
    const std::size_t n = std::size_t(m_unitCount), M = std::size_t(m_measureCount);
    m_value.assign(n * M, 0.0);
    m_accounts.assign(n, 0);
    m_revenue.assign(n, 0.0);
    m_movable.assign(n, 0);
    m_start.assign(n, unassigned);
    m_startTerritory.assign(n, 0);
    m_centre.resize(n);
    m_unitRegion.assign(n, 0);
    m_base.assign(std::size_t(m_slotCount) * M, 0.0);
    for (std::size_t u = 0; u < n; ++u) {
        m_centre[u] = geo::centreOf(project.units[u].bounds);
        const qint64 t = u < start.unitTerritory.size() ? start.unitTerritory[u] : 0;
        m_startTerritory[u] = t;
        m_unitRegion[u] = regionOfTerritory.value(t, 0);
        const bool inFree = t && slotOf.contains(t);
        if (t && !inFree && !(m_newTerritories))
            m_start[u] = fixedOwner;
        else if (inFree)
            m_start[u] = slotOf.value(t);
        switch (m_options.mode) {
            case Mode::Rebalance:
                m_movable[u] = inFree;
                break;
            case Mode::Fill:
            case Mode::Build:
                m_movable[u] = inFree || t == 0 || m_newTerritories;
                break;
        }
        if (m_newTerritories) m_start[u] = unassigned;
    }

    // Per-account values of the chosen measures (composites through the catalogue).
    const MeasureColumns columns(m_options.catalogue);
    std::vector<MeasureColumns::Fixed> row(std::size_t(columns.size()));
    auto plainValue = [&](int measure) {
        const MeasureDefinition& d = m_options.catalogue[std::size_t(measure)];
        const int c = columns.columnOf(d);
        return c < 0 ? 0.0 : MeasureColumns::toValue(c, row[std::size_t(c)]);
    };
    std::vector<double> accountValue(M);
    // Only the accounts the current team covers count (a team balances its own accounts).
    const Team* team = project.currentTeam();
    const std::vector<char> members =
        team && !team->coversEverything() ? team->membership(project.accounts) : std::vector<char>();
    for (std::size_t i = 0; i < project.accounts.size(); ++i) {
        if (!members.empty() && !members[i]) continue;
        const Account& a = project.accounts[i];
        columns.rowOf(a, row.data());
        for (std::size_t m = 0; m < M; ++m) {
            const MeasureDefinition& d = m_options.catalogue[std::size_t(m_options.measures[m].measure)];
            double v = 0.0;
            if (d.kind == MeasureDefinition::Kind::Composite) {
                for (const MeasureDefinition::Term& term : d.terms)
                    if (term.measure >= 0 && term.measure < int(m_options.catalogue.size())
                        && m_options.catalogue[std::size_t(term.measure)].kind != MeasureDefinition::Kind::Composite)
                        v += term.weight * plainValue(term.measure);
            } else {
                v = plainValue(m_options.measures[m].measure);
            }
            accountValue[m] = v;
        }
        const auto override = start.overrides.constFind(a.id);
        if (override != start.overrides.constEnd()) {
            // A named account stays with its territory whatever the units do.
            const auto slot = slotOf.constFind(override.value());
            if (slot != slotOf.constEnd())
                for (std::size_t m = 0; m < M; ++m) m_base[std::size_t(slot.value()) * M + m] += accountValue[m];
            continue;
        }
        if (a.unit < 0 || a.unit >= m_unitCount) continue;
        for (std::size_t m = 0; m < M; ++m) m_value[std::size_t(a.unit) * M + m] += accountValue[m];
        ++m_accounts[std::size_t(a.unit)];
        m_revenue[std::size_t(a.unit)] += a.revenue;
    }

    // --- targets: the mean over the slots, or shares of the reps' capacity
    std::vector<double> total(M, 0.0);
    for (int k = 0; k < m_slotCount; ++k)
        for (std::size_t m = 0; m < M; ++m) total[m] += m_base[std::size_t(k) * M + m];
    for (std::size_t u = 0; u < n; ++u) {
        const bool counts = m_movable[u] || m_start[u] >= 0;
        if (!counts) continue;
        for (std::size_t m = 0; m < M; ++m) total[m] += m_value[u * M + m];
        m_totalAccounts += double(m_accounts[u]);
        m_totalRevenue += m_revenue[u];
    }
    std::vector<double> share(std::size_t(m_slotCount), 1.0 / m_slotCount);
    if (m_options.targetsByCapacity) {
        // The same targets as the Balance dock's (MetricsEngine::setTargetsByCapacity): capacity, ramped.
        const QDate today = QDate::currentDate();
        std::vector<double> carried(std::size_t(m_slotCount), 0.0);
        double capacity = 0.0;
        bool all = true;
        for (int k = 0; k < m_slotCount; ++k) {
            const Rep* r = slotRep[std::size_t(k)];
            carried[std::size_t(k)] = r && r->capacityHours > 0 ? r->capacityHours * r->rampFactor(today) : 0.0;
            if (!(carried[std::size_t(k)] > 0)) all = false;
            capacity += carried[std::size_t(k)];
        }
        if (all && capacity > 0)
            for (int k = 0; k < m_slotCount; ++k) share[std::size_t(k)] = carried[std::size_t(k)] / capacity;
    }
    m_target.assign(std::size_t(m_slotCount) * M, 0.0);
    for (int k = 0; k < m_slotCount; ++k)
        for (std::size_t m = 0; m < M; ++m) m_target[std::size_t(k) * M + m] = total[m] * share[std::size_t(k)];
    m_combined.assign(n, 0.0);
    double weights = 0.0;
    for (double w : m_weight) weights += w;
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t m = 0; m < M; ++m)
            if (total[m] > 0) m_combined[u] += m_weight[m] * m_value[u * M + m] / (total[m] / m_slotCount) / weights;

    // --- homes
    m_hasHome.assign(std::size_t(m_slotCount), 0);
    m_home.assign(std::size_t(m_slotCount), {});
    m_homeUnit.assign(std::size_t(m_slotCount), -1);
    for (int k = 0; k < m_slotCount; ++k) {
        const Rep* r = slotRep[std::size_t(k)];
        if (!r || !knownHome(r->home)) continue;
        m_hasHome[std::size_t(k)] = 1;
        m_home[std::size_t(k)] = r->home;
        // The first unit that holds the home, else the nearest (distances only then: with
        // hundreds of reps and tens of thousands of units they dominated a whole rebalance).
        for (std::size_t u = 0; u < n && m_homeUnit[std::size_t(k)] < 0; ++u) {
            if (!m_movable[u] || !allowed(int(u), k)) continue;
            const geo::Box& b = project.units[u].bounds;
            const bool inBox = r->home.lon >= b.min_corner().lon && r->home.lon <= b.max_corner().lon
                               && r->home.lat >= b.min_corner().lat && r->home.lat <= b.max_corner().lat;
            if (inBox && boost::geometry::covered_by(r->home, project.units[u].shape))
                m_homeUnit[std::size_t(k)] = int(u);
        }
        if (m_homeUnit[std::size_t(k)] >= 0) continue;
        double nearest = std::numeric_limits<double>::max();
        for (std::size_t u = 0; u < n; ++u) {
            if (!m_movable[u] || !allowed(int(u), k)) continue;
            const double d = geo::Geodesy::distanceM(r->home, m_centre[u]);
            if (d < nearest) {
                nearest = d;
                m_homeUnit[std::size_t(k)] = int(u);
            }
        }
    }
    m_pinned.assign(n, -1);
    auto pin = [&](std::size_t u, int k) {
        if (m_movable[u] && m_pinned[u] < 0 && allowed(int(u), k) && (m_options.mode == Mode::Build || m_start[u] == k))
            m_pinned[u] = k;
    };
    for (int k = 0; k < m_slotCount; ++k) {
        const int h = m_homeUnit[std::size_t(k)];
        if (h >= 0) pin(std::size_t(h), k);
    }
    if (m_options.homeRadiusKm > 0)
        for (int k = 0; k < m_slotCount; ++k)
            if (m_hasHome[std::size_t(k)])
                for (std::size_t u = 0; u < n; ++u)
                    if (geo::Geodesy::distanceM(m_centre[u], m_home[std::size_t(k)]) <= m_options.homeRadiusKm * 1000.0)
                        pin(u, k);
    for (const Unit& u : project.units) m_unitName.push_back(u.name.isEmpty() ? u.code : u.name);

    if (m_options.maxMovedAccountsPct >= 0) m_capAccounts = m_options.maxMovedAccountsPct / 100.0 * m_totalAccounts;
    if (m_options.maxMovedRevenuePct >= 0) m_capRevenue = m_options.maxMovedRevenuePct / 100.0 * m_totalRevenue;

    // Lower bound of the excess: the heaviest units, one per territory, above the largest band top.
    {
        std::vector<double> over;
        for (std::size_t u = 0; u < n; ++u) {
            if (!m_movable[u]) continue;
            double e = 0.0;
            for (std::size_t m = 0; m < M; ++m) {
                double top = 0.0;
                for (int k = 0; k < m_slotCount; ++k) top = std::max(top, m_target[std::size_t(k) * M + m]);
                if (top > 0 && m_value[u * M + m] / top - 1.0 - m_tolerance[m] > 0)
                    e += m_weight[m] * (m_value[u * M + m] / top - 1.0 - m_tolerance[m]);
            }
            if (e > 0) over.push_back(e);
        }
        std::sort(over.begin(), over.end(), std::greater<>());
        for (std::size_t i = 0; i < over.size() && i < std::size_t(m_slotCount); ++i) m_excessLowerBound += over[i];
    }
    int movable = 0;
    for (char c : m_movable) movable += c;
    if (movable < m_slotCount && (m_options.mode != Mode::Rebalance))
        fail(tr("There are fewer units than territories to build."));
}

double OptimizerProblem::excessOf(int slot, const double* load) const {
    const double* t = target(slot);
    double e = 0.0;
    for (int m = 0; m < m_measureCount; ++m) {
        if (!(t[m] > 0)) continue;
        const double d = std::abs(load[m] - t[m]) / t[m] - m_tolerance[std::size_t(m)];
        if (d > 0) e += m_weight[std::size_t(m)] * d;
    }
    return e;
}

std::vector<double> OptimizerProblem::loadsOf(const std::vector<int>& owner) const {
    const std::size_t M = std::size_t(m_measureCount);
    std::vector<double> load(m_base);
    for (int u = 0; u < m_unitCount; ++u) {
        const int k = owner[std::size_t(u)];
        if (k < 0) continue;
        const double* v = values(u);
        for (std::size_t m = 0; m < M; ++m) load[std::size_t(k) * M + m] += v[m];
    }
    return load;
}

std::vector<qint64> OptimizerProblem::territoryIds(const std::vector<int>& owner) const {
    std::vector<qint64> ids(std::size_t(m_unitCount), 0);
    for (std::size_t u = 0; u < ids.size(); ++u) {
        const int k = owner[u];
        ids[u] = k >= 0 ? m_slotTerritory[std::size_t(k)] : (k == fixedOwner ? m_startTerritory[u] : 0);
    }
    return ids;
}

OptimizerFigures OptimizerProblem::figures(const std::vector<int>& owner) const {
    OptimizerFigures f;
    const std::size_t M = std::size_t(m_measureCount);
    const std::vector<double> load = loadsOf(owner);
    f.territories = m_slotCount;
    f.worstDeviationPct.assign(M, 0.0);
    for (int k = 0; k < m_slotCount; ++k) {
        const double* l = load.data() + std::size_t(k) * M;
        const double* t = target(k);
        bool out = false;
        for (std::size_t m = 0; m < M; ++m) {
            if (!(t[m] > 0)) continue;
            const double d = (l[m] - t[m]) / t[m];
            if (std::abs(d) * 100.0 > std::abs(f.worstDeviationPct[m])) f.worstDeviationPct[m] = d * 100.0;
            if (std::abs(d) > m_tolerance[m] + 1e-12) out = true;
        }
        f.excess += excessOf(k, l);
        f.outOfBand += out;
    }
    const std::vector<qint64> ids = territoryIds(owner);
    double travelWeighted = 0.0, travelWeight = 0.0;
    for (int u = 0; u < m_unitCount; ++u) {
        const int k = owner[std::size_t(u)], s = m_start[std::size_t(u)];
        if (countsDisruption() && s >= 0 && k != s) {
            ++f.unitsMoved;
            f.accountsMoved += m_accounts[std::size_t(u)];
            f.revenueMoved += m_revenue[std::size_t(u)];
        }
        if (k >= 0 && m_hasHome[std::size_t(k)]) {
            const double w = m_combined[std::size_t(u)];
            travelWeighted += w * geo::Geodesy::distanceM(m_centre[std::size_t(u)], m_home[std::size_t(k)]);
            travelWeight += w;
        }
        const auto nb = m_graph.neighbours(u);
        const auto len = m_graph.lengths(u);
        for (std::size_t i = 0; i < nb.size(); ++i) {
            const int v = nb[i];
            if (v < u || ids[std::size_t(u)] == 0 || ids[std::size_t(v)] == 0
                || ids[std::size_t(u)] == ids[std::size_t(v)])
                continue;
            if (owner[std::size_t(u)] < 0 && owner[std::size_t(v)] < 0) continue; // between fixed territories
            f.borderKm += double(len[i]) / 1000.0;
        }
    }
    f.travelKm = travelWeight > 0 ? travelWeighted / travelWeight / 1000.0 : 0.0;
    f.accountsMovedPct = m_totalAccounts > 0 ? 100.0 * double(f.accountsMoved) / m_totalAccounts : 0.0;
    f.revenueMovedPct = m_totalRevenue > 0 ? 100.0 * f.revenueMoved / m_totalRevenue : 0.0;
    UnitGraph scratch = m_graph;
    std::vector<int> pieces;
    scratch.countAllPieces(owner, m_slotCount, pieces);
    for (int p : pieces) f.pieces += p;
    return f;
}

QStringList OptimizerProblem::reasons(const std::vector<int>& owner, bool capReached) const {
    QStringList out;
    const std::size_t M = std::size_t(m_measureCount);
    const std::vector<double> load = loadsOf(owner);
    std::vector<int> size(std::size_t(m_slotCount), 0);
    for (int k : owner)
        if (k >= 0) ++size[std::size_t(k)];
    for (int k = 0; k < m_slotCount; ++k) {
        const double* l = load.data() + std::size_t(k) * M;
        const double* t = target(k);
        for (std::size_t m = 0; m < M; ++m) {
            if (!(t[m] > 0)) continue;
            const double d = (l[m] - t[m]) / t[m];
            if (std::abs(d) <= m_tolerance[m] + 1e-12) continue;
            const double top = t[m] * (1 + m_tolerance[m]);
            QString why;
            if (d > 0 && base(k)[m] > top) {
                why = tr("its named accounts alone are above the band's top (%1)").arg(top, 0, 'f', 0);
            } else if (d > 0) {
                for (int u = 0; u < m_unitCount; ++u)
                    if (owner[std::size_t(u)] == k && values(u)[m] > top) {
                        why = tr("%1 alone (%2) is above the band's top (%3)")
                                  .arg(m_unitName[std::size_t(u)])
                                  .arg(values(u)[m], 0, 'f', 0)
                                  .arg(top, 0, 'f', 0);
                        break;
                    }
            }
            if (why.isEmpty() && d > 0 && size[std::size_t(k)] == 1)
                why = tr("it has a single unit and cannot be left empty");
            if (why.isEmpty() && capReached) why = tr("the cap on moved accounts or revenue was reached");
            if (why.isEmpty())
                why = tr("no further move keeps every territory in one piece%1 and brings it closer")
                          .arg(m_options.keepRegions ? tr(", within its region,") : QString());
            out << tr("%1 is at %2%3 on %4 (band ±%5): %6.")
                       .arg(m_slotName[std::size_t(k)], d > 0 ? QStringLiteral("+") : QString(), percent(d),
                            m_measureNames[int(m)], percent(m_tolerance[m]), why);
        }
    }
    return out;
}

} // namespace tp::optimize
