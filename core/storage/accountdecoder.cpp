#include "accountdecoder.h"

#include "stringpacker.h"
#include "textpool.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <string>
#include <string_view>

namespace tp::storage {

namespace {

// Columns such as segment or postal code repeat a few thousand values over a million rows, and
// addresses often repeat too (several accounts at one site): sharing one QString per value saves
// both the allocations and the memory. Looking values up is a large part of reading the
// accounts: the first few distinct values (segments, tiers, industries have no more) are compared
// in a list, which beats hashing; the rest go through a flat table of the raw bytes (TextPool).
// A column that does not repeat (the pool is full and more values were missed since than were
// ever found) is no longer looked up.
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

// Extra columns are mostly categorical (owner, stage, region, a seat count): a million accounts'
// JSON texts hold far fewer distinct ones. Each distinct text is parsed once and its block shared
// by every account with that text; column names and text values are interned, so the blocks of
// different texts share their strings too. The texts are kept for the lookup while the accounts
// are read (at most the size of the column, for a column unique to each account).
class SharedExtras {
public:
    AccountExtras get(QByteArrayView json) {
        const std::string_view text(json.data(), std::size_t(json.size()));
        if (const AccountExtras* known = m_pool.find(text)) return *known;
        // As QVariantMap came from the file before (QJsonObject::toVariantMap: the same values).
        const QVariantMap map =
            QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size())).object().toVariantMap();
        AccountExtras value;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            value.insert(intern(it.key()),
                         it.value().typeId() == QMetaType::QString ? QVariant(intern(it.value().toString())) : *it);
        return m_pool.insert(text, value);
    }

private:
    QString intern(const QString& s) {
        if (auto it = m_strings.constFind(s); it != m_strings.constEnd()) return *it;
        m_strings.insert(s);
        return s;
    }

    TextPool<AccountExtras> m_pool;
    QSet<QString> m_strings;
};

} // namespace

// The worker's sharing of strings across all batches.
class AccountDecoder::Strings {
public:
    void decode(AccountDecoder::Batch& batch) {
        using B = AccountDecoder::Batch;
        for (std::size_t i = 0; i < batch.accounts.size(); ++i) {
            Account& a = batch.accounts[i];
            a.externalId = m_unique.make(batch.text(i, B::ExternalId));
            a.name = m_unique.make(batch.text(i, B::Name));
            a.address = m_addresses.get(batch.text(i, B::Address));
            a.postalCode = m_postalCodes.get(batch.text(i, B::PostalCode));
            a.industry = m_industries.get(batch.text(i, B::Industry));
            a.segment = m_segments.get(batch.text(i, B::Segment));
            a.tier = m_tiers.get(batch.text(i, B::Tier));
            const QByteArrayView extra = batch.text(i, B::Extra);
            if (!extra.isEmpty()) a.extra = m_extras.get(extra);
        }
    }

private:
    SharedStrings m_addresses, m_postalCodes, m_industries, m_segments, m_tiers;
    SharedExtras m_extras;
    StringPacker m_unique; // ids and names, one per account
};

AccountDecoder::AccountDecoder(std::vector<Account>& out, bool onWorker) : m_out(out), m_strings(new Strings) {
    if (onWorker) m_worker = std::thread(&AccountDecoder::run, this);
}

AccountDecoder::~AccountDecoder() {
    finish();
}

AccountDecoder::Batch AccountDecoder::take() {
    std::unique_lock lock(m_mutex);
    // Two batches being decoded or waiting and one being filled: the reader never waits for
    // the worker to hand one back, nor runs far ahead of it.
    m_changed.wait(lock, [this] { return !m_worker.joinable() || m_inFlight < 3; });
    ++m_inFlight;
    if (m_free.empty()) return {};
    Batch batch = std::move(m_free.front());
    m_free.pop_front();
    return batch;
}

void AccountDecoder::submit(Batch batch) {
    if (!m_worker.joinable()) {
        m_strings->decode(batch);
        std::move(batch.accounts.begin(), batch.accounts.end(), std::back_inserter(m_out));
        batch.clear();
        const std::lock_guard lock(m_mutex);
        --m_inFlight;
        m_free.push_back(std::move(batch));
        return;
    }
    const std::lock_guard lock(m_mutex);
    m_full.push_back(std::move(batch));
    m_changed.notify_all();
}

void AccountDecoder::run() {
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_full.empty() || m_done; });
            if (m_full.empty()) return;
            batch = std::move(m_full.front());
            m_full.pop_front();
        }
        m_strings->decode(batch);
        std::move(batch.accounts.begin(), batch.accounts.end(), std::back_inserter(m_out));
        batch.clear();
        const std::lock_guard lock(m_mutex);
        --m_inFlight;
        m_free.push_back(std::move(batch));
        m_changed.notify_all();
    }
}

void AccountDecoder::finish() {
    if (!m_worker.joinable()) return;
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }
    m_worker.join();
}

} // namespace tp::storage
