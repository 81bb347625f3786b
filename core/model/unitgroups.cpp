#include "unitgroups.h"

#include <QSet>

#include <algorithm>

namespace tp {
namespace {

bool isFips(const QString& s, qsizetype length) {
    return s.size() == length && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

QString UnitGroups::groupOf(const Unit& unit, Level level) {
    const QString& region = unit.region;
    if (level == Level::County) {
        if (isFips(region, 5)) return region;                                                            // a ZIP area
        if (isFips(region, 2) && isFips(unit.code, 5) && unit.code.startsWith(region)) return unit.code; // a county
        return {};
    }
    if (isFips(region, 5) || isFips(region, 2)) return region.left(2);
    if (region.isEmpty() && isFips(unit.code, 2)) return unit.code; // a state
    return {};
}

std::vector<int> UnitGroups::grow(const std::vector<Unit>& units, const std::vector<int>& selection, Level level) {
    QSet<QString> groups;
    for (int u : selection)
        if (u >= 0 && std::size_t(u) < units.size())
            if (const QString g = groupOf(units[std::size_t(u)], level); !g.isEmpty()) groups.insert(g);
    std::vector<int> out(selection.begin(), selection.end());
    if (!groups.isEmpty())
        for (std::size_t i = 0; i < units.size(); ++i)
            if (groups.contains(groupOf(units[i], level))) out.push_back(int(i));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace tp
