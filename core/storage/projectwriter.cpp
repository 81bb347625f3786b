#include "projectwriter.h"

#include "sqliteconnection.h"
#include "sqlstatement.h"
#include "wkbcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace tp::storage {

namespace {

QString isoUtc(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString extraJson(const AccountExtras& extra) {
    if (extra.isEmpty()) return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(extra.toVariantMap())).toJson(QJsonDocument::Compact));
}

void bindTextOrNull(SqlStatement& st, int i, const QString& text) {
    text.isNull() ? st.bindNull(i) : st.bind(i, text);
}

} // namespace

bool ProjectWriter::fail(const char* what, std::initializer_list<const SqlStatement*> statements,
                         QString* error) const {
    // The statement's own message: the connection's last error may already speak of a later call.
    QString reason;
    for (const SqlStatement* st : statements)
        if (!st->error().isEmpty()) {
            reason = st->error();
            break;
        }
    if (reason.isEmpty()) reason = m_db.lastError();
    if (error) *error = QStringLiteral("%1: %2").arg(QLatin1String(what), reason);
    return false;
}

bool ProjectWriter::writeAll(const Project& p, QString* error) {
    if (!setMeta("title", p.title, error) || !setMeta("current_scenario", p.currentScenarioId, error)
        || !setUnitPostalCodes(p.unitPostalCodes, error) || !setMeta("unit_layer", p.unitLayer, error)
        || !setWorkloadRule(p.workloadRule, error) || !setMeta("workload_column", p.workloadColumn, error))
        return false;
    if (!replaceUnits(p.units, p.adjacency, error)) return false;
    for (const Rep& rep : p.reps)
        if (!upsertRep(rep, error)) return false;
    if (!upsertAccounts(p.accounts, error)) return false;
    for (std::size_t i = 0; i < p.teams.size(); ++i)
        if (!upsertTeam(p.teams[i], int(i), error)) return false;
    for (std::size_t i = 0; i < p.scenarios.size(); ++i)
        if (!upsertScenario(p.scenarios[i], int(i), error)) return false;
    for (std::size_t i = 0; i < p.territories.size(); ++i)
        if (!upsertTerritory(p.territories[i], int(i), error)) return false;
    for (const Scenario& s : p.scenarios)
        if (!replaceAssignments(s, error)) return false;
    return true;
}

bool ProjectWriter::setMeta(const char* key, const QString& value, QString* error) {
    SqlStatement st(m_db.handle(), "INSERT INTO meta(key, value) VALUES(?1, ?2) "
                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, QString::fromLatin1(key));
    st.bind(2, value);
    return st.run() || fail("writing the project settings", {&st}, error);
}

bool ProjectWriter::setMeta(const char* key, qint64 value, QString* error) {
    SqlStatement st(m_db.handle(), "INSERT INTO meta(key, value) VALUES(?1, ?2) "
                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, QString::fromLatin1(key));
    st.bind(2, value);
    return st.run() || fail("writing the project settings", {&st}, error);
}

bool ProjectWriter::setUnitPostalCodes(const UnitPostalCodes& codes, QString* error) {
    return setMeta("unit_postal_codes", UnitPostalCodes::kindName(codes.kind), error)
           && setMeta("unit_postal_aliases", codes.aliasesText(), error);
}

bool ProjectWriter::replaceUnits(const std::vector<Unit>& units, const std::vector<geo::SharedEdge>& adjacency,
                                 QString* error) {
    // Upsert rather than delete-and-insert: assignments of units that stay keep their rows.
    SqlStatement upsert(
        m_db.handle(),
        "INSERT INTO units(id, code, name, region, min_lon, min_lat, max_lon, max_lat, area_m2, perimeter_m, geometry) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT(id) DO UPDATE SET "
        "code = excluded.code, name = excluded.name, region = excluded.region, min_lon = excluded.min_lon, "
        "min_lat = excluded.min_lat, max_lon = excluded.max_lon, max_lat = excluded.max_lat, "
        "area_m2 = excluded.area_m2, perimeter_m = excluded.perimeter_m, geometry = excluded.geometry");
    for (std::size_t i = 0; i < units.size(); ++i) {
        const Unit& u = units[i];
        upsert.bind(1, qint64(i + 1));
        upsert.bind(2, u.code);
        upsert.bind(3, u.name);
        upsert.bind(4, u.region);
        upsert.bind(5, u.bounds.min_corner().lon);
        upsert.bind(6, u.bounds.min_corner().lat);
        upsert.bind(7, u.bounds.max_corner().lon);
        upsert.bind(8, u.bounds.max_corner().lat);
        upsert.bind(9, u.areaM2);
        upsert.bind(10, u.perimeterM);
        upsert.bindBlob(11, WkbCodec::encode(u.shape));
        if (!upsert.run()) return fail("writing units", {&upsert}, error);
    }
    SqlStatement trim(m_db.handle(), "DELETE FROM units WHERE id > ?1");
    trim.bind(1, qint64(units.size()));
    SqlStatement clear(m_db.handle(), "DELETE FROM unit_adjacency");
    if (!trim.run() || !clear.run()) return fail("replacing units", {&trim, &clear}, error);
    SqlStatement insert(m_db.handle(),
                        "INSERT INTO unit_adjacency(unit_a, unit_b, length_m, segments) VALUES(?1, ?2, ?3, ?4)");
    for (const geo::SharedEdge& e : adjacency) {
        insert.bind(1, qint64(e.unitA + 1));
        insert.bind(2, qint64(e.unitB + 1));
        insert.bind(3, e.lengthM);
        if (e.segments.empty())
            insert.bindNull(4);
        else
            insert.bindBlob(4, WkbCodec::encodeSegments(e.segments));
        if (!insert.run()) return fail("writing unit adjacency", {&insert}, error);
    }
    return true;
}

bool ProjectWriter::upsertAccounts(const std::vector<Account>& accounts, QString* error, const TaskProgress& progress) {
    SqlStatement st(
        m_db.handle(),
        "INSERT INTO accounts(id, external_id, name, address, postal_code, industry, segment, tier, lon, lat, "
        "revenue_potential, revenue, pipeline, workload_hours, unit_id, extra, workload_from_rule) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) ON CONFLICT(id) DO UPDATE "
        "SET "
        "external_id = excluded.external_id, name = excluded.name, address = excluded.address, "
        "postal_code = excluded.postal_code, industry = excluded.industry, segment = excluded.segment, "
        "tier = excluded.tier, lon = excluded.lon, lat = excluded.lat, revenue_potential = excluded.revenue_potential, "
        "revenue = excluded.revenue, pipeline = excluded.pipeline, workload_hours = excluded.workload_hours, "
        "unit_id = excluded.unit_id, extra = excluded.extra, workload_from_rule = excluded.workload_from_rule");
    std::size_t done = 0;
    for (const Account& a : accounts) {
        if ((++done & 4095) == 0) {
            if (progress.cancelled()) {
                if (error) *error = QStringLiteral("cancelled");
                return false;
            }
            progress.advance(double(done) / double(accounts.size()));
        }
        if (a.id <= 0) {
            if (error) *error = QStringLiteral("writing accounts: account \"%1\" has no id").arg(a.externalId);
            return false;
        }
        st.bind(1, a.id);
        bindTextOrNull(st, 2, a.externalId);
        bindTextOrNull(st, 3, a.name);
        bindTextOrNull(st, 4, a.address);
        bindTextOrNull(st, 5, a.postalCode);
        bindTextOrNull(st, 6, a.industry);
        bindTextOrNull(st, 7, a.segment);
        bindTextOrNull(st, 8, a.tier);
        st.bind(9, a.location.lon);
        st.bind(10, a.location.lat);
        st.bind(11, a.revenuePotential);
        st.bind(12, a.revenue);
        st.bind(13, a.pipeline);
        st.bind(14, a.workloadHours);
        if (a.unit >= 0)
            st.bind(15, qint64(a.unit) + 1);
        else
            st.bindNull(15);
        bindTextOrNull(st, 16, extraJson(a.extra));
        st.bind(17, qint64(a.workloadFromRule ? 1 : 0));
        if (!st.run()) return fail("writing accounts", {&st}, error);
    }
    return true;
}

bool ProjectWriter::setAccountWorkloads(const std::vector<std::pair<qint64, double>>& workloads, QString* error) {
    SqlStatement st(m_db.handle(), "UPDATE accounts SET workload_hours = ?2 WHERE id = ?1");
    for (const auto& [id, hours] : workloads) {
        st.bind(1, id);
        st.bind(2, hours);
        if (!st.run()) return fail("writing account workloads", {&st}, error);
    }
    return true;
}

bool ProjectWriter::setWorkloadRule(const WorkloadRule& rule, QString* error) {
    SqlStatement clear(m_db.handle(), "DELETE FROM workload_rule");
    if (!clear.run()) return fail("writing the workload rule", {&clear}, error);
    SqlStatement st(m_db.handle(), "INSERT INTO workload_rule(kind, name, value, position) VALUES(?1, ?2, ?3, ?4)");
    auto insert = [&](const char* kind, const QString& name, double value, qint64 position) {
        st.bind(1, QString::fromLatin1(kind));
        st.bind(2, name);
        st.bind(3, value);
        st.bind(4, position);
        return st.run() || fail("writing the workload rule", {&st}, error);
    };
    qint64 position = 0;
    for (const WorkloadRule::Entry& e : rule.tiers)
        if (!insert("tier", e.name.trimmed(), e.value, position++)) return false;
    if (!insert("tier", QStringLiteral(""), rule.otherVisits, position++)) return false;
    position = 0;
    for (const WorkloadRule::Entry& e : rule.segments)
        if (!insert("segment", e.name.trimmed(), e.value, position++)) return false;
    return insert("segment", QStringLiteral(""), rule.otherHours, position);
}

bool ProjectWriter::upsertRep(const Rep& r, QString* error) {
    SqlStatement st(m_db.handle(),
                    "INSERT INTO reps(id, name, home_label, home_lon, home_lat, capacity_hours, quota, skills, "
                    "segments, crm_user_id, "
                    "email, role, start_date) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
                    "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                    "home_label = excluded.home_label, home_lon = excluded.home_lon, home_lat = excluded.home_lat, "
                    "capacity_hours = excluded.capacity_hours, quota = excluded.quota, skills = excluded.skills, "
                    "segments = excluded.segments, crm_user_id = excluded.crm_user_id, email = excluded.email, role = "
                    "excluded.role, "
                    "start_date = excluded.start_date");
    auto list = [](const QStringList& l) {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
    };
    st.bind(1, r.id);
    st.bind(2, r.name);
    st.bind(3, r.homeLabel);
    st.bind(4, r.home.lon);
    st.bind(5, r.home.lat);
    st.bind(6, r.capacityHours);
    st.bind(7, r.quota);
    st.bind(8, list(r.skills));
    st.bind(9, list(r.segments));
    st.bind(10, r.crmUserId);
    st.bind(11, r.email);
    st.bind(12, Rep::roleName(r.role));
    if (r.startDate.isValid())
        st.bind(13, r.startDate.toString(Qt::ISODate));
    else
        st.bindNull(13);
    return st.run() || fail("writing a rep", {&st}, error);
}

bool ProjectWriter::deleteRep(qint64 repId, QString* error) {
    // Territories that name the rep lose it (ON DELETE SET NULL); the editor refuses that case first.
    SqlStatement st(m_db.handle(), "DELETE FROM reps WHERE id = ?1");
    st.bind(1, repId);
    return st.run() || fail("deleting a rep", {&st}, error);
}

bool ProjectWriter::upsertScenario(const Scenario& s, std::optional<int> position, QString* error) {
    SqlStatement st(
        m_db.handle(),
        "INSERT INTO scenarios(id, position, name, status, notes, parent_id, created_at, plan_of_record) "
        "VALUES(?1, COALESCE(?2, (SELECT COALESCE(MAX(position) + 1, 0) FROM scenarios)), ?3, ?4, ?5, ?6, ?7, ?8) "
        "ON CONFLICT(id) DO UPDATE SET position = COALESCE(?2, position), name = excluded.name, "
        "status = excluded.status, notes = excluded.notes, parent_id = excluded.parent_id, "
        "created_at = excluded.created_at, plan_of_record = excluded.plan_of_record");
    st.bind(1, s.id);
    if (position) st.bind(2, *position);
    st.bind(3, s.name);
    st.bind(4, Scenario::statusName(s.status));
    st.bind(5, s.notes);
    st.bindIdOrNull(6, s.parentId);
    st.bindTextOrNull(7, isoUtc(s.createdAt));
    st.bind(8, qint64(s.planOfRecord));
    return st.run() || fail("writing a scenario", {&st}, error);
}

bool ProjectWriter::deleteScenario(qint64 scenarioId, QString* error) {
    // Territories, assignments, overrides and undo records go with it (ON DELETE CASCADE).
    SqlStatement st(m_db.handle(), "DELETE FROM scenarios WHERE id = ?1");
    SqlStatement undo(m_db.handle(), "DELETE FROM undo_state WHERE scenario_id = ?1");
    st.bind(1, scenarioId);
    undo.bind(1, scenarioId);
    return (st.run() && undo.run()) || fail("deleting a scenario", {&st, &undo}, error);
}

bool ProjectWriter::replaceAssignments(const Scenario& s, QString* error) {
    SqlStatement clearUnits(m_db.handle(), "DELETE FROM unit_assignments WHERE scenario_id = ?1");
    SqlStatement clearOverrides(m_db.handle(), "DELETE FROM account_overrides WHERE scenario_id = ?1");
    clearUnits.bind(1, s.id);
    clearOverrides.bind(1, s.id);
    if (!clearUnits.run() || !clearOverrides.run())
        return fail("writing assignments", {&clearUnits, &clearOverrides}, error);
    auto writePlan = [&](qint64 team, const std::vector<qint64>& unitTerritory,
                         const QHash<qint64, qint64>& overrides) {
        std::vector<std::pair<int, qint64>> units;
        units.reserve(unitTerritory.size());
        for (std::size_t i = 0; i < unitTerritory.size(); ++i)
            if (unitTerritory[i] != 0) units.emplace_back(int(i), unitTerritory[i]);
        if (!setUnitAssignments(s.id, team, units, error)) return false;
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
            if (!setOverride(s.id, team, it.key(), it.value(), error)) return false;
        return true;
    };
    if (!writePlan(s.teamId, s.unitTerritory, s.overrides)) return false;
    for (const Scenario::TeamPlan& plan : s.otherTeams)
        if (!writePlan(plan.teamId, plan.unitTerritory, plan.overrides)) return false;
    return true;
}

bool ProjectWriter::upsertTeam(const Team& t, std::optional<int> position, QString* error) {
    SqlStatement st(m_db.handle(),
                    "INSERT INTO teams(id, position, name, kind, rule) "
                    "VALUES(?1, COALESCE(?2, (SELECT COALESCE(MAX(position) + 1, 0) FROM teams)), ?3, ?4, ?5) "
                    "ON CONFLICT(id) DO UPDATE SET position = COALESCE(?2, position), name = excluded.name, "
                    "kind = excluded.kind, rule = excluded.rule");
    st.bind(1, t.id);
    if (position) st.bind(2, *position);
    st.bind(3, t.name);
    st.bind(4, Team::kindName(t.kind));
    st.bind(5, t.rule.coversEverything()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(t.rule.toJson()).toJson(QJsonDocument::Compact)));
    if (!st.run()) return fail("writing a team", {&st}, error);
    SqlStatement clear(m_db.handle(), "DELETE FROM team_accounts WHERE team_id = ?1");
    clear.bind(1, t.id);
    if (!clear.run()) return fail("writing a team's accounts", {&clear}, error);
    SqlStatement add(m_db.handle(), "INSERT INTO team_accounts(team_id, account_id, included) VALUES(?1, ?2, ?3) "
                                    "ON CONFLICT(team_id, account_id) DO UPDATE SET included = excluded.included");
    auto write = [&](const QSet<qint64>& ids, bool included) {
        std::vector<qint64> sorted(ids.begin(), ids.end());
        std::sort(sorted.begin(), sorted.end());
        for (qint64 id : sorted) {
            add.bind(1, t.id);
            add.bind(2, id);
            add.bind(3, qint64(included));
            if (!add.run()) return fail("writing a team's accounts", {&add}, error);
        }
        return true;
    };
    return write(t.included, true) && write(t.excluded, false); // excluded wins, as in Team::covers
}

bool ProjectWriter::deleteTeam(qint64 teamId, QString* error) {
    SqlStatement units(m_db.handle(), "DELETE FROM unit_assignments WHERE team_id = ?1");
    SqlStatement named(m_db.handle(), "DELETE FROM account_overrides WHERE team_id = ?1");
    SqlStatement territories(m_db.handle(), "DELETE FROM territories WHERE team_id = ?1");
    SqlStatement team(m_db.handle(), "DELETE FROM teams WHERE id = ?1");
    for (SqlStatement* st : {&units, &named, &territories, &team}) {
        st->bind(1, teamId);
        if (!st->run()) return fail("deleting a team", {st}, error);
    }
    return true;
}

bool ProjectWriter::upsertTerritory(const Territory& t, std::optional<int> position, QString* error) {
    SqlStatement st(
        m_db.handle(),
        "INSERT INTO territories(id, scenario_id, position, name, color, rep_id, parent_id, level, locked, quota, "
        "quota_locked, team_id) "
        "VALUES(?1, ?2, COALESCE(?3, (SELECT COALESCE(MAX(position) + 1, 0) FROM territories)), ?4, ?5, ?6, ?7, ?8, "
        "?9, ?10, ?11, ?12) "
        "ON CONFLICT(id) DO UPDATE SET scenario_id = excluded.scenario_id, position = COALESCE(?3, position), "
        "name = excluded.name, color = excluded.color, rep_id = excluded.rep_id, parent_id = excluded.parent_id, "
        "level = excluded.level, locked = excluded.locked, quota = excluded.quota, quota_locked = "
        "excluded.quota_locked, team_id = excluded.team_id");
    st.bind(1, t.id);
    st.bind(2, t.scenarioId);
    if (position) st.bind(3, *position);
    st.bind(4, t.name);
    st.bind(5, t.color);
    st.bindIdOrNull(6, t.repId);
    st.bindIdOrNull(7, t.parentId);
    st.bind(8, int(t.level));
    st.bind(9, qint64(t.locked));
    st.bind(10, std::isfinite(t.quota) ? t.quota : 0.0);
    st.bind(11, qint64(t.quotaLocked));
    st.bind(12, t.teamId);
    return st.run() || fail("writing a territory", {&st}, error);
}

bool ProjectWriter::deleteTerritory(qint64 territoryId, QString* error) {
    // Its units become unassigned and its overrides go (ON DELETE CASCADE); children move up a level.
    SqlStatement st(m_db.handle(), "DELETE FROM territories WHERE id = ?1");
    st.bind(1, territoryId);
    return st.run() || fail("deleting a territory", {&st}, error);
}

bool ProjectWriter::setUnitAssignments(qint64 scenarioId, qint64 teamId,
                                       const std::vector<std::pair<int, qint64>>& changes, QString* error) {
    SqlStatement assign(
        m_db.handle(),
        "INSERT INTO unit_assignments(scenario_id, unit_id, territory_id, team_id) VALUES(?1, ?2, ?3, ?4) "
        "ON CONFLICT(scenario_id, team_id, unit_id) DO UPDATE SET territory_id = excluded.territory_id");
    SqlStatement unassign(m_db.handle(),
                          "DELETE FROM unit_assignments WHERE scenario_id = ?1 AND unit_id = ?2 AND team_id = ?4");
    for (const auto& [unit, territory] : changes) {
        SqlStatement& st = territory != 0 ? assign : unassign;
        st.bind(1, scenarioId);
        st.bind(2, qint64(unit) + 1);
        if (territory != 0) st.bind(3, territory);
        st.bind(4, teamId);
        if (!st.run()) return fail("writing unit assignments", {&st}, error);
    }
    return true;
}

bool ProjectWriter::setOverride(qint64 scenarioId, qint64 teamId, qint64 accountId, qint64 territoryId,
                                QString* error) {
    SqlStatement st(
        m_db.handle(),
        "INSERT INTO account_overrides(scenario_id, account_id, territory_id, team_id) VALUES(?1, ?2, ?3, ?4) "
        "ON CONFLICT(scenario_id, team_id, account_id) DO UPDATE SET territory_id = excluded.territory_id");
    st.bind(1, scenarioId);
    st.bind(2, accountId);
    st.bind(3, territoryId);
    st.bind(4, teamId);
    return st.run() || fail("writing an account override", {&st}, error);
}

bool ProjectWriter::removeOverride(qint64 scenarioId, qint64 teamId, qint64 accountId, QString* error) {
    SqlStatement st(m_db.handle(),
                    "DELETE FROM account_overrides WHERE scenario_id = ?1 AND account_id = ?2 AND team_id = ?3");
    st.bind(1, scenarioId);
    st.bind(2, accountId);
    st.bind(3, teamId);
    return st.run() || fail("removing an account override", {&st}, error);
}

bool ProjectWriter::appendLog(const EditLogEntry& e, QString* error) {
    SqlStatement st(
        m_db.handle(),
        "INSERT INTO edit_log(time, user, scenario_id, kind, text, details) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, isoUtc(e.when.isValid() ? e.when : QDateTime::currentDateTimeUtc()));
    st.bind(2, e.user);
    st.bindIdOrNull(3, e.scenarioId);
    st.bind(4, e.kind);
    st.bind(5, e.text);
    st.bindTextOrNull(6, e.detailsJson);
    return st.run() || fail("writing the change log", {&st}, error);
}

bool ProjectWriter::appendUndo(UndoRecord* r, QString* error) {
    SqlStatement st(m_db.handle(),
                    "INSERT INTO undo_history(scenario_id, position, kind, text, payload) VALUES(?1, ?2, ?3, ?4, ?5)");
    st.bindIdOrNull(1, r->scenarioId);
    st.bind(2, r->position);
    st.bind(3, r->kind);
    st.bind(4, r->text);
    st.bindTextOrNull(5, r->payloadJson);
    if (!st.run()) return fail("writing the undo history", {&st}, error);
    r->id = m_db.lastInsertId();
    return true;
}

bool ProjectWriter::truncateUndo(qint64 scenarioId, int fromPosition, QString* error) {
    SqlStatement st(m_db.handle(), "DELETE FROM undo_history WHERE scenario_id IS ?1 AND position >= ?2");
    st.bindIdOrNull(1, scenarioId);
    st.bind(2, fromPosition);
    return st.run() || fail("trimming the undo history", {&st}, error);
}

bool ProjectWriter::setUndoIndex(qint64 scenarioId, int index, QString* error) {
    SqlStatement st(m_db.handle(), "INSERT INTO undo_state(scenario_id, undo_index) VALUES(?1, ?2) "
                                   "ON CONFLICT(scenario_id) DO UPDATE SET undo_index = excluded.undo_index");
    st.bind(1, scenarioId);
    st.bind(2, index);
    return st.run() || fail("writing the undo position", {&st}, error);
}

} // namespace tp::storage
