#pragma once
// PlanChange: one edit of a scenario's plan as a difference: territories created, changed or
// deleted (before/after), units that change territory, named-account overrides that change, and
// reps of the roster added, changed or removed (the roster is shared by all scenarios; a rep
// change is filed under the scenario it was made in, on whose undo stack it lies), and the
// project's workload rule (likewise project-wide), optionally re-applied to the accounts that
// take their workload from it.
// inverted() is its undo. Serialised as JSON for the undo history in the project file.
// Territory ids are kept as they are, so undoing a deletion brings the same territory back.
// Value type; any thread.

#include "rep.h"
#include "territory.h"
#include "workloadrule.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace tp {

struct PlanChange {
    struct UnitChange {
        int unit = -1;
        qint64 from = 0, to = 0; // territory ids, 0 = unassigned
    };
    struct OverrideChange {
        qint64 account = 0;
        qint64 from = 0, to = 0; // override territory, 0 = no override
    };
    struct TerritoryChange {
        std::optional<Territory> before; // nullopt: created by this change
        std::optional<Territory> after;  // nullopt: deleted by this change
    };

    struct RepChange {
        std::optional<Rep> before; // nullopt: added by this change
        std::optional<Rep> after;  // nullopt: removed by this change
    };

    // The workload rule before and after. With reapply, every account whose workload comes from
    // the rule (Account::workloadFromRule) gets after.hoursPerYear(tier, segment), or the value
    // listed for it in afterExceptions; beforeExceptions lists the accounts whose workload did
    // not follow `before` (so the inverse restores them exactly, and the payload stays small
    // when every account followed the rule).
    struct WorkloadChange {
        WorkloadRule before, after;
        bool reapply = false;
        std::vector<std::pair<qint64, double>> beforeExceptions, afterExceptions; // (account id, hours)
    };

    qint64 scenarioId = 0;
    // The team whose plan the units and overrides change (0: the project's current team; the
    // edit facade fills it in, so an undo returns to the team the edit was made in).
    qint64 teamId = 0;
    std::vector<TerritoryChange> territories;
    std::vector<UnitChange> units;
    std::vector<OverrideChange> overrides;
    std::vector<RepChange> reps;
    std::optional<WorkloadChange> workload;

    bool isEmpty() const {
        return territories.empty() && units.empty() && overrides.empty() && reps.empty() && !workload;
    }
    PlanChange inverted() const;

    QJsonObject toJson() const;
    static std::optional<PlanChange> fromJson(const QJsonObject& json);
};

} // namespace tp
