#include "contiguity.h"

#include "project.h"
#include "unitgraph.h"

#include <QHash>

#include <algorithm>

namespace tp {

std::vector<int> Contiguity::strayUnits(const Project& project, const Scenario& scenario) {
    return strayUnits(project, scenario, UnitGraph(int(project.units.size()), project.adjacency));
}

std::vector<int> Contiguity::strayUnits(const Project& project, const Scenario& scenario, const UnitGraph& graph) {
    const std::size_t n =
        std::min({project.units.size(), scenario.unitTerritory.size(), std::size_t(graph.unitCount())});
    // Label the pieces, then keep the largest (by area) of each territory.
    std::vector<int> piece(n, -1);
    std::vector<double> pieceArea;
    std::vector<qint64> pieceTerritory;
    std::vector<int> queue;
    for (std::size_t start = 0; start < n; ++start) {
        const qint64 t = scenario.unitTerritory[start];
        if (t == 0 || piece[start] >= 0) continue;
        const int id = int(pieceArea.size());
        pieceArea.push_back(0.0);
        pieceTerritory.push_back(t);
        queue.assign(1, int(start));
        piece[start] = id;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const int u = queue[head];
            pieceArea[std::size_t(id)] += project.units[std::size_t(u)].areaM2;
            for (int v : graph.neighbours(u)) {
                if (std::size_t(v) >= n || piece[std::size_t(v)] >= 0 || scenario.unitTerritory[std::size_t(v)] != t)
                    continue;
                piece[std::size_t(v)] = id;
                queue.push_back(v);
            }
        }
    }
    QHash<qint64, int> mainPiece;
    for (std::size_t p = 0; p < pieceArea.size(); ++p) {
        auto it = mainPiece.find(pieceTerritory[p]);
        if (it == mainPiece.end())
            mainPiece.insert(pieceTerritory[p], int(p));
        else if (pieceArea[p] > pieceArea[std::size_t(it.value())])
            it.value() = int(p);
    }
    std::vector<int> stray;
    for (std::size_t u = 0; u < n; ++u)
        if (piece[u] >= 0 && mainPiece.value(scenario.unitTerritory[u]) != piece[u]) stray.push_back(int(u));
    return stray;
}

} // namespace tp
