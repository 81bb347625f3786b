#pragma once
// PlanarInstance: generated optimiser instances for tests and benchmarks. grid(): w x h square
// units with 4-neighbour adjacency and block territories; delaunay(): n random points joined by
// their Delaunay triangulation (the dual of Boost.Polygon's Voronoi diagram), territories = the
// points nearest to each of p random sites (connected in that graph). Every unit holds one
// account with workload in [4,20] h, revenue potential in [15,400] and pipeline in [15,100];
// every territory has a rep at home in its site / block centre. Deterministic for a seed.
// Header-only, for the test and bench executables.

#include "model/project.h"

#include "geo/geodesy.h"
#include "support/makerep.h"

#include <boost/polygon/voronoi.hpp>

#include <random>

namespace tp::testsupport {

struct PlanarInstance {
    static constexpr qint64 firstTerritory = 100;

    static Unit squareUnit(double lon, double lat, double half, const QString& code) {
        Unit u;
        u.code = code;
        u.name = QStringLiteral("Unit %1").arg(code);
        geo::Polygon poly;
        poly.outer() = {{lon - half, lat - half},
                        {lon - half, lat + half},
                        {lon + half, lat + half},
                        {lon + half, lat - half},
                        {lon - half, lat - half}};
        u.shape = {poly};
        u.bounds = geo::Box({lon - half, lat - half}, {lon + half, lat + half});
        u.areaM2 = geo::Geodesy::areaM2(u.shape);
        u.perimeterM = geo::Geodesy::perimeterM(u.shape);
        return u;
    }

    static void addAccount(Project& p, int unit, std::mt19937_64& rng, double workloadFactor = 1.0) {
        std::uniform_real_distribution<double> w(4, 20), r(15, 400), q(15, 100);
        Account a;
        a.id = 1'000'000 + qint64(p.accounts.size());
        a.externalId = QStringLiteral("A%1").arg(a.id);
        a.unit = unit;
        const geo::Box& b = p.units[std::size_t(unit)].bounds;
        a.location = {(b.min_corner().lon + b.max_corner().lon) / 2, (b.min_corner().lat + b.max_corner().lat) / 2};
        a.workloadHours = w(rng) * workloadFactor;
        a.revenuePotential = r(rng);
        a.pipeline = q(rng);
        a.revenue = a.revenuePotential / 4;
        p.accounts.push_back(a);
    }

    static void addTerritories(Project& p, int count, const std::vector<geo::GeoPoint>& homes) {
        Scenario s;
        s.id = 1;
        s.name = QStringLiteral("Start");
        s.unitTerritory.assign(p.units.size(), 0);
        p.scenarios.push_back(s);
        p.currentScenarioId = 1;
        for (int t = 0; t < count; ++t) {
            p.reps.push_back(makeRep(t + 1, QStringLiteral("Rep %1").arg(t + 1), homes[std::size_t(t)], 1600));
            p.territories.push_back(Territory{firstTerritory + t, 1, QStringLiteral("T%1").arg(t + 1),
                                              QStringLiteral("#336699"), t + 1, 0, Territory::Level::Territory, false});
        }
    }

    // Territories are bx x by blocks; units in the lower-left quarter carry `skew` x the workload.
    static Project grid(int w, int h, int bx, int by, quint64 seed, double skew = 1.0) {
        Project p;
        p.title = QStringLiteral("grid");
        std::mt19937_64 rng(seed);
        const double d = 0.1;
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const int i = y * w + x;
                p.units.push_back(squareUnit(-100 + (x + 0.5) * d, 35 + (y + 0.5) * d, d / 2, QString::number(i)));
                if (x + 1 < w) p.adjacency.push_back({i, i + 1, 9000.0, {}});
                if (y + 1 < h) p.adjacency.push_back({i, i + w, 11000.0, {}});
            }
        for (int i = 0; i < w * h; ++i) addAccount(p, i, rng, (i % w < w / 2 && i / w < h / 2) ? skew : 1.0);
        std::vector<geo::GeoPoint> homes;
        for (int t = 0; t < bx * by; ++t)
            homes.push_back({-100 + ((t % bx) + 0.5) * w * d / bx, 35 + ((t / bx) + 0.5) * h * d / by});
        addTerritories(p, bx * by, homes);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                p.scenarios.front().unitTerritory[std::size_t(y * w + x)] =
                    firstTerritory + (y * by / h) * bx + x * bx / w;
        p.reindex();
        return p;
    }

    static Project delaunay(int n, int territories, quint64 seed) {
        Project p;
        p.title = QStringLiteral("delaunay");
        std::mt19937_64 rng(seed);
        std::uniform_int_distribution<int> coordinate(0, 1'000'000);
        std::vector<boost::polygon::point_data<int>> points;
        for (int i = 0; i < n; ++i) points.push_back({coordinate(rng), coordinate(rng)});
        std::sort(points.begin(), points.end());
        points.erase(std::unique(points.begin(), points.end()), points.end());
        auto lonOf = [](double x) { return -100 + x * 1e-5 * 10; }; // 10 degrees wide
        auto latOf = [](double y) { return 35 + y * 1e-5 * 8; };    // 8 degrees high
        const double half = 0.5 * 10.0 / std::sqrt(double(points.size()));
        for (std::size_t i = 0; i < points.size(); ++i)
            p.units.push_back(squareUnit(lonOf(points[i].x()), latOf(points[i].y()), half * 0.5, QString::number(i)));
        boost::polygon::voronoi_diagram<double> vd;
        boost::polygon::construct_voronoi(points.begin(), points.end(), &vd);
        for (const auto& edge : vd.edges()) {
            if (!edge.is_primary()) continue;
            const int a = int(edge.cell()->source_index()), b = int(edge.twin()->cell()->source_index());
            if (a >= b) continue; // each pair once
            double length = 0.0;
            if (edge.is_finite())
                length = geo::Geodesy::distanceM({lonOf(edge.vertex0()->x()), latOf(edge.vertex0()->y())},
                                                 {lonOf(edge.vertex1()->x()), latOf(edge.vertex1()->y())});
            else
                length = 0.5
                         * geo::Geodesy::distanceM(p.units[std::size_t(a)].bounds.min_corner(),
                                                   p.units[std::size_t(b)].bounds.min_corner());
            p.adjacency.push_back({a, b, std::max(1.0, length), {}});
        }
        for (std::size_t i = 0; i < points.size(); ++i) addAccount(p, int(i), rng);
        std::vector<geo::GeoPoint> homes;
        std::vector<int> sites;
        std::uniform_int_distribution<int> pick(0, int(points.size()) - 1);
        while (int(sites.size()) < territories) {
            const int s = pick(rng);
            if (std::find(sites.begin(), sites.end(), s) == sites.end()) sites.push_back(s);
        }
        for (int s : sites) homes.push_back({lonOf(points[std::size_t(s)].x()), latOf(points[std::size_t(s)].y())});
        addTerritories(p, territories, homes);
        for (std::size_t i = 0; i < points.size(); ++i) {
            double best = 1e300;
            for (int t = 0; t < territories; ++t) {
                const double dx = double(points[i].x()) - points[std::size_t(sites[std::size_t(t)])].x();
                const double dy = double(points[i].y()) - points[std::size_t(sites[std::size_t(t)])].y();
                if (dx * dx + dy * dy < best) {
                    best = dx * dx + dy * dy;
                    p.scenarios.front().unitTerritory[i] = firstTerritory + t;
                }
            }
        }
        p.reindex();
        return p;
    }
};

} // namespace tp::testsupport
