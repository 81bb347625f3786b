// TransferPlanner: the min-cost flow that says how much load crosses which border. Checked here
// against the loads themselves: after the arcs every territory is inside its aim when the borders
// allow it, load only crosses borders that exist, a territory already inside gets no more than
// what passes through it, the arcs come sources first, and the amount moved is the least one
// (compared with the obvious plan on a chain, where there is only one way).
#include "optimize/transferplanner.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace tp::optimize;
using Borders = std::vector<std::pair<int, int>>;

Q_DECLARE_METATYPE(Borders)
Q_DECLARE_METATYPE(std::vector<double>)

class TstTransferPlanner : public QObject {
    Q_OBJECT
private slots:
    void landsInsideTheAim_data() {
        QTest::addColumn<std::vector<double>>("load");
        QTest::addColumn<Borders>("borders");
        QTest::addColumn<double>("leastMoved"); // < 0: not checked
        // A chain 0-1-2-3: 0.465 has to travel three borders.
        QTest::newRow("chain") << std::vector<double>{1.5, 1.0, 1.0, 0.5} << Borders{{0, 1}, {1, 2}, {2, 3}}
                               << 3 * 0.465;
        // A star: the centre is over, every leaf under; one border each.
        QTest::newRow("star") << std::vector<double>{1.9, 0.7, 0.7, 0.7} << Borders{{0, 1}, {0, 2}, {0, 3}} << 0.865;
        // A ring of six with two over and two under.
        QTest::newRow("ring") << std::vector<double>{1.3, 1.0, 0.7, 1.2, 1.0, 0.8}
                              << Borders{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 0}} << -1.0;
        QTest::newRow("all inside") << std::vector<double>{1.01, 0.99, 1.0} << Borders{{0, 1}, {1, 2}} << 0.0;
    }
    void landsInsideTheAim() {
        QFETCH(std::vector<double>, load);
        QFETCH(Borders, borders);
        QFETCH(double, leastMoved);
        const double aim = 0.035;
        const std::vector<double> target(load.size(),
                                         std::accumulate(load.begin(), load.end(), 0.0) / double(load.size()));
        const std::vector<TransferPlanner::Arc> arcs = TransferPlanner::plan(load, target, aim, aim, borders);
        std::vector<double> after = load;
        std::vector<int> given(load.size(), 0);
        double moved = 0.0;
        for (const TransferPlanner::Arc& a : arcs) {
            QVERIFY(a.amount > 0);
            const bool exists =
                std::find(borders.begin(), borders.end(), std::make_pair(a.from, a.to)) != borders.end()
                || std::find(borders.begin(), borders.end(), std::make_pair(a.to, a.from)) != borders.end();
            QVERIFY2(exists, qPrintable(QStringLiteral("%1 -> %2").arg(a.from).arg(a.to)));
            // Sources first: nothing comes into a territory after it has given.
            QVERIFY2(!given[std::size_t(a.to)], qPrintable(QStringLiteral("%1 receives after giving").arg(a.to)));
            given[std::size_t(a.from)] = 1;
            after[std::size_t(a.from)] -= a.amount;
            after[std::size_t(a.to)] += a.amount;
            moved += a.amount;
        }
        for (std::size_t k = 0; k < after.size(); ++k)
            QVERIFY2(std::abs(after[k] / target[k] - 1.0) <= aim + 1e-5,
                     qPrintable(QStringLiteral("territory %1 at %2").arg(k).arg(after[k])));
        if (leastMoved >= 0) QVERIFY2(std::abs(moved - leastMoved) < 1e-4, qPrintable(QString::number(moved)));
    }

    void insideTheBandIsLeftAlone() {
        // 1 is inside the +-5 % band but beyond the +-3.5 % aim: nothing moves for it.
        const std::vector<double> load{1.3, 1.045, 0.7, 0.955}, target(4, 1.0);
        const auto arcs = TransferPlanner::plan(load, target, 0.035, 0.05, {{0, 1}, {1, 2}, {2, 3}, {3, 0}});
        double moved = 0.0;
        for (const TransferPlanner::Arc& a : arcs) moved += a.amount;
        // 0 gives 0.265 to 2 over two borders (through 1 or 3): 0.53 in all.
        QVERIFY2(std::abs(moved - 0.53) < 1e-4, qPrintable(QString::number(moved)));
    }

    void whatCannotArriveIsNotAsked() {
        // 3 is cut off from the others: its shortfall cannot be met, the rest still balances.
        const std::vector<double> load{1.3, 1.0, 1.0, 0.7}, target(4, 1.0);
        const auto arcs = TransferPlanner::plan(load, target, 0.035, 0.035, {{0, 1}, {1, 2}});
        for (const TransferPlanner::Arc& a : arcs) QVERIFY(a.to != 3 && a.from != 3);
        double out0 = 0.0;
        for (const TransferPlanner::Arc& a : arcs)
            if (a.from == 0) out0 += a.amount;
        // 0 gives what 1 and 2 can take inside their aim: 2 x 0.035.
        QVERIFY2(std::abs(out0 - 0.07) < 1e-4, qPrintable(QString::number(out0)));
    }
};

QTEST_APPLESS_MAIN(TstTransferPlanner)
#include "tst_transferplanner.moc"
