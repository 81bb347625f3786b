#include "accountextras.h"

#include <algorithm>
#include <memory>
#include <new>

namespace tp {

namespace {

bool keyLess(const AccountExtras::Entry& entry, const QString& key) {
    return entry.key.str() < key;
}

} // namespace

AccountExtras::Block* AccountExtras::allocate(int size) {
    void* memory = ::operator new(sizeof(Block) + std::size_t(size) * sizeof(Entry));
    Block* block = new (memory) Block;
    block->ref.storeRelaxed(1);
    block->size = size;
    return block;
}

void AccountExtras::release(Block* block) noexcept {
    if (!block || block->ref.deref()) return;
    std::destroy_n(block->entries(), block->size);
    block->~Block();
    ::operator delete(block);
}

AccountExtras::AccountExtras(const QVariantMap& map) {
    if (map.isEmpty()) return;
    d = allocate(int(map.size()));
    Entry* out = d->entries();
    // QMap iterates in key order already.
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) new (out++) Entry{it.key(), it.value()};
}

AccountExtras::AccountExtras(std::vector<Entry> entries) {
    if (entries.empty()) return;
    // Stable: of equal keys the last one given stays last, and is the one kept.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.key.str() < b.key.str(); });
    std::size_t unique = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i + 1 < entries.size() && entries[i + 1].key == entries[i].key) continue;
        if (unique != i) entries[unique] = std::move(entries[i]);
        ++unique;
    }
    d = allocate(int(unique));
    std::uninitialized_move_n(entries.begin(), unique, d->entries());
}

QVariantMap AccountExtras::toVariantMap() const {
    QVariantMap map;
    for (auto it = constBegin(); it != constEnd(); ++it) map.insert(it.key(), it.value());
    return map;
}

QVariant AccountExtras::value(const QString& key, const QVariant& defaultValue) const {
    const const_iterator it = constFind(key);
    return it == constEnd() ? defaultValue : it.value();
}

QStringList AccountExtras::keys() const {
    QStringList out;
    out.reserve(size());
    for (auto it = constBegin(); it != constEnd(); ++it) out.append(it.key());
    return out;
}

AccountExtras::const_iterator AccountExtras::constFind(const QString& key) const {
    bool found = false;
    const qsizetype at = indexOf(key, &found);
    return found ? const_iterator(first() + at) : constEnd();
}

qsizetype AccountExtras::indexOf(const QString& key, bool* found) const {
    const Entry* begin = first();
    const Entry* end = begin + size();
    // Columns usually come in order (an import, an edit): appending needs no search.
    const Entry* it = begin == end || end[-1].key.str() < key ? end : std::lower_bound(begin, end, key, keyLess);
    *found = it != end && it->key == key;
    return it - begin;
}

AccountExtras::Entry* AccountExtras::rebuild(qsizetype at, int insert) {
    const int oldSize = int(size());
    const int drop = insert < 0 ? -insert : 0;
    const int add = insert > 0 ? insert : 0;
    Block* block = allocate(oldSize - drop + add);
    const Entry* from = first();
    Entry* to = block->entries();
    // Copies, not moves: the old block may be shared; it is released as a whole afterwards.
    std::uninitialized_copy_n(from, at, to);
    std::uninitialized_value_construct_n(to + at, add);
    std::uninitialized_copy(from + at + drop, from + oldSize, to + at + add);
    release(std::exchange(d, block));
    return d->entries() + at;
}

void AccountExtras::insert(const QString& key, const QVariant& value) {
    bool found = false;
    const qsizetype at = indexOf(key, &found);
    if (found && d->ref.loadRelaxed() == 1) {
        d->entries()[at].value = value;
        return;
    }
    Entry* slot = rebuild(at, found ? 0 : 1);
    slot->key = key;
    slot->value = value;
}

QVariant& AccountExtras::operator[](const QString& key) {
    bool found = false;
    const qsizetype at = indexOf(key, &found);
    if (found && d->ref.loadRelaxed() == 1) return d->entries()[at].value;
    Entry* slot = rebuild(at, found ? 0 : 1);
    if (!found) slot->key = key;
    return slot->value;
}

qsizetype AccountExtras::remove(const QString& key) {
    bool found = false;
    const qsizetype at = indexOf(key, &found);
    if (!found) return 0; // no copy for nothing
    if (size() == 1)
        clear();
    else
        rebuild(at, -1);
    return 1;
}

bool operator==(const AccountExtras& a, const AccountExtras& b) {
    if (a.isSharedWith(b)) return true;
    if (a.size() != b.size()) return false;
    for (auto i = a.constBegin(), j = b.constBegin(); i != a.constEnd(); ++i, ++j)
        if (i.key() != j.key() || i.value() != j.value()) return false;
    return true;
}

} // namespace tp
