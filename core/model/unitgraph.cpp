#include "unitgraph.h"

#include <algorithm>
#include <cmath>

namespace tp {

UnitGraph::UnitGraph(int unitCount, const std::vector<geo::SharedEdge>& edges) {
    const auto valid = [unitCount](const geo::SharedEdge& e) {
        return e.unitA >= 0 && e.unitB >= 0 && e.unitA < unitCount && e.unitB < unitCount && e.unitA != e.unitB;
    };
    m_start.assign(std::size_t(unitCount) + 1, 0);
    for (const geo::SharedEdge& e : edges) {
        if (!valid(e)) continue;
        ++m_start[std::size_t(e.unitA) + 1];
        ++m_start[std::size_t(e.unitB) + 1];
    }
    for (std::size_t i = 1; i < m_start.size(); ++i) m_start[i] += m_start[i - 1];
    m_neighbour.resize(std::size_t(m_start.back()));
    m_lengthM.resize(std::size_t(m_start.back()));
    std::vector<int> fill(m_start.begin(), m_start.end() - 1);
    for (const geo::SharedEdge& e : edges) {
        if (!valid(e)) continue;
        const qint64 length = std::isfinite(e.lengthM) && e.lengthM > 0 ? std::llround(e.lengthM) : 0;
        const int a = fill[std::size_t(e.unitA)]++;
        m_neighbour[std::size_t(a)] = e.unitB;
        m_lengthM[std::size_t(a)] = length;
        const int b = fill[std::size_t(e.unitB)]++;
        m_neighbour[std::size_t(b)] = e.unitA;
        m_lengthM[std::size_t(b)] = length;
    }
    m_seen.assign(std::size_t(unitCount), 0);
}

quint32 UnitGraph::nextStamp() {
    if (++m_stamp == 0) { // wrapped: forget every old mark
        std::fill(m_seen.begin(), m_seen.end(), 0);
        m_stamp = 1;
    }
    return m_stamp;
}

void UnitGraph::flood(int start, const std::vector<int>& owner, int ownerValue) {
    m_queue.clear();
    m_queue.push_back(start);
    m_seen[std::size_t(start)] = m_stamp;
    for (std::size_t head = 0; head < m_queue.size(); ++head) {
        for (int v : neighbours(m_queue[head])) {
            if (m_seen[std::size_t(v)] == m_stamp || owner[std::size_t(v)] != ownerValue) continue;
            m_seen[std::size_t(v)] = m_stamp;
            m_queue.push_back(v);
        }
    }
}

int UnitGraph::countPieces(std::span<const int> members, const std::vector<int>& owner, int ownerValue) {
    nextStamp();
    int pieces = 0;
    for (int u : members) {
        if (m_seen[std::size_t(u)] == m_stamp) continue;
        ++pieces;
        flood(u, owner, ownerValue);
    }
    return pieces;
}

void UnitGraph::countAllPieces(const std::vector<int>& owner, int ownerCount, std::vector<int>& pieces) {
    pieces.assign(std::size_t(ownerCount), 0);
    nextStamp();
    const int n = unitCount();
    for (int u = 0; u < n; ++u) {
        const int o = owner[std::size_t(u)];
        if (o < 0 || o >= ownerCount || m_seen[std::size_t(u)] == m_stamp) continue;
        ++pieces[std::size_t(o)];
        flood(u, owner, o);
    }
}

} // namespace tp
