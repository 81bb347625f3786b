#include "render/territorylabeller.h"

#include "model/metricsengine.h"
#include "model/project.h"
#include "model/numberformat.h"
#include "model/territoryanchors.h"
#include "render/tolerancemark.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tp::render {

std::vector<LabelLayer::Label> TerritoryLabeller::labels(const Project& project, const MetricsEngine& engine,
                                                         double tolerancePct, const std::vector<int>* strayUnits) {
    const Scenario* scenario = project.scenario(engine.scenarioId());
    if (!scenario) return {};
    const auto& measures = engine.measures();
    const int balance = engine.balanceMeasure();
    const bool hours = balance >= 0 && balance < int(measures.size())
                       && measures[std::size_t(balance)].kind == MeasureDefinition::Kind::WorkloadHours;
    return labels(project, *scenario, engine.territories(), hours, tolerancePct, strayUnits);
}

std::vector<LabelLayer::Label> TerritoryLabeller::labels(const Project& project, const Scenario& scenario,
                                                         const std::vector<TerritoryMetrics>& territories, bool hours,
                                                         double tolerancePct, const std::vector<int>* strayUnits) {
    std::vector<LabelLayer::Label> labels;
    const QHash<qint64, TerritoryAnchor> anchors = TerritoryAnchors::compute(project, scenario, strayUnits);
    // The UI language's numbers (German "1.234 h · +12 %").
    const QLocale c = NumberFormat::grouped(QLocale());
    for (const TerritoryMetrics& m : territories) {
        const Territory* t = project.territory(m.territoryId);
        const auto anchor = anchors.constFind(m.territoryId);
        if (!t || anchor == anchors.constEnd()) continue;
        LabelLayer::Label l;
        l.territoryId = t->id;
        l.position = geo::WebMercator::project(anchor->label);
        l.title = t->name;
        QString figure = c.toString(m.balanceValue, 'f', 0) + (hours ? QStringLiteral(" h") : QString());
        if (!std::isnan(m.deviationPct))
            figure += QStringLiteral(" · %1%2 %")
                          .arg(m.deviationPct >= 0.5    ? QStringLiteral("+")
                               : m.deviationPct <= -0.5 ? QStringLiteral("−")
                                                        : QString())
                          .arg(c.toString(std::abs(m.deviationPct), 'f', 0));
        // A territory nobody covers while the roster has reps says so (someone left, or is not hired yet).
        if (!t->repId && !project.reps.empty())
            figure =
                QCoreApplication::translate("tp::ui::TerritoryLabeller", "Vacant") + QStringLiteral(" · ") + figure;
        l.accent = QColor(t->color);
        l.weight = anchor->areaM2;
        l.warning = !std::isnan(m.deviationPct) && std::abs(m.deviationPct) > tolerancePct;
        // Never by colour alone: a symbol says over, under or within the tolerance too.
        if (!std::isnan(m.deviationPct))
            figure += QLatin1Char(' ') + ToleranceMark::symbol(m.deviationPct, tolerancePct);
        l.detail = figure;
        labels.push_back(std::move(l));
    }
    return labels;
}

} // namespace tp::render
