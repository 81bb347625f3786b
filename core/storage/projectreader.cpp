#include "projectreader.h"

#include "accountdecoder.h"
#include "sqliteconnection.h"
#include "sqlstatement.h"
#include "wkbcodec.h"

#include "model/freedmemory.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#ifdef __linux__
#include <sys/mman.h>
#endif

#include <algorithm>
#include <cstdint>
#include <vector>

namespace tp::storage {

namespace {

QDateTime parseUtc(const QString& text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

// Loops over the rows of a statement; false when stepping ended in an error rather than DONE.
template <typename Fn>
bool forEachRow(SqlStatement& st, Fn&& fn) {
    if (!st.isValid()) return false;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        if (!fn()) return false;
    return rc == SQLITE_DONE;
}

// Asks the kernel to back the whole 2 MB pages of [data, data + bytes) with huge pages when first
// written: the accounts of a million-row project are 176 MB, and faulting them in 4 KB pages took
// some 250 of the 1,900 ms the accounts took to read. Only a hint (transparent huge pages may be
// off); nothing is touched or committed here.
void askForHugePages(const void* data, std::size_t bytes) {
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t huge = std::uintptr_t(2) << 20;
    const auto start = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t begin = (start + huge - 1) & ~(huge - 1), end = (start + bytes) & ~(huge - 1);
    if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

} // namespace

bool ProjectReader::fail(const char* what, QString* error) const {
    if (error && error->isEmpty()) *error = QStringLiteral("%1: %2").arg(QLatin1String(what), m_db.lastError());
    return false;
}

bool ProjectReader::load(Project* out, QString* error, qint64* dataVersion,
                         const BeforeAccounts& beforeAccounts) const {
    Project p;
    // One read transaction: every table is read from the same snapshot.
    SqlStatement begin(m_db.handle(), "BEGIN");
    SqlStatement end(m_db.handle(), "COMMIT");
    if (!begin.run()) return fail("reading the project", error);
    bool ok = loadMeta(p, error) && loadWorkloadRule(p, error);
    // Read inside the transaction, after its first read: the version of exactly this snapshot.
    if (ok && dataVersion && !m_db.pragmaInt("data_version", dataVersion, error)) ok = false;
    ok = ok && loadUnits(p, error) && loadAdjacency(p, error) && loadReps(p, error) && loadTeams(p, error)
         && loadScenarios(p, error) && loadTerritories(p, error) && loadAssignments(p, error);
    if (ok && beforeAccounts) beforeAccounts(p);
    ok = ok && loadAccounts(p, error);
    end.run();
    if (!ok) return false;
    // The accounts' decoder thread built its lookups (distinct texts, extras) in an arena of its
    // own; freed now, their pages would stay resident, as no other thread allocates from it.
    FreedMemory::release();
    p.reindex();
    *out = std::move(p);
    return true;
}

bool ProjectReader::loadMeta(Project& p, QString* error) const {
    SqlStatement st(m_db.handle(), "SELECT key, value FROM meta");
    return forEachRow(st,
                      [&] {
                          const QByteArrayView key = st.textBytes(0);
                          if (key == "title")
                              p.title = st.text(1);
                          else if (key == "current_scenario")
                              p.currentScenarioId = st.int64(1);
                          else if (key == "unit_postal_codes")
                              p.unitPostalCodes.kind = UnitPostalCodes::kindFromName(st.text(1));
                          else if (key == "unit_postal_aliases")
                              p.unitPostalCodes.aliases = UnitPostalCodes::aliasesFromText(st.text(1));
                          else if (key == "unit_layer")
                              p.unitLayer = st.text(1);
                          else if (key == "workload_column")
                              p.workloadColumn = st.text(1);
                          return true;
                      })
           || fail("reading the project settings", error);
}

bool ProjectReader::loadWorkloadRule(Project& p, QString* error) const {
    SqlStatement st(m_db.handle(), "SELECT kind, name, value FROM workload_rule ORDER BY kind, position, name");
    // No rows: a file from before the rule was editable (WorkloadRule::standard()).
    WorkloadRule rule = WorkloadRule::standard();
    bool first = true;
    const bool ok = forEachRow(st, [&] {
        if (first) {
            rule.tiers.clear();
            rule.segments.clear();
            first = false;
        }
        const bool tier = st.textBytes(0) == "tier";
        const QString name = st.text(1);
        const double value = st.real(2);
        if (name.isEmpty())
            (tier ? rule.otherVisits : rule.otherHours) = value;
        else
            (tier ? rule.tiers : rule.segments).push_back({name, value});
        return true;
    });
    if (!ok) return fail("reading the workload rule", error);
    p.workloadRule = std::move(rule);
    return true;
}

bool ProjectReader::loadUnits(Project& p, QString* error) const {
    // Ids run 1, 2, 3, ... (checked below): the largest is the count, read from the index.
    SqlStatement count(m_db.handle(), "SELECT MAX(id) FROM units");
    if (count.step() == SQLITE_ROW) p.units.reserve(std::size_t(std::clamp<qint64>(count.int64(0), 0, 10'000'000)));
    SqlStatement st(m_db.handle(),
                    "SELECT id, code, name, region, min_lon, min_lat, max_lon, max_lat, area_m2, perimeter_m, geometry "
                    "FROM units ORDER BY id");
    return forEachRow(st,
                      [&] {
                          // Units are addressed by index: ids must run 1, 2, 3, ... without gaps.
                          if (st.int64(0) != qint64(p.units.size()) + 1) {
                              if (error)
                                  *error = QStringLiteral("unit ids are not consecutive (unit %1)").arg(st.int64(0));
                              return false;
                          }
                          Unit& u = p.units.emplace_back();
                          u.code = st.text(1);
                          u.name = st.text(2);
                          u.region = st.text(3);
                          u.bounds = geo::Box({st.real(4), st.real(5)}, {st.real(6), st.real(7)});
                          u.areaM2 = st.real(8);
                          u.perimeterM = st.real(9);
                          if (!st.isNull(10) && !WkbCodec::decode(st.blob(10), &u.shape)) {
                              if (error) *error = QStringLiteral("the shape of unit %1 is damaged").arg(u.code);
                              return false;
                          }
                          return true;
                      })
           || fail("reading units", error);
}

bool ProjectReader::loadAdjacency(Project& p, QString* error) const {
    SqlStatement st(m_db.handle(), "SELECT unit_a, unit_b, length_m, segments FROM unit_adjacency");
    const qint64 unitCount = qint64(p.units.size());
    return forEachRow(st,
                      [&] {
                          const qint64 a = st.int64(0), b = st.int64(1);
                          if (a < 1 || b < 1 || a > unitCount || b > unitCount) return true;
                          geo::SharedEdge& e = p.adjacency.emplace_back();
                          e.unitA = int(std::min(a, b) - 1);
                          e.unitB = int(std::max(a, b) - 1);
                          e.lengthM = st.real(2);
                          if (!st.isNull(3) && !WkbCodec::decodeSegments(st.blob(3), &e.segments)) {
                              if (error)
                                  *error =
                                      QStringLiteral("the shared border of units %1 and %2 is damaged").arg(a).arg(b);
                              return false;
                          }
                          return true;
                      })
           || fail("reading unit adjacency", error);
}

bool ProjectReader::loadReps(Project& p, QString* error) const {
    // A damaged file opens read-only and is not upgraded: before schema 3 reps had no roster columns.
    SqlStatement roster(m_db.handle(), "SELECT COUNT(*) FROM pragma_table_info('reps') WHERE name = 'crm_user_id'");
    const bool hasRoster = roster.step() == SQLITE_ROW && roster.int64(0) > 0;
    SqlStatement st(
        m_db.handle(),
        hasRoster
            ? "SELECT id, name, home_label, home_lon, home_lat, capacity_hours, quota, skills, "
              "segments, crm_user_id, email, role, start_date FROM reps ORDER BY id"
            : "SELECT id, name, home_label, home_lon, home_lat, capacity_hours, quota, skills FROM reps ORDER BY id");
    auto list = [&](int column) {
        QStringList out;
        const QByteArrayView text = st.textBytes(column);
        for (const QJsonValue& v : QJsonDocument::fromJson(QByteArray(text.data(), text.size())).array())
            out.append(v.toString());
        return out;
    };
    return forEachRow(st,
                      [&] {
                          Rep& r = p.reps.emplace_back();
                          r.id = st.int64(0);
                          r.name = st.text(1);
                          r.homeLabel = st.text(2);
                          r.home = {st.real(3), st.real(4)};
                          r.capacityHours = st.real(5);
                          r.quota = st.real(6);
                          r.skills = list(7);
                          if (hasRoster) {
                              r.segments = list(8);
                              r.crmUserId = st.text(9);
                              r.email = st.text(10);
                              Rep::roleFromName(st.text(11), &r.role); // the CHECK constraint allows only known roles
                              r.startDate = QDate::fromString(st.text(12), Qt::ISODate);
                          }
                          return true;
                      })
           || fail("reading reps", error);
}

bool ProjectReader::loadAccounts(Project& p, QString* error) const {
    // The span of the ids (two index lookups; COUNT(*) would read the table): the row count when
    // the ids are contiguous, as they mostly are, and an upper bound otherwise.
    SqlStatement count(m_db.handle(), "SELECT (SELECT MAX(id) FROM accounts) - (SELECT MIN(id) FROM accounts) + 1");
    if (count.step() == SQLITE_ROW) p.accounts.reserve(std::size_t(std::clamp<qint64>(count.int64(0), 0, 20'000'000)));
    askForHugePages(p.accounts.data(), p.accounts.capacity() * sizeof(Account));
    SqlStatement st(m_db.handle(),
                    "SELECT id, external_id, name, address, postal_code, industry, segment, tier, lon, lat, "
                    "revenue_potential, revenue, pipeline, workload_hours, unit_id, extra, workload_from_rule FROM "
                    "accounts ORDER BY id");
    const qint64 unitCount = qint64(p.units.size());
    // SQLite and the accounts' own strings here, the repeated texts on a worker meanwhile when
    // there are many rows.
    AccountDecoder decoder(p.accounts, p.accounts.capacity() >= AccountDecoder::workerFrom);
    AccountDecoder::Batch batch = decoder.take();
    const bool ok = forEachRow(st, [&] {
        Account& a = decoder.append(batch, st.textBytes(1), st.textBytes(2), st.textBytes(3));
        a.id = st.int64(0);
        // In Batch::Text's order: postal code, industry, segment, tier, extra.
        for (int column : {4, 5, 6, 7, 15}) batch.addText(st.textBytes(column));
        a.location = {st.real(8), st.real(9)};
        a.revenuePotential = st.real(10);
        a.revenue = st.real(11);
        a.pipeline = st.real(12);
        a.workloadHours = st.real(13);
        a.workloadFromRule = st.int64(16) != 0;
        const qint64 unit = st.isNull(14) ? 0 : st.int64(14);
        a.unit = unit >= 1 && unit <= unitCount ? int(unit - 1) : -1;
        if (batch.isFull()) {
            decoder.submit(std::move(batch));
            batch = decoder.take();
        }
        return true;
    });
    decoder.submit(std::move(batch));
    decoder.finish();
    return ok || fail("reading accounts", error);
}

bool ProjectReader::hasColumn(const char* table, const char* column) const {
    SqlStatement st(m_db.handle(), "SELECT COUNT(*) FROM pragma_table_info(?1) WHERE name = ?2");
    st.bind(1, QString::fromLatin1(table));
    st.bind(2, QString::fromLatin1(column));
    return st.step() == SQLITE_ROW && st.int64(0) > 0;
}

bool ProjectReader::loadTeams(Project& p, QString* error) const {
    // Teams came with schema 5 (a damaged older file opens read-only, without an upgrade); a file
    // without any keeps the one team every project starts with.
    if (!hasColumn("teams", "id")) return true;
    std::vector<Team> teams;
    SqlStatement st(m_db.handle(), "SELECT id, name, kind, rule FROM teams ORDER BY position, id");
    const bool ok = forEachRow(st, [&] {
        Team& t = teams.emplace_back();
        t.id = st.int64(0);
        t.name = st.text(1);
        if (!Team::kindFromName(st.text(2), &t.kind)) t.kind = Team::Kind::Primary;
        const QString rule = st.text(3);
        if (!rule.isEmpty()) {
            QString ruleError;
            const std::optional<AccountRule> parsed =
                AccountRule::fromJson(QJsonDocument::fromJson(rule.toUtf8()).object(), &ruleError);
            // A rule we cannot read covers nothing rather than everything: no account is
            // counted twice by mistake, and the coverage check lists them as uncovered.
            if (parsed) {
                t.rule = *parsed;
            } else {
                t.rule.conditions = {{QStringLiteral("external_id"), AccountRule::Op::InList, {}, 0, 0}};
            }
        }
        return true;
    });
    if (!ok) return fail("reading teams", error);
    QHash<qint64, Team*> byId;
    for (Team& t : teams) byId.insert(t.id, &t);
    SqlStatement accounts(m_db.handle(), "SELECT team_id, account_id, included FROM team_accounts");
    const bool accountsOk = forEachRow(accounts, [&] {
        if (Team* t = byId.value(accounts.int64(0))) {
            if (accounts.int64(2) != 0)
                t->included.insert(accounts.int64(1));
            else
                t->excluded.insert(accounts.int64(1));
        }
        return true;
    });
    if (!accountsOk) return fail("reading the accounts of teams", error);
    if (!teams.empty()) p.teams = std::move(teams);
    p.currentTeamId = p.teams.front().id;
    return true;
}

bool ProjectReader::loadScenarios(Project& p, QString* error) const {
    SqlStatement st(
        m_db.handle(),
        "SELECT id, name, status, notes, parent_id, created_at, plan_of_record FROM scenarios ORDER BY position, id");
    return forEachRow(st,
                      [&] {
                          Scenario& s = p.scenarios.emplace_back();
                          s.id = st.int64(0);
                          s.name = st.text(1);
                          if (!Scenario::statusFromName(st.text(2), &s.status)) s.status = Scenario::Status::Draft;
                          s.notes = st.text(3);
                          s.parentId = st.isNull(4) ? 0 : st.int64(4);
                          s.createdAt = parseUtc(st.text(5));
                          s.planOfRecord = st.int64(6) != 0;
                          s.unitTerritory.assign(p.units.size(), 0);
                          s.teamId = p.currentTeamId;
                          for (const Team& team : p.teams) s.unitsFor(team.id, p.units.size());
                          return true;
                      })
           || fail("reading scenarios", error);
}

bool ProjectReader::loadTerritories(Project& p, QString* error) const {
    // Quotas came with schema 3 (a damaged older file opens read-only, without an upgrade).
    SqlStatement quotas(m_db.handle(), "SELECT COUNT(*) FROM pragma_table_info('territories') WHERE name = 'quota'");
    const bool hasQuotas = quotas.step() == SQLITE_ROW && quotas.int64(0) > 0;
    const bool hasTeams = hasColumn("territories", "team_id");
    SqlStatement st(m_db.handle(), hasTeams ? "SELECT id, scenario_id, name, color, rep_id, parent_id, level, locked, "
                                              "quota, quota_locked, team_id FROM territories ORDER BY position, id"
                                   : hasQuotas
                                       ? "SELECT id, scenario_id, name, color, rep_id, parent_id, level, locked, "
                                         "quota, quota_locked FROM territories ORDER BY position, id"
                                       : "SELECT id, scenario_id, name, color, rep_id, parent_id, level, locked "
                                         "FROM territories ORDER BY position, id");
    return forEachRow(st,
                      [&] {
                          Territory& t = p.territories.emplace_back();
                          t.id = st.int64(0);
                          t.scenarioId = st.int64(1);
                          t.name = st.text(2);
                          t.color = st.text(3);
                          t.repId = st.isNull(4) ? 0 : st.int64(4);
                          t.parentId = st.isNull(5) ? 0 : st.int64(5);
                          const qint64 level = st.int64(6);
                          t.level = level >= 0 && level <= 2 ? Territory::Level(level) : Territory::Level::Territory;
                          t.locked = st.int64(7) != 0;
                          if (hasQuotas) {
                              t.quota = st.real(8);
                              t.quotaLocked = st.int64(9) != 0;
                          }
                          // A territory of a team that is gone belongs to the first team.
                          t.teamId = hasTeams && p.team(st.int64(10)) ? st.int64(10) : p.teams.front().id;
                          return true;
                      })
           || fail("reading territories", error);
}

bool ProjectReader::loadAssignments(Project& p, QString* error) const {
    QHash<qint64, Scenario*> byId;
    for (Scenario& s : p.scenarios) byId.insert(s.id, &s);
    // Before schema 5 every row is the first team's.
    const bool hasTeams = hasColumn("unit_assignments", "team_id");
    const std::size_t unitCount = p.units.size();
    const qint64 firstTeam = p.teams.front().id;
    SqlStatement units(m_db.handle(), hasTeams
                                          ? "SELECT scenario_id, unit_id, territory_id, team_id FROM unit_assignments"
                                          : "SELECT scenario_id, unit_id, territory_id FROM unit_assignments");
    const bool unitsOk = forEachRow(units, [&] {
        Scenario* s = byId.value(units.int64(0));
        const qint64 unit = units.int64(1);
        const qint64 team = hasTeams ? units.int64(3) : firstTeam;
        if (s && p.team(team) && unit >= 1 && unit <= qint64(unitCount))
            s->unitsFor(team, unitCount)[std::size_t(unit - 1)] = units.int64(2);
        return true;
    });
    if (!unitsOk) return fail("reading unit assignments", error);
    SqlStatement overrides(m_db.handle(),
                           hasTeams ? "SELECT scenario_id, account_id, territory_id, team_id FROM account_overrides"
                                    : "SELECT scenario_id, account_id, territory_id FROM account_overrides");
    return forEachRow(overrides,
                      [&] {
                          const qint64 team = hasTeams ? overrides.int64(3) : firstTeam;
                          if (Scenario* s = byId.value(overrides.int64(0)); s && p.team(team))
                              s->overridesFor(team, unitCount).insert(overrides.int64(1), overrides.int64(2));
                          return true;
                      })
           || fail("reading account overrides", error);
}

std::vector<EditLogEntry> ProjectReader::readLog(int limit, std::optional<qint64> scenarioId) const {
    SqlStatement st(m_db.handle(), "SELECT id, time, user, scenario_id, kind, text, details FROM edit_log "
                                   "WHERE ?1 IS NULL OR scenario_id IS ?2 ORDER BY id DESC LIMIT ?3");
    if (scenarioId) {
        st.bind(1, qint64(1));
        st.bindIdOrNull(2, *scenarioId);
    }
    st.bind(3, qint64(limit));
    std::vector<EditLogEntry> log;
    forEachRow(st, [&] {
        EditLogEntry& e = log.emplace_back();
        e.id = st.int64(0);
        e.when = parseUtc(st.text(1));
        e.user = st.text(2);
        e.scenarioId = st.isNull(3) ? 0 : st.int64(3);
        e.kind = st.text(4);
        e.text = st.text(5);
        e.detailsJson = st.text(6);
        return true;
    });
    return log;
}

std::vector<UndoRecord> ProjectReader::readUndo(qint64 scenarioId) const {
    SqlStatement st(m_db.handle(), "SELECT id, position, kind, text, payload FROM undo_history "
                                   "WHERE scenario_id IS ?1 ORDER BY position, id");
    st.bindIdOrNull(1, scenarioId);
    std::vector<UndoRecord> records;
    forEachRow(st, [&] {
        UndoRecord& r = records.emplace_back();
        r.id = st.int64(0);
        r.scenarioId = scenarioId;
        r.position = int(st.int64(1));
        r.kind = st.text(2);
        r.text = st.text(3);
        r.payloadJson = st.text(4);
        return true;
    });
    return records;
}

int ProjectReader::undoIndex(qint64 scenarioId) const {
    SqlStatement st(m_db.handle(), "SELECT undo_index FROM undo_state WHERE scenario_id = ?1");
    st.bind(1, scenarioId);
    return st.step() == SQLITE_ROW ? int(st.int64(0)) : 0;
}

} // namespace tp::storage
