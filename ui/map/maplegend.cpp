#include "ui/map/maplegend.h"

#include "render/accountlayer.h"
#include "render/maprenderstyle.h"
#include "render/tolerancemark.h"

#include "model/project.h"

#include <boost/geometry/algorithms/intersects.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>

namespace tp::ui {

namespace {} // namespace

QString MapLegend::title() {
    return tr("Legend");
}

void MapLegend::territoriesInView(const Project& project, const geo::Box& view, State* state) {
    state->territories.clear();
    state->moreTerritories = 0;
    const Scenario* scenario = project.currentScenario();
    if (!scenario) return;
    QSet<qint64> seen;
    const std::size_t n = std::min(project.units.size(), scenario->unitTerritory.size());
    for (std::size_t u = 0; u < n; ++u) {
        const qint64 t = scenario->unitTerritory[u];
        if (!t || seen.contains(t)) continue;
        if (boost::geometry::intersects(project.units[u].bounds, view)) seen.insert(t);
    }
    int listed = 0;
    for (const Territory* t : project.territoriesOf(project.currentScenarioId)) {
        if (t->level != Territory::Level::Territory || !seen.contains(t->id)) continue;
        if (listed < maxTerritories) {
            state->territories.push_back(t);
            ++listed;
        } else {
            ++state->moreTerritories;
        }
    }
}

std::vector<int> MapLegend::segmentsOf(const Project& project) {
    std::array<bool, render::AccountLayer::SegmentCount> present{};
    for (const Account& a : project.accounts) present[std::size_t(render::AccountLayer::segmentOf(a.segment))] = true;
    std::vector<int> segments;
    for (int s = 0; s < render::AccountLayer::SegmentCount; ++s)
        if (present[std::size_t(s)]) segments.push_back(s);
    return segments;
}

std::vector<ThemeLegend::Entry> MapLegend::rows(const State& state, const render::MapRenderStyle& style) {
    using Entry = ThemeLegend::Entry;
    using Swatch = ThemeLegend::Swatch;
    std::vector<Entry> rows;
    auto add = [&](Swatch swatch, const QColor& colour, const QString& label, double scale = 1.0,
                   const QString& symbol = {}) {
        Entry e;
        e.swatch = swatch;
        e.colour = colour;
        e.label = label;
        e.showCount = false;
        e.scale = scale;
        e.symbol = symbol;
        rows.push_back(e);
    };
    if (!state.territories.empty()) {
        add(Swatch::Heading, {}, tr("Territories in view"));
        for (const Territory* t : state.territories) add(Swatch::Fill, QColor(t->color), t->name);
        if (state.moreTerritories > 0)
            add(Swatch::Symbol, QColor(0x55, 0x5d, 0x66), tr("and %n more", nullptr, state.moreTerritories), 1.0,
                QStringLiteral("…"));
    }
    if (state.accountsShown && !state.segments.empty()) {
        add(Swatch::Heading, {}, tr("Accounts by segment"));
        for (int s : state.segments) {
            const QColor colour = s == render::AccountLayer::Enterprise  ? style.enterprise
                                  : s == render::AccountLayer::MidMarket ? style.midMarket
                                  : s == render::AccountLayer::Smb       ? style.smb
                                                                         : style.otherSegment;
            const QString name = s == render::AccountLayer::Enterprise  ? tr("Enterprise")
                                 : s == render::AccountLayer::MidMarket ? tr("Mid-Market")
                                 : s == render::AccountLayer::Smb       ? tr("SMB")
                                                                        : tr("Other segments");
            add(Swatch::Dot, colour, name);
        }
        if (state.sizedAccounts) {
            add(Swatch::Dot, style.otherSegment, tr("Small account (lowest fifth by size)"), 0.7);
            add(Swatch::Dot, style.otherSegment, tr("Large account (highest fifth by size)"), 2.1);
        }
    }
    add(Swatch::Heading, {}, tr("Marks"));
    add(Swatch::Hatch, style.strayHatch, tr("Stray piece, apart from its territory"));
    if (state.comparing) add(Swatch::CrossHatch, style.changedHatch, tr("Unit changed from the compared scenario"));
    const QString tolerance = QLocale().toString(state.tolerancePct, 'f', 0);
    using Mark = render::ToleranceMark::State;
    add(Swatch::Symbol, render::ToleranceMark::colour(Mark::Over),
        tr("Label: over the tolerance (+%1 %)").arg(tolerance), 1.0, render::ToleranceMark::symbol(Mark::Over));
    add(Swatch::Symbol, render::ToleranceMark::colour(Mark::Under),
        tr("Label: under the tolerance (−%1 %)").arg(tolerance), 1.0, render::ToleranceMark::symbol(Mark::Under));
    add(Swatch::Symbol, render::ToleranceMark::colour(Mark::Within), tr("Label: within ±%1 %").arg(tolerance), 1.0,
        render::ToleranceMark::symbol(Mark::Within));
    return rows;
}

} // namespace tp::ui
