#include "territorycolouring.h"

#include "project.h"

#include <QSet>

#include <algorithm>

namespace tp {

const QStringList& TerritoryColouring::palette() {
    // Immutable after first use; bright first, then muted.
    static const QStringList colours{"#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB",
                                     "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677"};
    return colours;
}

QHash<qint64, QSet<qint64>> TerritoryColouring::neighbours(const Project& project, const Scenario& scenario) {
    QHash<qint64, QSet<qint64>> result;
    for (const Territory* t : project.territoriesOf(scenario.id))
        if (t->level == Territory::Level::Territory) result.insert(t->id, {});
    const std::size_t n = scenario.unitTerritory.size();
    for (const geo::SharedEdge& e : project.adjacency) {
        if (std::size_t(e.unitA) >= n || std::size_t(e.unitB) >= n) continue;
        const qint64 a = scenario.unitTerritory[std::size_t(e.unitA)], b = scenario.unitTerritory[std::size_t(e.unitB)];
        if (a == b || !result.contains(a) || !result.contains(b)) continue;
        result[a].insert(b);
        result[b].insert(a);
    }
    return result;
}

QHash<qint64, QString> TerritoryColouring::colour(const Project& project, const Scenario& scenario) {
    const QHash<qint64, QSet<qint64>> adjacent = neighbours(project, scenario);
    std::vector<qint64> ids;
    for (const Territory* t : project.territoriesOf(scenario.id))
        if (t->level == Territory::Level::Territory) ids.push_back(t->id);
    QHash<qint64, int> colourOf;
    const QStringList& colours = palette();
    while (colourOf.size() < qsizetype(ids.size())) {
        // DSatur: the uncoloured territory with the most differently coloured neighbours,
        // then the most neighbours, then list order.
        qint64 next = 0;
        int bestSaturation = -1, bestDegree = -1;
        for (qint64 id : ids) {
            if (colourOf.contains(id)) continue;
            QSet<int> seen;
            for (qint64 n : adjacent.value(id))
                if (colourOf.contains(n)) seen.insert(colourOf.value(n));
            const int saturation = int(seen.size()), degree = int(adjacent.value(id).size());
            if (saturation > bestSaturation || (saturation == bestSaturation && degree > bestDegree)) {
                next = id;
                bestSaturation = saturation;
                bestDegree = degree;
            }
        }
        QSet<int> used;
        for (qint64 n : adjacent.value(next))
            if (colourOf.contains(n)) used.insert(colourOf.value(n));
        // The least used colour among those no neighbour has, so colours spread evenly.
        QHash<int, int> uses;
        for (int c : colourOf) ++uses[c];
        int choice = -1;
        for (int c = 0; c < int(colours.size()); ++c)
            if (!used.contains(c) && (choice < 0 || uses.value(c) < uses.value(choice))) choice = c;
        if (choice < 0) choice = int(colourOf.size() % colours.size()); // more than 14 neighbours
        colourOf.insert(next, choice);
    }
    QHash<qint64, QString> result;
    for (auto it = colourOf.cbegin(); it != colourOf.cend(); ++it) result.insert(it.key(), colours[it.value()]);
    return result;
}

} // namespace tp
