#pragma once
// BoundaryBalancer: evens out territory loads after a first plan (e.g. RegionGrower's) by moving
// border units from a heavier territory to a lighter neighbouring one. A move is made only when it
// narrows the gap between the two territories, the unit borders the receiver at least as much as
// its own territory (so borders stay smooth), the giver keeps its seed and does not fall into
// more pieces. Greedy, in unit
// order, so the result is deterministic. Owns its adjacency lists; one thread at a time.

#include "model/project.h"

#include <vector>

namespace tp::optimize {

class BoundaryBalancer {
public:
    // owner[u] = territory index of unit u (-1: none); seeds[k] = a unit territory k must keep.
    BoundaryBalancer(const Project& project, std::vector<int> owner, std::vector<int> seeds,
                     std::vector<double> unitLoad);

    // Up to `passes` sweeps over all units; stops early when a sweep moves nothing.
    // Returns how many units moved.
    int balance(int passes = 50);
    // Moves up to `count` units of territory `from` that border `to` into `to`, ring by ring from
    // the border, while each move narrows the load gap between the two and keeps `from` whole.
    // Returns how many moved.
    int moveBorderUnits(int from, int to, int count);

    const std::vector<int>& owner() const { return m_owner; }
    double load(int territory) const { return m_load[std::size_t(territory)]; }

private:
    bool bordersTerritory(int unit, int territory) const;
    double borderWith(int unit, int territory) const; // metres of the unit's border shared with it
    // Would `territory` stay connected if `unit` left it? Breadth-first over its other units.
    bool staysConnectedWithout(int unit);
    void move(int unit, int to);

    std::vector<std::vector<int>> m_neighbours;
    std::vector<std::vector<double>> m_borderM; // parallel to m_neighbours
    std::vector<int> m_owner;
    std::vector<char> m_isSeed;
    std::vector<double> m_unitLoad;
    std::vector<double> m_load;
    std::vector<int> m_size;
    std::vector<int> m_seen, m_queue;
    int m_stamp = 0;
};

} // namespace tp::optimize
