#include "assignmentsolver.h"

#include <limits>

namespace tp::optimize {

namespace {

// Rows <= columns: u, v are the dual potentials; p[c] the row matched to column c (1-based,
// 0: none); each row is added by a shortest augmenting path (Dijkstra on reduced costs).
std::vector<int> hungarian(const std::vector<std::vector<double>>& a, int rows, int columns) {
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(std::size_t(rows) + 1, 0.0), v(std::size_t(columns) + 1, 0.0);
    std::vector<int> p(std::size_t(columns) + 1, 0), way(std::size_t(columns) + 1, 0);
    for (int i = 1; i <= rows; ++i) {
        p[0] = i;
        int j0 = 0;
        std::vector<double> minv(std::size_t(columns) + 1, inf);
        std::vector<char> used(std::size_t(columns) + 1, 0);
        do {
            used[std::size_t(j0)] = 1;
            const int i0 = p[std::size_t(j0)];
            double delta = inf;
            int j1 = 0;
            for (int j = 1; j <= columns; ++j) {
                if (used[std::size_t(j)]) continue;
                const double cur = a[std::size_t(i0 - 1)][std::size_t(j - 1)] - u[std::size_t(i0)] - v[std::size_t(j)];
                if (cur < minv[std::size_t(j)]) {
                    minv[std::size_t(j)] = cur;
                    way[std::size_t(j)] = j0;
                }
                if (minv[std::size_t(j)] < delta) {
                    delta = minv[std::size_t(j)];
                    j1 = j;
                }
            }
            for (int j = 0; j <= columns; ++j) {
                if (used[std::size_t(j)]) {
                    u[std::size_t(p[std::size_t(j)])] += delta;
                    v[std::size_t(j)] -= delta;
                } else {
                    minv[std::size_t(j)] -= delta;
                }
            }
            j0 = j1;
        } while (p[std::size_t(j0)] != 0);
        do {
            const int j1 = way[std::size_t(j0)];
            p[std::size_t(j0)] = p[std::size_t(j1)];
            j0 = j1;
        } while (j0 != 0);
    }
    std::vector<int> columnOfRow(std::size_t(rows), -1);
    for (int j = 1; j <= columns; ++j)
        if (p[std::size_t(j)] > 0) columnOfRow[std::size_t(p[std::size_t(j)] - 1)] = j - 1;
    return columnOfRow;
}

} // namespace

Assignment AssignmentSolver::solve(const std::vector<std::vector<double>>& cost) {
    Assignment result;
    const int rows = int(cost.size());
    const int columns = rows > 0 ? int(cost.front().size()) : 0;
    result.columnOfRow.assign(std::size_t(rows), -1);
    if (rows == 0 || columns == 0) return result;
    if (rows <= columns) {
        result.columnOfRow = hungarian(cost, rows, columns);
    } else {
        std::vector<std::vector<double>> transposed(static_cast<std::size_t>(columns),
                                                    std::vector<double>(static_cast<std::size_t>(rows)));
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c)
                transposed[std::size_t(c)][std::size_t(r)] = cost[std::size_t(r)][std::size_t(c)];
        const std::vector<int> rowOfColumn = hungarian(transposed, columns, rows);
        for (int c = 0; c < columns; ++c) result.columnOfRow[std::size_t(rowOfColumn[std::size_t(c)])] = c;
    }
    for (int r = 0; r < rows; ++r)
        if (const int c = result.columnOfRow[std::size_t(r)]; c >= 0)
            result.cost += cost[std::size_t(r)][std::size_t(c)];
    return result;
}

} // namespace tp::optimize
