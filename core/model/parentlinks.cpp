#include "parentlinks.h"

#include "project.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace tp {

QList<qint64> ParentLinks::cutCycles(QHash<qint64, qint64>& parentOf) {
    // 1: on the chain being walked, 2: done (its chain to the top is known to be free of cycles).
    QHash<qint64, char> state;
    state.reserve(parentOf.size());
    QList<qint64> cut;
    std::vector<qint64> chain;
    // In id order, so the same file always loses the same link.
    QList<qint64> ids = parentOf.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 start : ids) {
        if (state.value(start)) continue;
        chain.clear();
        qint64 id = start;
        for (;;) {
            state.insert(id, 1);
            chain.push_back(id);
            const qint64 parent = parentOf.value(id, 0);
            if (parent == 0 || !parentOf.contains(parent)) break;
            const char s = state.value(parent);
            if (s == 2) break;
            if (s == 1) { // back on the chain: the link id -> parent closes a cycle
                parentOf[id] = 0;
                cut.append(id);
                break;
            }
            id = parent;
        }
        for (qint64 c : chain) state[c] = 2;
    }
    return cut;
}

QHash<qint64, int> ParentLinks::depths(const QHash<qint64, qint64>& parentOf) {
    QHash<qint64, qint64> links = parentOf;
    cutCycles(links);
    QHash<qint64, int> depth;
    depth.reserve(links.size());
    std::vector<qint64> chain;
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        if (depth.contains(it.key())) continue;
        chain.clear();
        qint64 id = it.key();
        int base = -1; // depth of the first known ancestor
        while (true) {
            if (const auto known = depth.constFind(id); known != depth.cend()) {
                base = known.value();
                break;
            }
            chain.push_back(id);
            const qint64 parent = links.value(id, 0);
            if (parent == 0 || !links.contains(parent)) break;
            id = parent;
        }
        for (std::size_t i = chain.size(); i-- > 0;) depth.insert(chain[i], ++base);
    }
    return depth;
}

QStringList ParentLinks::breakCycles(Project& project) {
    QStringList messages;
    QHash<qint64, qint64> territoryParents;
    for (const Territory& t : project.territories) territoryParents.insert(t.id, t.parentId);
    for (qint64 id : cutCycles(territoryParents)) {
        Territory* t = project.territory(id);
        if (!t) continue;
        messages << QCoreApplication::translate(
                        "tp::ParentLinks",
                        "The territory \"%1\" was its own parent or ancestor; it is shown at the top level.")
                        .arg(t->name);
        t->parentId = 0;
    }
    QHash<qint64, qint64> scenarioParents;
    for (const Scenario& s : project.scenarios) scenarioParents.insert(s.id, s.parentId);
    for (qint64 id : cutCycles(scenarioParents)) {
        Scenario* s = project.scenario(id);
        if (!s) continue;
        messages << QCoreApplication::translate(
                        "tp::ParentLinks",
                        "The scenario \"%1\" was its own parent or ancestor; it is shown as an original.")
                        .arg(s->name);
        s->parentId = 0;
    }
    return messages;
}

} // namespace tp
