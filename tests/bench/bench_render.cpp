// Map render benchmark: all US counties as units, ~500 territories, 100k accounts, 1600x900.
// Prints medians of 7 runs against the DESIGN.md budgets (full render 50 ms, re-render after an
// edit 30 ms), also as RESULT lines for run-benchmarks.sh, and saves a screenshot beside the binary.
#include "render/accountlayer.h"
#include "render/basemaplayer.h"
#include "ui/map/mapcanvas.h"
#include "render/rephomelayer.h"
#include "render/territorylayer.h"

#include "geo/adjacencybuilder.h"
#include "io/import/basemaploader.h"
#include "io/import/datapaths.h"
#include "model/project.h"

#include "benchresult.h"
#include "support/grownterritories.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <boost/geometry/algorithms/envelope.hpp>
#include <boost/geometry/algorithms/within.hpp>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace tp;
using bench::timeMs;

namespace {

constexpr int runs = 7;

using bench::median;

Project buildProject(const render::BaseMap& map, int territoryCount, int accountCount) {
    Project p;
    p.title = QStringLiteral("bench");
    std::vector<geo::MultiPolygon> shapes;
    for (const auto& f : map.counties) {
        Unit u;
        u.code = f.code;
        u.name = f.name;
        u.region = f.parentCode;
        u.shape = f.shape;
        boost::geometry::envelope(u.shape, u.bounds);
        p.units.push_back(u);
        shapes.push_back(f.shape);
    }
    p.adjacency = geo::AdjacencyBuilder::build(shapes);

    // Territories by simultaneous region growing from random seeds over the adjacency graph.
    const std::size_t n = p.units.size();
    std::mt19937 rng(42);
    const std::vector<int> order = testsupport::GrownTerritories::grow(p, territoryCount, rng);

    // Accounts: uniform in randomly chosen lower-48 counties.
    std::vector<int> mainland;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& b = p.units[i].bounds;
        if (b.min_corner().lon > -125 && b.max_corner().lon < -66 && b.min_corner().lat > 24)
            mainland.push_back(int(i));
    }
    std::uniform_int_distribution<std::size_t> pick(0, mainland.size() - 1);
    std::uniform_real_distribution<double> unit01(0.0, 1.0);
    const char* segments[] = {"Enterprise", "Mid-Market", "SMB", "SMB"};
    for (int i = 0; i < accountCount; ++i) {
        const int u = mainland[pick(rng)];
        const Unit& unit = p.units[std::size_t(u)];
        geo::GeoPoint g;
        do {
            g = {unit.bounds.min_corner().lon
                     + unit01(rng) * (unit.bounds.max_corner().lon - unit.bounds.min_corner().lon),
                 unit.bounds.min_corner().lat
                     + unit01(rng) * (unit.bounds.max_corner().lat - unit.bounds.min_corner().lat)};
        } while (!boost::geometry::within(g, unit.shape));
        Account a;
        a.id = i + 1;
        a.externalId = QStringLiteral("A%1").arg(i);
        a.segment = QString::fromLatin1(segments[i % 4]);
        a.location = g;
        a.unit = u;
        p.accounts.push_back(std::move(a));
    }
    for (int r = 0; r < territoryCount; r += 10) {
        Rep rep;
        rep.id = 100000 + r;
        rep.name = QStringLiteral("Rep %1").arg(r);
        const auto& b = p.units[std::size_t(order[std::size_t(r)])].bounds;
        rep.home = {(b.min_corner().lon + b.max_corner().lon) / 2, (b.min_corner().lat + b.max_corner().lat) / 2};
        p.reps.push_back(rep);
    }
    p.reindex();
    return p;
}

bool waitForRender(ui::MapCanvas& canvas) {
    if (canvas.isRenderComplete()) return true;
    QEventLoop loop;
    QObject::connect(&canvas, &ui::MapCanvas::renderComplete, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    return canvas.isRenderComplete();
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QElapsedTimer setup;
    setup.start();
    const io::BaseMapLoadResult loaded = io::BaseMapLoader::load(io::DataPaths::basemapPath());
    if (!loaded.ok) {
        std::fprintf(stderr, "cannot load base map: %s\n", qPrintable(loaded.error));
        return 1;
    }
    const double loadMs = double(setup.nsecsElapsed()) / 1e6;
    Project project = buildProject(loaded.map, 500, 100000);
    std::printf("setup: base map loaded in %.0f ms; %zu units, %zu shared edges, %zu territories, %zu accounts\n",
                loadMs, project.units.size(), project.adjacency.size(), project.territories.size(),
                project.accounts.size());

    const QSize size(1600, 900);
    ui::MapCanvas canvas;
    canvas.setRefreshDelay(0);
    canvas.resize(size);
    canvas.setBaseMap(loaded.map);
    const double snapshotMs = timeMs([&] { canvas.setProject(&project); });
    canvas.show();
    QCoreApplication::processEvents();
    canvas.zoomToProject();
    if (!waitForRender(canvas)) return 1;

    // Per layer, synchronous, one thread.
    const render::MapViewport view = canvas.viewport().withSize(size, 1.0);
    std::atomic_bool notCancelled{false};
    struct Row {
        const char* name;
        std::vector<double> ms;
    };
    std::vector<Row> layerRows;
    auto layerTimes = [&](const render::MapLayer& layer) {
        std::vector<double> t;
        for (int i = 0; i < runs; ++i) t.push_back(timeMs([&] { (void)layer.render(view, notCancelled); }));
        return t;
    };
    layerRows.push_back({"  base map layer", layerTimes(*canvas.baseMapLayer())});
    layerRows.push_back({"  territory layer", layerTimes(*canvas.territoryLayer())});
    layerRows.push_back({"  account layer (100k, aggregated)", layerTimes(*canvas.accountLayer())});
    layerRows.push_back({"  rep layer", layerTimes(*canvas.repLayer())});

    // Full render, synchronous (PNG export path: layers in parallel, composite, overlays).
    std::vector<double> full;
    QImage shot;
    for (int i = 0; i < runs; ++i) full.push_back(timeMs([&] { shot = canvas.renderToImage(size); }));
    const QString shotPath = QCoreApplication::applicationDirPath() + QStringLiteral("/bench_render_us.png");
    shot.save(shotPath);

    // Full render through the widget pipeline: a new view invalidates every layer cache.
    std::vector<double> fullAsync;
    for (int i = 0; i < runs; ++i) {
        const double res = canvas.resolution() * (i % 2 ? 1.01 : 1 / 1.01);
        fullAsync.push_back(timeMs([&] {
            canvas.setView(canvas.center(), res);
            waitForRender(canvas);
        }));
    }

    // Re-render after one edit: one unit changes territory; only the territory layer re-renders.
    std::vector<double> edit;
    Scenario& scenario = project.scenarios.front();
    for (int i = 0; i < runs; ++i) {
        const std::size_t unit = std::size_t(100 + 37 * i);
        scenario.unitTerritory[unit] = scenario.unitTerritory[unit + 1] != scenario.unitTerritory[unit]
                                           ? scenario.unitTerritory[unit + 1]
                                           : 1000 + i;
        edit.push_back(timeMs([&] {
            canvas.projectChanged();
            waitForRender(canvas);
        }));
    }
    std::vector<double> editCheap;
    for (int i = 0; i < runs; ++i) {
        const std::size_t unit = std::size_t(900 + 41 * i);
        scenario.unitTerritory[unit] = 1000 + (i * 7) % 500;
        editCheap.push_back(timeMs([&] {
            canvas.assignmentChanged();
            waitForRender(canvas);
        }));
    }
    // What an edit in the app does: the session's notification names the units that moved.
    std::vector<double> editUnits;
    for (int i = 0; i < runs; ++i) {
        const std::size_t unit = std::size_t(1900 + 41 * i);
        scenario.unitTerritory[unit] = 1000 + (i * 7) % 500;
        editUnits.push_back(timeMs([&] {
            canvas.unitsChanged({int(unit)});
            waitForRender(canvas);
        }));
    }

    std::printf("\nmap render, %dx%d, median of %d runs\n", size.width(), size.height(), runs);
    std::printf("%-46s %10s %10s\n", "operation", "median ms", "budget ms");
    std::printf("%-46s %10.1f %10s\n", "setProject (snapshot + projection, once)", snapshotMs, "-");
    std::printf("%-46s %10.1f %10d  %s\n", "full render (renderToImage)", median(full), 50,
                median(full) <= 50 ? "ok" : "OVER");
    std::printf("%-46s %10.1f %10d  %s\n", "full render (widget pipeline, new view)", median(fullAsync), 50,
                median(fullAsync) <= 50 ? "ok" : "OVER");
    std::printf("%-46s %10.1f %10d  %s\n", "re-render after edit (projectChanged)", median(edit), 30,
                median(edit) <= 30 ? "ok" : "OVER");
    std::printf("%-46s %10.1f %10d  %s\n", "re-render after edit (assignmentChanged)", median(editCheap), 30,
                median(editCheap) <= 30 ? "ok" : "OVER");
    std::printf("%-46s %10.1f %10d  %s\n", "re-render after edit (unitsChanged)", median(editUnits), 30,
                median(editUnits) <= 30 ? "ok" : "OVER");
    for (const Row& r : layerRows) std::printf("%-46s %10.1f %10s\n", r.name, median(r.ms), "-");
    std::printf("\nscreenshot: %s\n\n", qPrintable(shotPath));
    const QByteArray data = QStringLiteral("%1 US counties, %2 territories, %3 accounts")
                                .arg(project.units.size())
                                .arg(project.territories.size())
                                .arg(project.accounts.size())
                                .toUtf8();
    bench::printResult("map setProject (snapshot + projection, once)", data.constData(), snapshotMs, -1, -1);
    bench::printResult("full map render, 1600x900 (renderToImage)", data.constData(), full, 50);
    bench::printResult("full map render, 1600x900 (widget pipeline, new view)", data.constData(), fullAsync, 50);
    bench::printResult("re-render after an edit (projectChanged)", data.constData(), edit, 30);
    bench::printResult("re-render after an edit (assignmentChanged)", data.constData(), editCheap, 30);
    bench::printResult("re-render after an edit (unitsChanged, the app's path)", data.constData(), editUnits, 30);
    for (const Row& r : layerRows) {
        const QByteArray name = "render layer: " + QByteArray(r.name).trimmed();
        bench::printResult(name.constData(), data.constData(), r.ms, -1);
    }
    return 0;
}
