#include "accountdecoder.h"

#include "sharedextras.h"
#include "sharedstrings.h"
#include "stringpacker.h"

#include <string>
#include <string_view>

namespace tp::storage {

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
    SharedStrings<QString> m_addresses;
    SharedStrings<SharedText> m_postalCodes, m_industries, m_segments, m_tiers;
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
        decodeAndRecycle(std::move(batch));
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
        decodeAndRecycle(std::move(batch));
    }
}

void AccountDecoder::decodeAndRecycle(Batch batch) {
    m_strings->decode(batch);
    std::move(batch.accounts.begin(), batch.accounts.end(), std::back_inserter(m_out));
    batch.clear();
    const std::lock_guard lock(m_mutex);
    --m_inFlight;
    m_free.push_back(std::move(batch));
    m_changed.notify_all();
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
