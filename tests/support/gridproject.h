#pragma once
// GridProject: the benchmarks' data set at DESIGN.md's sizes: 33,124 square units (a 182 x 182
// grid over the US extent, with adjacency and its shared segments), 500 contiguous block
// territories with reps, and N accounts placed uniformly (fixed seed, so every benchmark measures
// the same data).
// Header-only, for the bench executables.

#include "model/project.h"

#include "geo/adjacencybuilder.h"
#include "geo/geodesy.h"
#include "support/makerep.h"

#include <QColor>

#include <functional>
#include <random>

namespace tp::testsupport {

struct GridProject {
    static constexpr int side = 182;                 // 182^2 = 33,124 units
    static constexpr int blocksX = 25, blocksY = 20; // 500 territories
    static constexpr double lon0 = -125, lat0 = 25, dLon = 58.0 / side, dLat = 24.0 / side;

    static int territoryOfCell(int x, int y) { return (y * blocksY / side) * blocksX + x * blocksX / side; }

    // colourOf(t): the colour of territory t (0..499); by default one blue for all.
    static Project make(
        int accountCount, const QString& title,
        const std::function<QString(int)>& colourOf = [](int) { return QStringLiteral("#336699"); }) {
        Project p;
        p.title = title;
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x) {
                const double x0 = lon0 + x * dLon, y0 = lat0 + y * dLat;
                Unit u;
                u.code = QString::number(y * side + x);
                geo::Polygon poly;
                poly.outer() = {{x0, y0}, {x0, y0 + dLat}, {x0 + dLon, y0 + dLat}, {x0 + dLon, y0}, {x0, y0}};
                u.shape = {poly};
                u.bounds = geo::Box({x0, y0}, {x0 + dLon, y0 + dLat});
                u.areaM2 = geo::Geodesy::areaM2(u.shape);
                u.perimeterM = geo::Geodesy::perimeterM(u.shape);
                p.units.push_back(std::move(u));
            }
        // With their shared segments, as the unit importer makes them (and a project file keeps them).
        std::vector<geo::MultiPolygon> shapes;
        shapes.reserve(p.units.size());
        for (const Unit& u : p.units) shapes.push_back(u.shape);
        p.adjacency = geo::AdjacencyBuilder::build(shapes);
        std::mt19937 rng(42);
        std::uniform_real_distribution<double> unit01(0, 1);
        p.accounts.reserve(std::size_t(accountCount));
        for (int i = 0; i < accountCount; ++i) {
            Account a;
            a.id = 1'000'000 + i;
            a.unit = int(unit01(rng) * double(p.units.size()));
            const geo::GeoPoint corner = p.units[std::size_t(a.unit)].bounds.min_corner();
            a.location = {corner.lon + unit01(rng) * dLon, corner.lat + unit01(rng) * dLat};
            a.revenuePotential = unit01(rng) * 1e6;
            a.revenue = unit01(rng) * 1e5;
            a.pipeline = unit01(rng) * 1e5;
            a.workloadHours = 10 + unit01(rng) * 50;
            a.extra.insert(QStringLiteral("Seats"), int(unit01(rng) * 500));
            a.extra.insert(QStringLiteral("Owner"), QStringLiteral("rep%1").arg(i % 300));
            p.accounts.push_back(std::move(a));
        }
        Scenario s;
        s.id = 1;
        s.name = QStringLiteral("Base");
        s.unitTerritory.resize(p.units.size());
        for (int t = 0; t < blocksX * blocksY; ++t) {
            const double cx = lon0 + (t % blocksX + 0.5) * 58.0 / blocksX,
                         cy = lat0 + (t / blocksX + 0.5) * 24.0 / blocksY;
            p.reps.push_back(makeRep(t + 1, QStringLiteral("Rep %1").arg(t), {cx, cy}, 1600, 1e6));
            p.territories.push_back(Territory{1000 + t, s.id, QStringLiteral("T%1").arg(t), colourOf(t), t + 1, 0,
                                              Territory::Level::Territory, false});
        }
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x) s.unitTerritory[std::size_t(y * side + x)] = 1000 + territoryOfCell(x, y);
        p.scenarios.push_back(s);
        p.currentScenarioId = s.id;
        p.reindex();
        return p;
    }

    // The CRM columns an import brings (external id, name, address, postal code, industry,
    // segment, tier), as bench_projectfile writes them: what makes a project file large to read.
    static void addCrmFields(Project& p) {
        const QString segments[] = {"Enterprise", "Mid-Market", "SMB"};
        const QString tiers[] = {"A", "B", "C"};
        const QString industries[] = {"Retail", "Health", "Software", "Manufacturing", "Finance", "Education"};
        for (std::size_t k = 0; k < p.accounts.size(); ++k) {
            Account& a = p.accounts[k];
            const int i = int(k);
            a.externalId = QStringLiteral("0015g00000%1").arg(i, 8, 10, QChar('0'));
            a.name = QStringLiteral("Customer %1 Inc.").arg(i);
            a.address = QStringLiteral("%1 Main Street").arg(i % 9999);
            a.postalCode = QStringLiteral("%1").arg(10000 + i % 40000);
            a.industry = industries[i % 6];
            a.segment = segments[i % 3];
            a.tier = tiers[(i / 3) % 3];
        }
    }
};

} // namespace tp::testsupport
