#pragma once
// WhiteSpaceProject: a copy of the demo project for the white-space tests, edited through
// ProjectFile so that every reason occurs: in the current scenario the units of every 150th
// account (12 units with accounts) lose their territory, and every 113th account is overridden
// into a leaf territory (so the unit sums must leave overridden accounts out).
#include "model/project.h"
#include "storage/projectfile.h"

#include <QFile>
#include <QString>

#include <algorithm>
#include <memory>

namespace tp::testsupport {

constexpr int whiteSpaceUnassignedUnits = 12;

inline bool makeWhiteSpaceProject(const QString& path, QString* error) {
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), path)) {
        *error = QStringLiteral("cannot copy the demo project");
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Project p;
    std::unique_ptr<storage::ProjectFile> file = storage::ProjectFile::open(path, &p, error);
    if (!file) return false;
    const Scenario* s = p.currentScenario();
    if (!s) {
        *error = QStringLiteral("no current scenario");
        return false;
    }
    std::vector<const Territory*> leaves;
    for (const Territory* t : p.territoriesOf(s->id))
        if (t->level == Territory::Level::Territory) leaves.push_back(t);
    std::vector<storage::ProjectFile::UnitAssignment> unassign;
    for (std::size_t i = 7; i < p.accounts.size() && unassign.size() < std::size_t(whiteSpaceUnassignedUnits);
         i += 150) {
        const int unit = p.accounts[i].unit;
        if (unit < 0 || s->unitTerritory[std::size_t(unit)] == 0) continue;
        if (std::any_of(unassign.begin(), unassign.end(), [&](const auto& u) { return u.first == unit; })) continue;
        unassign.push_back({unit, 0});
    }
    if (unassign.size() != std::size_t(whiteSpaceUnassignedUnits) || leaves.size() < 2) {
        *error = QStringLiteral("the demo has changed: not enough units or territories");
        return false;
    }
    if (!file->setUnitAssignments(s->id, unassign, nullptr, error)) return false;
    for (std::size_t i = 3; i < p.accounts.size(); i += 113)
        if (!file->setAccountOverride(s->id, p.accounts[i].id, leaves[(i / 113) % leaves.size()]->id, nullptr, error))
            return false;
    return true;
}

} // namespace tp::testsupport
