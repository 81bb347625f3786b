#include "blankprojectbuilder.h"

#include "unitimporter.h"

#include <QDateTime>

namespace tp::io {

bool BlankProjectBuilder::build(const QString& title, Project* out, QString* error) {
    UnitImportResult units = UnitImporter::importBundledCounties();
    if (!units.ok) {
        *error = units.error;
        return false;
    }
    Project p;
    p.title = title;
    p.units = std::move(units.units);
    p.adjacency = std::move(units.adjacency);
    Scenario s;
    s.id = 1;
    s.name = QStringLiteral("Draft 1");
    s.createdAt = QDateTime::currentDateTimeUtc();
    s.unitTerritory.assign(p.units.size(), 0);
    p.scenarios.push_back(std::move(s));
    p.currentScenarioId = 1;
    p.reindex();
    *out = std::move(p);
    return true;
}

} // namespace tp::io
