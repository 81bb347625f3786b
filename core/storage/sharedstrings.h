#pragma once
// SharedStrings: one QString per distinct value of a column, for the project reader. Columns such
// as segment or postal code repeat a few thousand values over a million rows, and addresses often
// repeat too (several accounts at one site): sharing one QString per value saves both the
// allocations and the memory. Looking values up is a large part of reading the accounts: the first
// few distinct values (segments, tiers, industries have no more) are compared in a list, which
// beats hashing; the rest go through a flat table of the raw bytes (TextPool). A column that does
// not repeat (the pool is full and more values were missed since than were ever found) is no longer
// looked up. Value type; one thread (the reader's decoder).
#include "textpool.h"

#include <QByteArrayView>
#include <QString>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tp::storage {

class SharedStrings {
public:
    QString get(QByteArrayView utf8) {
        if (utf8.isEmpty()) return {};
        const std::string_view key(utf8.data(), std::size_t(utf8.size()));
        for (const auto& [known, value] : m_few)
            if (known == key) return value;
        QString value;
        if (m_few.size() < fewMax) {
            value = QString::fromUtf8(utf8);
            m_few.emplace_back(std::string(key), value);
            return value;
        }
        if (m_gaveUp) return QString::fromUtf8(utf8);
        if (const QString* known = m_pool.find(key)) {
            ++m_found;
            return *known;
        }
        value = QString::fromUtf8(utf8);
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
    std::vector<std::pair<std::string, QString>> m_few;
    TextPool<QString> m_pool;
};

} // namespace tp::storage
