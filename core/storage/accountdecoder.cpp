#include "accountdecoder.h"

#include "sharedextras.h"
#include "sharedstrings.h"
#include "stringpacker.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace tp::storage {

// The reader's strings: those of each account alone (id, name) and the address, which repeats
// only sometimes.
class AccountDecoder::ReaderStrings {
public:
    void make(Account& a, QByteArrayView externalId, QByteArrayView name, QByteArrayView address) {
        a.externalId = m_unique.make(externalId);
        a.name = m_unique.make(name);
        a.address = m_addresses.get(address);
    }

private:
    StringPacker m_unique; // ids and names, one per account
    SharedStrings<QString> m_addresses;
};

// The worker's sharing of the texts that repeat over many rows, across all batches.
class AccountDecoder::WorkerStrings {
public:
    void decode(const AccountDecoder::Batch& batch, Account* accounts) {
        using B = AccountDecoder::Batch;
        for (std::size_t i = 0; i < batch.count; ++i) {
            Account& a = accounts[i];
            a.postalCode = m_postalCodes.get(batch.text(i, B::PostalCode));
            a.industry = m_industries.get(batch.text(i, B::Industry));
            a.segment = m_segments.get(batch.text(i, B::Segment));
            a.tier = m_tiers.get(batch.text(i, B::Tier));
            const QByteArrayView extra = batch.text(i, B::Extra);
            if (!extra.isEmpty()) a.extra = m_extras.get(extra);
        }
    }

private:
    SharedStrings<SharedText> m_postalCodes, m_industries, m_segments, m_tiers;
    SharedExtras m_extras;
};

AccountDecoder::AccountDecoder(std::vector<Account>& out, bool onWorker)
    : m_out(out), m_readerStrings(new ReaderStrings), m_workerStrings(new WorkerStrings) {
    if (onWorker) m_worker = std::thread(&AccountDecoder::run, this);
}

AccountDecoder::~AccountDecoder() {
    finish();
}

Account& AccountDecoder::append(Batch& batch, QByteArrayView externalId, QByteArrayView name, QByteArrayView address) {
    // The worker writes into accounts already appended: the output may grow only while it is idle.
    if (m_out.size() == m_out.capacity()) {
        drain();
        m_out.reserve(std::max<std::size_t>(1024, 2 * m_out.capacity()));
    }
    if (batch.count == 0) batch.first = m_out.size();
    ++batch.count;
    Account& a = m_out.emplace_back();
    m_readerStrings->make(a, externalId, name, address);
    return a;
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
    // Read here, on the reader's thread: the worker never touches the vector itself.
    batch.accounts = m_out.data() + batch.first;
    if (!m_worker.joinable()) {
        ++m_submitted;
        decodeAndRecycle(std::move(batch));
        return;
    }
    const std::lock_guard lock(m_mutex);
    ++m_submitted;
    m_full.push_back(std::move(batch));
    m_changed.notify_all();
}

void AccountDecoder::drain() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_decoded == m_submitted; });
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
    // The reader appends after these meanwhile, but they do not move (see append()).
    m_workerStrings->decode(batch, batch.accounts);
    batch.clear();
    const std::lock_guard lock(m_mutex);
    --m_inFlight;
    ++m_decoded;
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
