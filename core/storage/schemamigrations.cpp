#include "schemamigrations.h"

#include "sqliteconnection.h"
#include "sqltransaction.h"

#include <algorithm>
#include <array>

namespace tp::storage {

namespace {

struct Step {
    const char* description;
    const char* sql;
};

// Ids of units are index + 1. accounts.unit_id has no foreign key on purpose: units are replaced
// on re-import, after which the caller relocates accounts; a dangling unit id loads as "no unit".
// The edit log has no foreign key either: history outlives deleted scenarios.
constexpr const char* schemaV1 = R"sql(
PRAGMA application_id = 1414548558;
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value
) WITHOUT ROWID;
CREATE TABLE units (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    region      TEXT NOT NULL DEFAULT '',
    min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL,
    area_m2     REAL NOT NULL DEFAULT 0,
    perimeter_m REAL NOT NULL DEFAULT 0,
    geometry    BLOB
);
CREATE TABLE unit_adjacency (
    unit_a   INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    unit_b   INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    length_m REAL NOT NULL DEFAULT 0,
    segments BLOB,
    PRIMARY KEY (unit_a, unit_b)
) WITHOUT ROWID;
CREATE TABLE reps (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL DEFAULT '',
    home_label     TEXT NOT NULL DEFAULT '',
    home_lon       REAL NOT NULL DEFAULT 0,
    home_lat       REAL NOT NULL DEFAULT 0,
    capacity_hours REAL NOT NULL DEFAULT 0,
    quota          REAL NOT NULL DEFAULT 0,
    skills         TEXT
);
CREATE TABLE accounts (
    id                INTEGER PRIMARY KEY,
    external_id       TEXT,
    name              TEXT,
    address           TEXT,
    postal_code       TEXT,
    industry          TEXT,
    segment           TEXT,
    tier              TEXT,
    lon               REAL NOT NULL DEFAULT 0,
    lat               REAL NOT NULL DEFAULT 0,
    revenue_potential REAL NOT NULL DEFAULT 0,
    revenue           REAL NOT NULL DEFAULT 0,
    pipeline          REAL NOT NULL DEFAULT 0,
    workload_hours    REAL NOT NULL DEFAULT 0,
    unit_id           INTEGER,
    extra             TEXT
);
CREATE TABLE scenarios (
    id             INTEGER PRIMARY KEY,
    position       INTEGER NOT NULL DEFAULT 0,
    name           TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'proposed', 'approved')),
    notes          TEXT NOT NULL DEFAULT '',
    parent_id      INTEGER REFERENCES scenarios(id) ON DELETE SET NULL,
    created_at     TEXT,
    plan_of_record INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE territories (
    id          INTEGER PRIMARY KEY,
    scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL DEFAULT '',
    color       TEXT NOT NULL DEFAULT '',
    rep_id      INTEGER REFERENCES reps(id) ON DELETE SET NULL,
    parent_id   INTEGER REFERENCES territories(id) ON DELETE SET NULL,
    level       INTEGER NOT NULL DEFAULT 0,
    locked      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX territories_scenario ON territories(scenario_id);
CREATE INDEX territories_parent ON territories(parent_id);
CREATE TABLE unit_assignments (
    scenario_id  INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
    unit_id      INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    territory_id INTEGER NOT NULL REFERENCES territories(id) ON DELETE CASCADE,
    PRIMARY KEY (scenario_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX unit_assignments_territory ON unit_assignments(territory_id);
CREATE INDEX unit_assignments_unit ON unit_assignments(unit_id);
CREATE TABLE account_overrides (
    scenario_id  INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    territory_id INTEGER NOT NULL REFERENCES territories(id) ON DELETE CASCADE,
    PRIMARY KEY (scenario_id, account_id)
) WITHOUT ROWID;
CREATE INDEX account_overrides_territory ON account_overrides(territory_id);
CREATE INDEX account_overrides_account ON account_overrides(account_id);
CREATE TABLE edit_log (
    id          INTEGER PRIMARY KEY,
    time        TEXT NOT NULL,
    user        TEXT NOT NULL DEFAULT '',
    scenario_id INTEGER,
    kind        TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    details     TEXT
);
)sql";

// Version 2: undo history survives reopening; the change log is filtered per scenario.
constexpr const char* schemaV2 = R"sql(
CREATE TABLE undo_history (
    id          INTEGER PRIMARY KEY,
    scenario_id INTEGER REFERENCES scenarios(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    payload     TEXT
);
CREATE INDEX undo_history_position ON undo_history(scenario_id, position);
CREATE TABLE undo_state (
    scenario_id INTEGER PRIMARY KEY, -- 0: project-wide; deleted with the scenario by the writer
    undo_index  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX edit_log_scenario ON edit_log(scenario_id, id);
)sql";

// Version 3: the rep roster: CRM user id (what the owner export writes), e-mail, role, start
// date (ramp) and the segments a rep sells to (skills keeps the industries); territory quotas.
constexpr const char* schemaV3 = R"sql(
ALTER TABLE territories ADD COLUMN quota REAL NOT NULL DEFAULT 0;
ALTER TABLE territories ADD COLUMN quota_locked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reps ADD COLUMN crm_user_id TEXT NOT NULL DEFAULT '';
ALTER TABLE reps ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE reps ADD COLUMN role TEXT NOT NULL DEFAULT 'field' CHECK (role IN ('field', 'inside', 'overlay'));
ALTER TABLE reps ADD COLUMN start_date TEXT;
ALTER TABLE reps ADD COLUMN segments TEXT;
)sql";

// Version 4: the workload rule (visits per year by tier x hours per visit by segment; name ''
// is the value for tiers or segments not listed) becomes project data, and each account says
// whether its workload came from it. A table without rows means the rule every project had until
// then (WorkloadRule::standard(); no rows are inserted here, so a recovery can copy a file's rows
// into a fresh schema), and older files' accounts whose workload equals that rule for their tier
// and segment count as from it.
constexpr const char* schemaV4 = R"sql(
CREATE TABLE workload_rule (
    kind     TEXT NOT NULL CHECK (kind IN ('tier', 'segment')),
    name     TEXT NOT NULL,
    value    REAL NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, name)
) WITHOUT ROWID;
ALTER TABLE accounts ADD COLUMN workload_from_rule INTEGER NOT NULL DEFAULT 0;
UPDATE accounts SET workload_from_rule = 1
 WHERE workload_hours = (CASE upper(trim(coalesce(tier, ''))) WHEN 'A' THEN 24 WHEN 'B' THEN 12 WHEN 'C' THEN 4 ELSE 6 END)
                      * (CASE lower(trim(coalesce(segment, ''))) WHEN 'enterprise' THEN 3 WHEN 'mid-market' THEN 2
                                                                   WHEN 'smb' THEN 1 ELSE 1.5 END);
)sql";

// Version 5: teams (territory models). A team has its own territories and, in every scenario, its
// own unit assignment and named accounts; an existing project becomes one team, "All accounts",
// covering every account and owning every territory, so every figure stays as it was. A file
// without scenarios (a new one, or the empty target of a recovery) gets its teams from the writer.
constexpr const char* schemaV5 = R"sql(
CREATE TABLE teams (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    name     TEXT NOT NULL DEFAULT '',
    kind     TEXT NOT NULL DEFAULT 'primary' CHECK (kind IN ('primary', 'overlay')),
    rule     TEXT NOT NULL DEFAULT ''
);
CREATE TABLE team_accounts (
    team_id    INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    included   INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (team_id, account_id)
) WITHOUT ROWID;
INSERT INTO teams(id, position, name, kind, rule)
    SELECT 1, 0, 'All accounts', 'primary', '' WHERE EXISTS (SELECT 1 FROM scenarios);
ALTER TABLE territories ADD COLUMN team_id INTEGER NOT NULL DEFAULT 1;
CREATE INDEX territories_team ON territories(team_id);
CREATE TABLE unit_assignments_v5 (
    scenario_id  INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
    team_id      INTEGER NOT NULL DEFAULT 1,
    unit_id      INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    territory_id INTEGER NOT NULL REFERENCES territories(id) ON DELETE CASCADE,
    PRIMARY KEY (scenario_id, team_id, unit_id)
) WITHOUT ROWID;
INSERT INTO unit_assignments_v5(scenario_id, team_id, unit_id, territory_id)
    SELECT scenario_id, 1, unit_id, territory_id FROM unit_assignments;
DROP TABLE unit_assignments;
ALTER TABLE unit_assignments_v5 RENAME TO unit_assignments;
CREATE INDEX unit_assignments_territory ON unit_assignments(territory_id);
CREATE INDEX unit_assignments_unit ON unit_assignments(unit_id);
CREATE TABLE account_overrides_v5 (
    scenario_id  INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
    team_id      INTEGER NOT NULL DEFAULT 1,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    territory_id INTEGER NOT NULL REFERENCES territories(id) ON DELETE CASCADE,
    PRIMARY KEY (scenario_id, team_id, account_id)
) WITHOUT ROWID;
INSERT INTO account_overrides_v5(scenario_id, team_id, account_id, territory_id)
    SELECT scenario_id, 1, account_id, territory_id FROM account_overrides;
DROP TABLE account_overrides;
ALTER TABLE account_overrides_v5 RENAME TO account_overrides;
CREATE INDEX account_overrides_territory ON account_overrides(territory_id);
CREATE INDEX account_overrides_account ON account_overrides(account_id);
)sql";

constexpr std::array<Step, 5> steps{{
    {"tables for units, accounts, reps, scenarios, territories and the change log", schemaV1},
    {"undo history and a per-scenario index of the change log", schemaV2},
    {"rep roster (CRM user id, e-mail, role, start date, segments) and territory quotas", schemaV3},
    {"the workload rule (visits by tier, hours by segment) and where each account's workload came from", schemaV4},
    {"teams (territory models): their account rules, territories, unit assignments and named accounts", schemaV5},
}};

} // namespace

int SchemaMigrations::latestVersion() {
    return int(steps.size());
}

QString SchemaMigrations::describe(int toVersion) {
    if (toVersion < 1 || toVersion > latestVersion()) return {};
    return QString::fromUtf8(steps[std::size_t(toVersion - 1)].description);
}

bool SchemaMigrations::migrate(SqliteConnection& db, int from, int to, QString* error) {
    if (from < 0 || to > latestVersion() || from > to) {
        if (error) *error = QStringLiteral("no migration from schema %1 to %2").arg(from).arg(to);
        return false;
    }
    SqlTransaction transaction(db, error);
    if (!transaction.isActive()) return false;
    // Another program may have upgraded the file between reading its version and taking the
    // write lock: start from what the file says now.
    qint64 now = from;
    if (!db.pragmaInt("user_version", &now, error)) return false;
    if (now >= to) return transaction.commit(error);
    from = std::max(from, int(now));
    for (int version = from + 1; version <= to; ++version) {
        QString stepError;
        if (!db.exec(steps[std::size_t(version - 1)].sql, &stepError)) {
            if (error)
                *error = QStringLiteral("upgrading to schema %1 (%2) failed: %3")
                             .arg(version)
                             .arg(describe(version), stepError);
            return false;
        }
    }
    if (!db.exec(QByteArray("PRAGMA user_version = ").append(QByteArray::number(to)).constData(), error)) return false;
    return transaction.commit(error);
}

} // namespace tp::storage
