#pragma once
// SharedStrings: one Text (QString or SharedText) per distinct value of a column, for the project
// reader. Columns such as segment or postal code repeat a few thousand values over a million rows,
// and addresses often repeat too (several accounts at one site): sharing one value saves both the
// allocations and the memory. Looking values up is a large part of reading the accounts: the first
// few distinct values (segments, tiers, industries have no more) are compared in a list, which
// beats hashing; the rest go through a flat table of the raw bytes (TextPool). A column that does
// not repeat (the pool is full and more values were missed since than were ever found) is no longer
// looked up. Value type; one thread (the reader's decoder).
#include "textpool.h"

#include "model/sharedtext.h"

#include <QByteArrayView>
#include <QString>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tp::storage {

template <typename Text>
class SharedStrings {
public:
    Text get(QByteArrayView utf8) {
        if (utf8.isEmpty()) return {};
        const std::string_view key(utf8.data(), std::size_t(utf8.size()));
        for (const auto& [known, value] : m_few)
            if (known == key) return value;
        Text value;
        if (m_few.size() < fewMax) {
            value = Text(QString::fromUtf8(utf8));
            m_few.emplace_back(std::string(key), value);
            return value;
        }
        if (m_gaveUp) return Text(QString::fromUtf8(utf8));
        if (const Text* known = m_pool.find(key)) {
            ++m_found;
            return *known;
        }
        value = Text(QString::fromUtf8(utf8));
        if (m_pool.size() < maxShared) {
            m_pool.insert(key, value);
        } else if (++m_missedWhenFull > m_found) {
            m_gaveUp = true;
            m_pool.clear();
        }
        return value;
    }

private:
    static constexpr std::size_t fewMax = 8, maxShared = 100000;
    std::size_t m_found = 0, m_missedWhenFull = 0;
    bool m_gaveUp = false;
    std::vector<std::pair<std::string, Text>> m_few;
    TextPool<Text> m_pool;
};

} // namespace tp::storage
