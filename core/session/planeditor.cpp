#include "planeditor.h"

#include "projectsession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace tp::session {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tp::session::PlanEditor", text); }

QString territoryName(const Project& p, qint64 id) {
    if (id == 0) return tr("unassigned");
    const Territory* t = p.territory(id);
    return t ? t->name : QStringLiteral("#%1").arg(id);
}

storage::EditLogEntry logEntry(qint64 scenarioId, const QString& kind, const QString& text, const QJsonObject& details = {}) {
    storage::EditLogEntry e;
    e.user = PlanEditor::currentUser();
    e.scenarioId = scenarioId;
    e.kind = kind;
    e.text = text;
    if (!details.isEmpty()) e.detailsJson = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return e;
}

} // namespace

QString PlanEditor::currentUser() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString PlanEditor::unitNoun(int count) const {
    // Counties for the bundled layer (5-digit FIPS codes with a state region), units otherwise.
    const Project& p = m_session.project();
    const bool counties = !p.units.empty() && p.units.front().code.size() == 5 && !p.units.front().region.isEmpty();
    return counties ? (count == 1 ? tr("county") : tr("counties")) : (count == 1 ? tr("unit") : tr("units"));
}

bool PlanEditor::checkScenario(qint64 scenarioId, QString* error) const {
    if (m_session.project().scenario(scenarioId)) return true;
    if (error) *error = tr("There is no scenario %1 in this project.").arg(scenarioId);
    return false;
}

bool PlanEditor::assignUnits(qint64 scenarioId, const std::vector<UnitAssignment>& assignments, QString* error,
                             const QString& description) {
    if (!checkScenario(scenarioId, error)) return false;
    Project& p = m_session.project();
    Scenario& scenario = *p.scenario(scenarioId);
    std::vector<UnitAssignment> changes;
    std::vector<UnitMove> moves;
    QMap<std::pair<qint64, qint64>, int> flows; // (from, to) -> units
    for (const auto& [unit, territory] : assignments) {
        if (unit < 0 || std::size_t(unit) >= scenario.unitTerritory.size()) {
            if (error) *error = tr("There is no unit %1 in this project.").arg(unit);
            return false;
        }
        if (territory != 0) {
            const Territory* t = p.territory(territory);
            if (!t || t->scenarioId != scenarioId || t->level != Territory::Level::Territory) {
                if (error) *error = tr("Territory %1 is not a territory of this scenario.").arg(territory);
                return false;
            }
        }
        const qint64 from = scenario.unitTerritory[std::size_t(unit)];
        if (from == territory) continue;
        for (qint64 side : {from, territory}) {
            const Territory* t = side ? p.territory(side) : nullptr;
            if (t && t->locked) {
                if (error) *error = tr("%1 is locked: unlock it to change its units.").arg(t->name);
                return false;
            }
        }
        changes.emplace_back(unit, territory);
        moves.push_back({unit, from, territory});
        ++flows[{from, territory}];
    }
    if (changes.empty()) return true;

    QString text = description;
    if (text.isEmpty()) {
        QStringList parts;
        for (auto it = flows.cbegin(); it != flows.cend(); ++it)
            parts << tr("Moved %1 %2 from %3 to %4")
                         .arg(it.value())
                         .arg(unitNoun(it.value()), territoryName(p, it.key().first), territoryName(p, it.key().second));
        text = parts.join(QStringLiteral("; "));
    }
    QJsonArray moved;
    for (const UnitMove& m : moves)
        moved.append(QJsonArray{p.units[std::size_t(m.unit)].code, m.from, m.to});
    const storage::EditLogEntry log = logEntry(scenarioId, QStringLiteral("assign-units"), text, {{QStringLiteral("moves"), moved}});
    if (!m_session.file().setUnitAssignments(scenarioId, changes, &log, error)) return false;
    for (const auto& [unit, territory] : changes) scenario.unitTerritory[std::size_t(unit)] = territory;
    if (m_session.metrics().scenarioId() == scenarioId) m_session.metrics().unitsMoved(moves);
    return true;
}

bool PlanEditor::assignUnitsTo(qint64 scenarioId, const std::vector<int>& units, qint64 territoryId, QString* error) {
    std::vector<UnitAssignment> assignments;
    assignments.reserve(units.size());
    for (int u : units) assignments.emplace_back(u, territoryId);
    return assignUnits(scenarioId, assignments, error);
}

bool PlanEditor::setAccountOverride(qint64 scenarioId, qint64 accountId, qint64 territoryId, QString* error) {
    if (!checkScenario(scenarioId, error)) return false;
    Project& p = m_session.project();
    Scenario& scenario = *p.scenario(scenarioId);
    const int index = p.accountIndexById(accountId);
    if (index < 0) {
        if (error) *error = tr("There is no account %1 in this project.").arg(accountId);
        return false;
    }
    const Account& account = p.accounts[std::size_t(index)];
    const qint64 before = scenario.overrides.value(accountId, 0);
    if (before == territoryId) return true;
    if (territoryId != 0) {
        const Territory* t = p.territory(territoryId);
        if (!t || t->scenarioId != scenarioId || t->level != Territory::Level::Territory) {
            if (error) *error = tr("Territory %1 is not a territory of this scenario.").arg(territoryId);
            return false;
        }
    }
    const qint64 ownerBefore = p.territoryOfAccount(scenario, account);
    const qint64 ownerAfter = territoryId ? territoryId
        : (account.unit >= 0 && std::size_t(account.unit) < scenario.unitTerritory.size() ? scenario.unitTerritory[std::size_t(account.unit)] : 0);
    for (qint64 side : {ownerBefore, ownerAfter}) {
        const Territory* t = ownerBefore != ownerAfter && side ? p.territory(side) : nullptr;
        if (t && t->locked) {
            if (error) *error = tr("%1 is locked: unlock it to change its accounts.").arg(t->name);
            return false;
        }
    }
    const QString text = territoryId
        ? tr("Named account %1 (%2) assigned to %3").arg(account.name, account.externalId, territoryName(p, territoryId))
        : tr("Named account %1 (%2) returned to its unit's territory %3").arg(account.name, account.externalId, territoryName(p, ownerAfter));
    const storage::EditLogEntry log = logEntry(scenarioId, QStringLiteral("account-override"), text,
                                               {{QStringLiteral("account"), account.externalId},
                                                {QStringLiteral("from"), ownerBefore}, {QStringLiteral("to"), ownerAfter}});
    const bool written = territoryId ? m_session.file().setAccountOverride(scenarioId, accountId, territoryId, &log, error)
                                     : m_session.file().removeAccountOverride(scenarioId, accountId, &log, error);
    if (!written) return false;
    if (territoryId) scenario.overrides.insert(accountId, territoryId);
    else scenario.overrides.remove(accountId);
    if (m_session.metrics().scenarioId() == scenarioId) m_session.metrics().overrideChanged(accountId, before, territoryId);
    return true;
}

qint64 PlanEditor::createScenario(const QString& name, qint64 fromScenarioId, QString* error) {
    Project& p = m_session.project();
    if (name.trimmed().isEmpty()) {
        if (error) *error = tr("A scenario needs a name.");
        return 0;
    }
    const Scenario* from = fromScenarioId ? p.scenario(fromScenarioId) : nullptr;
    if (fromScenarioId && !from) {
        checkScenario(fromScenarioId, error);
        return 0;
    }
    Scenario s;
    s.id = p.nextId();
    s.name = name.trimmed();
    s.parentId = fromScenarioId;
    s.createdAt = QDateTime::currentDateTimeUtc();
    s.unitTerritory.assign(p.units.size(), 0);
    std::vector<Territory> territories;
    if (from) {
        s.notes = from->notes;
        QHash<qint64, qint64> copyOf;
        qint64 next = s.id + 1;
        for (const Territory* t : p.territoriesOf(from->id)) copyOf.insert(t->id, next++);
        for (const Territory* t : p.territoriesOf(from->id)) {
            Territory copy = *t;
            copy.id = copyOf.value(t->id);
            copy.scenarioId = s.id;
            copy.parentId = copyOf.value(t->parentId, 0);
            territories.push_back(copy);
        }
        for (std::size_t u = 0; u < from->unitTerritory.size() && u < s.unitTerritory.size(); ++u)
            s.unitTerritory[u] = copyOf.value(from->unitTerritory[u], 0);
        for (auto it = from->overrides.cbegin(); it != from->overrides.cend(); ++it)
            if (copyOf.contains(it.value())) s.overrides.insert(it.key(), copyOf.value(it.value()));
    }
    const QString text = from ? tr("Created scenario %1 as a copy of %2").arg(s.name, from->name)
                              : tr("Created empty scenario %1").arg(s.name);
    const storage::EditLogEntry log = logEntry(s.id, QStringLiteral("create-scenario"), text);
    const bool written = m_session.file().transaction([&](QString* e) {
        // Territories first would break their scenario reference: scenario, territories, assignments.
        if (!m_session.file().upsertScenario(s, false, nullptr, e)) return false;
        for (const Territory& t : territories)
            if (!m_session.file().upsertTerritory(t, nullptr, e)) return false;
        return m_session.file().upsertScenario(s, true, nullptr, e) && m_session.file().appendLog(log, e);
    }, error);
    if (!written) return 0;
    p.scenarios.push_back(s);
    p.territories.insert(p.territories.end(), territories.begin(), territories.end());
    return s.id;
}

bool PlanEditor::setScenarioStatus(qint64 scenarioId, Scenario::Status status, QString* error) {
    if (!checkScenario(scenarioId, error)) return false;
    Scenario s = *m_session.project().scenario(scenarioId);
    if (s.status == status) return true;
    const Scenario::Status before = s.status;
    s.status = status;
    if (status != Scenario::Status::Approved) s.planOfRecord = false;
    const QString text = status == Scenario::Status::Approved
        ? tr("%1 approved by %2 on %3").arg(s.name, currentUser(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        : tr("%1 set from %2 to %3").arg(s.name, Scenario::statusName(before), Scenario::statusName(status));
    const storage::EditLogEntry log = logEntry(scenarioId, QStringLiteral("scenario-status"), text,
                                               {{QStringLiteral("from"), Scenario::statusName(before)},
                                                {QStringLiteral("to"), Scenario::statusName(status)}});
    if (!m_session.file().upsertScenario(s, false, &log, error)) return false;
    *m_session.project().scenario(scenarioId) = s;
    return true;
}

bool PlanEditor::renameScenario(qint64 scenarioId, const QString& name, QString* error) {
    if (!checkScenario(scenarioId, error)) return false;
    if (name.trimmed().isEmpty()) {
        if (error) *error = tr("A scenario needs a name.");
        return false;
    }
    Scenario s = *m_session.project().scenario(scenarioId);
    const QString before = s.name;
    s.name = name.trimmed();
    const storage::EditLogEntry log = logEntry(scenarioId, QStringLiteral("rename-scenario"),
                                               tr("Scenario %1 renamed to %2").arg(before, s.name));
    if (!m_session.file().upsertScenario(s, false, &log, error)) return false;
    *m_session.project().scenario(scenarioId) = s;
    return true;
}

bool PlanEditor::setPlanOfRecord(qint64 scenarioId, QString* error) {
    if (!checkScenario(scenarioId, error)) return false;
    Project& p = m_session.project();
    if (p.scenario(scenarioId)->status != Scenario::Status::Approved) {
        if (error) *error = tr("Only an approved scenario can be the plan of record.");
        return false;
    }
    std::vector<Scenario> changed;
    for (const Scenario& s : p.scenarios) {
        if (s.planOfRecord == (s.id == scenarioId)) continue;
        Scenario c = s;
        c.planOfRecord = s.id == scenarioId;
        changed.push_back(c);
    }
    const storage::EditLogEntry log = logEntry(scenarioId, QStringLiteral("plan-of-record"),
                                               tr("%1 made the plan of record by %2").arg(p.scenario(scenarioId)->name, currentUser()));
    const bool written = m_session.file().transaction([&](QString* e) {
        for (const Scenario& s : changed)
            if (!m_session.file().upsertScenario(s, false, nullptr, e)) return false;
        return m_session.file().appendLog(log, e);
    }, error);
    if (!written) return false;
    for (const Scenario& c : changed) *p.scenario(c.id) = c;
    return true;
}

bool PlanEditor::switchScenario(qint64 scenarioId, QString* error) {
    return m_session.switchScenario(scenarioId, error);
}

qint64 PlanEditor::saveTerritory(Territory territory, QString* error) {
    Project& p = m_session.project();
    if (!checkScenario(territory.scenarioId, error)) return 0;
    if (territory.name.trimmed().isEmpty()) {
        if (error) *error = tr("A territory needs a name.");
        return 0;
    }
    const bool isNew = territory.id == 0 || !p.territory(territory.id);
    if (territory.id == 0) territory.id = p.nextId();
    const storage::EditLogEntry log = logEntry(territory.scenarioId, isNew ? QStringLiteral("create-territory") : QStringLiteral("edit-territory"),
                                               isNew ? tr("Created territory %1").arg(territory.name)
                                                     : tr("Changed territory %1").arg(territory.name));
    if (!m_session.file().upsertTerritory(territory, &log, error)) return 0;
    if (isNew) p.territories.push_back(territory);
    else *p.territory(territory.id) = territory;
    if (m_session.metrics().scenarioId() == territory.scenarioId) m_session.metrics().territoriesChanged();
    return territory.id;
}

} // namespace tp::session
