#include "io/export/unitassignmentexporter.h"

#include "io/export/exportsource.h"
#include "io/import/unitimporter.h"
#include "io/export/gislayerwriter.h"

#include "model/project.h"

namespace tp::io {
namespace {

QVariant textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

bool UnitAssignmentExporter::write(const QString& path, GisFormat format, QString* error) const {
    using Type = GisLayerWriter::FieldType;
    const Project& project = m_source.project();
    const Scenario* scenario = m_source.scenario();
    if (!scenario) {
        if (error) *error = QStringLiteral("The project has no scenario to export.");
        return false;
    }
    GisLayerWriter writer(path, format, m_source.guard(), QStringLiteral("units"),
                          {{QStringLiteral("unit_code"), Type::Text},
                           {QStringLiteral("unit_name"), Type::Text},
                           {QStringLiteral("unit_group"), Type::Text},
                           {QStringLiteral("territory"), Type::Text},
                           {QStringLiteral("region"), Type::Text},
                           {QStringLiteral("rep"), Type::Text},
                           {QStringLiteral("color"), Type::Text}},
                          1, false, UnitImporter::provenance(project.unitLayer));
    if (!writer.isOpen()) {
        if (error) *error = writer.error();
        return false;
    }
    for (std::size_t u = 0; u < project.units.size(); ++u) {
        const Unit& unit = project.units[u];
        const Territory* t =
            u < scenario->unitTerritory.size() ? project.territory(scenario->unitTerritory[u]) : nullptr;
        const QVariantList values{unit.code,
                                  unit.name,
                                  textOrNull(unit.region),
                                  t ? QVariant(t->name) : QVariant(),
                                  textOrNull(m_source.regionName(t)),
                                  textOrNull(m_source.repName(t)),
                                  t ? textOrNull(t->color) : QVariant()};
        if (!writer.add(values, unit.shape, t ? t->color : QString())) break;
    }
    return writer.finish(error);
}

} // namespace tp::io
