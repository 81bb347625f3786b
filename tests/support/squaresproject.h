#pragma once
// SquaresProject: a hand-made project small enough to reason about pixel by pixel: six units,
// 1 x 1 degree squares in two rows (row 0, lat 40..41: units 0, 1, 2 from lon -100 to -97;
// row 1, lat 41..42: units 3, 4, 5), with adjacency; one scenario where territory 10 (red) has
// units 0, 1, 2 and territory 11 (blue) units 3, 4, while unit 5 is unassigned; one Enterprise
// account in unit 4, away from its centre. Header-only, for the map tests.

#include "geo/adjacencybuilder.h"
#include "model/project.h"

#include <QColor>

#include <boost/geometry/algorithms/envelope.hpp>

#include <vector>

namespace tp::testsupport {

struct SquaresProject {
    static inline const QColor red{0xd6, 0x27, 0x28};
    static inline const QColor blue{0x1f, 0x77, 0xb4};
    static constexpr qint64 west = 10, east = 11; // red, blue
    static constexpr int unitCount = 6;

    static geo::GeoPoint unitCentre(int unit) { return {-100.0 + (unit % 3) + 0.5, 40.0 + (unit / 3) + 0.5}; }
    static geo::GeoPoint accountLocation() { return {-98.25, 41.25}; }

    static Project make() {
        Project p;
        p.title = QStringLiteral("canvas test");
        for (int i = 0; i < unitCount; ++i) {
            const double x0 = -100.0 + i % 3, y0 = 40.0 + i / 3;
            Unit u;
            u.code = QString::number(i);
            u.name = QStringLiteral("Unit %1").arg(i);
            geo::Polygon poly;
            poly.outer() = {{x0, y0}, {x0, y0 + 1}, {x0 + 1, y0 + 1}, {x0 + 1, y0}, {x0, y0}};
            u.shape.push_back(poly);
            boost::geometry::envelope(u.shape, u.bounds);
            p.units.push_back(u);
        }
        std::vector<geo::MultiPolygon> shapes;
        for (const Unit& u : p.units) shapes.push_back(u.shape);
        p.adjacency = geo::AdjacencyBuilder::build(shapes);

        Scenario s;
        s.id = 1;
        s.name = QStringLiteral("Base");
        s.unitTerritory = {west, west, west, east, east, 0};
        p.scenarios.push_back(s);
        p.currentScenarioId = 1;
        Territory t1;
        t1.id = west;
        t1.scenarioId = 1;
        t1.name = QStringLiteral("West");
        t1.color = red.name();
        Territory t2 = t1;
        t2.id = east;
        t2.name = QStringLiteral("East");
        t2.color = blue.name();
        p.territories = {t1, t2};

        Account a;
        a.id = 1;
        a.externalId = QStringLiteral("A-1");
        a.segment = QStringLiteral("Enterprise");
        a.location = accountLocation();
        a.unit = 4;
        p.accounts.push_back(a);
        p.reindex();
        return p;
    }
};

} // namespace tp::testsupport
