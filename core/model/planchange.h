#pragma once
// PlanChange: one edit of a scenario's plan as a difference: territories created, changed or
// deleted (before/after), units that change territory, named-account overrides that change.
// inverted() is its undo. Serialised as JSON for the undo history in the project file.
// Territory ids are kept as they are, so undoing a deletion brings the same territory back.
// Value type; any thread.

#include "territory.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace tp {

struct PlanChange {
    struct UnitChange {
        int unit = -1;
        qint64 from = 0, to = 0;      // territory ids, 0 = unassigned
    };
    struct OverrideChange {
        qint64 account = 0;
        qint64 from = 0, to = 0;      // override territory, 0 = no override
    };
    struct TerritoryChange {
        std::optional<Territory> before;  // nullopt: created by this change
        std::optional<Territory> after;   // nullopt: deleted by this change
    };

    qint64 scenarioId = 0;
    std::vector<TerritoryChange> territories;
    std::vector<UnitChange> units;
    std::vector<OverrideChange> overrides;

    bool isEmpty() const { return territories.empty() && units.empty() && overrides.empty(); }
    PlanChange inverted() const;

    QJsonObject toJson() const;
    static std::optional<PlanChange> fromJson(const QJsonObject& json);
};

} // namespace tp
