#include "builders/blankprojectbuilder.h"

#include "io/import/unitimporter.h"

#include <QDateTime>

namespace tp::builders {

bool BlankProjectBuilder::build(const QString& title, Project* out, QString* error) {
    return build(title, io::UnitImporter::bundledOptions(QStringLiteral("counties")), out, error);
}

bool BlankProjectBuilder::build(const QString& title, const io::UnitImportOptions& options, Project* out,
                                QString* error, QStringList* warnings) {
    io::UnitImportResult units = io::UnitImporter::importUnits(options);
    if (!units.ok) {
        *error = units.error;
        return false;
    }
    if (units.units.empty()) {
        *error = options.where.isEmpty() ? QStringLiteral("the unit layer has no polygons")
                                         : QStringLiteral("no unit matches the filter \"%1\"").arg(options.where);
        return false;
    }
    if (warnings) *warnings += units.warnings;
    Project p;
    p.title = title;
    p.units = std::move(units.units);
    p.adjacency = std::move(units.adjacency);
    p.unitPostalCodes = std::move(units.postalCodes);
    p.unitLayer = units.bundledLayer;
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

} // namespace tp::builders
