#pragma once
// EnclosedUnits: the units a selection encloses, for Select › Fill Enclosed Area. The unselected
// units fall into connected pieces of the unit adjacency graph (Boost.Graph connected_components);
// a piece is open when one of its units lies on the unit layer's outer boundary (a coast, a
// national border: part of its perimeter is shared with no other unit, or it has no neighbour at
// all); every other piece cannot be reached from outside without crossing the selection, so it
// is enclosed. Islands and units on a lake shore count as outer boundary, so a ring around them
// does not fill them. Stateless; any thread.

#include <vector>

namespace tp {
class Project;
}

namespace tp::session {

class EnclosedUnits {
public:
    // The unselected units that `selection` encloses, ascending (indices outside the project are ignored).
    static std::vector<int> of(const Project& project, const std::vector<int>& selection);
    // Units with a part of their perimeter shared with no other unit (or no neighbour), per unit.
    static std::vector<char> onOuterBoundary(const Project& project);
};

} // namespace tp::session
