#pragma once
// ParentLinks: the parent links of territories (region > district > territory) and of scenarios
// (branches) as forests, safe against what a damaged or hand-edited project file may hold: a
// territory or scenario that is its own parent, or a cycle of parents. breakCycles() treats the
// link that closes a cycle as "no parent" and says so; depths() gives every item's depth without
// recursion. Walks are iterative with a visited set, so a 100,000-deep chain neither overflows
// the stack nor loops. Stateless; any thread.

#include <QHash>
#include <QStringList>

namespace tp {

class Project;

class ParentLinks {
public:
    // Parent by id (0 or an unknown id: top level). Sets the links that close a cycle to 0 and
    // returns the ids whose link was cut. Walks start from the ids in ascending order, so the
    // result does not depend on hash order.
    static QList<qint64> cutCycles(QHash<qint64, qint64>& parentOf);
    // Depth by id: 0 for top-level items, parent's depth + 1 otherwise; an item on a cycle counts
    // as top level.
    static QHash<qint64, int> depths(const QHash<qint64, qint64>& parentOf);

    // Cuts the cycles of territory and scenario parents in `project` (in memory); one message per
    // cut link, for the user.
    static QStringList breakCycles(Project& project);
};

} // namespace tp
