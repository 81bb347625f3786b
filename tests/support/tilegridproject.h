#pragma once
// TileGridProject: a small grid of square units (cell x cell degrees, `width` x `height`, unit
// index y * width + x, row 0 in the south) whose territories a function chooses, for tests that
// reason about where units lie: border drags, brushes, enclosed areas. Adjacency (with its border
// segments) comes from AdjacencyBuilder; areas and perimeters from Geodesy; one account per unit
// (10 workload hours) so the balance figures move with every unit. Territory t has id 100 + t and
// name "T<t>"; `territoryOf` returning -1 leaves a unit unassigned. Header-only.

#include "geo/adjacencybuilder.h"
#include "geo/geodesy.h"
#include "model/project.h"

#include <QColor>

#include <functional>
#include <vector>

namespace tp::testsupport {

struct TileGridProject {
    int width = 20, height = 12;
    double lon0 = -104.0, lat0 = 36.0, cell = 0.5;

    static constexpr qint64 idOf(int territory) { return 100 + territory; }
    int unit(int x, int y) const { return y * width + x; }
    geo::GeoPoint centre(int x, int y) const { return {lon0 + (x + 0.5) * cell, lat0 + (y + 0.5) * cell}; }
    geo::GeoPoint corner(int x, int y) const {
        return {lon0 + x * cell, lat0 + y * cell};
    } // south-west corner of cell (x, y)

    Project make(int territoryCount, const std::function<int(int x, int y)>& territoryOf) const {
        Project p;
        p.title = QStringLiteral("Tile grid");
        std::vector<geo::MultiPolygon> shapes;
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) {
                const geo::GeoPoint c = corner(x, y);
                Unit u;
                u.code = QStringLiteral("%1-%2").arg(x).arg(y);
                u.name = QStringLiteral("Cell %1,%2").arg(x).arg(y);
                geo::Polygon poly;
                poly.outer() = {c, {c.lon, c.lat + cell}, {c.lon + cell, c.lat + cell}, {c.lon + cell, c.lat}, c};
                u.shape = {poly};
                u.bounds = geo::Box(c, geo::GeoPoint{c.lon + cell, c.lat + cell});
                u.areaM2 = geo::Geodesy::areaM2(u.shape);
                u.perimeterM = geo::Geodesy::perimeterM(u.shape);
                shapes.push_back(u.shape);
                p.units.push_back(std::move(u));
            }
        p.adjacency = geo::AdjacencyBuilder::build(shapes);
        Scenario s;
        s.id = 1;
        s.name = QStringLiteral("Base");
        for (int t = 0; t < territoryCount; ++t) {
            Territory territory;
            territory.id = idOf(t);
            territory.scenarioId = s.id;
            territory.name = QStringLiteral("T%1").arg(t);
            territory.color = QColor::fromHsv((t * 97) % 360, 160, 220).name();
            p.territories.push_back(territory);
        }
        s.unitTerritory.resize(p.units.size(), 0);
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) {
                const int t = territoryOf(x, y);
                s.unitTerritory[std::size_t(unit(x, y))] = t < 0 ? 0 : idOf(t);
                Account a;
                a.id = 1 + unit(x, y);
                a.externalId = QStringLiteral("A-%1").arg(a.id);
                a.location = centre(x, y);
                a.unit = unit(x, y);
                a.workloadHours = 10;
                a.revenuePotential = 1000;
                p.accounts.push_back(a);
            }
        p.scenarios.push_back(s);
        p.currentScenarioId = s.id;
        p.reindex();
        return p;
    }
};

} // namespace tp::testsupport
