#pragma once
// AccountLocator: sets Account::unit (point in polygon) from the project's units. Builds a
// geo::UnitIndex (a copy of the unit shapes) once; then locates all accounts or only the given
// indexes, on 2 threads. Construct and call from one thread; the index itself is read-only.

#include "geo/unitindex.h"

#include "model/account.h"
#include "model/unit.h"

#include <span>
#include <vector>

namespace tp::io {

class AccountLocator {
public:
    explicit AccountLocator(const std::vector<Unit>& units, int threads = 2);

    // Returns how many accounts lie in no unit (unit = -1).
    int locateAll(std::vector<Account>& accounts) const;
    int locate(std::vector<Account>& accounts, std::span<const int> indexes) const;
    int unitAt(geo::GeoPoint p) const { return m_index.unitAt(p); }

private:
    static std::vector<geo::MultiPolygon> shapesOf(const std::vector<Unit>& units);
    geo::UnitIndex m_index;
    int m_threads;
};

} // namespace tp::io
