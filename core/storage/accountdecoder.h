#pragma once
// AccountDecoder: reading a million accounts from a project file on two threads. The reader steps
// through the rows (SQLite, on its thread) and appends each account to the output itself, with its
// numbers and the strings of its own (id and name packed into shared blocks, the address shared
// when repeated); the texts that repeat over many rows (postal code, industry, segment, tier and
// the extras) go, raw, into a batch that a worker turns into shared values meanwhile, writing them
// into the accounts already in the output. The work is split so that both halves take about as
// long (looking the repeated texts up is the larger part), and no account is moved after it is
// appended. At most a few batches are in flight, so the raw text held meanwhile stays small.
// Holds the output vector (the caller's) until finish(); append(), take(), submit() and finish()
// are called from one thread, the reader's.

#include "model/account.h"

#include <QByteArrayView>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace tp::storage {

class AccountDecoder {
public:
    // Rows expected from which a worker thread pays.
    static constexpr std::size_t workerFrom = 20000;

    // The accounts [first, first + count) of the output and their repeated texts as raw UTF-8,
    // in the order of Text.
    class Batch {
    public:
        enum Text { PostalCode, Industry, Segment, Tier, Extra, TextCount };
        static constexpr std::size_t rows = 4096;

        std::size_t first = 0, count = 0;
        Account* accounts = nullptr; // the first of them, set when submitted: the worker's access
        // Appends the next text of the last account (TextCount per account, in order).
        void addText(QByteArrayView utf8) {
            m_bytes.insert(m_bytes.end(), utf8.begin(), utf8.end());
            m_ends.push_back(m_bytes.size());
        }
        QByteArrayView text(std::size_t account, Text which) const {
            const std::size_t i = account * TextCount + std::size_t(which);
            const std::size_t begin = i == 0 ? 0 : m_ends[i - 1];
            return QByteArrayView(m_bytes.data() + begin, qsizetype(m_ends[i] - begin));
        }
        bool isFull() const { return count >= rows; }
        void clear() {
            first = count = 0;
            accounts = nullptr;
            m_bytes.clear();
            m_ends.clear();
        }

    private:
        std::vector<char> m_bytes;
        std::vector<std::size_t> m_ends; // end of each text in m_bytes
    };

    AccountDecoder(std::vector<Account>& out, bool onWorker);
    ~AccountDecoder(); // finish()es
    AccountDecoder(const AccountDecoder&) = delete;
    AccountDecoder& operator=(const AccountDecoder&) = delete;

    // A new account at the end of the output, counted into `batch`. Its id, name and address are
    // set here; the rest of its texts go to the batch with addText(), its numbers are the caller's.
    Account& append(Batch& batch, QByteArrayView externalId, QByteArrayView name, QByteArrayView address);
    // An empty batch to fill (waits while too many are in flight).
    Batch take();
    // Hands a filled batch over (decoded at once without a worker).
    void submit(Batch batch);
    // Waits until every batch submitted is in the output.
    void finish();

private:
    class ReaderStrings;
    class WorkerStrings;
    void run();
    // Makes the repeated texts of `batch` into its accounts and returns it for reuse.
    void decodeAndRecycle(Batch batch);
    // Waits until the worker has decoded every batch submitted (none of the output is in use).
    void drain();

    std::vector<Account>& m_out;
    std::unique_ptr<ReaderStrings> m_readerStrings; // the reader's thread only
    std::unique_ptr<WorkerStrings> m_workerStrings; // the worker's only, while it runs
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_full, m_free; // guarded by m_mutex
    int m_inFlight = 0;               // batches taken and not yet decoded
    std::size_t m_submitted = 0;      // batches submitted, and of them decoded
    std::size_t m_decoded = 0;
    bool m_done = false; // no more batches come
    std::thread m_worker;
};

} // namespace tp::storage
