#pragma once
// UnitGroups: the county and the state a unit lies in, read from its region code (FIPS: a
// 2-digit state, or a 5-digit county whose first two digits are the state: the bundled ZIP areas
// carry their county, ZIP3 areas and counties their state) or, for a unit that is a county, its
// own code; and a selection grown to whole counties or states (Edit › Select Whole Counties /
// States: every ZIP area of the counties or states the selection touches). Stateless; any thread.

#include "unit.h"

#include <QString>

#include <vector>

namespace tp {

class UnitGroups {
public:
    enum class Level { County, State };

    // Empty when the unit's codes say nothing about that level (e.g. a user's layer without regions).
    static QString groupOf(const Unit& unit, Level level);
    // The selected units and every unit that shares a group with one of them; sorted, no repeats.
    static std::vector<int> grow(const std::vector<Unit>& units, const std::vector<int>& selection, Level level);
};

} // namespace tp
