#pragma once
// AccountExtras: an account's imported columns kept as they came (column name -> value), in
// column-name order (QString's operator<, as the QVariantMap it replaces). Compact: one flat
// sorted array in one implicitly shared block (null while empty), so copies of an account, and
// the accounts the project reader found with identical extras, share it until one is written to.
// Value type; any thread (like QString: distinct objects, even sharing a block, on distinct threads).

#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <iterator>
#include <vector>

namespace tp {

class AccountExtras {
public:
    struct Entry {
        QString key;
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
        const QString& key() const { return m_entry->key; }
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
    QVariantMap toVariantMap() const;

    bool isEmpty() const { return size() == 0; }
    qsizetype size() const { return d ? qsizetype(d->entries.size()) : 0; }
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
    void clear() { d.reset(); }

    // Whether both use the very same block (copies of each other, neither written to since).
    bool isSharedWith(const AccountExtras& other) const { return d.constData() == other.d.constData(); }

    friend bool operator==(const AccountExtras& a, const AccountExtras& b);

private:
    struct Data : QSharedData {
        std::vector<Entry> entries; // sorted by key, keys unique
    };

    const Entry* first() const { return d ? d->entries.data() : nullptr; }
    // The entry for key or where it belongs, in a block of our own.
    std::vector<Entry>::iterator slot(const QString& key, bool* found);

    QSharedDataPointer<Data> d;
};

} // namespace tp
