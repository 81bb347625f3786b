#include "workloadrule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace tp {

namespace {

double lookup(const std::vector<WorkloadRule::Entry>& entries, const QString& name, double other) {
    const QString key = name.trimmed();
    for (const WorkloadRule::Entry& e : entries)
        if (e.name.compare(key, Qt::CaseInsensitive) == 0) return e.value;
    return other;
}

QString number(double v) {
    return QLocale().toString(v, 'g', 6);
}

QJsonArray entriesToJson(const std::vector<WorkloadRule::Entry>& entries) {
    QJsonArray out;
    for (const WorkloadRule::Entry& e : entries) out.append(QJsonArray{e.name, e.value});
    return out;
}

bool entriesFromJson(const QJsonValue& value, std::vector<WorkloadRule::Entry>* out) {
    for (const QJsonValue v : value.toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != 2 || !a[0].isString() || !a[1].isDouble()) return false;
        out->push_back({a[0].toString(), a[1].toDouble()});
    }
    return true;
}

bool checkEntries(const std::vector<WorkloadRule::Entry>& entries, const QString& what, QString* error) {
    QSet<QString> seen;
    for (const WorkloadRule::Entry& e : entries) {
        const QString key = e.name.trimmed().toCaseFolded();
        if (key.isEmpty()) {
            if (error) *error = QCoreApplication::translate("tp::WorkloadRule", "Every %1 needs a name.").arg(what);
            return false;
        }
        if (seen.contains(key)) {
            if (error)
                *error = QCoreApplication::translate("tp::WorkloadRule", "The %1 \"%2\" is listed twice.")
                             .arg(what, e.name.trimmed());
            return false;
        }
        seen.insert(key);
        if (!std::isfinite(e.value) || e.value < 0) {
            if (error)
                *error = QCoreApplication::translate("tp::WorkloadRule",
                                                     "The value of %1 \"%2\" must be a number of zero or more.")
                             .arg(what, e.name.trimmed());
            return false;
        }
    }
    return true;
}

} // namespace

WorkloadRule WorkloadRule::standard() {
    WorkloadRule r;
    r.tiers = {{QStringLiteral("A"), 24}, {QStringLiteral("B"), 12}, {QStringLiteral("C"), 4}};
    r.segments = {{QStringLiteral("Enterprise"), 3}, {QStringLiteral("Mid-Market"), 2}, {QStringLiteral("SMB"), 1}};
    r.otherVisits = 6;
    r.otherHours = 1.5;
    return r;
}

double WorkloadRule::visitsPerYear(const QString& tier) const {
    return lookup(tiers, tier, otherVisits);
}

double WorkloadRule::hoursPerVisit(const QString& segment) const {
    return lookup(segments, segment, otherHours);
}

bool WorkloadRule::isValid(QString* error) const {
    if (!checkEntries(tiers, QCoreApplication::translate("tp::WorkloadRule", "tier"), error)
        || !checkEntries(segments, QCoreApplication::translate("tp::WorkloadRule", "segment"), error))
        return false;
    if (!std::isfinite(otherVisits) || otherVisits < 0 || !std::isfinite(otherHours) || otherHours < 0) {
        if (error)
            *error = QCoreApplication::translate(
                "tp::WorkloadRule", "The values for other tiers and segments must be numbers of zero or more.");
        return false;
    }
    return true;
}

QString WorkloadRule::summary() const {
    QStringList visits, hours;
    for (const Entry& e : tiers) visits << QStringLiteral("%1 %2").arg(e.name, number(e.value));
    visits << QCoreApplication::translate("tp::WorkloadRule", "other %1").arg(number(otherVisits));
    for (const Entry& e : segments) hours << QStringLiteral("%1 %2").arg(e.name, number(e.value));
    hours << QCoreApplication::translate("tp::WorkloadRule", "other %1").arg(number(otherHours));
    return QCoreApplication::translate("tp::WorkloadRule", "%1 visits a year × %2 hours a visit")
        .arg(visits.join(QStringLiteral(", ")), hours.join(QStringLiteral(", ")));
}

QJsonObject WorkloadRule::toJson() const {
    return {{QStringLiteral("tiers"), entriesToJson(tiers)},
            {QStringLiteral("segments"), entriesToJson(segments)},
            {QStringLiteral("otherVisits"), otherVisits},
            {QStringLiteral("otherHours"), otherHours}};
}

std::optional<WorkloadRule> WorkloadRule::fromJson(const QJsonObject& json) {
    WorkloadRule r;
    if (!entriesFromJson(json.value(QStringLiteral("tiers")), &r.tiers)
        || !entriesFromJson(json.value(QStringLiteral("segments")), &r.segments)
        || !json.value(QStringLiteral("otherVisits")).isDouble()
        || !json.value(QStringLiteral("otherHours")).isDouble())
        return std::nullopt;
    r.otherVisits = json.value(QStringLiteral("otherVisits")).toDouble();
    r.otherHours = json.value(QStringLiteral("otherHours")).toDouble();
    if (!r.isValid(nullptr)) return std::nullopt;
    return r;
}

} // namespace tp
