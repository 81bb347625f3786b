#include "io/import/accountmerger.h"

#include "model/project.h"

#include <QHash>

#include <algorithm>

namespace tp::io {
bool AccountMerger::sameValues(const Account& a, const Account& b) {
    return a.name == b.name && a.address == b.address && a.postalCode == b.postalCode && a.industry == b.industry &&
           a.segment == b.segment && a.tier == b.tier && a.location == b.location &&
           a.revenuePotential == b.revenuePotential && a.revenue == b.revenue && a.pipeline == b.pipeline &&
           a.workloadHours == b.workloadHours && a.extra == b.extra;
}

AccountMergeResult AccountMerger::merge(Project& project, std::vector<Account> imported) {
    AccountMergeResult result;
    // Our own lookup: the project's index may be stale, and a hash built once keeps this O(n).
    QHash<QString, int> byExternalId;
    byExternalId.reserve(qsizetype(project.accounts.size()));
    for (std::size_t i = 0; i < project.accounts.size(); ++i)
        if (!project.accounts[i].externalId.isEmpty()) byExternalId.insert(project.accounts[i].externalId, int(i));

    qint64 nextId = project.nextId();
    for (Account& incoming : imported) {
        const auto it = byExternalId.constFind(incoming.externalId);
        if (it == byExternalId.constEnd()) {
            incoming.id = nextId++;
            incoming.unit = -1;
            const int index = int(project.accounts.size());
            project.accounts.push_back(std::move(incoming));
            byExternalId.insert(project.accounts.back().externalId, index);
            result.changedIndexes.push_back(index);
            result.needsLocating.push_back(index);
            ++result.added;
            continue;
        }
        Account& existing = project.accounts[std::size_t(it.value())];
        if (sameValues(existing, incoming)) {
            ++result.unchanged;
            continue;
        }
        const bool moved = !(existing.location == incoming.location);
        incoming.id = existing.id;
        incoming.unit = moved ? -1 : existing.unit;
        existing = std::move(incoming);
        result.changedIndexes.push_back(it.value());
        if (moved) result.needsLocating.push_back(it.value());
        ++result.updated;
    }
    std::sort(result.changedIndexes.begin(), result.changedIndexes.end());
    std::sort(result.needsLocating.begin(), result.needsLocating.end());
    project.reindex();
    return result;
}

} // namespace tp::io
