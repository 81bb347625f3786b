#pragma once
// WorkloadRule: how many hours a year an account costs its rep when its workload is not given
// by a file column: visits per year by tier times hours per visit by segment, each with a value
// for tiers or segments the table does not list. The project keeps one (Project::workloadRule,
// stored in the project file and edited in Project Settings); imports apply it to the rows that
// have no workload, and re-applying it recomputes the accounts that took their workload from it
// (Account::workloadFromRule). standard() is the rule every project had before it was editable:
//   A 24 (twice a month), B 12 (monthly), C 4 (quarterly), other 6 visits per year;
//   Enterprise 3, Mid-Market 2, SMB 1, other 1.5 hours per visit.
// Names are matched case-insensitively, ignoring surrounding spaces. Value type; any thread.

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace tp {

struct WorkloadRule {
    struct Entry {
        QString name;     // a tier ("A") or a segment ("Enterprise")
        double value = 0; // visits per year (tiers), hours per visit (segments)
        bool operator==(const Entry&) const = default;
    };
    std::vector<Entry> tiers;    // tier -> visits per year
    std::vector<Entry> segments; // segment -> hours per visit
    double otherVisits = 6;      // a tier the table does not list (or none)
    double otherHours = 1.5;     // a segment the table does not list (or none)

    static WorkloadRule standard();

    double visitsPerYear(const QString& tier) const;
    double hoursPerVisit(const QString& segment) const;
    double hoursPerYear(const QString& tier, const QString& segment) const {
        return visitsPerYear(tier) * hoursPerVisit(segment);
    }

    // Names present and distinct within their table, values finite and >= 0; else *error says
    // which row is wrong (for the user).
    bool isValid(QString* error) const;
    // "A 24, B 12, C 4, other 6 visits a year × Enterprise 3, Mid-Market 2, SMB 1, other 1.5 hours a visit"
    QString summary() const;

    QJsonObject toJson() const;
    static std::optional<WorkloadRule> fromJson(const QJsonObject& json);

    bool operator==(const WorkloadRule&) const = default;
};

} // namespace tp
