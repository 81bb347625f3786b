#include "unitthemevalues.h"

#include "measurecolumns.h"
#include "measuredefinition.h"
#include "metricsengine.h"
#include "numberformat.h"
#include "project.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <limits>

namespace tp {

namespace {

constexpr double noData = std::numeric_limits<double>::quiet_NaN();

// Measure value of the territory owning each unit in `scenario` (NaN where unassigned), read
// from the engine after it was recomputed for that scenario.
std::vector<double> territoryValues(const Project& project, const MetricsEngine& engine, const Scenario& scenario,
                                    int measure) {
    QHash<qint64, double> byTerritory;
    for (const TerritoryMetrics& m : engine.territories())
        if (measure < int(m.measures.size())) byTerritory.insert(m.territoryId, m.measures[std::size_t(measure)]);
    std::vector<double> out(project.units.size(), noData);
    for (std::size_t u = 0; u < out.size() && u < scenario.unitTerritory.size(); ++u)
        out[u] = byTerritory.value(scenario.unitTerritory[u], noData);
    return out;
}

const char* builtInKey(MeasureDefinition::Kind kind) {
    switch (kind) {
        case MeasureDefinition::Kind::AccountCount:
            return "accounts";
        case MeasureDefinition::Kind::RevenuePotential:
            return "potential";
        case MeasureDefinition::Kind::Revenue:
            return "revenue";
        case MeasureDefinition::Kind::Pipeline:
            return "pipeline";
        case MeasureDefinition::Kind::WorkloadHours:
            return "workload";
        default:
            return nullptr;
    }
}

QString measureKey(const std::vector<MeasureDefinition>& measures, int measure) {
    if (measure < 0 || measure >= int(measures.size())) return {};
    const MeasureDefinition& m = measures[std::size_t(measure)];
    if (const char* key = builtInKey(m.kind)) return QString::fromLatin1(key);
    return m.name;
}

int measureByKey(const std::vector<MeasureDefinition>& measures, const QString& key) {
    for (std::size_t i = 0; i < measures.size(); ++i) {
        const char* builtIn = builtInKey(measures[i].kind);
        if ((builtIn && key.compare(QLatin1String(builtIn), Qt::CaseInsensitive) == 0)
            || key.compare(measures[i].name, Qt::CaseInsensitive) == 0
            || (!measures[i].column.isEmpty() && key.compare(measures[i].column, Qt::CaseInsensitive) == 0))
            return int(i);
    }
    return -1;
}

} // namespace

std::vector<double> UnitThemeValues::compute(const Project& project, MetricsEngine& engine, const Figure& figure) {
    const int n = int(project.units.size());
    std::vector<double> out(std::size_t(n), noData);
    if (engine.unitCount() != n) return out;
    const bool measureOk = figure.measure >= 0 && figure.measure < int(engine.measures().size());
    switch (figure.kind) {
        case Kind::Total:
            if (measureOk)
                for (int u = 0; u < n; ++u) out[std::size_t(u)] = engine.unitMeasure(u, figure.measure);
            break;
        case Kind::Density:
            if (measureOk)
                for (int u = 0; u < n; ++u) {
                    const double area = engine.unitAreaKm2(u);
                    if (area > 0) out[std::size_t(u)] = engine.unitMeasure(u, figure.measure) / area;
                }
            break;
        case Kind::Penetration:
            for (int u = 0; u < n; ++u) {
                const double potential = engine.unitColumn(u, MeasureColumns::RevenuePotential);
                if (potential != 0) out[std::size_t(u)] = engine.unitColumn(u, MeasureColumns::Revenue) / potential;
            }
            break;
        case Kind::Coverage: {
            const Scenario* scenario = project.scenario(engine.scenarioId());
            if (!scenario) break;
            QHash<qint64, double> capacityOf; // territory id -> its rep's capacity
            for (const Territory* t : project.territoriesOf(scenario->id))
                if (const Rep* rep = t->repId ? project.rep(t->repId) : nullptr; rep && rep->capacityHours > 0)
                    capacityOf.insert(t->id, rep->capacityHours);
            for (int u = 0; u < n && u < int(scenario->unitTerritory.size()); ++u) {
                const auto it = capacityOf.constFind(scenario->unitTerritory[std::size_t(u)]);
                if (it != capacityOf.constEnd())
                    out[std::size_t(u)] = engine.unitColumn(u, MeasureColumns::WorkloadHours) / it.value();
            }
            break;
        }
        case Kind::Change: {
            const qint64 current = engine.scenarioId();
            const Scenario* now = project.scenario(current);
            const Scenario* base = project.scenario(figure.baseScenario);
            if (!measureOk || !now || !base) break;
            const std::vector<double> after = territoryValues(project, engine, *now, figure.measure);
            engine.recompute(base->id);
            const std::vector<double> before = territoryValues(project, engine, *base, figure.measure);
            engine.recompute(current);
            for (std::size_t u = 0; u < out.size(); ++u) out[u] = after[u] - before[u]; // NaN stays NaN
            break;
        }
    }
    return out;
}

QString UnitThemeValues::name(const Figure& figure, const std::vector<MeasureDefinition>& measures) {
    const QString measure = figure.measure >= 0 && figure.measure < int(measures.size())
                                ? measures[std::size_t(figure.measure)].name
                                : QString();
    switch (figure.kind) {
        case Kind::Total:
            return measure;
        case Kind::Density:
            return QCoreApplication::translate("UnitThemeValues", "%1 per km²").arg(measure);
        case Kind::Penetration:
            return QCoreApplication::translate("UnitThemeValues", "Penetration (revenue / potential)");
        case Kind::Coverage:
            return QCoreApplication::translate("UnitThemeValues", "Coverage (workload / rep capacity)");
        case Kind::Change:
            return QCoreApplication::translate("UnitThemeValues", "Change in territory %1")
                .arg(NumberFormat::inSentence(measure, QLocale()));
    }
    return {};
}

QString UnitThemeValues::key(const Figure& figure, const std::vector<MeasureDefinition>& measures) {
    switch (figure.kind) {
        case Kind::Total:
            return measureKey(measures, figure.measure);
        case Kind::Density:
            return QStringLiteral("density:") + measureKey(measures, figure.measure);
        case Kind::Penetration:
            return QStringLiteral("penetration");
        case Kind::Coverage:
            return QStringLiteral("coverage");
        case Kind::Change:
            return QStringLiteral("change:") + measureKey(measures, figure.measure);
    }
    return {};
}

bool UnitThemeValues::parse(const QString& text, const std::vector<MeasureDefinition>& measures, Figure* figure,
                            QString* error) {
    const QString t = text.trimmed();
    Figure f;
    QString measure = t;
    if (t.compare(QLatin1String("penetration"), Qt::CaseInsensitive) == 0) {
        f.kind = Kind::Penetration;
        measure.clear();
    } else if (t.compare(QLatin1String("coverage"), Qt::CaseInsensitive) == 0) {
        f.kind = Kind::Coverage;
        measure.clear();
    } else if (t.startsWith(QLatin1String("density:"), Qt::CaseInsensitive)) {
        f.kind = Kind::Density;
        measure = t.mid(8);
    } else if (t.startsWith(QLatin1String("change:"), Qt::CaseInsensitive)) {
        f.kind = Kind::Change;
        measure = t.mid(7);
    }
    if (!measure.isNull()) {
        f.measure = measureByKey(measures, measure.trimmed());
        if (f.measure < 0) {
            QStringList known;
            for (std::size_t i = 0; i < measures.size(); ++i) known << measureKey(measures, int(i));
            *error = QCoreApplication::translate("UnitThemeValues",
                                                 "Unknown measure \"%1\" (known: %2; or penetration, coverage, "
                                                 "density:MEASURE, change:MEASURE)")
                         .arg(measure, known.join(QStringLiteral(", ")));
            return false;
        }
    }
    *figure = f;
    return true;
}

} // namespace tp
