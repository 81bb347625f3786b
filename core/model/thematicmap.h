#pragma once
// ThematicMap: one thematic map of the units, ready to draw: the figure's value per unit
// (UnitThemeValues), its classification (Classification; centred on 0 for changes), the ramp's
// colours (ColorRamp), the colour of every unit and the legend rows with locale-formatted
// bounds. The map canvas (ThemeDock), the PDF report and the CLI build it the same way from the
// same Options, which also have a text form for the command line:
// "FIGURE[:METHOD[:CLASSES[:RAMP]]]" (default: quantiles, 5 classes, YlGnBu; changes RdBu),
// e.g. "potential", "density:potential:jenks:5",
// "coverage:quantiles:4:Oranges", "change:workload:equal:5:PuOr". Value type; build on the thread
// that owns the engine, read from any.

#include "classification.h"
#include "colorramp.h"
#include "unitthemevalues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <vector>

namespace tp {

class MetricsEngine;
class Project;

class ThematicMap {
    Q_DECLARE_TR_FUNCTIONS(tp::ThematicMap)

public:
    struct Options {
        UnitThemeValues::Figure figure;
        Classification::Method method = Classification::Method::Quantiles;
        int classes = 5;
        ColorRamp::Id ramp = ColorRamp::Id::YlGnBu;
        // Parses the text form above; a change without a ramp takes RdBu. *error says what is wrong.
        static bool parse(const QString& text, const std::vector<MeasureDefinition>& measures, Options* options,
                          QString* error);
    };
    struct LegendRow {
        quint32 colour = 0; // 0xRRGGBB
        QString label;      // "1,200 – 4,500", "0" (a centred map's middle class) or "No data"
        qint64 count = 0;   // units
    };

    // Change moves the engine to the base scenario and back (see UnitThemeValues::compute).
    static ThematicMap build(const Project& project, MetricsEngine& engine, const Options& options,
                             const QLocale& locale = QLocale());

    const Options& options() const { return m_options; }
    QString title() const { return m_title; }       // the figure, e.g. "Revenue potential per km²"
    QString subtitle() const { return m_subtitle; } // e.g. "Natural breaks (Jenks) · 5 classes"
    const std::vector<double>& values() const { return m_values; }
    const Classification& classification() const { return m_classification; }
    const std::vector<quint32>& colours() const { return m_colours; } // the ramp, rampSize() colours
    // Per unit: index into colours(), -1 without a value (drawn in ColorRamp::noDataColour).
    const std::vector<int>& unitColour() const { return m_unitColour; }
    // Highest class first, "No data" last when there are units without a value.
    const std::vector<LegendRow>& legend() const { return m_legend; }

    // A class bound as the legend writes it: percent for ratios (penetration, coverage), a sign
    // for changes, grouping, and as many decimals as the magnitude needs.
    static QString formatValue(double value, UnitThemeValues::Kind kind, const QLocale& locale);

private:
    Options m_options;
    QString m_title, m_subtitle;
    std::vector<double> m_values;
    Classification m_classification;
    std::vector<quint32> m_colours;
    std::vector<int> m_unitColour;
    std::vector<LegendRow> m_legend;
};

} // namespace tp
