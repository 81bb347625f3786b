#include "io/export/boundaryexporter.h"

#include "io/export/exportsource.h"
#include "io/import/unitimporter.h"
#include "io/export/gislayerwriter.h"
#include "io/gdal/territorydissolver.h"

#include "model/metricsengine.h"
#include "model/project.h"

#include <QRegularExpression>
#include <QSet>

namespace tp::io {
namespace {

using Type = GisLayerWriter::FieldType;

// Extra and composite measures as fields: lower case, word characters, 10 characters, unique.
std::vector<std::pair<int, QString>> extraMeasureFields(const std::vector<MeasureDefinition>& measures,
                                                        QSet<QString> taken) {
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9_]+"));
    std::vector<std::pair<int, QString>> result;
    for (std::size_t i = 0; i < measures.size(); ++i) {
        const MeasureDefinition& m = measures[i];
        if (m.kind != MeasureDefinition::Kind::ExtraColumn && m.kind != MeasureDefinition::Kind::Composite) continue;
        QString base = (m.kind == MeasureDefinition::Kind::ExtraColumn ? m.column : m.name)
                           .toLower()
                           .replace(nonWord, QStringLiteral("_"));
        if (base.isEmpty() || base == QLatin1String("_")) base = QStringLiteral("measure");
        QString name = base.left(10);
        for (int n = 2; taken.contains(name); ++n)
            name = base.left(10 - QString::number(n).size()) + QString::number(n);
        taken.insert(name);
        result.emplace_back(int(i), name);
    }
    return result;
}

} // namespace

bool BoundaryExporter::write(const QString& path, GisFormat format, QString* error, QStringList* warnings) const {
    const Project& project = m_source.project();
    const Scenario* scenario = m_source.scenario();
    if (!scenario) {
        if (error) *error = QStringLiteral("The project has no scenario to export.");
        return false;
    }
    std::vector<GisLayerWriter::Field> fields{
        {QStringLiteral("territory"), Type::Text},  {QStringLiteral("region"), Type::Text},
        {QStringLiteral("rep"), Type::Text},        {QStringLiteral("color"), Type::Text},
        {QStringLiteral("units"), Type::Integer},   {QStringLiteral("accounts"), Type::Integer},
        {QStringLiteral("potential"), Type::Real},  {QStringLiteral("revenue"), Type::Real},
        {QStringLiteral("pipeline"), Type::Real},   {QStringLiteral("workload_h"), Type::Real},
        {QStringLiteral("capacity_h"), Type::Real}, {QStringLiteral("util_pct"), Type::Real},
        {QStringLiteral("dev_pct"), Type::Real},    {QStringLiteral("area_km2"), Type::Real},
        {QStringLiteral("perim_km"), Type::Real},   {QStringLiteral("compact"), Type::Real},
        {QStringLiteral("pieces"), Type::Integer},  {QStringLiteral("travel_km"), Type::Real}};
    QSet<QString> taken;
    for (const auto& f : fields) taken.insert(f.name);
    const auto& measures = m_source.engine().measures();
    const auto extra = extraMeasureFields(measures, taken);
    for (const auto& [measure, name] : extra) fields.push_back({name, Type::Real});

    GisLayerWriter writer(path, format, m_source.guard(), QStringLiteral("territories"), fields, 0, true,
                          UnitImporter::provenance(m_source.project().unitLayer));
    if (!writer.isOpen()) {
        if (error) *error = writer.error();
        return false;
    }
    for (const DissolvedTerritory& d : TerritoryDissolver::dissolve(project, *scenario, warnings)) {
        const Territory* t = project.territory(d.territoryId);
        const TerritoryMetrics* m = m_source.engine().metricsOf(d.territoryId);
        if (!t || !m) continue;
        QVariantList values{t->name,
                            m_source.regionName(t),
                            m_source.repName(t),
                            t->color,
                            m->units,
                            m->accounts,
                            m->revenuePotential,
                            m->revenue,
                            m->pipeline,
                            m->workloadHours,
                            m->capacityHours,
                            m->utilisation * 100.0,
                            m->deviationPct,
                            m->areaKm2,
                            m->perimeterKm,
                            m->compactness,
                            m->pieces,
                            m->meanTravelKm};
        for (const auto& [measure, name] : extra)
            values << (std::size_t(measure) < m->measures.size() ? m->measures[std::size_t(measure)] : qQNaN());
        if (!writer.add(values, d.shape, t->color)) break;
    }
    return writer.finish(error);
}

} // namespace tp::io
