#include "planeditor.h"

#include "editrefusal.h"
#include "projectsession.h"

#include "model/territorycolouring.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tp::session {
namespace {

storage::EditLogEntry logEntry(qint64 scenarioId, const QString& kind, const QString& text,
                               const QJsonObject& details = {}) {
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

QString PlanEditor::territoryName(qint64 id) const {
    if (id == 0) return tr("unassigned");
    const Territory* t = m_session.project().territory(id);
    return t ? t->name : QStringLiteral("#%1").arg(id);
}

bool PlanEditor::checkScenario(qint64 scenarioId, QString* error) const {
    if (m_session.project().scenario(scenarioId)) return true;
    fail(error, tr("There is no scenario %1 in this project.").arg(scenarioId));
    return false;
}

bool PlanEditor::isLeafOf(qint64 territoryId, qint64 scenarioId) const {
    const Territory* t = m_session.project().territory(territoryId);
    return t && t->scenarioId == scenarioId && t->level == Territory::Level::Territory;
}

QString PlanEditor::describeUnitMoves(const std::vector<PlanChange::UnitChange>& moves) const {
    QMap<std::pair<qint64, qint64>, int> flows; // (from, to) -> units
    for (const auto& m : moves) ++flows[{m.from, m.to}];
    QStringList parts;
    for (auto it = flows.cbegin(); it != flows.cend(); ++it)
        parts << tr("Moved %1 %2 from %3 to %4")
                     .arg(it.value())
                     .arg(unitNoun(it.value()), territoryName(it.key().first), territoryName(it.key().second));
    return parts.join(QStringLiteral("; "));
}

std::optional<PlanEdit> PlanEditor::assignUnitsEdit(qint64 scenarioId, const std::vector<UnitAssignment>& assignments,
                                                    QString* error) const {
    if (!checkScenario(scenarioId, error)) return std::nullopt;
    const Scenario& scenario = *m_session.project().scenario(scenarioId);
    PlanEdit edit;
    edit.change.scenarioId = scenarioId;
    QSet<int> seen;
    for (const auto& [unit, territory] : assignments) {
        if (unit < 0 || std::size_t(unit) >= scenario.unitTerritory.size()) {
            fail(error, tr("There is no unit %1 in this project.").arg(unit));
            return std::nullopt;
        }
        if (territory != 0 && !isLeafOf(territory, scenarioId)) {
            fail(error, tr("Territory %1 is not a territory of this scenario.").arg(territory));
            return std::nullopt;
        }
        const qint64 from = scenario.unitTerritory[std::size_t(unit)];
        if (from == territory || seen.contains(unit)) continue;
        seen.insert(unit);
        edit.change.units.push_back({unit, from, territory});
    }
    edit.text = describeUnitMoves(edit.change.units);
    return edit;
}

std::optional<PlanEdit> PlanEditor::overrideEdit(qint64 scenarioId, qint64 accountId, qint64 territoryId,
                                                 QString* error) const {
    if (!checkScenario(scenarioId, error)) return std::nullopt;
    const Project& p = m_session.project();
    const Scenario& scenario = *p.scenario(scenarioId);
    const int index = p.accountIndexById(accountId);
    if (index < 0) {
        fail(error, tr("There is no account %1 in this project.").arg(accountId));
        return std::nullopt;
    }
    if (territoryId != 0 && !isLeafOf(territoryId, scenarioId)) {
        fail(error, tr("Territory %1 is not a territory of this scenario.").arg(territoryId));
        return std::nullopt;
    }
    const Account& account = p.accounts[std::size_t(index)];
    PlanEdit edit;
    edit.change.scenarioId = scenarioId;
    const qint64 before = scenario.overrides.value(accountId, 0);
    if (before == territoryId) return edit;
    edit.change.overrides.push_back({accountId, before, territoryId});
    const qint64 geographic = account.unit >= 0 && std::size_t(account.unit) < scenario.unitTerritory.size()
                                  ? scenario.unitTerritory[std::size_t(account.unit)]
                                  : 0;
    edit.text = territoryId ? tr("Named account %1 (%2) assigned to %3")
                                  .arg(account.name, account.externalId, territoryName(territoryId))
                            : tr("Named account %1 (%2) returned to %3")
                                  .arg(account.name, account.externalId, territoryName(geographic));
    return edit;
}

std::optional<PlanEdit> PlanEditor::territoryEdit(Territory territory, QString* error) const {
    if (!checkScenario(territory.scenarioId, error)) return std::nullopt;
    const Project& p = m_session.project();
    territory.name = territory.name.trimmed();
    if (territory.name.isEmpty()) {
        fail(error, tr("A territory needs a name."));
        return std::nullopt;
    }
    if (!std::isfinite(territory.quota) || territory.quota < 0) {
        fail(error, tr("The quota of %1 must be a number of zero or more.").arg(territory.name));
        return std::nullopt;
    }
    const Territory* existing = territory.id ? p.territory(territory.id) : nullptr;
    if (territory.id && !existing) {
        fail(error, tr("There is no territory %1 in this project.").arg(territory.id));
        return std::nullopt;
    }
    if (existing && existing->scenarioId != territory.scenarioId) {
        fail(error, tr("A territory cannot move to another scenario."));
        return std::nullopt;
    }
    PlanEdit edit;
    edit.change.scenarioId = territory.scenarioId;
    if (!existing) {
        territory.id = p.nextId();
        edit.change.territories.push_back({std::nullopt, territory});
        edit.text = tr("Created territory %1").arg(territory.name);
        return edit;
    }
    if (existing->name == territory.name && existing->color == territory.color && existing->repId == territory.repId
        && existing->parentId == territory.parentId && existing->level == territory.level
        && existing->locked == territory.locked && existing->quota == territory.quota
        && existing->quotaLocked == territory.quotaLocked)
        return edit;
    edit.change.territories.push_back({*existing, territory});
    QStringList parts;
    if (existing->name != territory.name) parts << tr("Renamed %1 to %2").arg(existing->name, territory.name);
    if (existing->color != territory.color) parts << tr("Recoloured %1").arg(territory.name);
    if (existing->repId != territory.repId) {
        const Rep* rep = p.rep(territory.repId);
        parts << (rep ? tr("Gave %1 to %2").arg(territory.name, rep->name)
                      : tr("Left %1 without a rep").arg(territory.name));
    }
    if (existing->locked != territory.locked)
        parts << (territory.locked ? tr("Locked %1") : tr("Unlocked %1")).arg(territory.name);
    if (existing->parentId != territory.parentId)
        parts << tr("Moved %1 to %2").arg(territory.name, territoryName(territory.parentId));
    if (existing->quota != territory.quota)
        parts << tr("Quota of %1 set to %2").arg(territory.name).arg(territory.quota, 0, 'f', 0);
    if (existing->quotaLocked != territory.quotaLocked)
        parts << (territory.quotaLocked ? tr("Locked the quota of %1") : tr("Unlocked the quota of %1"))
                     .arg(territory.name);
    edit.text = parts.join(QStringLiteral("; "));
    return edit;
}

std::optional<PlanEdit> PlanEditor::deleteTerritoryEdit(qint64 territoryId, QString* error) const {
    const Project& p = m_session.project();
    const Territory* t = p.territory(territoryId);
    if (!t) {
        fail(error, tr("There is no territory %1 in this project.").arg(territoryId));
        return std::nullopt;
    }
    const Scenario& scenario = *p.scenario(t->scenarioId);
    PlanEdit edit;
    edit.change.scenarioId = t->scenarioId;
    for (std::size_t u = 0; u < scenario.unitTerritory.size(); ++u)
        if (scenario.unitTerritory[u] == territoryId) edit.change.units.push_back({int(u), territoryId, 0});
    for (auto it = scenario.overrides.cbegin(); it != scenario.overrides.cend(); ++it)
        if (it.value() == territoryId) edit.change.overrides.push_back({it.key(), territoryId, 0});
    // Children move to the top, as the file does.
    for (const Territory* child : p.territoriesOf(t->scenarioId)) {
        if (child->parentId != territoryId) continue;
        Territory moved = *child;
        moved.parentId = 0;
        edit.change.territories.push_back({*child, moved});
    }
    edit.change.territories.push_back({*t, std::nullopt});
    edit.text = tr("Deleted territory %1 (%2 %3 unassigned)")
                    .arg(t->name)
                    .arg(edit.change.units.size())
                    .arg(unitNoun(int(edit.change.units.size())));
    return edit;
}

std::optional<PlanEdit> PlanEditor::mergeTerritoriesEdit(qint64 intoId, qint64 fromId, QString* error) const {
    const Project& p = m_session.project();
    const Territory* into = p.territory(intoId);
    const Territory* from = p.territory(fromId);
    if (!into || !from || into->scenarioId != from->scenarioId || intoId == fromId
        || !isLeafOf(intoId, into->scenarioId) || !isLeafOf(fromId, into->scenarioId)) {
        fail(error, tr("Only two different territories of one scenario can be merged."));
        return std::nullopt;
    }
    std::optional<PlanEdit> edit = deleteTerritoryEdit(fromId, error);
    if (!edit) return std::nullopt;
    int units = 0;
    for (auto& u : edit->change.units) {
        u.to = intoId;
        ++units;
    }
    for (auto& o : edit->change.overrides) o.to = intoId;
    edit->text = tr("Merged %1 into %2 (%3 %4)").arg(from->name, into->name).arg(units).arg(unitNoun(units));
    return edit;
}

std::optional<PlanEdit> PlanEditor::splitTerritoryEdit(qint64 territoryId, const std::vector<int>& units,
                                                       const QString& newName, const QString& newColor,
                                                       QString* error) const {
    const Project& p = m_session.project();
    const Territory* t = p.territory(territoryId);
    if (!t || !isLeafOf(territoryId, t->scenarioId)) {
        fail(error, tr("There is no territory %1 in this project.").arg(territoryId));
        return std::nullopt;
    }
    const Scenario& scenario = *p.scenario(t->scenarioId);
    Territory part = *t;
    part.id = 0;
    part.name = newName;
    part.color = newColor;
    part.locked = false;
    std::optional<PlanEdit> edit = territoryEdit(part, error);
    if (!edit) return std::nullopt;
    const qint64 newId = edit->change.territories.front().after->id;
    for (int u : units)
        if (u >= 0 && std::size_t(u) < scenario.unitTerritory.size()
            && scenario.unitTerritory[std::size_t(u)] == territoryId)
            edit->change.units.push_back({u, territoryId, newId});
    if (edit->change.units.empty()) {
        fail(error, tr("Select units of %1 to split them off.").arg(t->name));
        return std::nullopt;
    }
    const int n = int(edit->change.units.size());
    edit->text = tr("Split %1 %2 off %3 as %4").arg(n).arg(unitNoun(n), t->name, part.name);
    return edit;
}

const Rep* PlanEditor::matchingRep(const Rep& rep) const {
    for (const Rep& r : m_session.project().reps) {
        if (!rep.crmUserId.isEmpty()
                ? r.crmUserId == rep.crmUserId
                : r.crmUserId.isEmpty() && r.name.compare(rep.name.trimmed(), Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

bool PlanEditor::checkRep(const Rep& rep, const std::vector<Rep>& others, QString* error) const {
    if (rep.name.trimmed().isEmpty()) {
        fail(error, tr("A rep needs a name."));
        return false;
    }
    if (!std::isfinite(rep.capacityHours) || rep.capacityHours < 0 || !std::isfinite(rep.quota) || rep.quota < 0) {
        fail(error, tr("%1: capacity and quota must be numbers of zero or more.").arg(rep.name));
        return false;
    }
    if (!std::isfinite(rep.home.lon) || !std::isfinite(rep.home.lat) || std::abs(rep.home.lon) > 180
        || std::abs(rep.home.lat) > 90) {
        fail(error, tr("%1: the home is not a longitude and latitude on Earth.").arg(rep.name));
        return false;
    }
    if (!rep.crmUserId.isEmpty())
        for (const Rep& o : others)
            if (o.id != rep.id && o.crmUserId == rep.crmUserId) {
                fail(error, tr("The CRM user id %1 belongs to %2 already.").arg(rep.crmUserId, o.name));
                return false;
            }
    return true;
}

std::optional<PlanEdit> PlanEditor::repEdit(qint64 scenarioId, Rep rep, QString* error) const {
    std::optional<PlanEdit> edit = repsEdit(scenarioId, {std::move(rep)}, error);
    if (!edit || edit->change.reps.empty()) return edit;
    const PlanChange::RepChange& c = edit->change.reps.front();
    if (!c.before) {
        edit->text = tr("Added rep %1").arg(c.after->name);
        return edit;
    }
    QStringList what;
    const Rep &a = *c.before, &b = *c.after;
    if (a.name != b.name) what << tr("renamed to %1").arg(b.name);
    if (a.home != b.home || a.homeLabel != b.homeLabel)
        what << tr("home %1").arg(b.homeLabel.isEmpty() ? tr("moved") : b.homeLabel);
    if (a.capacityHours != b.capacityHours) what << tr("capacity %1 h").arg(b.capacityHours, 0, 'f', 0);
    if (a.quota != b.quota) what << tr("quota %1").arg(b.quota, 0, 'f', 0);
    if (a.crmUserId != b.crmUserId) what << tr("CRM user id %1").arg(b.crmUserId);
    if (a.email != b.email) what << tr("e-mail %1").arg(b.email);
    if (a.role != b.role) what << tr("role %1").arg(Rep::roleName(b.role));
    if (a.startDate != b.startDate) what << tr("start %1").arg(b.startDate.toString(Qt::ISODate));
    if (a.skills != b.skills || a.segments != b.segments) what << tr("skills");
    edit->text = tr("Changed rep %1: %2").arg(a.name, what.join(QStringLiteral(", ")));
    return edit;
}

std::optional<PlanEdit> PlanEditor::repsEdit(qint64 scenarioId, std::vector<Rep> reps, QString* error) const {
    if (!checkScenario(scenarioId, error)) return std::nullopt;
    const Project& p = m_session.project();
    std::vector<Rep> roster = p.reps; // as it will be, for the uniqueness of CRM user ids
    qint64 next = p.nextId();
    PlanEdit edit;
    edit.change.scenarioId = scenarioId;
    int added = 0, changed = 0;
    for (Rep& rep : reps) {
        rep.name = rep.name.trimmed();
        rep.crmUserId = rep.crmUserId.trimmed();
        rep.email = rep.email.trimmed();
        const Rep* existing = nullptr;
        if (rep.id) {
            existing = p.rep(rep.id);
            if (!existing) {
                fail(error, tr("There is no rep %1 in this project.").arg(rep.id));
                return std::nullopt;
            }
        } else {
            rep.id = next++;
        }
        if (existing && *existing == rep) continue;
        auto at = std::find_if(roster.begin(), roster.end(), [&](const Rep& r) { return r.id == rep.id; });
        if (at != roster.end())
            *at = rep;
        else
            roster.push_back(rep);
        if (!checkRep(rep, roster, error)) return std::nullopt;
        edit.change.reps.push_back({existing ? std::optional<Rep>(*existing) : std::nullopt, rep});
        ++(existing ? changed : added);
    }
    if (added + changed == 1)
        edit.text = (added ? tr("Added rep %1") : tr("Changed rep %1")).arg(edit.change.reps.front().after->name);
    else if (added + changed > 1)
        edit.text = tr("Reps: %1 added, %2 changed").arg(added).arg(changed);
    return edit;
}

std::optional<PlanEdit> PlanEditor::removeRepEdit(qint64 scenarioId, qint64 repId, QString* error) const {
    if (!checkScenario(scenarioId, error)) return std::nullopt;
    const Rep* rep = m_session.project().rep(repId);
    if (!rep) {
        fail(error, tr("There is no rep %1 in this project.").arg(repId));
        return std::nullopt;
    }
    PlanEdit edit;
    edit.change.scenarioId = scenarioId;
    edit.change.reps.push_back({*rep, std::nullopt});
    if (!checkRepChanges(edit.change, error)) return std::nullopt;
    edit.text = tr("Removed rep %1").arg(rep->name);
    return edit;
}

std::optional<PlanEdit> PlanEditor::territoryRepsEdit(qint64 scenarioId,
                                                      const std::vector<std::pair<qint64, qint64>>& territoryRep,
                                                      QString* error) const {
    if (!checkScenario(scenarioId, error)) return std::nullopt;
    const Project& p = m_session.project();
    PlanEdit edit;
    edit.change.scenarioId = scenarioId;
    QStringList parts;
    QSet<qint64> seen;
    for (const auto& [territoryId, repId] : territoryRep) {
        const Territory* t = p.territory(territoryId);
        if (!t || t->scenarioId != scenarioId) {
            fail(error, tr("Territory %1 is not a territory of this scenario.").arg(territoryId));
            return std::nullopt;
        }
        const Rep* rep = repId ? p.rep(repId) : nullptr;
        if (repId && !rep) {
            fail(error, tr("There is no rep %1 in this project.").arg(repId));
            return std::nullopt;
        }
        if (t->repId == repId || seen.contains(territoryId)) continue;
        seen.insert(territoryId);
        Territory after = *t;
        after.repId = repId;
        edit.change.territories.push_back({*t, after});
        parts << (rep ? tr("%1 to %2").arg(t->name, rep->name) : tr("%1 vacant").arg(t->name));
    }
    edit.text = parts.size() == 1
                    ? tr("Gave %1").arg(parts.front())
                    : tr("New owners for %1 territories: %2").arg(parts.size()).arg(parts.join(QStringLiteral(", ")));
    return edit;
}

PlanChange PlanEditor::recolourChange(qint64 scenarioId) const {
    const Project& p = m_session.project();
    PlanChange change;
    change.scenarioId = scenarioId;
    const Scenario* scenario = p.scenario(scenarioId);
    if (!scenario) return change;
    const QHash<qint64, QString> colours = TerritoryColouring::colour(p, *scenario);
    for (auto it = colours.cbegin(); it != colours.cend(); ++it) {
        const Territory* t = p.territory(it.key());
        if (!t || t->color.compare(it.value(), Qt::CaseInsensitive) == 0) continue;
        Territory recoloured = *t;
        recoloured.color = it.value();
        change.territories.push_back({*t, recoloured});
    }
    return change;
}

std::optional<PlanEdit> PlanEditor::quotasEdit(qint64 scenarioId, const std::vector<QuotaChange>& quotas,
                                               QString* error) const {
    if (!checkScenario(scenarioId, error)) return std::nullopt;
    const Project& p = m_session.project();
    PlanEdit edit;
    edit.change.scenarioId = scenarioId;
    double total = 0.0;
    for (const QuotaChange& q : quotas) {
        const Territory* t = p.territory(q.territoryId);
        if (!t || t->scenarioId != scenarioId) {
            fail(error, tr("Territory %1 is not a territory of this scenario.").arg(q.territoryId));
            return std::nullopt;
        }
        if (!std::isfinite(q.quota) || q.quota < 0) {
            fail(error, tr("The quota of %1 must be a number of zero or more.").arg(t->name));
            return std::nullopt;
        }
        total += q.quota;
        if (t->quota == q.quota && t->quotaLocked == q.locked) continue;
        Territory after = *t;
        after.quota = q.quota;
        after.quotaLocked = q.locked;
        edit.change.territories.push_back({*t, after});
    }
    edit.text =
        edit.change.territories.size() == 1
            ? tr("Quota of %1 set to %2")
                  .arg(edit.change.territories.front().after->name)
                  .arg(edit.change.territories.front().after->quota, 0, 'f', 0)
            : tr("Quotas of %1 territories set (%2 in all)").arg(edit.change.territories.size()).arg(total, 0, 'f', 0);
    return edit;
}

bool PlanEditor::checkRepChanges(const PlanChange& change, QString* error) const {
    const Project& p = m_session.project();
    for (const auto& c : change.reps) {
        const qint64 id = c.after ? c.after->id : c.before->id;
        const Rep* current = p.rep(id);
        if (!c.before && current) {
            fail(error, tr("Rep %1 exists already.").arg(c.after->name));
            return false;
        }
        if (c.before && (!current || !(*current == *c.before))) {
            fail(error, tr("Rep %1 changed since this edit was made.").arg(c.before->name));
            return false;
        }
        if (c.after) continue;
        // A removal: no territory of any scenario may still name the rep.
        QStringList owned;
        QSet<qint64> scenarios;
        for (const Territory& t : p.territories) {
            if (t.repId != id) continue;
            // The same change may give the territory to someone else.
            const auto mine = std::find_if(change.territories.cbegin(), change.territories.cend(),
                                           [&](const auto& tc) { return tc.after && tc.after->id == t.id; });
            if (mine != change.territories.cend() && mine->after->repId != id) continue;
            if (!owned.contains(t.name)) owned << t.name;
            scenarios.insert(t.scenarioId);
        }
        if (!owned.isEmpty()) {
            const QString names = owned.size() > 3
                                      ? QStringList(owned.mid(0, 3)).join(QStringLiteral(", ")) + QStringLiteral(", …")
                                      : owned.join(QStringLiteral(", "));
            fail(error, tr("%1 still owns %2 (in %3 scenarios): let the rep leave first, so the territories go vacant "
                           "or to another rep.")
                            .arg(c.before->name, names)
                            .arg(scenarios.size()));
            return false;
        }
    }
    return true;
}

bool PlanEditor::apply(const PlanChange& change, const QString& text, QString* error) {
    if (change.isEmpty()) return true;
    // An edit (or its undo) of another team's plan: that team becomes current first.
    if (change.teamId != 0 && change.teamId != m_session.project().currentTeamId
        && !m_session.switchTeam(change.teamId, error))
        return false;
    if (!check(change, error)) return false;
    const WorkloadTargets workloads = change.workload ? workloadTargets(*change.workload) : WorkloadTargets{};
    if (!write(change, text, workloads, error)) return false;
    applyInMemory(change, workloads);
    return true;
}

PlanEditor::WorkloadTargets PlanEditor::workloadTargets(const PlanChange::WorkloadChange& w) const {
    WorkloadTargets out;
    if (!w.reapply) return out;
    const Project& p = m_session.project();
    QHash<qint64, double> exceptions;
    for (const auto& [id, hours] : w.afterExceptions) exceptions.insert(id, hours);
    // Tiers and segments are few shared strings: look each up once.
    QHash<QString, double> visits, hours;
    for (std::size_t i = 0; i < p.accounts.size(); ++i) {
        const Account& a = p.accounts[i];
        if (!a.workloadFromRule) continue;
        double value;
        if (const auto e = exceptions.constFind(a.id); e != exceptions.constEnd()) {
            value = e.value();
        } else {
            auto v = visits.constFind(a.tier);
            if (v == visits.constEnd()) v = visits.insert(a.tier, w.after.visitsPerYear(a.tier));
            auto h = hours.constFind(a.segment);
            if (h == hours.constEnd()) h = hours.insert(a.segment, w.after.hoursPerVisit(a.segment));
            value = v.value() * h.value();
        }
        if (value != a.workloadHours) out.emplace_back(int(i), value);
    }
    return out;
}

std::optional<PlanEdit> PlanEditor::workloadRuleEdit(qint64 scenarioId, const WorkloadRule& rule, bool reapply,
                                                     QString* error) const {
    if (!checkScenario(scenarioId, error)) return std::nullopt;
    QString why;
    if (!rule.isValid(&why)) {
        fail(error, why);
        return std::nullopt;
    }
    const Project& p = m_session.project();
    PlanEdit edit;
    edit.change.scenarioId = scenarioId;
    PlanChange::WorkloadChange w{p.workloadRule, rule, reapply, {}, {}};
    if (reapply)
        for (const Account& a : p.accounts)
            if (a.workloadFromRule && a.workloadHours != p.workloadRule.hoursPerYear(a.tier, a.segment))
                w.beforeExceptions.emplace_back(a.id, a.workloadHours);
    const std::size_t recomputed = workloadTargets(w).size();
    if (rule == p.workloadRule && recomputed == 0) return edit; // nothing to do
    edit.text = reapply ? QCoreApplication::translate("tp::session::PlanEditor",
                                                      "Workload rule set to %1; the workload of %n accounts recomputed",
                                                      nullptr, int(recomputed))
                              .arg(rule.summary())
                        : tr("Workload rule set to %1").arg(rule.summary());
    edit.change.workload = std::move(w);
    return edit;
}

bool PlanEditor::preview(const PlanChange& change, QString* error) {
    if (change.isEmpty()) return true;
    if (!check(change, error)) return false;
    applyInMemory(change, change.workload ? workloadTargets(*change.workload) : WorkloadTargets{});
    return true;
}

bool PlanEditor::check(const PlanChange& change, QString* error) const {
    if (!checkScenario(change.scenarioId, error)) return false;
    if (!checkRepChanges(change, error)) return false;
    Project& p = m_session.project();
    if (change.workload && !(p.workloadRule == change.workload->before)) {
        fail(error, tr("The workload rule changed since this edit was made."));
        return false;
    }
    Scenario& scenario = *p.scenario(change.scenarioId);

    // Check against the state after the territory changes (a new territory can receive units).
    QHash<qint64, std::optional<Territory>> territoryAfter;
    for (const auto& t : change.territories) {
        const qint64 id = t.after ? t.after->id : t.before->id;
        const Territory* current = p.territory(id);
        if (t.before && (!current || current->scenarioId != change.scenarioId)) {
            fail(error, tr("Territory %1 is no longer in this scenario.").arg(t.before->name));
            return false;
        }
        if (!t.before && current) {
            fail(error, tr("Territory %1 exists already.").arg(t.after->name));
            return false;
        }
        territoryAfter.insert(id, t.after);
    }
    auto stateOf = [&](qint64 id) -> std::optional<Territory> {
        if (territoryAfter.contains(id)) return territoryAfter.value(id);
        const Territory* t = p.territory(id);
        return t ? std::optional<Territory>(*t) : std::nullopt;
    };
    // Origins as they are now, destinations as they will be.
    auto checkSide = [&](qint64 id, bool target) {
        if (id == 0) return true;
        const Territory* current = p.territory(id);
        const std::optional<Territory> t =
            target ? stateOf(id) : (current ? std::optional<Territory>(*current) : std::nullopt);
        if (!t || t->scenarioId != change.scenarioId || t->teamId != p.currentTeamId
            || (target && t->level != Territory::Level::Territory)) {
            fail(error, tr("Territory %1 is not a territory of this scenario.").arg(id));
            return false;
        }
        if (t->locked) {
            fail(error, tr("%1 is locked: unlock it to change its units or accounts.").arg(t->name));
            return false;
        }
        return true;
    };
    for (const auto& u : change.units) {
        if (u.unit < 0 || std::size_t(u.unit) >= scenario.unitTerritory.size()
            || scenario.unitTerritory[std::size_t(u.unit)] != u.from) {
            fail(error, tr("The units changed since this edit was made."));
            return false;
        }
        if (!checkSide(u.from, false) || !checkSide(u.to, true)) return false;
    }
    for (const auto& o : change.overrides) {
        if (p.accountIndexById(o.account) < 0 || scenario.overrides.value(o.account, 0) != o.from) {
            fail(error, tr("The named accounts changed since this edit was made."));
            return false;
        }
        const Account& a = p.accounts[std::size_t(p.accountIndexById(o.account))];
        const qint64 ownerBefore = p.territoryOfAccount(scenario, a);
        const qint64 geographic = a.unit >= 0 && std::size_t(a.unit) < scenario.unitTerritory.size()
                                      ? scenario.unitTerritory[std::size_t(a.unit)]
                                      : 0;
        const qint64 ownerAfter = o.to ? o.to : geographic;
        if (ownerBefore != ownerAfter && (!checkSide(ownerBefore, false) || !checkSide(ownerAfter, true))) return false;
    }
    return true;
}

bool PlanEditor::write(const PlanChange& change, const QString& text, const WorkloadTargets& workloads,
                       QString* error) {
    // New and changed territories, units, named accounts, deleted territories, the log.
    std::vector<storage::ProjectFile::UnitAssignment> assignments;
    for (const auto& u : change.units) assignments.emplace_back(u.unit, u.to);
    const QString kind = change.workload               ? QStringLiteral("workload-rule")
                         : !change.reps.empty()        ? QStringLiteral("edit-reps")
                         : !change.territories.empty() ? QStringLiteral("edit-territories")
                         : !change.units.empty()       ? QStringLiteral("assign-units")
                                                       : QStringLiteral("account-override");
    const storage::EditLogEntry log = logEntry(change.scenarioId, kind, text, change.toJson());
    storage::ProjectFile& file = m_session.file();
    const qint64 team = m_session.project().currentTeamId; // apply() made the change's team current
    return file.transaction(
        [&](QString* e) {
            for (const auto& r : change.reps) // before territories, which may name a new rep
                if (r.after && !file.upsertRep(*r.after, nullptr, e)) return false;
            for (const auto& t : change.territories)
                if (t.after && !file.upsertTerritory(*t.after, nullptr, e)) return false;
            if (!assignments.empty() && !file.setUnitAssignments(change.scenarioId, team, assignments, nullptr, e))
                return false;
            for (const auto& o : change.overrides) {
                const bool ok = o.to ? file.setAccountOverride(change.scenarioId, team, o.account, o.to, nullptr, e)
                                     : file.removeAccountOverride(change.scenarioId, team, o.account, nullptr, e);
                if (!ok) return false;
            }
            for (const auto& t : change.territories)
                if (!t.after && !file.deleteTerritory(t.before->id, nullptr, e)) return false;
            for (const auto& r : change.reps)
                if (!r.after && !file.deleteRep(r.before->id, nullptr, e)) return false;
            if (change.workload) {
                if (!file.setWorkloadRule(change.workload->after, nullptr, e)) return false;
                std::vector<std::pair<qint64, double>> byId;
                byId.reserve(workloads.size());
                for (const auto& [index, hours] : workloads)
                    byId.emplace_back(m_session.project().accounts[std::size_t(index)].id, hours);
                if (!byId.empty() && !file.setAccountWorkloads(byId, nullptr, e)) return false;
            }
            return file.appendLog(log, e);
        },
        error);
}

void PlanEditor::applyInMemory(const PlanChange& change, const WorkloadTargets& workloads) {
    Project& p = m_session.project();
    if (change.workload) {
        p.workloadRule = change.workload->after;
        for (const auto& [index, hours] : workloads) p.accounts[std::size_t(index)].workloadHours = hours;
        if (!workloads.empty()) m_session.metrics().rebuild();
    }
    Scenario& scenario = *p.scenario(change.scenarioId);
    for (const auto& r : change.reps) {
        if (!r.after) continue;
        auto at = std::find_if(p.reps.begin(), p.reps.end(), [&](const Rep& x) { return x.id == r.after->id; });
        if (at != p.reps.end())
            *at = *r.after;
        else
            p.reps.insert(std::upper_bound(p.reps.begin(), p.reps.end(), *r.after,
                                           [](const Rep& a, const Rep& b) { return a.id < b.id; }),
                          *r.after);
    }
    for (const auto& t : change.territories) {
        if (!t.after) continue;
        if (Territory* existing = p.territory(t.after->id))
            *existing = *t.after;
        else
            p.territories.push_back(*t.after);
    }
    std::vector<UnitMove> moves;
    for (const auto& u : change.units) {
        scenario.unitTerritory[std::size_t(u.unit)] = u.to;
        moves.push_back({u.unit, u.from, u.to});
    }
    for (const auto& o : change.overrides) {
        if (o.to)
            scenario.overrides.insert(o.account, o.to);
        else
            scenario.overrides.remove(o.account);
    }
    for (const auto& t : change.territories)
        if (!t.after) std::erase_if(p.territories, [&](const Territory& x) { return x.id == t.before->id; });
    for (const auto& r : change.reps)
        if (!r.after) std::erase_if(p.reps, [&](const Rep& x) { return x.id == r.before->id; });

    MetricsEngine& metrics = m_session.metrics();
    if (!change.reps.empty()) {
        // Capacity belongs to the rep: the shown scenario's figures follow whichever scenario the edit is filed under.
        metrics.territoriesChanged();
    } else if (metrics.scenarioId() == change.scenarioId) {
        if (!change.territories.empty()) {
            metrics.territoriesChanged();
        } else {
            if (!moves.empty()) metrics.unitsMoved(moves);
            for (const auto& o : change.overrides) metrics.overrideChanged(o.account, o.from, o.to);
        }
    }
}

bool PlanEditor::assignUnits(qint64 scenarioId, const std::vector<UnitAssignment>& assignments, QString* error) {
    const std::optional<PlanEdit> edit = assignUnitsEdit(scenarioId, assignments, error);
    return edit && apply(edit->change, edit->text, error);
}

bool PlanEditor::assignUnitsTo(qint64 scenarioId, const std::vector<int>& units, qint64 territoryId, QString* error) {
    std::vector<UnitAssignment> assignments;
    assignments.reserve(units.size());
    for (int u : units) assignments.emplace_back(u, territoryId);
    return assignUnits(scenarioId, assignments, error);
}

bool PlanEditor::setAccountOverride(qint64 scenarioId, qint64 accountId, qint64 territoryId, QString* error) {
    const std::optional<PlanEdit> edit = overrideEdit(scenarioId, accountId, territoryId, error);
    return edit && apply(edit->change, edit->text, error);
}

qint64 PlanEditor::saveTerritory(Territory territory, QString* error) {
    const std::optional<PlanEdit> edit = territoryEdit(territory, error);
    if (!edit || !apply(edit->change, edit->text, error)) return 0;
    return edit->change.territories.empty() ? territory.id : edit->change.territories.front().after->id;
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
    s.teamId = p.currentTeamId;
    for (const Team& team : p.teams) s.unitsFor(team.id, p.units.size());
    std::vector<Territory> territories;
    if (from) {
        // Every team's territories and plan: scenarios branch, compare and get approved as a whole.
        s.notes = from->notes;
        QHash<qint64, qint64> copyOf;
        qint64 next = s.id + 1;
        for (const Territory& t : p.territories)
            if (t.scenarioId == from->id) copyOf.insert(t.id, next++);
        for (const Territory& t : p.territories) {
            if (t.scenarioId != from->id) continue;
            Territory copy = t;
            copy.id = copyOf.value(t.id);
            copy.scenarioId = s.id;
            copy.parentId = copyOf.value(t.parentId, 0);
            territories.push_back(copy);
        }
        for (const Team& team : p.teams) {
            const std::vector<qint64>* units = from->unitsOf(team.id);
            const QHash<qint64, qint64>* named = from->overridesOf(team.id);
            std::vector<qint64>& toUnits = s.unitsFor(team.id, p.units.size());
            QHash<qint64, qint64>& toNamed = s.overridesFor(team.id, p.units.size());
            for (std::size_t u = 0; units && u < units->size() && u < toUnits.size(); ++u)
                toUnits[u] = copyOf.value((*units)[u], 0);
            if (named)
                for (auto it = named->cbegin(); it != named->cend(); ++it)
                    if (copyOf.contains(it.value())) toNamed.insert(it.key(), copyOf.value(it.value()));
        }
    }
    const QString text = from ? tr("Created scenario %1 as a copy of %2").arg(s.name, from->name)
                              : tr("Created empty scenario %1").arg(s.name);
    const storage::EditLogEntry log = logEntry(s.id, QStringLiteral("create-scenario"), text);
    const bool written = m_session.file().transaction(
        [&](QString* e) {
            // Territories first would break their scenario reference: scenario, territories, assignments.
            if (!m_session.file().upsertScenario(s, false, nullptr, e)) return false;
            for (const Territory& t : territories)
                if (!m_session.file().upsertTerritory(t, nullptr, e)) return false;
            return m_session.file().upsertScenario(s, true, nullptr, e) && m_session.file().appendLog(log, e);
        },
        error);
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
    const QString text =
        status == Scenario::Status::Approved
            ? tr("%1 approved by %2 on %3")
                  .arg(s.name, currentUser(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        : before == Scenario::Status::Approved
            // Leaving approval is as accountable as giving it: who and when.
            ? tr("%1 reopened as %2 by %3 on %4")
                  .arg(s.name, Scenario::statusName(status), currentUser(),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            : tr("%1 set from %2 to %3").arg(s.name, Scenario::statusName(before), Scenario::statusName(status));
    const storage::EditLogEntry log = logEntry(
        scenarioId, QStringLiteral("scenario-status"), text,
        {{QStringLiteral("from"), Scenario::statusName(before)}, {QStringLiteral("to"), Scenario::statusName(status)}});
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
    const storage::EditLogEntry log =
        logEntry(scenarioId, QStringLiteral("rename-scenario"), tr("Scenario %1 renamed to %2").arg(before, s.name));
    if (!m_session.file().upsertScenario(s, false, &log, error)) return false;
    *m_session.project().scenario(scenarioId) = s;
    return true;
}

bool PlanEditor::setScenarioNotes(qint64 scenarioId, const QString& notes, QString* error) {
    if (!checkScenario(scenarioId, error)) return false;
    Scenario s = *m_session.project().scenario(scenarioId);
    if (s.notes == notes) return true;
    s.notes = notes;
    const storage::EditLogEntry log =
        logEntry(scenarioId, QStringLiteral("scenario-notes"), tr("Notes of %1 changed").arg(s.name));
    if (!m_session.file().upsertScenario(s, false, &log, error)) return false;
    m_session.project().scenario(scenarioId)->notes = notes;
    return true;
}

bool PlanEditor::deleteScenario(qint64 scenarioId, QString* error) {
    if (!checkScenario(scenarioId, error)) return false;
    Project& p = m_session.project();
    if (scenarioId == p.currentScenarioId) {
        fail(error, tr("Switch to another scenario before deleting this one."));
        return false;
    }
    const QString name = p.scenario(scenarioId)->name;
    const storage::EditLogEntry log =
        logEntry(0, QStringLiteral("delete-scenario"), tr("Deleted scenario %1").arg(name));
    if (!m_session.file().deleteScenario(scenarioId, &log, error)) return false;
    std::erase_if(p.territories, [&](const Territory& t) { return t.scenarioId == scenarioId; });
    std::erase_if(p.scenarios, [&](const Scenario& s) { return s.id == scenarioId; });
    for (Scenario& s : p.scenarios)
        if (s.parentId == scenarioId) s.parentId = 0;
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
    const storage::EditLogEntry log =
        logEntry(scenarioId, QStringLiteral("plan-of-record"),
                 tr("%1 made the plan of record by %2").arg(p.scenario(scenarioId)->name, currentUser()));
    const bool written = m_session.file().transaction(
        [&](QString* e) {
            for (const Scenario& s : changed)
                if (!m_session.file().upsertScenario(s, false, nullptr, e)) return false;
            return m_session.file().appendLog(log, e);
        },
        error);
    if (!written) return false;
    for (const Scenario& c : changed) *p.scenario(c.id) = c;
    return true;
}

bool PlanEditor::switchScenario(qint64 scenarioId, QString* error) {
    return m_session.switchScenario(scenarioId, error);
}

} // namespace tp::session
