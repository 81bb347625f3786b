#pragma once
// Project: the in-memory state of one project file: units and their adjacency, accounts, reps,
// territories and scenarios, and which scenario is current. Plain data with lookups; it knows
// nothing of files (core/storage loads and saves it) nor of edits (EditFacade changes it).
// Owned by whoever opened the project; used from the GUI thread (renderers take copies).

#include "account.h"
#include "accountindex.h"
#include "rep.h"
#include "scenario.h"
#include "team.h"
#include "territory.h"
#include "unit.h"
#include "unitpostalcodes.h"
#include "workloadrule.h"

#include "geo/adjacencybuilder.h"

#include <QHash>
#include <QString>

#include <vector>

namespace tp {

class Project {
public:
    QString title;

    std::vector<Unit> units;
    std::vector<geo::SharedEdge> adjacency; // unitA < unitB, segments may be empty after loading
    UnitPostalCodes unitPostalCodes;        // whether the unit codes are postal codes (ZIP, ZIP3)
    // The bundled layer the units came from ("counties", "states", "zip3", "zips"), so exports can
    // say what they are (the ZIP areas are approximate); empty: the user's own layer.
    QString unitLayer;
    std::vector<Account> accounts;
    // Workload of accounts whose file gave none (Account::workloadFromRule), and the file column
    // the last import that had one took workload from (empty: none yet), for the Balance dock.
    WorkloadRule workloadRule = WorkloadRule::standard();
    QString workloadColumn;
    std::vector<Rep> reps;
    // The territory models (at least one). The current team is chosen by whoever works with the
    // project (the session), not stored: its plan is the one in Scenario::unitTerritory/overrides
    // and its territories the ones territoriesOf(scenario) lists.
    std::vector<Team> teams{Team{}};
    qint64 currentTeamId = Team::defaultId;
    std::vector<Territory> territories; // of every scenario and team
    std::vector<Scenario> scenarios;
    qint64 currentScenarioId = 0;

    // Lookups; nullptr / -1 when absent.
    const Scenario* scenario(qint64 id) const;
    Scenario* scenario(qint64 id);
    const Scenario* currentScenario() const { return scenario(currentScenarioId); }
    Scenario* currentScenario() { return scenario(currentScenarioId); }
    const Territory* territory(qint64 id) const;
    Territory* territory(qint64 id);
    const Rep* rep(qint64 id) const;
    const Team* team(qint64 id) const;
    Team* team(qint64 id);
    const Team* currentTeam() const { return team(currentTeamId); }
    // A team by name (case-insensitive) or id; nullptr when none.
    const Team* findTeam(const QString& nameOrId) const;
    qint64 nextTeamId() const;
    // Makes another team current: every scenario's plan for it moves into unitTerritory/overrides.
    // Views and the metrics engine must be told (ProjectSession::switchTeam does).
    void setCurrentTeam(qint64 teamId);
    int unitIndexByCode(const QString& code) const;
    int accountIndexById(qint64 id) const;
    int accountIndexByExternalId(const QString& externalId) const;

    // Territories of one scenario and the current team (or the given team), in list order.
    std::vector<const Territory*> territoriesOf(qint64 scenarioId) const;
    std::vector<const Territory*> territoriesOf(qint64 scenarioId, qint64 teamId) const;
    // Territory that owns the account in a scenario: its override, else its unit's territory; 0 if none.
    qint64 territoryOfAccount(const Scenario& scenario, const Account& account) const;

    qint64 nextId() const; // an id larger than any entity id in the project (for new entities)

    // Rebuild the lookup tables after units/accounts were replaced wholesale (with many
    // accounts, on two threads; the project must not be used elsewhere meanwhile).
    void reindex();

private:
    QHash<QString, int> m_unitByCode;
    AccountIndex m_accountIndex;
};

} // namespace tp
