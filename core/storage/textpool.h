#pragma once
// TextPool: a lookup from a text's bytes to a value made once per distinct text, for the project
// reader's sharing of repeated values (a million rows look up a few thousand distinct texts). One
// flat open-addressing table of entry numbers over one array of entries (hash, where the key is,
// value) and one array of key bytes, so a lookup touches two or three cache lines where a node
// based map chases pointers across the heap: the lookups were the larger part of reading the
// accounts. Keys are copied in; values move only when the pool grows. Value type; one thread.

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace tp::storage {

template <typename Value>
class TextPool {
public:
    // The value stored for `key`, nullptr when none.
    const Value* find(std::string_view key) const { return findHashed(key, std::hash<std::string_view>{}(key)); }

    // Stores `value` for `key` (which must not be in the pool yet) and returns it (the reference
    // lasts until the next insert).
    const Value& insert(std::string_view key, Value value) {
        const std::size_t hash = std::hash<std::string_view>{}(key);
        if (2 * (m_entries.size() + 1) > m_slots.size()) grow();
        m_entries.push_back({hash, m_bytes.size(), key.size(), std::move(value)});
        m_bytes.insert(m_bytes.end(), key.begin(), key.end());
        place(std::uint32_t(m_entries.size()), hash);
        return m_entries.back().value;
    }

    std::size_t size() const { return m_entries.size(); }

    void clear() {
        m_slots = {};
        m_entries = {};
        m_bytes = {};
    }

private:
    struct Entry {
        std::size_t hash;
        std::size_t offset, length; // of the key in m_bytes
        Value value;
    };

    const Value* findHashed(std::string_view key, std::size_t hash) const {
        if (m_slots.empty()) return nullptr;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const std::uint32_t slot = m_slots[i];
            if (slot == 0) return nullptr;
            const Entry& e = m_entries[slot - 1];
            if (e.hash == hash && std::string_view(m_bytes.data() + e.offset, e.length) == key) return &e.value;
        }
    }

    void place(std::uint32_t entry, std::size_t hash) {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = hash & mask;
        while (m_slots[i] != 0) i = (i + 1) & mask;
        m_slots[i] = entry;
    }

    void grow() {
        m_slots.assign(m_slots.empty() ? 64 : 2 * m_slots.size(), 0);
        for (std::size_t e = 0; e < m_entries.size(); ++e) place(std::uint32_t(e + 1), m_entries[e].hash);
    }

    std::vector<std::uint32_t> m_slots; // 0: empty, else entry number + 1; at most half full
    std::vector<Entry> m_entries;
    std::vector<char> m_bytes;
};

} // namespace tp::storage
