#include "enclosedunits.h"

#include "geo/geodesy.h"
#include "model/project.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <algorithm>

namespace tp::session {
namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

struct Unselected {
    const std::vector<char>* selected = nullptr;
    bool operator()(Graph::vertex_descriptor v) const { return !(*selected)[v]; }
};

} // namespace

std::vector<char> EnclosedUnits::onOuterBoundary(const Project& project) {
    const std::size_t n = project.units.size();
    std::vector<double> shared(n, 0.0);
    std::vector<char> hasNeighbour(n, 0);
    for (const geo::SharedEdge& e : project.adjacency) {
        if (e.unitA < 0 || e.unitB < 0 || std::size_t(e.unitA) >= n || std::size_t(e.unitB) >= n) continue;
        shared[std::size_t(e.unitA)] += e.lengthM;
        shared[std::size_t(e.unitB)] += e.lengthM;
        hasNeighbour[std::size_t(e.unitA)] = hasNeighbour[std::size_t(e.unitB)] = 1;
    }
    std::vector<char> outer(n, 0);
    for (std::size_t u = 0; u < n; ++u) {
        const Unit& unit = project.units[u];
        const double perimeter = unit.perimeterM > 0 ? unit.perimeterM : geo::Geodesy::perimeterM(unit.shape);
        // Shared lengths and the perimeter come from the same vertices: what is left beyond
        // rounding is a border with no unit behind it.
        outer[u] = !hasNeighbour[u] || perimeter - shared[u] > std::max(1.0, 1e-3 * perimeter);
    }
    return outer;
}

std::vector<int> EnclosedUnits::of(const Project& project, const std::vector<int>& selection) {
    const std::size_t n = project.units.size();
    std::vector<char> selected(n, 0);
    bool any = false;
    for (int u : selection)
        if (u >= 0 && std::size_t(u) < n) selected[std::size_t(u)] = any = 1;
    if (!any || std::find(selected.begin(), selected.end(), 0) == selected.end())
        return {}; // nothing, or nothing left to enclose
    Graph graph(n);
    for (const geo::SharedEdge& e : project.adjacency)
        if (e.unitA >= 0 && e.unitB >= 0 && std::size_t(e.unitA) < n && std::size_t(e.unitB) < n)
            boost::add_edge(std::size_t(e.unitA), std::size_t(e.unitB), graph);
    std::vector<int> piece(n, -1);
    const boost::filtered_graph<Graph, boost::keep_all, Unselected> rest(graph, boost::keep_all(),
                                                                         Unselected{&selected});
    boost::connected_components(
        rest, boost::make_iterator_property_map(piece.begin(), boost::get(boost::vertex_index, graph)));
    const int pieces = 1 + *std::max_element(piece.begin(), piece.end());
    std::vector<char> open(std::size_t(pieces), 0);
    const std::vector<char> outer = onOuterBoundary(project);
    for (std::size_t u = 0; u < n; ++u)
        if (piece[u] >= 0 && outer[u]) open[std::size_t(piece[u])] = 1;
    std::vector<int> enclosed;
    for (std::size_t u = 0; u < n; ++u)
        if (piece[u] >= 0 && !selected[u] && !open[std::size_t(piece[u])]) enclosed.push_back(int(u));
    return enclosed;
}

} // namespace tp::session
