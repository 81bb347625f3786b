// Account heat map benchmark: 1M accounts clustered around 300 towns in the lower 48 (plus a
// uniform tenth), rendered by HeatMapLayer at 1600x900 in a country view: counts and weights,
// radius in pixels and in kilometres, and the density grid alone (binning + separable Gaussian).
// Medians of 7 runs, printed as a table and as RESULT lines (benchresult.h); saves a screenshot.
#include "render/heatmaplayer.h"
#include "render/maprendersnapshot.h"

#include "model/measurecolumns.h"
#include "model/project.h"

#include "benchresult.h"

#include <QGuiApplication>
#include <QPainter>

#include <cstdio>
#include <functional>
#include <random>

using namespace tp;
using bench::timeMs;

namespace {

constexpr int runs = 7;

Project clusteredAccounts(int count) {
    Project p;
    std::mt19937 rng(20);
    std::uniform_real_distribution<double> lon(-124.0, -67.0), lat(25.0, 49.0), spread(0.05, 0.8);
    std::lognormal_distribution<double> money(10.0, 1.2);
    struct Town {
        double lon, lat, sigma;
    };
    std::vector<Town> towns;
    for (int i = 0; i < 300; ++i) towns.push_back({lon(rng), lat(rng), spread(rng)});
    std::discrete_distribution<int> pickTown(300, 0.0, 300.0,
                                             [](double x) { return 1.0 / (1.0 + x / 10.0); }); // a few big towns
    std::normal_distribution<double> gauss(0.0, 1.0);
    p.accounts.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        Account a;
        a.id = i + 1;
        if (i % 10 == 0) {
            a.location = {lon(rng), lat(rng)};
        } else {
            const Town& t = towns[std::size_t(pickTown(rng))];
            a.location = {t.lon + gauss(rng) * t.sigma, t.lat + gauss(rng) * t.sigma * 0.8};
        }
        a.segment = QStringLiteral("SMB");
        a.revenuePotential = money(rng);
        a.revenue = a.revenuePotential * 0.3;
        p.accounts.push_back(std::move(a));
    }
    return p;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = 1000000;
    const Project project = clusteredAccounts(count);
    const auto points = render::MapRenderSnapshot::accountPoints(project);
    const auto weights = render::MapRenderSnapshot::accountWeights(project, MeasureColumns::RevenuePotential);

    const QSize size(1600, 900);
    geo::Box lower48({-125.0, 24.0}, {-66.0, 50.0});
    const render::MapViewport view = render::MapViewport({0, 0}, 5000.0, size, 1.0).fittedTo(lower48);
    std::atomic_bool notCancelled{false};

    struct Case {
        const char* name;
        render::HeatMapLayer::Settings settings;
        bool weighted;
    };
    const std::vector<Case> cases{
        {"heat map render, radius 30 px, count", {30.0, false, -1}, false},
        {"heat map render, radius 30 px, weighted by potential",
         {30.0, false, int(MeasureColumns::RevenuePotential)},
         true},
        {"heat map render, radius 8 px (1 px cells), count", {8.0, false, -1}, false},
        {"heat map render, radius 100 km, count", {100.0, true, -1}, false},
    };
    struct Row {
        QByteArray name;
        std::vector<double> ms;
        double extra;
    };
    std::vector<Row> rows;
    QImage shot;
    for (const Case& c : cases) {
        render::HeatMapLayer layer;
        layer.setVisible(true);
        layer.setPoints(points, c.weighted ? weights : nullptr);
        layer.setSettings(c.settings);
        std::vector<double> ms;
        QImage image;
        for (int i = 0; i < runs; ++i) ms.push_back(timeMs([&] { image = layer.render(view, notCancelled); }));
        rows.push_back({c.name, ms, render::HeatMapLayer::radiusPixels(c.settings, view.deviceViewport())});
        if (shot.isNull()) shot = image;
    }
    // The density grid alone (no colouring, no scaling), 30 px.
    {
        std::vector<double> ms;
        double cell = 0;
        int gw = 0, gh = 0;
        for (int i = 0; i < runs; ++i)
            ms.push_back(timeMs([&] {
                (void)render::HeatMapLayer::density(view.deviceViewport(), *points, nullptr, {30.0, false, -1}, &cell,
                                                    &gw, &gh);
            }));
        rows.push_back({QByteArray("heat map density grid only, radius 30 px (") + QByteArray::number(gw) + "x"
                            + QByteArray::number(gh) + " cells)",
                        ms, 30.0});
    }

    QImage framed(size, QImage::Format_ARGB32_Premultiplied);
    framed.fill(QColor(0xf4, 0xf3, 0xef));
    QPainter(&framed).drawImage(0, 0, shot);
    const QString shotPath = QCoreApplication::applicationDirPath() + QStringLiteral("/bench_heatmap_us.png");
    framed.save(shotPath);

    std::printf("\naccount heat map, %dx%d country view, %d accounts, median of %d runs\n", size.width(), size.height(),
                count, runs);
    std::printf("%-66s %10s %10s %10s\n", "operation", "median ms", "worst ms", "radius px");
    for (const Row& r : rows)
        std::printf("%-66s %10.1f %10.1f %10.1f\n", r.name.constData(), bench::median(r.ms), bench::worst(r.ms),
                    r.extra);
    std::printf("\nscreenshot: %s\n\n", qPrintable(shotPath));
    const QByteArray data = QByteArray::number(count) + " accounts, 1600x900, lower 48";
    for (const Row& r : rows) bench::printResult(r.name.constData(), data.constData(), r.ms, -1);
    return 0;
}
