#pragma once
// RegionGrower: builds contiguous, balanced territories from seed units by growing them over the
// unit adjacency graph. The territory with the smallest load takes its next frontier unit (the
// one nearest its seed), so loads even out while each territory stays in one piece. Units the
// graph cannot reach (islands) go to the territory with the nearest seed. Stateless; any thread.

#include "model/project.h"

#include <vector>

namespace tp::optimize {

class RegionGrower {
public:
    // seeds[k] = unit index where territory k starts; unitLoad[u] = what is balanced (>= 0).
    // Returns, for every unit, the index k of the territory it joins.
    static std::vector<int> grow(const Project& project, const std::vector<int>& seeds,
                                 const std::vector<double>& unitLoad);
};

} // namespace tp::optimize
