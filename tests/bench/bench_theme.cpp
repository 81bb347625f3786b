// Thematic map benchmark (issue 20): the theme of revenue potential per km² in five quantile
// classes, at 1M accounts, on (1) the benchmarks' grid of 33,124 square units in 500 territories
// (tests/support/gridproject.h) and (2) the bundled approximate ZIP areas of the contiguous US
// (about 37,000 real polygons, 500 grown territories, accounts at ZIP centres). Per data set:
// the unit values from the engine's unit rows, the classification (natural breaks, quantiles),
// the theme layer alone at the country view, 1600x900, and the whole map with the theme shown
// (renderToImage). Medians of 7 runs, as a table and as RESULT lines for run-benchmarks.sh;
// a screenshot beside the binary.
// usage: bench_theme [accounts (1000000)] [grid|zips|both (both)]
#include "render/accountlayer.h"
#include "ui/map/mapcanvas.h"
#include "render/maprendersnapshot.h"
#include "render/themelayer.h"

#include "io/import/unitimporter.h"
#include "model/classification.h"
#include "model/colorramp.h"
#include "model/metricsengine.h"
#include "model/unitthemevalues.h"

#include "benchresult.h"
#include "support/gridproject.h"
#include "support/grownterritories.h"

#include <boost/geometry/algorithms/point_on_surface.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <QApplication>

#include <cstdio>
#include <functional>
#include <random>

using namespace tp;
using bench::timeMs;

namespace {

constexpr int runs = 7;

Project zipProject(int accountCount) {
    io::UnitImportOptions options = io::UnitImporter::bundledOptions(QStringLiteral("zips"));
    // The contiguous US: the country view of the benchmark.
    options.where = QStringLiteral("state_code NOT IN ('02', '15', '60', '66', '69', '72', '78')");
    io::UnitImportResult units = io::UnitImporter::importUnits(options);
    Project p;
    if (!units.ok) {
        std::fprintf(stderr, "cannot import the ZIP areas: %s\n", qPrintable(units.error));
        return p;
    }
    p.title = QStringLiteral("theme benchmark (ZIP areas)");
    p.units = std::move(units.units);
    p.adjacency = std::move(units.adjacency);
    std::mt19937 rng(42);
    testsupport::GrownTerritories::grow(p, 500, rng);
    std::vector<geo::GeoPoint> inner(p.units.size());
    for (std::size_t i = 0; i < p.units.size(); ++i)
        boost::geometry::point_on_surface(p.units[i].shape.front(), inner[i]);
    std::uniform_int_distribution<std::size_t> pick(0, p.units.size() - 1);
    std::uniform_real_distribution<double> unit01(0.0, 1.0);
    p.accounts.reserve(std::size_t(accountCount));
    for (int i = 0; i < accountCount; ++i) {
        const std::size_t u = pick(rng);
        Account a;
        a.id = i + 1;
        a.location = inner[u];
        a.unit = int(u);
        a.revenuePotential = unit01(rng) * 1e6;
        a.revenue = unit01(rng) * 1e5;
        a.workloadHours = 10 + i % 40;
        p.accounts.push_back(std::move(a));
    }
    p.reindex();
    return p;
}

void run(const char* label, const Project& project) {
    std::printf("\n%s: %zu units, %zu territories, %zu accounts\n", label, project.units.size(),
                project.territories.size(), project.accounts.size());
    MetricsEngine engine(project);
    const UnitThemeValues::Figure figure{UnitThemeValues::Kind::Density, 1};
    std::vector<double> values, valuesRuns, jenksRuns, quantileRuns, layerRuns, mapRuns;
    for (int i = 0; i < runs; ++i)
        valuesRuns.push_back(timeMs([&] { values = UnitThemeValues::compute(project, engine, figure); }));
    Classification c;
    for (int i = 0; i < runs; ++i)
        jenksRuns.push_back(
            timeMs([&] { c = Classification::classify(values, Classification::Method::NaturalBreaks, 5); }));
    // The map is drawn in quantile classes: five colours evenly spread over the units.
    for (int i = 0; i < runs; ++i)
        quantileRuns.push_back(
            timeMs([&] { c = Classification::classify(values, Classification::Method::Quantiles, 5); }));

    ui::MapCanvas canvas;
    const QSize size(1600, 900);
    canvas.resize(size);
    canvas.setProject(&project);
    auto classes = std::make_shared<render::ThemeLayer::Classes>();
    for (quint32 rgb : ColorRamp::colours(ColorRamp::Id::YlGnBu, c.rampSize()))
        classes->colours.push_back(QColor::fromRgb(rgb));
    classes->noData = QColor::fromRgb(ColorRamp::noDataColour);
    for (double v : values)
        classes->unitClass.push_back(c.classOf(v) < 0 ? -1 : c.classes()[std::size_t(c.classOf(v))].colour);
    render::ThemeLayer* layer = canvas.themeLayer();
    layer->setClasses(classes);
    // As the Theme switch leaves the map: territories and account dots hidden, the theme shown.
    canvas.setLayerVisible(canvas.territoryLayer(), false);
    canvas.setLayerVisible(canvas.accountLayer(), false);
    canvas.setLayerVisible(layer, true);
    canvas.show();
    QCoreApplication::processEvents();
    canvas.zoomToProject();
    const render::MapViewport view = canvas.viewport();
    const std::atomic_bool cancelled{false};
    QImage shot;
    layer->render(view, cancelled); // warm-up
    for (int i = 0; i < runs; ++i) layerRuns.push_back(timeMs([&] { shot = layer->render(view, cancelled); }));
    for (int i = 0; i < runs; ++i) mapRuns.push_back(timeMs([&] { shot = canvas.renderToImage(size); }));
    shot.save(QStringLiteral("%1/bench_theme_%2.png")
                  .arg(QCoreApplication::applicationDirPath(), QString::fromLatin1(label)));

    const QByteArray data = QStringLiteral("%1 units, %2 accounts, 1600x900")
                                .arg(project.units.size())
                                .arg(project.accounts.size())
                                .toUtf8();
    std::printf("%-58s %10s %10s\n", "operation", "median ms", "worst ms");
    const auto row = [&](const char* name, const std::vector<double>& ms) {
        std::printf("%-58s %10.1f %10.1f\n", name, bench::median(ms), bench::worst(ms));
        bench::printResult(QByteArray(QByteArray("theme: ") + name).constData(), data.constData(), ms, -1);
    };
    row("unit values (potential per km2, engine unit rows)", valuesRuns);
    row("classification, quantiles, 5 classes", quantileRuns);
    row("classification, natural breaks (Jenks), 5 classes", jenksRuns);
    row("theme layer render, country view", layerRuns);
    row("map render with the theme (renderToImage)", mapRuns);
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const int accounts = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    const QString which = argc > 2 ? QString::fromLatin1(argv[2]) : QStringLiteral("both");
    if (which != QLatin1String("zips"))
        run("grid", testsupport::GridProject::make(accounts, QStringLiteral("theme benchmark (grid)")));
    if (which != QLatin1String("grid")) {
        const Project zips = zipProject(accounts);
        if (zips.units.empty()) return 1;
        run("zips", zips);
    }
    return 0;
}
