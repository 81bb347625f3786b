#include "planchange.h"

#include "team.h"

#include <QJsonArray>

namespace tp {
namespace {

QJsonObject territoryToJson(const Territory& t) {
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("scenario"), t.scenarioId},
            {QStringLiteral("team"), t.teamId},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("color"), t.color},
            {QStringLiteral("rep"), t.repId},
            {QStringLiteral("parent"), t.parentId},
            {QStringLiteral("level"), int(t.level)},
            {QStringLiteral("locked"), t.locked},
            {QStringLiteral("quota"), t.quota},
            {QStringLiteral("quotaLocked"), t.quotaLocked}};
}

std::optional<Territory> territoryFromJson(const QJsonValue& value) {
    if (!value.isObject()) return std::nullopt;
    const QJsonObject o = value.toObject();
    Territory t;
    t.id = o.value(QStringLiteral("id")).toInteger();
    t.scenarioId = o.value(QStringLiteral("scenario")).toInteger();
    t.teamId = o.value(QStringLiteral("team")).toInteger(Team::defaultId); // older histories: the first team
    t.name = o.value(QStringLiteral("name")).toString();
    t.color = o.value(QStringLiteral("color")).toString();
    t.repId = o.value(QStringLiteral("rep")).toInteger();
    t.parentId = o.value(QStringLiteral("parent")).toInteger();
    const int level = o.value(QStringLiteral("level")).toInt();
    t.level = level == 2   ? Territory::Level::Region
              : level == 1 ? Territory::Level::District
                           : Territory::Level::Territory;
    t.locked = o.value(QStringLiteral("locked")).toBool();
    t.quota = o.value(QStringLiteral("quota")).toDouble();
    t.quotaLocked = o.value(QStringLiteral("quotaLocked")).toBool();
    return t.id > 0 ? std::optional<Territory>(t) : std::nullopt;
}

QJsonObject repToJson(const Rep& r) {
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("name"), r.name},
                  {QStringLiteral("homeLabel"), r.homeLabel},
                  {QStringLiteral("lon"), r.home.lon},
                  {QStringLiteral("lat"), r.home.lat},
                  {QStringLiteral("capacity"), r.capacityHours},
                  {QStringLiteral("quota"), r.quota},
                  {QStringLiteral("skills"), QJsonArray::fromStringList(r.skills)},
                  {QStringLiteral("segments"), QJsonArray::fromStringList(r.segments)},
                  {QStringLiteral("crmUserId"), r.crmUserId},
                  {QStringLiteral("email"), r.email},
                  {QStringLiteral("role"), Rep::roleName(r.role)}};
    if (r.startDate.isValid()) o.insert(QStringLiteral("start"), r.startDate.toString(Qt::ISODate));
    return o;
}

QStringList stringList(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue v : value.toArray()) out << v.toString();
    return out;
}

std::optional<Rep> repFromJson(const QJsonValue& value) {
    if (!value.isObject()) return std::nullopt;
    const QJsonObject o = value.toObject();
    Rep r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.name = o.value(QStringLiteral("name")).toString();
    r.homeLabel = o.value(QStringLiteral("homeLabel")).toString();
    r.home = {o.value(QStringLiteral("lon")).toDouble(), o.value(QStringLiteral("lat")).toDouble()};
    r.capacityHours = o.value(QStringLiteral("capacity")).toDouble();
    r.quota = o.value(QStringLiteral("quota")).toDouble();
    r.skills = stringList(o.value(QStringLiteral("skills")));
    r.segments = stringList(o.value(QStringLiteral("segments")));
    r.crmUserId = o.value(QStringLiteral("crmUserId")).toString();
    r.email = o.value(QStringLiteral("email")).toString();
    if (!Rep::roleFromName(o.value(QStringLiteral("role")).toString(QStringLiteral("field")), &r.role))
        return std::nullopt;
    r.startDate = QDate::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate);
    return r.id > 0 ? std::optional<Rep>(r) : std::nullopt;
}

} // namespace

PlanChange PlanChange::inverted() const {
    PlanChange inverse;
    inverse.scenarioId = scenarioId;
    inverse.teamId = teamId;
    for (auto it = territories.rbegin(); it != territories.rend(); ++it)
        inverse.territories.push_back({it->after, it->before});
    for (auto it = units.rbegin(); it != units.rend(); ++it) inverse.units.push_back({it->unit, it->to, it->from});
    for (auto it = overrides.rbegin(); it != overrides.rend(); ++it)
        inverse.overrides.push_back({it->account, it->to, it->from});
    for (auto it = reps.rbegin(); it != reps.rend(); ++it) inverse.reps.push_back({it->after, it->before});
    if (workload)
        inverse.workload = WorkloadChange{workload->after, workload->before, workload->reapply,
                                          workload->afterExceptions, workload->beforeExceptions};
    return inverse;
}

QJsonObject PlanChange::toJson() const {
    QJsonArray t, u, o;
    for (const TerritoryChange& c : territories)
        t.append(
            QJsonObject{{QStringLiteral("before"), c.before ? QJsonValue(territoryToJson(*c.before)) : QJsonValue()},
                        {QStringLiteral("after"), c.after ? QJsonValue(territoryToJson(*c.after)) : QJsonValue()}});
    for (const UnitChange& c : units) u.append(QJsonArray{c.unit, c.from, c.to});
    for (const OverrideChange& c : overrides) o.append(QJsonArray{c.account, c.from, c.to});
    QJsonObject json{{QStringLiteral("scenario"), scenarioId},
                     {QStringLiteral("territories"), t},
                     {QStringLiteral("units"), u},
                     {QStringLiteral("overrides"), o}};
    if (teamId != 0) json.insert(QStringLiteral("team"), teamId); // older histories have none
    if (!reps.empty()) {                                          // older histories have no "reps"
        QJsonArray r;
        for (const RepChange& c : reps)
            r.append(QJsonObject{{QStringLiteral("before"), c.before ? QJsonValue(repToJson(*c.before)) : QJsonValue()},
                                 {QStringLiteral("after"), c.after ? QJsonValue(repToJson(*c.after)) : QJsonValue()}});
        json.insert(QStringLiteral("reps"), r);
    }
    if (workload) {
        auto exceptions = [](const std::vector<std::pair<qint64, double>>& list) {
            QJsonArray a;
            for (const auto& [id, hours] : list) a.append(QJsonArray{id, hours});
            return a;
        };
        json.insert(QStringLiteral("workload"),
                    QJsonObject{{QStringLiteral("before"), workload->before.toJson()},
                                {QStringLiteral("after"), workload->after.toJson()},
                                {QStringLiteral("reapply"), workload->reapply},
                                {QStringLiteral("beforeExceptions"), exceptions(workload->beforeExceptions)},
                                {QStringLiteral("afterExceptions"), exceptions(workload->afterExceptions)}});
    }
    return json;
}

std::optional<PlanChange> PlanChange::fromJson(const QJsonObject& json) {
    PlanChange c;
    c.scenarioId = json.value(QStringLiteral("scenario")).toInteger();
    if (c.scenarioId <= 0) return std::nullopt;
    c.teamId = json.value(QStringLiteral("team")).toInteger(Team::defaultId);
    for (const QJsonValue v : json.value(QStringLiteral("territories")).toArray()) {
        const QJsonObject o = v.toObject();
        TerritoryChange t{territoryFromJson(o.value(QStringLiteral("before"))),
                          territoryFromJson(o.value(QStringLiteral("after")))};
        if (!t.before && !t.after) return std::nullopt;
        c.territories.push_back(t);
    }
    for (const QJsonValue v : json.value(QStringLiteral("units")).toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != 3) return std::nullopt;
        c.units.push_back({a[0].toInt(-1), a[1].toInteger(), a[2].toInteger()});
    }
    for (const QJsonValue v : json.value(QStringLiteral("overrides")).toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != 3) return std::nullopt;
        c.overrides.push_back({a[0].toInteger(), a[1].toInteger(), a[2].toInteger()});
    }
    for (const QJsonValue v : json.value(QStringLiteral("reps")).toArray()) {
        const QJsonObject o = v.toObject();
        RepChange r{repFromJson(o.value(QStringLiteral("before"))), repFromJson(o.value(QStringLiteral("after")))};
        if (!r.before && !r.after) return std::nullopt;
        c.reps.push_back(r);
    }
    if (json.contains(QStringLiteral("workload"))) {
        const QJsonObject w = json.value(QStringLiteral("workload")).toObject();
        const std::optional<WorkloadRule> before = WorkloadRule::fromJson(w.value(QStringLiteral("before")).toObject());
        const std::optional<WorkloadRule> after = WorkloadRule::fromJson(w.value(QStringLiteral("after")).toObject());
        if (!before || !after) return std::nullopt;
        WorkloadChange change{*before, *after, w.value(QStringLiteral("reapply")).toBool(), {}, {}};
        auto exceptions = [](const QJsonValue& value, std::vector<std::pair<qint64, double>>* out) {
            for (const QJsonValue v : value.toArray()) {
                const QJsonArray a = v.toArray();
                if (a.size() != 2) return false;
                out->emplace_back(a[0].toInteger(), a[1].toDouble());
            }
            return true;
        };
        if (!exceptions(w.value(QStringLiteral("beforeExceptions")), &change.beforeExceptions)
            || !exceptions(w.value(QStringLiteral("afterExceptions")), &change.afterExceptions))
            return std::nullopt;
        c.workload = std::move(change);
    }
    return c;
}

} // namespace tp
