#include "io/import/accountmerger.h"

#include "model/project.h"

#include <QHash>

#include <algorithm>

namespace tp::io {
bool AccountMerger::sameValues(const Account& a, const Account& b) {
    return a.name == b.name && a.address == b.address && a.postalCode == b.postalCode && a.industry == b.industry
           && a.segment == b.segment && a.tier == b.tier && a.location == b.location
           && a.revenuePotential == b.revenuePotential && a.revenue == b.revenue && a.pipeline == b.pipeline
           && a.workloadHours == b.workloadHours && a.workloadFromRule == b.workloadFromRule && a.extra == b.extra;
}

AccountMergeResult AccountMerger::merge(Project& project, std::vector<Account> imported) {
    AccountMergeResult result = merge(project.accounts, project.nextId(), std::move(imported));
    project.reindex();
    return result;
}

AccountMergeResult AccountMerger::merge(std::vector<Account>& accounts, qint64 nextId, std::vector<Account> imported) {
    AccountMergeResult result;
    // Our own lookup: the project's index may be stale, and a hash built once keeps this O(n).
    QHash<QString, int> byExternalId;
    byExternalId.reserve(qsizetype(accounts.size()));
    for (std::size_t i = 0; i < accounts.size(); ++i)
        if (!accounts[i].externalId.isEmpty()) byExternalId.insert(accounts[i].externalId, int(i));

    for (Account& incoming : imported) {
        const auto it = byExternalId.constFind(incoming.externalId);
        if (it == byExternalId.constEnd()) {
            incoming.id = nextId++;
            incoming.unit = -1;
            const int index = int(accounts.size());
            accounts.push_back(std::move(incoming));
            byExternalId.insert(accounts.back().externalId, index);
            result.changedIndexes.push_back(index);
            result.needsLocating.push_back(index);
            ++result.added;
            continue;
        }
        Account& existing = accounts[std::size_t(it.value())];
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
    return result;
}

} // namespace tp::io
