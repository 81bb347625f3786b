#pragma once
// UnitGraph: the unit adjacency of a project as compact CSR arrays (neighbour and shared border
// length in whole metres), built once from Project::adjacency so the metrics engine walks
// neighbours without hashing, plus a breadth-first piece counter with reusable scratch space.
// Owned by the metrics engine; one thread at a time (counting pieces uses the scratch space).

#include "geo/adjacencybuilder.h"

#include <QtGlobal>

#include <span>
#include <vector>

namespace tp {

class UnitGraph {
public:
    UnitGraph() = default;
    // Edges with an index outside [0, unitCount) or joining a unit to itself are ignored.
    UnitGraph(int unitCount, const std::vector<geo::SharedEdge>& edges);

    int unitCount() const { return int(m_start.empty() ? 0 : m_start.size() - 1); }
    std::span<const int> neighbours(int unit) const {
        return {m_neighbour.data() + m_start[unit], m_neighbour.data() + m_start[unit + 1]};
    }
    std::span<const qint64> lengths(int unit) const {
        return {m_lengthM.data() + m_start[unit], m_lengthM.data() + m_start[unit + 1]};
    }

    // Connected pieces among `members` (all units with owner[u] == owner value), over edges whose
    // both ends have that owner.
    int countPieces(std::span<const int> members, const std::vector<int>& owner, int ownerValue);
    // Pieces of every owner value in [0, ownerCount) at once: pieces[o] is set for each o; units
    // with an owner outside that range are skipped.
    void countAllPieces(const std::vector<int>& owner, int ownerCount, std::vector<int>& pieces);

private:
    void flood(int start, const std::vector<int>& owner, int ownerValue);
    quint32 nextStamp();

    std::vector<int> m_start; // unitCount + 1 offsets
    std::vector<int> m_neighbour;
    std::vector<qint64> m_lengthM; // rounded to whole metres
    std::vector<quint32> m_seen;   // == m_stamp: visited in the current count
    quint32 m_stamp = 0;
    std::vector<int> m_queue;
};

} // namespace tp
