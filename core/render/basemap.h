#pragma once
// BaseMap: the bundled background geography (world countries, the US outline, US states and
// counties) as loaded by BaseMapLoader, in EPSG:4326. Plain immutable-after-load data: the map
// canvas shares one instance between its render threads through std::shared_ptr<const BaseMap>.
// Any thread once built.

#include "geo/geometry.h"

#include <QString>

#include <vector>

namespace tp::render {

struct BaseMap {
    struct Feature {
        QString code; // FIPS code for states and counties, empty for countries
        QString name;
        QString parentCode; // the state code of a county
        geo::MultiPolygon shape;
    };

    std::vector<Feature> countries;
    std::vector<Feature> nation;
    std::vector<Feature> states;
    std::vector<Feature> counties;

    bool isEmpty() const { return countries.empty() && nation.empty() && states.empty() && counties.empty(); }
};

} // namespace tp::render
