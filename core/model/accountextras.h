#pragma once
// AccountExtras: an account's imported columns kept as they came (column name -> value), in
// column-name order (QString's operator<, as the QVariantMap it replaces). Compact: one flat
// sorted array in one allocation with its count and share count (null while empty: 8 bytes in
// an Account), so copies of an account, and the accounts the project reader found with identical
// extras, share it until one is written to. Made whole (from a map or a list of entries) it is
// exactly its size; insert() and remove() make a new block one entry larger or smaller, so code
// that sets many columns builds the list first. Value type; any thread (like QString: distinct
// objects, even sharing a block, on distinct threads).

#include "sharedtext.h"

#include <QAtomicInt>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <iterator>
#include <utility>
#include <vector>

namespace tp {

class AccountExtras {
public:
    // The key is a SharedText: whoever makes many blocks (the project reader, an importer) gives
    // every entry of one column the same node, so a key costs 8 bytes per entry.
    struct Entry {
        SharedText key;
        QVariant value;
    };

    // Iterates in key order; key() and value() as QMap's iterator, * gives the value.
    class const_iterator {
    public:
        using iterator_category = std::bidirectional_iterator_tag;
        using difference_type = std::ptrdiff_t;
        using value_type = QVariant;
        using pointer = const QVariant*;
        using reference = const QVariant&;

        const_iterator() = default;
        explicit const_iterator(const Entry* entry) : m_entry(entry) {}
        const QString& key() const { return m_entry->key.str(); }
        const QVariant& value() const { return m_entry->value; }
        const QVariant& operator*() const { return m_entry->value; }
        const QVariant* operator->() const { return &m_entry->value; }
        const_iterator& operator++() {
            ++m_entry;
            return *this;
        }
        const_iterator operator++(int) { return const_iterator(m_entry++); }
        const_iterator& operator--() {
            --m_entry;
            return *this;
        }
        const_iterator operator--(int) { return const_iterator(m_entry--); }
        friend bool operator==(const_iterator a, const_iterator b) { return a.m_entry == b.m_entry; }

    private:
        const Entry* m_entry = nullptr;
    };
    using ConstIterator = const_iterator;

    AccountExtras() = default;
    explicit AccountExtras(const QVariantMap& map);
    // Any order; of entries with the same key the last one counts.
    explicit AccountExtras(std::vector<Entry> entries);
    AccountExtras(const AccountExtras& other) noexcept : d(other.d) {
        if (d) d->ref.ref();
    }
    AccountExtras(AccountExtras&& other) noexcept : d(std::exchange(other.d, nullptr)) {}
    AccountExtras& operator=(const AccountExtras& other) noexcept {
        AccountExtras(other).swap(*this);
        return *this;
    }
    AccountExtras& operator=(AccountExtras&& other) noexcept {
        AccountExtras(std::move(other)).swap(*this);
        return *this;
    }
    ~AccountExtras() { release(d); }
    void swap(AccountExtras& other) noexcept { std::swap(d, other.d); }
    QVariantMap toVariantMap() const;

    bool isEmpty() const { return size() == 0; }
    qsizetype size() const { return d ? qsizetype(d->size) : 0; }
    qsizetype count() const { return size(); }
    bool contains(const QString& key) const { return constFind(key) != constEnd(); }
    QVariant value(const QString& key, const QVariant& defaultValue = {}) const;
    QStringList keys() const;

    const_iterator constFind(const QString& key) const;
    const_iterator find(const QString& key) const { return constFind(key); }
    const_iterator constBegin() const { return const_iterator(first()); }
    const_iterator constEnd() const { return const_iterator(first() + size()); }
    const_iterator cbegin() const { return constBegin(); }
    const_iterator cend() const { return constEnd(); }
    const_iterator begin() const { return constBegin(); }
    const_iterator end() const { return constEnd(); }

    // Writing detaches from whatever shares the block. insert() replaces the value of a key
    // already there; operator[] inserts a null value for a new key.
    void insert(const QString& key, const QVariant& value);
    QVariant& operator[](const QString& key);
    qsizetype remove(const QString& key); // how many were removed: 0 or 1
    void clear() { AccountExtras().swap(*this); }

    // Whether both use the very same block (copies of each other, neither written to since).
    bool isSharedWith(const AccountExtras& other) const { return d == other.d; }

    friend bool operator==(const AccountExtras& a, const AccountExtras& b);

private:
    // The header of a block; `size` entries, sorted by key with unique keys, follow it.
    struct alignas(Entry) Block {
        QAtomicInt ref;
        int size = 0;
        Entry* entries() { return reinterpret_cast<Entry*>(this + 1); }
    };
    static_assert(sizeof(Block) == 8, "the header of a block is a count and a share count");

    // A block for `size` entries, of which none is constructed yet (size says how many will be).
    static Block* allocate(int size);
    // Drops one share of the block; the last one destroys its entries and frees it.
    static void release(Block* block) noexcept;
    // A block of our own in place of this one: the entries before `at`, then `insert` new slots
    // (value-initialised, to be assigned) or, with insert < 0, -insert of them dropped, then the rest.
    Entry* rebuild(qsizetype at, int insert);

    const Entry* first() const { return d ? d->entries() : nullptr; }
    // Where key is or belongs among the entries.
    qsizetype indexOf(const QString& key, bool* found) const;

    Block* d = nullptr;
};

} // namespace tp
