#pragma once
// AssignmentSolver: the minimum-cost assignment of rows to columns (the linear assignment
// problem), by the Hungarian method with potentials (Kuhn-Munkres, O(r^2 c) for r <= c). Every
// row gets a different column when rows <= columns; with more rows than columns every column
// gets a row and the other rows stay unassigned. Written here because Boost 1.74's
// maximum_weighted_matching (general graphs) returns non-optimal matchings and can fail to
// terminate on some inputs (boostorg/graph issues 223, 306, 399). Stateless; any thread.

#include <vector>

namespace tp::optimize {

struct Assignment {
    std::vector<int> columnOfRow; // -1: unassigned (only when there are more rows than columns)
    double cost = 0.0;            // sum of the chosen cells
};

class AssignmentSolver {
public:
    // cost[r][c], every row the same length, finite values. An empty matrix gives an empty result.
    static Assignment solve(const std::vector<std::vector<double>>& cost);
};

} // namespace tp::optimize
