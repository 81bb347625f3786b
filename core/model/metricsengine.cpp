#include "metricsengine.h"

#include "project.h"

#include "geo/geodesy.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <thread>

namespace tp {
namespace {

bool isHome(const geo::GeoPoint& p) {
    // (0, 0) is how a rep without a known home location is stored.
    return std::isfinite(p.lon) && std::isfinite(p.lat) && !(p.lon == 0.0 && p.lat == 0.0);
}

qint64 roundedMetres(double value) {
    return std::isfinite(value) && value > 0 ? std::llround(value) : 0;
}

} // namespace

MetricsEngine::MetricsEngine(const Project& project)
    : m_project(project), m_measures(MeasureDefinition::builtIns()), m_balance(MeasureColumns::WorkloadHours) {
    prepare();
    recompute(project.currentScenarioId);
}

void MetricsEngine::setMeasures(std::vector<MeasureDefinition> measures) {
    const MeasureColumns columns(measures);
    const bool columnsChanged = !(columns == m_columns);
    m_measures = std::move(measures);
    if (m_balance < 0 || m_balance >= int(m_measures.size())) {
        m_balance = 0;
        for (std::size_t i = 0; i < m_measures.size(); ++i)
            if (m_measures[i].kind == MeasureDefinition::Kind::WorkloadHours) m_balance = int(i);
    }
    if (columnsChanged) {
        m_otherTeams.clear(); // their rows have the old columns
        sumUnitRows();
    } else {
        m_measureColumn.clear();
        for (const MeasureDefinition& m : m_measures) m_measureColumn.push_back(m_columns.columnOf(m));
    }
    recompute(m_scenarioId);
}

void MetricsEngine::setBalanceMeasure(int measureIndex) {
    if (measureIndex < 0 || measureIndex >= int(m_measures.size()) || measureIndex == m_balance) return;
    m_balance = measureIndex;
    m_allChanged = true;
    derive();
}

void MetricsEngine::setTargetsByCapacity(bool on, const QDate& asOf) {
    m_capacityTargets = on;
    m_asOf = asOf.isValid() ? asOf : QDate::currentDate();
    m_allChanged = true;
    derive();
}

void MetricsEngine::rebuild() {
    prepare();
    recompute(m_scenarioId);
}

void MetricsEngine::currentTeamChanged() {
    const qint64 team = m_project.currentTeamId;
    if (team != m_rowsTeam) {
        m_otherTeams.insert_or_assign(m_rowsTeam, takeTeamRows());
        if (auto kept = m_otherTeams.find(team); kept != m_otherTeams.end()) {
            restoreTeamRows(std::move(kept->second));
            m_otherTeams.erase(kept);
        } else {
            prepareAccounts();
        }
    }
    recompute(m_scenarioId);
}

void MetricsEngine::teamAccountsChanged(qint64 teamId) {
    if (teamId == m_rowsTeam)
        rebuild();
    else
        m_otherTeams.erase(teamId);
}

MetricsEngine::TeamRows MetricsEngine::takeTeamRows() {
    return {std::move(m_member), std::move(m_accountStart), std::move(m_accountIndex), std::move(m_travelCache),
            std::move(m_unitAll)};
}

void MetricsEngine::restoreTeamRows(TeamRows&& rows) {
    m_member = std::move(rows.member);
    m_accountStart = std::move(rows.accountStart);
    m_accountIndex = std::move(rows.accountIndex);
    m_travelCache = std::move(rows.travelCache);
    m_unitAll = std::move(rows.unitAll);
    m_rowsTeam = m_project.currentTeamId;
}

void MetricsEngine::prepare() {
    const std::vector<Unit>& units = m_project.units;
    m_unitCount = int(units.size());
    m_graph = UnitGraph(m_unitCount, m_project.adjacency);

    m_unitAreaM2.resize(units.size());
    m_unitPerimeterM.resize(units.size());
    for (std::size_t u = 0; u < units.size(); ++u) {
        const Unit& unit = units[u];
        // Older or hand-made projects may not carry the measures; they derive from the shape.
        const bool hasShape = !unit.shape.empty();
        const double area = unit.areaM2 > 0 || !hasShape ? unit.areaM2 : geo::Geodesy::areaM2(unit.shape);
        const double perimeter =
            unit.perimeterM > 0 || !hasShape ? unit.perimeterM : geo::Geodesy::perimeterM(unit.shape);
        m_unitAreaM2[u] = roundedMetres(area);
        m_unitPerimeterM[u] = roundedMetres(perimeter);
    }

    m_otherTeams.clear();
    prepareAccounts();
}

void MetricsEngine::prepareAccounts() {
    const std::size_t rows = std::size_t(m_unitCount) + 1; // + the virtual "no unit" row
    const std::vector<Account>& accounts = m_project.accounts;
    const Team* team = m_project.currentTeam();
    m_rowsTeam = m_project.currentTeamId;
    m_member.clear();
    if (team && !team->coversEverything()) m_member = team->membership(accounts);
    m_accountStart.assign(rows + 1, 0);
    std::size_t members = 0;
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        if (!isMember(int(i))) continue;
        const Account& a = accounts[i];
        ++m_accountStart[std::size_t(a.unit >= 0 && a.unit < m_unitCount ? a.unit : m_unitCount) + 1];
        ++members;
    }
    for (std::size_t i = 1; i < m_accountStart.size(); ++i) m_accountStart[i] += m_accountStart[i - 1];
    m_accountIndex.resize(members);
    std::vector<int> fill(m_accountStart.begin(), m_accountStart.end() - 1);
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        if (!isMember(int(i))) continue;
        const int unit = unitOfAccount(int(i));
        const std::size_t at = std::size_t(fill[std::size_t(unit)]++);
        m_accountIndex[at] = int(i);
    }
    m_travelCache.assign(rows, {});
    sumUnitRows();
}

void MetricsEngine::sumUnitRows() {
    m_columns = MeasureColumns(m_measures);
    m_k = m_columns.size();
    m_measureColumn.clear();
    for (const MeasureDefinition& m : m_measures) m_measureColumn.push_back(m_columns.columnOf(m));
    const std::vector<Account>& accounts = m_project.accounts;
    m_unitAll.assign((std::size_t(m_unitCount) + 1) * std::size_t(m_k), 0);
    std::vector<Fixed> row(static_cast<std::size_t>(m_k));
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        if (!isMember(int(i))) continue;
        m_columns.rowOf(accounts[i], row.data());
        addRow(unitRow(m_unitAll, unitOfAccount(int(i))), row.data(), 1);
    }
}

void MetricsEngine::markChanged(int slot) {
    if (m_changed[std::size_t(slot)]) return;
    m_changed[std::size_t(slot)] = 1;
    m_changedList.push_back(slot);
}

int MetricsEngine::unitOfAccount(int account) const {
    const int unit = m_project.accounts[std::size_t(account)].unit;
    return unit >= 0 && unit < m_unitCount ? unit : m_unitCount;
}

const Scenario* MetricsEngine::currentScenario() const {
    return m_project.scenario(m_scenarioId);
}

int MetricsEngine::targetSlotOfUnit(const Scenario& scenario, int unit) const {
    return std::size_t(unit) < scenario.unitTerritory.size()
               ? slotOfTerritory(scenario.unitTerritory[std::size_t(unit)])
               : m_unassigned;
}

void MetricsEngine::addRow(Fixed* target, const Fixed* row, int sign) const {
    if (sign > 0)
        for (int c = 0; c < m_k; ++c) target[c] += row[c];
    else
        for (int c = 0; c < m_k; ++c) target[c] -= row[c];
}

qint64 MetricsEngine::distanceM(const geo::GeoPoint& home, int account) const {
    return roundedMetres(geo::Geodesy::distanceM(home, m_project.accounts[std::size_t(account)].location));
}

qint64 MetricsEngine::unitTravelFor(int unit, const geo::GeoPoint& home) {
    std::array<TravelCache, 2>& cache = m_travelCache[std::size_t(unit)];
    if (cache[0].valid && cache[0].home == home) return cache[0].sumM;
    if (cache[1].valid && cache[1].home == home) {
        std::swap(cache[0], cache[1]);
        return cache[0].sumM;
    }
    // The unit's accounts lie anywhere in the project's vector (in file order): each location is
    // fetched ahead of its use, so the misses overlap with the geodesics instead of adding to them.
    qint64 sum = 0;
    const std::vector<Account>& accounts = m_project.accounts;
    const int begin = m_accountStart[std::size_t(unit)], end = m_accountStart[std::size_t(unit) + 1];
    constexpr int ahead = 8;
    for (int i = begin; i < end; ++i) {
        if (i + ahead < end)
            __builtin_prefetch(&accounts[std::size_t(m_accountIndex[std::size_t(i + ahead)])].location);
        sum += roundedMetres(
            geo::Geodesy::distanceM(home, accounts[std::size_t(m_accountIndex[std::size_t(i)])].location));
    }
    cache[1] = cache[0];
    cache[0] = {home, sum, true};
    return sum;
}

void MetricsEngine::warmTravel() {
    // With many accounts, the travel sums that are not cached yet (a geodesic distance per
    // account: 0.8 s at 1M after an import) are computed on two threads, split at half the
    // accounts; each unit's cache entry is written by one thread only.
    if (m_accountIndex.size() < 100'000 || m_unitCount == 0) return;
    if (std::none_of(m_slotHasHome.begin(), m_slotHasHome.end(), [](char home) { return home != 0; })) return;
    const auto warm = [this](int from, int to) {
        for (int u = from; u < to; ++u) {
            const int slot = m_owner[std::size_t(u)];
            if (m_slotHasHome[std::size_t(slot)]) unitTravelFor(u, m_slotHome[std::size_t(slot)]);
        }
    };
    const auto half = std::lower_bound(m_accountStart.begin(), m_accountStart.begin() + m_unitCount,
                                       m_accountStart[std::size_t(m_unitCount)] / 2);
    const int middle = int(half - m_accountStart.begin());
    std::thread second(warm, middle, m_unitCount);
    warm(0, middle);
    second.join();
}

qint64 MetricsEngine::effectiveUnitTravel(int unit, int slot) {
    if (!m_slotHasHome[std::size_t(slot)]) return 0;
    const geo::GeoPoint home = m_slotHome[std::size_t(slot)];
    qint64 sum = unitTravelFor(unit, home);
    if (m_overrideCount[std::size_t(unit)] > 0)
        for (int account : m_overriddenInUnit[unit]) sum -= distanceM(home, account);
    return sum;
}

void MetricsEngine::loadSlots(const Scenario* scenario) {
    m_slotById.clear();
    m_slotTerritory.clear();
    m_slotHome.clear();
    m_slotHasHome.clear();
    m_slotCapacity.clear();
    m_slotStart.clear();
    m_slotRep.clear();
    if (scenario) {
        for (const Territory* t : m_project.territoriesOf(scenario->id)) {
            if (t->level != Territory::Level::Territory || m_slotById.contains(t->id)) continue;
            m_slotById.insert(t->id, int(m_slotTerritory.size()));
            m_slotTerritory.push_back(t->id);
            const Rep* rep = t->repId != 0 ? m_project.rep(t->repId) : nullptr;
            m_slotRep.push_back(rep ? rep->id : 0);
            m_slotHome.push_back(rep ? rep->home : geo::GeoPoint{});
            m_slotHasHome.push_back(rep && isHome(rep->home));
            m_slotCapacity.push_back(rep && std::isfinite(rep->capacityHours) && rep->capacityHours > 0
                                         ? qint64(MeasureColumns::toFixed(std::min(rep->capacityHours, 1e15)))
                                         : -1);
            m_slotStart.push_back(rep ? rep->startDate : QDate());
        }
    }
    // The unassigned slot: no rep, no home.
    m_unassigned = int(m_slotTerritory.size());
    m_slotTerritory.push_back(0);
    m_slotRep.push_back(0);
    m_slotHome.push_back({});
    m_slotHasHome.push_back(0);
    m_slotCapacity.push_back(-1);
}

void MetricsEngine::recompute(qint64 scenarioId) {
    m_scenarioId = scenarioId;
    const Scenario* scenario = currentScenario();
    loadSlots(scenario);
    const int n = m_unassigned;
    const std::size_t slotCount = std::size_t(n) + 1;
    const std::size_t rows = std::size_t(m_unitCount) + 1; // + the virtual "no unit" row

    m_total.assign(slotCount * std::size_t(m_k), 0);
    m_areaM2.assign(slotCount, 0);
    m_perimeterSumM.assign(slotCount, 0);
    m_internalM.assign(slotCount, 0);
    m_travelM.assign(slotCount, 0);
    m_units.assign(slotCount, 0);
    m_dirtyPieces.assign(slotCount, 0);
    m_dirtyList.clear();
    m_changed.assign(slotCount, 0);
    m_changedList.clear();
    m_allChanged = true;

    m_owner.resize(rows);
    for (int u = 0; u < m_unitCount; ++u) m_owner[std::size_t(u)] = scenario ? targetSlotOfUnit(*scenario, u) : n;
    m_owner[std::size_t(m_unitCount)] = n;

    // Overridden accounts leave their unit's row and count for the override territory.
    m_unitEffective = m_unitAll;
    m_overrides.clear();
    m_overriddenInUnit.clear();
    m_overrideCount.assign(rows, 0);
    if (scenario) {
        std::vector<Fixed> row(static_cast<std::size_t>(m_k));
        for (auto it = scenario->overrides.constBegin(); it != scenario->overrides.constEnd(); ++it) {
            const int account = m_project.accountIndexById(it.key());
            if (account < 0 || !isMember(account) || m_overrides.contains(account)) continue;
            const int unit = unitOfAccount(account);
            const int slot = slotOfTerritory(it.value());
            m_columns.rowOf(m_project.accounts[std::size_t(account)], row.data());
            addRow(unitRow(m_unitEffective, unit), row.data(), -1);
            addRow(slotRow(slot), row.data(), 1);
            const qint64 travel =
                m_slotHasHome[std::size_t(slot)] ? distanceM(m_slotHome[std::size_t(slot)], account) : 0;
            m_travelM[std::size_t(slot)] += travel;
            m_overrides.insert(account, {slot, unit, travel});
            m_overriddenInUnit[unit].push_back(account);
            ++m_overrideCount[std::size_t(unit)];
        }
    }

    warmTravel();
    m_unitTravel.assign(rows, 0);
    for (std::size_t u = 0; u < rows; ++u) {
        const int o = m_owner[u];
        addRow(slotRow(o), unitRow(m_unitEffective, int(u)), 1);
        if (u < std::size_t(m_unitCount)) {
            m_areaM2[std::size_t(o)] += m_unitAreaM2[u];
            m_perimeterSumM[std::size_t(o)] += m_unitPerimeterM[u];
            ++m_units[std::size_t(o)];
        }
        m_unitTravel[u] = effectiveUnitTravel(int(u), o);
        m_travelM[std::size_t(o)] += m_unitTravel[u];
    }

    // Borders shared by two units of the same territory (each edge once: from its lower end).
    for (int u = 0; u < m_unitCount; ++u) {
        const int o = m_owner[std::size_t(u)];
        const auto nb = m_graph.neighbours(u);
        const auto len = m_graph.lengths(u);
        for (std::size_t i = 0; i < nb.size(); ++i)
            if (nb[i] > u && m_owner[std::size_t(nb[i])] == o) m_internalM[std::size_t(o)] += len[i];
    }

    m_graph.countAllPieces(m_owner, n, m_pieces);
    m_pieces.push_back(0); // the unassigned slot

    m_members.resize(std::size_t(n));
    for (std::vector<int>& members : m_members) members.clear();
    m_memberPos.assign(rows, -1);
    for (int u = 0; u < m_unitCount; ++u) {
        const int o = m_owner[std::size_t(u)];
        if (o < n) addMember(o, u);
    }
    derive();
}

void MetricsEngine::addMember(int slot, int unit) {
    std::vector<int>& members = m_members[std::size_t(slot)];
    m_memberPos[std::size_t(unit)] = int(members.size());
    members.push_back(unit);
}

void MetricsEngine::removeMember(int slot, int unit) {
    std::vector<int>& members = m_members[std::size_t(slot)];
    const int pos = m_memberPos[std::size_t(unit)];
    const int last = members.back();
    members[std::size_t(pos)] = last;
    m_memberPos[std::size_t(last)] = pos;
    members.pop_back();
    m_memberPos[std::size_t(unit)] = -1;
}

void MetricsEngine::unitsMoved(const std::vector<UnitMove>& moves) {
    const Scenario* scenario = currentScenario();
    if (!scenario) return;
    const int n = m_unassigned;
    for (const UnitMove& move : moves) {
        const int u = move.unit;
        if (u < 0 || u >= m_unitCount) continue;
        const int from = m_owner[std::size_t(u)];
        const int to = targetSlotOfUnit(*scenario, u);
        if (from == to) continue;
        const Fixed* row = unitRow(m_unitEffective, u);
        addRow(slotRow(from), row, -1);
        addRow(slotRow(to), row, 1);
        m_areaM2[std::size_t(from)] -= m_unitAreaM2[std::size_t(u)];
        m_areaM2[std::size_t(to)] += m_unitAreaM2[std::size_t(u)];
        m_perimeterSumM[std::size_t(from)] -= m_unitPerimeterM[std::size_t(u)];
        m_perimeterSumM[std::size_t(to)] += m_unitPerimeterM[std::size_t(u)];
        --m_units[std::size_t(from)];
        ++m_units[std::size_t(to)];
        m_travelM[std::size_t(from)] -= m_unitTravel[std::size_t(u)];
        m_unitTravel[std::size_t(u)] = effectiveUnitTravel(u, to);
        m_travelM[std::size_t(to)] += m_unitTravel[std::size_t(u)];
        const auto nb = m_graph.neighbours(u);
        const auto len = m_graph.lengths(u);
        for (std::size_t i = 0; i < nb.size(); ++i) {
            const int o = m_owner[std::size_t(nb[i])];
            if (o == from)
                m_internalM[std::size_t(from)] -= len[i];
            else if (o == to)
                m_internalM[std::size_t(to)] += len[i];
        }
        m_owner[std::size_t(u)] = to;
        markChanged(from);
        markChanged(to);
        for (int slot : {from, to}) {
            if (slot == n) continue;
            if (slot == from)
                removeMember(slot, u);
            else
                addMember(slot, u);
            if (!m_dirtyPieces[std::size_t(slot)]) {
                m_dirtyPieces[std::size_t(slot)] = 1;
                m_dirtyList.push_back(slot);
            }
        }
    }
    for (int slot : m_dirtyList) {
        m_pieces[std::size_t(slot)] = m_graph.countPieces(m_members[std::size_t(slot)], m_owner, slot);
        m_dirtyPieces[std::size_t(slot)] = 0;
    }
    m_dirtyList.clear();
    derive();
}

void MetricsEngine::addOverride(int account, int slot) {
    std::vector<Fixed> row(static_cast<std::size_t>(m_k));
    m_columns.rowOf(m_project.accounts[std::size_t(account)], row.data());
    const int unit = unitOfAccount(account);
    const int owner = m_owner[std::size_t(unit)];
    addRow(unitRow(m_unitEffective, unit), row.data(), -1);
    addRow(slotRow(owner), row.data(), -1);
    if (m_slotHasHome[std::size_t(owner)]) {
        const qint64 d = distanceM(m_slotHome[std::size_t(owner)], account);
        m_unitTravel[std::size_t(unit)] -= d;
        m_travelM[std::size_t(owner)] -= d;
    }
    m_overriddenInUnit[unit].push_back(account);
    ++m_overrideCount[std::size_t(unit)];

    addRow(slotRow(slot), row.data(), 1);
    const qint64 travel = m_slotHasHome[std::size_t(slot)] ? distanceM(m_slotHome[std::size_t(slot)], account) : 0;
    m_travelM[std::size_t(slot)] += travel;
    m_overrides.insert(account, {slot, unit, travel});
    markChanged(owner);
    markChanged(slot);
}

void MetricsEngine::removeOverride(int account) {
    const OverrideState state = m_overrides.take(account);
    std::vector<Fixed> row(static_cast<std::size_t>(m_k));
    m_columns.rowOf(m_project.accounts[std::size_t(account)], row.data());
    addRow(slotRow(state.slot), row.data(), -1);
    m_travelM[std::size_t(state.slot)] -= state.travelM;

    const int unit = state.unit;
    const int owner = m_owner[std::size_t(unit)];
    addRow(unitRow(m_unitEffective, unit), row.data(), 1);
    addRow(slotRow(owner), row.data(), 1);
    if (m_slotHasHome[std::size_t(owner)]) {
        const qint64 d = distanceM(m_slotHome[std::size_t(owner)], account);
        m_unitTravel[std::size_t(unit)] += d;
        m_travelM[std::size_t(owner)] += d;
    }
    auto it = m_overriddenInUnit.find(unit);
    if (it != m_overriddenInUnit.end()) {
        std::erase(it->second, account);
        if (it->second.empty()) m_overriddenInUnit.erase(it);
    }
    --m_overrideCount[std::size_t(unit)];
    markChanged(owner);
    markChanged(state.slot);
}

void MetricsEngine::overrideChanged(qint64 accountId, qint64 fromTerritory, qint64 toTerritory) {
    Q_UNUSED(fromTerritory)
    Q_UNUSED(toTerritory)
    const Scenario* scenario = currentScenario();
    const int account = m_project.accountIndexById(accountId);
    if (!scenario || account < 0 || !isMember(account)) return;
    if (m_overrides.contains(account)) removeOverride(account);
    const auto it = scenario->overrides.constFind(accountId);
    if (it != scenario->overrides.constEnd()) addOverride(account, slotOfTerritory(it.value()));
    derive();
}

void MetricsEngine::territoriesChanged() {
    recompute(m_scenarioId);
}

const TerritoryMetrics* MetricsEngine::metricsOf(qint64 territoryId) const {
    const auto it = m_slotById.constFind(territoryId);
    return it == m_slotById.constEnd() ? nullptr : &m_metrics[std::size_t(it.value())];
}

double MetricsEngine::unitMeasure(int unit, int measure) const {
    return measureValue(m_unitAll.data() + std::size_t(unit) * std::size_t(m_k), measure);
}

double MetricsEngine::unitColumn(int unit, int column) const {
    return MeasureColumns::toValue(column, m_unitAll[std::size_t(unit) * std::size_t(m_k) + std::size_t(column)]);
}

double MetricsEngine::unitEffectiveMeasure(int unit, int measure) const {
    if (unit < 0 || unit >= m_unitCount || measure < 0 || measure >= int(m_measures.size())) return 0.0;
    return measureValue(m_unitEffective.data() + std::size_t(unit) * std::size_t(m_k), measure);
}

double MetricsEngine::unitEffectiveColumn(int unit, int column) const {
    if (unit < 0 || unit >= m_unitCount || column < 0 || column >= m_k) return 0.0;
    return MeasureColumns::toValue(column, m_unitEffective[std::size_t(unit) * std::size_t(m_k) + std::size_t(column)]);
}

qint64 MetricsEngine::unitOwner(int unit) const {
    if (unit < 0 || unit >= m_unitCount) return 0;
    const int slot = m_owner[std::size_t(unit)];
    return slot == m_unassigned ? 0 : m_slotTerritory[std::size_t(slot)];
}

double MetricsEngine::measureValue(const Fixed* columns, int measure) const {
    const int column = m_measureColumn[std::size_t(measure)];
    if (column >= 0) return MeasureColumns::toValue(column, columns[column]);
    if (m_measures[std::size_t(measure)].kind != MeasureDefinition::Kind::Composite) return 0.0;
    double sum = 0.0;
    for (const MeasureDefinition::Term& term : m_measures[std::size_t(measure)].terms) {
        if (term.measure < 0 || term.measure >= int(m_measures.size())) continue;
        const int c = m_measureColumn[std::size_t(term.measure)];
        if (c >= 0) sum += term.weight * MeasureColumns::toValue(c, columns[c]);
    }
    return sum;
}

void MetricsEngine::fill(TerritoryMetrics& out, const Totals& t) const {
    const Fixed* c = t.columns;
    out.units = t.units;
    out.accounts = qint64(c[MeasureColumns::Count]);
    out.revenuePotential =
        MeasureColumns::toValue(MeasureColumns::RevenuePotential, c[MeasureColumns::RevenuePotential]);
    out.revenue = MeasureColumns::toValue(MeasureColumns::Revenue, c[MeasureColumns::Revenue]);
    out.pipeline = MeasureColumns::toValue(MeasureColumns::Pipeline, c[MeasureColumns::Pipeline]);
    out.workloadHours = MeasureColumns::toValue(MeasureColumns::WorkloadHours, c[MeasureColumns::WorkloadHours]);
    out.capacityHours = t.capacity > 0 ? double(t.capacity) / 100.0 : TerritoryMetrics::nan;
    out.utilisation =
        t.capacity > 0 ? double(c[MeasureColumns::WorkloadHours]) / double(t.capacity) : TerritoryMetrics::nan;
    out.areaKm2 = double(t.areaM2) / 1e6;
    out.perimeterKm = double(t.perimeterM) / 1000.0;
    out.compactness = t.areaM2 > 0 && t.perimeterM > 0
                          ? 4.0 * std::numbers::pi * double(t.areaM2) / (double(t.perimeterM) * double(t.perimeterM))
                          : TerritoryMetrics::nan;
    out.pieces = t.pieces;
    out.meanTravelKm =
        t.travelAccounts > 0 ? double(t.travelM) / double(t.travelAccounts) / 1000.0 : TerritoryMetrics::nan;
    out.measures.resize(m_measures.size());
    for (std::size_t j = 0; j < m_measures.size(); ++j) out.measures[j] = measureValue(c, int(j));
    out.balanceValue = m_measures.empty() ? 0.0 : out.measures[std::size_t(m_balance)];
}

void MetricsEngine::deviateFromCapacityTargets(PlanMetrics& plan) {
    const int n = m_unassigned;
    std::vector<double> weight(static_cast<std::size_t>(n));
    double sum = 0.0;
    for (int s = 0; s < n; ++s) {
        const qint64 capacity = m_slotCapacity[std::size_t(s)];
        if (capacity <= 0) return; // a territory without capacity: targets stay the mean
        Rep ramping;
        ramping.startDate = m_slotStart[std::size_t(s)];
        weight[std::size_t(s)] = double(capacity) / 100.0 * ramping.rampFactor(m_asOf);
        if (!(weight[std::size_t(s)] > 0.0)) return; // not started yet: no target to measure against
        sum += weight[std::size_t(s)];
    }
    if (!(plan.total > 0.0)) return;
    double lo = 0.0, hi = 0.0, squares = 0.0;
    for (int s = 0; s < n; ++s) {
        TerritoryMetrics& m = m_metrics[std::size_t(s)];
        const double target = plan.total * weight[std::size_t(s)] / sum;
        const double ratio = m.balanceValue / target;
        m.deviationPct = (ratio - 1.0) * 100.0;
        lo = s == 0 ? ratio : std::min(lo, ratio);
        hi = s == 0 ? ratio : std::max(hi, ratio);
        squares += (ratio - 1.0) * (ratio - 1.0);
    }
    plan.balanceIndex = hi - lo;
    plan.coefficientOfVariation = std::sqrt(squares / double(n));
    plan.capacityTargets = true;
}

void MetricsEngine::setDeviation(TerritoryMetrics& m, double mean, double percentPerUnit) {
    m.deviationPct = (m.balanceValue - mean) * percentPerUnit;
}

void MetricsEngine::derive() {
    // A slot's metrics are a pure function of its integers, so refilling only the changed slots
    // gives the same bits as refilling all of them (what recompute() does).
    const int n = m_unassigned;
    const auto refill = [this](int slot) {
        const std::size_t s = std::size_t(slot);
        Totals t;
        t.columns = slotRow(slot);
        t.areaM2 = m_areaM2[s];
        t.perimeterM = m_perimeterSumM[s] - 2 * m_internalM[s];
        t.travelM = m_travelM[s];
        t.travelAccounts = m_slotHasHome[s] ? qint64(t.columns[MeasureColumns::Count]) : 0;
        t.capacity = m_slotCapacity[s];
        t.units = m_units[s];
        t.pieces = m_pieces[s];
        m_metrics[s].territoryId = m_slotTerritory[s];
        fill(m_metrics[s], t);
    };
    if (m_allChanged) {
        m_metrics.resize(std::size_t(n));
        for (int i = 0; i < n; ++i) refill(i);
    } else {
        for (int slot : m_changedList)
            if (slot < n) refill(slot);
    }
    for (int slot : m_changedList) m_changed[std::size_t(slot)] = 0;
    m_changedList.clear();
    m_allChanged = false;

    PlanMetrics plan;
    plan.balanceMeasure = m_balance;
    plan.territories = n;
    for (const TerritoryMetrics& m : m_metrics) {
        plan.total += m.balanceValue;
        if (m.pieces > 1) ++plan.fragmentedTerritories;
    }
    if (n > 0) {
        plan.mean = plan.total / double(n);
        plan.min = plan.max = m_metrics[0].balanceValue;
        double squares = 0.0;
        for (TerritoryMetrics& m : m_metrics) {
            plan.min = std::min(plan.min, m.balanceValue);
            plan.max = std::max(plan.max, m.balanceValue);
            squares += (m.balanceValue - plan.mean) * (m.balanceValue - plan.mean);
        }
        // One division per plan, not per territory: this runs for every territory on every move.
        const double percentPerUnit = plan.mean != 0.0 ? 100.0 / plan.mean : TerritoryMetrics::nan;
        for (TerritoryMetrics& m : m_metrics) setDeviation(m, plan.mean, percentPerUnit);
        if (plan.mean != 0.0) {
            plan.balanceIndex = (plan.max - plan.min) / plan.mean;
            plan.coefficientOfVariation = std::sqrt(squares / double(n)) / plan.mean;
        }
        if (m_capacityTargets) deviateFromCapacityTargets(plan);
    }
    plan.unassignedUnits = m_units[std::size_t(n)];
    plan.unassignedAccounts = qint64(slotRow(n)[MeasureColumns::Count]);
    m_plan = plan;
}

std::vector<TerritoryMetrics> MetricsEngine::rollUp() const {
    std::vector<TerritoryMetrics> result;
    const Scenario* scenario = currentScenario();
    if (!scenario) return result;
    std::vector<const Territory*> groups;
    QHash<qint64, int> groupById;
    for (const Territory* t : m_project.territoriesOf(scenario->id)) {
        if (t->level == Territory::Level::Territory || groupById.contains(t->id)) continue;
        groupById.insert(t->id, int(groups.size()));
        groups.push_back(t);
    }
    if (groups.empty()) return result;

    // Leaves of each group: walk up from every leaf (bounded, so a cycle in bad data ends).
    std::vector<std::vector<int>> leaves(groups.size());
    const int n = m_unassigned;
    for (int slot = 0; slot < n; ++slot) {
        const Territory* t = m_project.territory(m_slotTerritory[std::size_t(slot)]);
        QSet<int> seen;
        for (int depth = 0; t && t->parentId != 0 && depth < 16; ++depth) {
            const int g = groupById.value(t->parentId, -1);
            if (g < 0 || seen.contains(g)) break;
            seen.insert(g);
            leaves[std::size_t(g)].push_back(slot);
            t = groups[std::size_t(g)];
        }
    }

    const std::size_t k = std::size_t(m_k);
    std::vector<Fixed> columns(k);
    std::vector<int> tag(std::size_t(m_unitCount), -1);
    std::vector<int> members;
    result.resize(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
        std::fill(columns.begin(), columns.end(), 0);
        Totals t;
        t.columns = columns.data();
        qint64 perimeterSum = 0;
        QSet<qint64> reps;
        members.clear();
        for (int slot : leaves[g]) {
            const std::size_t s = std::size_t(slot);
            const Fixed* row = m_total.data() + s * k;
            for (std::size_t c = 0; c < k; ++c) columns[c] += row[c];
            t.areaM2 += m_areaM2[s];
            perimeterSum += m_perimeterSumM[s];
            t.travelM += m_travelM[s];
            if (m_slotHasHome[s]) t.travelAccounts += qint64(row[MeasureColumns::Count]);
            t.units += m_units[s];
            if (m_slotCapacity[s] > 0 && !reps.contains(m_slotRep[s])) {
                reps.insert(m_slotRep[s]);
                t.capacity = std::max<qint64>(t.capacity, 0) + m_slotCapacity[s];
            }
            members.insert(members.end(), m_members[s].begin(), m_members[s].end());
        }
        for (int u : members) tag[std::size_t(u)] = int(g);
        qint64 internalTwice = 0;
        for (int u : members) {
            const auto nb = m_graph.neighbours(u);
            const auto len = m_graph.lengths(u);
            for (std::size_t i = 0; i < nb.size(); ++i)
                if (tag[std::size_t(nb[i])] == int(g)) internalTwice += len[i];
        }
        t.perimeterM = perimeterSum - internalTwice;
        t.pieces = m_graph.countPieces(members, tag, int(g));
        result[g].territoryId = groups[g]->id;
        fill(result[g], t);
    }
    // Deviation against the mean of the same level (districts among districts, regions among regions).
    for (Territory::Level level : {Territory::Level::District, Territory::Level::Region}) {
        double sum = 0.0;
        int count = 0;
        for (std::size_t g = 0; g < groups.size(); ++g)
            if (groups[g]->level == level) {
                sum += result[g].balanceValue;
                ++count;
            }
        for (std::size_t g = 0; g < groups.size(); ++g)
            if (groups[g]->level == level) {
                const double mean = sum / double(count);
                setDeviation(result[g], mean, mean != 0.0 ? 100.0 / mean : TerritoryMetrics::nan);
            }
    }
    return result;
}

} // namespace tp
