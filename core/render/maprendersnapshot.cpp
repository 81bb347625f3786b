#include "render/maprendersnapshot.h"

#include "model/measurecolumns.h"

#include <algorithm>
#include <array>

#include <QHash>

#include <bit>
#include <thread>

namespace tp::render {
namespace {

inline quint64 mix(quint64 h, quint64 v) {
    return (h ^ v) * 1099511628211ull;
}
inline quint64 mix(quint64 h, double v) {
    return mix(h, std::bit_cast<quint64>(v));
}

} // namespace

quint64 MapRenderSnapshot::unitsFingerprint(const Project& project) {
    // Bounds and ring sizes identify a unit layer well enough to notice a re-import.
    quint64 h = mix(1469598103934665603ull, quint64(project.units.size()));
    for (const Unit& u : project.units) {
        h = mix(h, u.bounds.min_corner().lon);
        h = mix(h, u.bounds.min_corner().lat);
        h = mix(h, u.bounds.max_corner().lon);
        h = mix(h, u.bounds.max_corner().lat);
        h = mix(h, quint64(u.shape.size()));
        for (const geo::Polygon& poly : u.shape) h = mix(h, quint64(poly.outer().size()));
    }
    h = mix(h, quint64(project.adjacency.size()));
    return h;
}

quint64 MapRenderSnapshot::accountsFingerprint(const Project& project) {
    quint64 h = mix(1469598103934665603ull, quint64(project.accounts.size()));
    // The current team decides which accounts are shown.
    h = mix(h, quint64(project.currentTeamId));
    if (const Team* team = project.currentTeam()) {
        h = mix(h, quint64(qHash(team->rule.toText())));
        h = mix(h, quint64(team->included.size()) << 32 | quint64(team->excluded.size()));
    }
    for (const Account& a : project.accounts) {
        h = mix(h, a.location.lon);
        h = mix(h, a.location.lat);
        // Length and first letter tell the known segments apart without string comparisons.
        h = mix(h,
                quint64(a.segment.size()) << 16 | (a.segment.isEmpty() ? 0u : a.segment->front().toLower().unicode()));
    }
    return h;
}

std::shared_ptr<const TerritoryLayer::Assignment>
MapRenderSnapshot::assignment(const Project& project, qint64 scenarioId, qint64 focusTerritory) {
    auto a = std::make_shared<TerritoryLayer::Assignment>();
    a->unitSlot.assign(project.units.size(), -1);
    const Scenario* scenario = scenarioId ? project.scenario(scenarioId) : project.currentScenario();
    if (!scenario) return a;
    QHash<qint64, int> slotOf;
    for (const Territory* t : project.territoriesOf(scenario->id)) {
        slotOf.insert(t->id, int(a->colors.size()));
        QColor c = QColor::fromString(t->color);
        if (!c.isValid()) c = QColor(0x90, 0x90, 0x90);
        if (focusTerritory && t->id != focusTerritory)
            c = QColor::fromHsvF(c.hsvHueF(), c.hsvSaturationF() * 0.25, 0.93);
        a->colors.push_back(c);
    }
    const std::size_t n = std::min(scenario->unitTerritory.size(), a->unitSlot.size());
    for (std::size_t i = 0; i < n; ++i) {
        const qint64 id = scenario->unitTerritory[i];
        if (id != 0) a->unitSlot[i] = slotOf.value(id, -1);
    }
    return a;
}

std::shared_ptr<const TerritoryLayer::Assignment> MapRenderSnapshot::teamAssignment(const Project& project,
                                                                                    qint64 teamId, qint64 scenarioId) {
    const Scenario* scenario = scenarioId ? project.scenario(scenarioId) : project.currentScenario();
    const std::vector<qint64>* units = scenario ? scenario->unitsOf(teamId) : nullptr;
    if (!units) return nullptr;
    auto a = std::make_shared<TerritoryLayer::Assignment>();
    a->unitSlot.assign(project.units.size(), -1);
    QHash<qint64, int> slotOf; // one slot per territory: only where two differ is a border drawn
    const std::size_t n = std::min(units->size(), a->unitSlot.size());
    for (std::size_t i = 0; i < n; ++i) {
        const qint64 id = (*units)[i];
        if (id == 0) continue;
        auto it = slotOf.find(id);
        if (it == slotOf.end()) {
            it = slotOf.insert(id, int(a->colors.size()));
            a->colors.push_back(QColor(Qt::black)); // unused: the outline layer fills nothing
        }
        a->unitSlot[i] = it.value();
    }
    return a;
}

std::shared_ptr<const AccountLayer::Points> MapRenderSnapshot::accountPoints(const Project& project,
                                                                             const QSet<QString>& hiddenSegments,
                                                                             const QSet<QString>& hiddenIndustries,
                                                                             int sizeMeasure) {
    auto p = std::make_shared<AccountLayer::Points>();
    const std::size_t n = project.accounts.size();
    p->position.resize(n);
    p->segment.resize(n);
    const bool filtering = !hiddenSegments.isEmpty() || !hiddenIndustries.isEmpty();
    // Accounts the current team does not cover are not drawn.
    const Team* team = project.currentTeam();
    const std::vector<char> members =
        team && !team->coversEverything() ? team->membership(project.accounts) : std::vector<char>();
    const auto fill = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            const Account& a = project.accounts[i];
            p->position[i] = geo::WebMercator::project(a.location);
            const bool hide =
                (!members.empty() && !members[i])
                || (filtering && (hiddenSegments.contains(a.segment) || hiddenIndustries.contains(a.industry)));
            p->segment[i] = hide ? AccountLayer::hidden : std::uint8_t(AccountLayer::segmentOf(a.segment));
        }
    };
    // Projecting 1M accounts takes about 0.4 s: the second half on a second thread (the sets and
    // the project are only read).
    if (n >= 100'000) {
        std::thread second(fill, n / 2, n);
        fill(0, n / 2);
        second.join();
    } else {
        fill(0, n);
    }
    if (sizeMeasure >= MeasureColumns::RevenuePotential && sizeMeasure <= MeasureColumns::WorkloadHours
        && !project.accounts.empty()) {
        auto valueOf = [sizeMeasure](const Account& a) {
            switch (sizeMeasure) {
                case MeasureColumns::RevenuePotential:
                    return a.revenuePotential;
                case MeasureColumns::Revenue:
                    return a.revenue;
                case MeasureColumns::Pipeline:
                    return a.pipeline;
                default:
                    return a.workloadHours;
            }
        };
        // Quintile boundaries of the measure over all accounts.
        std::vector<double> values;
        values.reserve(project.accounts.size());
        for (const Account& a : project.accounts) values.push_back(valueOf(a));
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        std::array<double, AccountLayer::sizeClasses - 1> bounds{};
        for (int k = 1; k < AccountLayer::sizeClasses; ++k)
            bounds[std::size_t(k - 1)] = sorted[sorted.size() * std::size_t(k) / AccountLayer::sizeClasses];
        p->sizeClass.reserve(values.size());
        for (double v : values)
            p->sizeClass.push_back(std::uint8_t(std::upper_bound(bounds.begin(), bounds.end(), v) - bounds.begin()));
    }
    return p;
}

std::shared_ptr<const std::vector<double>> MapRenderSnapshot::accountWeights(const Project& project, int measure) {
    if (measure < MeasureColumns::RevenuePotential || measure > MeasureColumns::WorkloadHours) return nullptr;
    auto w = std::make_shared<std::vector<double>>();
    w->reserve(project.accounts.size());
    for (const Account& a : project.accounts)
        w->push_back(measure == MeasureColumns::RevenuePotential ? a.revenuePotential
                     : measure == MeasureColumns::Revenue        ? a.revenue
                     : measure == MeasureColumns::Pipeline       ? a.pipeline
                                                                 : a.workloadHours);
    return w;
}

std::shared_ptr<const RepHomeLayer::Markers> MapRenderSnapshot::repMarkers(const Project& project) {
    auto m = std::make_shared<RepHomeLayer::Markers>();
    for (const Rep& r : project.reps) {
        if (r.home.lon == 0.0 && r.home.lat == 0.0) continue; // no home location known
        m->push_back({geo::WebMercator::project(r.home), r.name});
    }
    return m;
}

} // namespace tp::render
