#include "thematicmap.h"

#include "metricsengine.h"
#include "project.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace tp {

bool ThematicMap::Options::parse(const QString& text, const std::vector<MeasureDefinition>& measures, Options* options,
                                 QString* error) {
    QStringList parts = text.split(QLatin1Char(':'));
    Options o;
    QString figure = parts.takeFirst().trimmed();
    const QString lower = figure.toLower();
    if ((lower == QLatin1String("density") || lower == QLatin1String("change")) && !parts.isEmpty())
        figure += QLatin1Char(':') + parts.takeFirst();
    if (!UnitThemeValues::parse(figure, measures, &o.figure, error)) return false;
    bool rampGiven = false;
    if (!parts.isEmpty() && !parts.front().trimmed().isEmpty() && !Classification::fromKey(parts.front(), &o.method)) {
        *error = QCoreApplication::translate("tp::ThematicMap::Options",
                                             "Unknown classification \"%1\" (jenks, quantiles or equal)")
                     .arg(parts.front());
        return false;
    }
    if (!parts.isEmpty()) parts.removeFirst();
    if (!parts.isEmpty()) {
        bool ok = false;
        o.classes = parts.front().trimmed().toInt(&ok);
        if (!ok || o.classes < Classification::minClasses || o.classes > Classification::maxClasses) {
            *error = QCoreApplication::translate("tp::ThematicMap::Options",
                                                 "The number of classes must be 3 to 9, not \"%1\"")
                         .arg(parts.front());
            return false;
        }
        parts.removeFirst();
    }
    if (!parts.isEmpty()) {
        if (!ColorRamp::fromKey(parts.front(), &o.ramp)) {
            QStringList keys;
            for (ColorRamp::Id id : ColorRamp::all()) keys << ColorRamp::key(id);
            *error = QCoreApplication::translate("tp::ThematicMap::Options", "Unknown colour ramp \"%1\" (%2)")
                         .arg(parts.front(), keys.join(QStringLiteral(", ")));
            return false;
        }
        rampGiven = true;
        parts.removeFirst();
    }
    if (!parts.isEmpty()) {
        *error = QCoreApplication::translate("tp::ThematicMap::Options",
                                             "Too many parts in \"%1\" (FIGURE[:METHOD[:CLASSES[:RAMP]]])")
                     .arg(text);
        return false;
    }
    if (!rampGiven && UnitThemeValues::isSigned(o.figure.kind)) o.ramp = ColorRamp::Id::RdBu;
    *options = o;
    return true;
}

QString ThematicMap::formatValue(double value, UnitThemeValues::Kind kind, const QLocale& given) {
    // Thousands grouped even in the C locale (whose default omits the separator): legends are read.
    QLocale locale = given;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    const bool ratio = UnitThemeValues::isRatio(kind);
    double v = ratio ? value * 100.0 : value;
    const double magnitude = std::abs(v);
    int decimals = magnitude >= 100 || magnitude == 0 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    if (ratio) decimals = std::min(decimals, 1);
    if (std::abs(v) < 0.5 * std::pow(10.0, -decimals)) v = 0.0, decimals = 0; // "0", never "-0.000"
    QString text = locale.toString(v, 'f', decimals);
    if (UnitThemeValues::isSigned(kind) && v > 0) text.prepend(locale.positiveSign());
    if (ratio) text += QStringLiteral(" %");
    return text;
}

ThematicMap ThematicMap::build(const Project& project, MetricsEngine& engine, const Options& options,
                               const QLocale& locale) {
    ThematicMap map;
    map.m_options = options;
    const UnitThemeValues::Kind kind = options.figure.kind;
    map.m_values = UnitThemeValues::compute(project, engine, options.figure);
    map.m_classification = UnitThemeValues::isSigned(kind)
                               ? Classification::classifyCentred(map.m_values, options.method, options.classes)
                               : Classification::classify(map.m_values, options.method, options.classes);
    const Classification& c = map.m_classification;
    map.m_colours = ColorRamp::colours(options.ramp, c.rampSize());
    map.m_unitColour.resize(map.m_values.size(), -1);
    for (std::size_t u = 0; u < map.m_values.size(); ++u)
        if (const int k = c.classOf(map.m_values[u]); k >= 0) map.m_unitColour[u] = c.classes()[std::size_t(k)].colour;

    map.m_title = UnitThemeValues::name(options.figure, engine.measures());
    const int classes = int(c.classes().size());
    map.m_subtitle =
        (classes == 1 ? tr("%1 · 1 class") : tr("%1 · %2 classes").arg(QStringLiteral("%1"), QString::number(classes)))
            .arg(Classification::name(options.method));
    if (kind == UnitThemeValues::Kind::Change) {
        const Scenario* base = project.scenario(options.figure.baseScenario);
        const Scenario* now = project.scenario(engine.scenarioId());
        map.m_subtitle = base && now ? tr("%1 vs. %2 · %3").arg(now->name, base->name, map.m_subtitle)
                                     : tr("No other scenario to compare with");
    }
    for (auto it = c.classes().rbegin(); it != c.classes().rend(); ++it) {
        LegendRow row;
        row.colour = it->colour >= 0 && std::size_t(it->colour) < map.m_colours.size()
                         ? map.m_colours[std::size_t(it->colour)]
                         : ColorRamp::noDataColour;
        row.label = it->lower == it->upper
                        ? formatValue(it->upper, kind, locale)
                        : tr("%1 – %2").arg(formatValue(it->lower, kind, locale), formatValue(it->upper, kind, locale));
        row.count = it->count;
        map.m_legend.push_back(row);
    }
    if (c.noDataCount() > 0) map.m_legend.push_back({ColorRamp::noDataColour, tr("No data"), c.noDataCount()});
    return map;
}

} // namespace tp
