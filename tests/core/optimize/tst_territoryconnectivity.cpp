// TerritoryConnectivity: "does the territory keep its pieces without this unit?" answered by the
// local search or by Boost.Graph's articulation points, compared with a full count of pieces
// before and after taking the unit out (UnitGraph::countPieces), for every unit of random plans on
// grids and Delaunay graphs, with territories that start in several pieces, and again after
// moves (so answers kept from before a change are never used after it).
#include "support/planarinstance.h"

#include "optimize/territoryconnectivity.h"

#include "model/unitgraph.h"

#include <QTest>

#include <random>

using namespace tp;
using namespace tp::optimize;
using tp::testsupport::PlanarInstance;

Q_DECLARE_METATYPE(tp::Project)

namespace {

int piecesOf(UnitGraph& graph, const std::vector<int>& owner, int slot) {
    std::vector<int> members;
    for (int u = 0; u < int(owner.size()); ++u)
        if (owner[std::size_t(u)] == slot) members.push_back(u);
    return graph.countPieces(members, owner, slot);
}

// Territories grown at random from random seeds (long, thin, with holes): many articulation points.
std::vector<int> randomPlan(const UnitGraph& graph, int slotCount, std::mt19937_64& rng) {
    const int n = graph.unitCount();
    std::vector<int> owner(std::size_t(n), -1), frontier;
    std::uniform_int_distribution<int> any(0, n - 1);
    for (int k = 0; k < slotCount; ++k) {
        int u = any(rng);
        while (owner[std::size_t(u)] >= 0) u = any(rng);
        owner[std::size_t(u)] = k;
        frontier.push_back(u);
    }
    while (!frontier.empty()) {
        const std::size_t i = rng() % frontier.size();
        const int u = frontier[i];
        bool grew = false;
        for (int v : graph.neighbours(u))
            if (owner[std::size_t(v)] < 0 && rng() % 3 == 0) {
                owner[std::size_t(v)] = owner[std::size_t(u)];
                frontier.push_back(v);
                grew = true;
                break;
            }
        if (!grew && rng() % 4 == 0) frontier.erase(frontier.begin() + std::ptrdiff_t(i));
    }
    for (int& o : owner)
        if (o < 0) o = int(rng() % std::uint64_t(slotCount)); // leftovers: scattered pieces
    return owner;
}

} // namespace

class TstTerritoryConnectivity : public QObject {
    Q_OBJECT
private slots:
    void agreesWithCountingPieces_data() {
        QTest::addColumn<Project>("project");
        QTest::addColumn<int>("slotCount");
        QTest::newRow("grid 30x30, 4") << PlanarInstance::grid(30, 30, 2, 2, 1) << 4;
        QTest::newRow("grid 40x25, 9") << PlanarInstance::grid(40, 25, 3, 3, 2) << 9;
        QTest::newRow("delaunay 800, 6") << PlanarInstance::delaunay(800, 6, 3) << 6;
        QTest::newRow("delaunay 1500, 3") << PlanarInstance::delaunay(1500, 3, 4) << 3;
    }
    void agreesWithCountingPieces() {
        QFETCH(Project, project);
        QFETCH(int, slotCount);
        UnitGraph graph(int(project.units.size()), project.adjacency);
        std::mt19937_64 rng(quint64(slotCount) * 7919);
        std::vector<int> owner = randomPlan(graph, slotCount, rng);
        TerritoryConnectivity connectivity(graph, slotCount);
        int articulation = 0, checked = 0;
        for (int round = 0; round < 3; ++round) {
            for (int u = 0; u < graph.unitCount(); ++u) {
                const int k = owner[std::size_t(u)];
                const int before = piecesOf(graph, owner, k);
                owner[std::size_t(u)] = -1;
                // Taking out a piece of one unit leaves one piece fewer: that is no split.
                const int after = piecesOf(graph, owner, k);
                owner[std::size_t(u)] = k;
                const bool keeps = after <= before;
                articulation += !keeps;
                ++checked;
                QVERIFY2(connectivity.staysConnectedWithout(u, owner) == keeps,
                         qPrintable(QStringLiteral("unit %1 of territory %2: %3 -> %4 pieces")
                                        .arg(u)
                                        .arg(k)
                                        .arg(before)
                                        .arg(after)));
                // Not thorough: never a wrong "yes".
                if (!keeps) QVERIFY(!connectivity.staysConnectedWithout(u, owner, false));
            }
            // Move a few hundred units where that keeps their territory whole, then ask again.
            for (int i = 0; i < 300; ++i) {
                const int u = int(rng() % std::uint64_t(graph.unitCount()));
                const auto nb = graph.neighbours(u);
                if (nb.empty()) continue;
                const int to = owner[std::size_t(nb[rng() % nb.size()])], from = owner[std::size_t(u)];
                if (to == from || !connectivity.staysConnectedWithout(u, owner)) continue;
                owner[std::size_t(u)] = to;
                connectivity.changed(from);
                connectivity.changed(to);
            }
        }
        QVERIFY2(articulation > 20, qPrintable(QString::number(articulation))); // the plans do have cut units
        QVERIFY(connectivity.articulationRuns() > 0);                           // and the Boost.Graph path was taken
        QVERIFY(checked > 3 * 700);
    }
};

QTEST_APPLESS_MAIN(TstTerritoryConnectivity)
#include "tst_territoryconnectivity.moc"
