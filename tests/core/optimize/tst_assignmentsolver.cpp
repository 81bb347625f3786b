// AssignmentSolver: the Hungarian method finds the minimum-cost assignment: checked against
// trying every assignment on small square and rectangular matrices (random, with ties and
// negative costs), and on hand-made cases where a greedy pass goes wrong.
#include "optimize/assignmentsolver.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace tp::optimize;

namespace {

// The best total over every injective map of the shorter side into the longer one.
double bruteForce(const std::vector<std::vector<double>>& cost) {
    const int rows = int(cost.size()), columns = int(cost.front().size());
    const int n = std::max(rows, columns);
    std::vector<int> perm(std::size_t(n), 0);
    std::iota(perm.begin(), perm.end(), 0);
    double best = std::numeric_limits<double>::infinity();
    do {
        double total = 0;
        // rows <= columns: row r takes column perm[r]; else column c takes row perm[c].
        if (rows <= columns)
            for (int r = 0; r < rows; ++r) total += cost[std::size_t(r)][std::size_t(perm[std::size_t(r)])];
        else
            for (int c = 0; c < columns; ++c) total += cost[std::size_t(perm[std::size_t(c)])][std::size_t(c)];
        best = std::min(best, total);
    } while (std::next_permutation(perm.begin(), perm.end()));
    return best;
}

bool valid(const Assignment& a, int rows, int columns) {
    std::vector<char> used(std::size_t(columns), 0);
    int assigned = 0;
    for (int c : a.columnOfRow) {
        if (c < 0) continue;
        if (c >= columns || used[std::size_t(c)]) return false;
        used[std::size_t(c)] = 1;
        ++assigned;
    }
    return assigned == std::min(rows, columns) && int(a.columnOfRow.size()) == rows;
}

} // namespace

class TestAssignmentSolver : public QObject {
    Q_OBJECT
private slots:
    void optimalAgainstBruteForce_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("values"); // costs drawn from 0..values-1 (few values: many ties)
        QTest::newRow("1x1") << 1 << 1 << 100;
        QTest::newRow("3x3") << 3 << 3 << 100;
        QTest::newRow("5x5 ties") << 5 << 5 << 3;
        QTest::newRow("6x6") << 6 << 6 << 1000;
        QTest::newRow("7x7") << 7 << 7 << 50;
        QTest::newRow("3x6 (more reps than territories)") << 3 << 6 << 100;
        QTest::newRow("7x4 (more territories than reps)") << 7 << 4 << 100;
        QTest::newRow("2x8") << 2 << 8 << 20;
    }
    void optimalAgainstBruteForce() {
        QFETCH(int, rows);
        QFETCH(int, columns);
        QFETCH(int, values);
        QRandomGenerator random(quint32(rows * 131 + columns * 7 + values));
        for (int trial = 0; trial < 60; ++trial) {
            std::vector<std::vector<double>> cost(static_cast<std::size_t>(rows),
                                                  std::vector<double>(static_cast<std::size_t>(columns)));
            for (auto& row : cost)
                for (double& c : row)
                    c = double(random.bounded(values)) - (trial % 3 == 0 ? values / 2 : 0)
                        + (trial % 5 == 0 ? random.generateDouble() : 0.0);
            const Assignment a = AssignmentSolver::solve(cost);
            QVERIFY(valid(a, rows, columns));
            double total = 0;
            for (int r = 0; r < rows; ++r)
                if (a.columnOfRow[std::size_t(r)] >= 0)
                    total += cost[std::size_t(r)][std::size_t(a.columnOfRow[std::size_t(r)])];
            QCOMPARE(a.cost, total);
            const double best = bruteForce(cost);
            QVERIFY2(std::abs(a.cost - best) < 1e-9,
                     qPrintable(QStringLiteral("trial %1: %2 vs best %3").arg(trial).arg(a.cost).arg(best)));
        }
    }

    void beatsGreedy() {
        // Greedy (cheapest cell first) takes 1 then is forced into 100: 101; the optimum is 2 + 3.
        const Assignment a = AssignmentSolver::solve({{1, 2}, {3, 100}});
        QCOMPARE(a.columnOfRow, (std::vector<int>{1, 0}));
        QCOMPARE(a.cost, 5.0);
    }

    void emptyMatrices() {
        QVERIFY(AssignmentSolver::solve({}).columnOfRow.empty());
        const Assignment noColumns = AssignmentSolver::solve({{}, {}});
        QCOMPARE(noColumns.columnOfRow, (std::vector<int>{-1, -1}));
        QCOMPARE(noColumns.cost, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestAssignmentSolver)
#include "tst_assignmentsolver.moc"
