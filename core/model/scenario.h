#pragma once
// Scenario: one complete plan (territory list, unit assignment, account overrides) with a
// status. Scenarios branch from each other (parentId). Value type; any thread.

#include <QDateTime>
#include <QHash>
#include <QString>

#include <vector>

namespace tp {

struct Scenario {
    enum class Status { Draft = 0, Proposed = 1, Approved = 2 };

    qint64 id = 0;
    QString name;
    Status status = Status::Draft;
    QString notes;
    qint64 parentId = 0;
    QDateTime createdAt;
    bool planOfRecord = false;

    // unitTerritory[unitIndex] = territory id, 0 where the unit is unassigned.
    std::vector<qint64> unitTerritory;
    // Named accounts: account id -> territory id, regardless of geography.
    QHash<qint64, qint64> overrides;

    static QString statusName(Status s);
    static bool statusFromName(const QString& name, Status* out);
};

} // namespace tp
