#include "project.h"

#include <algorithm>
#include <thread>

namespace tp {

const Scenario* Project::scenario(qint64 id) const {
    auto it = std::find_if(scenarios.begin(), scenarios.end(), [id](const Scenario& s) { return s.id == id; });
    return it == scenarios.end() ? nullptr : &*it;
}

Scenario* Project::scenario(qint64 id) {
    return const_cast<Scenario*>(std::as_const(*this).scenario(id));
}

const Territory* Project::territory(qint64 id) const {
    auto it = std::find_if(territories.begin(), territories.end(), [id](const Territory& t) { return t.id == id; });
    return it == territories.end() ? nullptr : &*it;
}

Territory* Project::territory(qint64 id) {
    return const_cast<Territory*>(std::as_const(*this).territory(id));
}

const Rep* Project::rep(qint64 id) const {
    auto it = std::find_if(reps.begin(), reps.end(), [id](const Rep& r) { return r.id == id; });
    return it == reps.end() ? nullptr : &*it;
}

const Team* Project::team(qint64 id) const {
    auto it = std::find_if(teams.begin(), teams.end(), [id](const Team& t) { return t.id == id; });
    return it == teams.end() ? nullptr : &*it;
}

Team* Project::team(qint64 id) {
    return const_cast<Team*>(std::as_const(*this).team(id));
}

const Team* Project::findTeam(const QString& nameOrId) const {
    const QString wanted = nameOrId.trimmed();
    for (const Team& t : teams)
        if (t.name.compare(wanted, Qt::CaseInsensitive) == 0) return &t;
    bool ok = false;
    const qint64 id = wanted.toLongLong(&ok);
    return ok ? team(id) : nullptr;
}

qint64 Project::nextTeamId() const {
    qint64 top = 0;
    for (const Team& t : teams) top = std::max(top, t.id);
    return top + 1;
}

void Project::setCurrentTeam(qint64 teamId) {
    currentTeamId = teamId;
    for (Scenario& s : scenarios) s.makeCurrent(teamId, units.size());
}

int Project::unitIndexByCode(const QString& code) const {
    return m_unitByCode.value(code, -1);
}
int Project::accountIndexById(qint64 id) const {
    return m_accountIndex.byId(accounts, id);
}
int Project::accountIndexByExternalId(const QString& externalId) const {
    return m_accountIndex.byExternalId(accounts, externalId);
}

std::vector<const Territory*> Project::territoriesOf(qint64 scenarioId) const {
    return territoriesOf(scenarioId, currentTeamId);
}

std::vector<const Territory*> Project::territoriesOf(qint64 scenarioId, qint64 teamId) const {
    std::vector<const Territory*> result;
    for (const Territory& t : territories)
        if (t.scenarioId == scenarioId && t.teamId == teamId) result.push_back(&t);
    return result;
}

qint64 Project::territoryOfAccount(const Scenario& s, const Account& a) const {
    if (auto it = s.overrides.constFind(a.id); it != s.overrides.constEnd()) return it.value();
    if (a.unit < 0 || std::size_t(a.unit) >= s.unitTerritory.size()) return 0;
    return s.unitTerritory[std::size_t(a.unit)];
}

qint64 Project::nextId() const {
    qint64 top = 0;
    for (const Account& a : accounts) top = std::max(top, a.id);
    for (const Rep& r : reps) top = std::max(top, r.id);
    for (const Territory& t : territories) top = std::max(top, t.id);
    for (const Scenario& s : scenarios) top = std::max(top, s.id);
    return top + 1;
}

void Project::reindex() {
    // The external-id index hashes a string per account, the slow half: with many accounts it
    // is built on a second thread meanwhile (opening a 1M-account project waits for this).
    auto indexExternalIds = [this] { m_accountIndex.rebuildExternalIds(accounts); };
    std::thread worker;
    if (accounts.size() >= 100'000)
        worker = std::thread(indexExternalIds);
    else
        indexExternalIds();
    m_unitByCode.clear();
    m_unitByCode.reserve(qsizetype(units.size()));
    for (std::size_t i = 0; i < units.size(); ++i) m_unitByCode.insert(units[i].code, int(i));
    m_accountIndex.rebuildIds(accounts);
    if (worker.joinable()) worker.join();
}

} // namespace tp
