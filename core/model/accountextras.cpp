#include "accountextras.h"

#include <algorithm>

namespace tp {

namespace {

bool keyLess(const AccountExtras::Entry& entry, const QString& key) {
    return entry.key < key;
}

} // namespace

AccountExtras::AccountExtras(const QVariantMap& map) {
    if (map.isEmpty()) return;
    d = new Data;
    d->entries.reserve(std::size_t(map.size()));
    // QMap iterates in key order already.
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) d->entries.push_back({it.key(), it.value()});
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
    const Entry* begin = first();
    const Entry* end = begin + size();
    const Entry* it = std::lower_bound(begin, end, key, keyLess);
    return const_iterator(it != end && it->key == key ? it : end);
}

std::vector<AccountExtras::Entry>::iterator AccountExtras::slot(const QString& key, bool* found) {
    if (!d) d = new Data;
    std::vector<Entry>& entries = d->entries; // detaches
    // Columns usually come in order (the reader, an import): appending needs no search.
    auto it = entries.empty() || entries.back().key < key
                  ? entries.end()
                  : std::lower_bound(entries.begin(), entries.end(), key, keyLess);
    *found = it != entries.end() && it->key == key;
    return it;
}

void AccountExtras::insert(const QString& key, const QVariant& value) {
    bool found = false;
    const auto it = slot(key, &found);
    if (found)
        it->value = value;
    else
        d->entries.insert(it, Entry{key, value});
}

QVariant& AccountExtras::operator[](const QString& key) {
    bool found = false;
    const auto it = slot(key, &found);
    return found ? it->value : d->entries.insert(it, Entry{key, QVariant()})->value;
}

qsizetype AccountExtras::remove(const QString& key) {
    if (!contains(key)) return 0; // no detach for nothing
    bool found = false;
    const auto it = slot(key, &found);
    d->entries.erase(it);
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
