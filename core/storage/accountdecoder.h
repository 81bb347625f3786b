#pragma once
// AccountDecoder: the string half of reading accounts from a project file. The reader steps
// through the rows (SQLite, on its thread), sets the numbers and copies the raw text of each row
// into a batch; this makes the strings of each batch (ids and names packed into shared blocks,
// repeated values and extras texts shared, see the .cpp) and appends the accounts to the output
// in order. With many rows on a worker thread, so reading a million accounts takes the longer of
// the two halves rather than their sum; at most a few batches are in flight, so the raw text held
// meanwhile stays small. Holds the output vector (the caller's) until finish(); take(), submit()
// and finish() are called from one thread.

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

    // Accounts with their numbers set and their texts as raw UTF-8, in the order of Text.
    class Batch {
    public:
        enum Text { ExternalId, Name, Address, PostalCode, Industry, Segment, Tier, Extra, TextCount };
        static constexpr std::size_t rows = 4096;

        std::vector<Account> accounts;
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
        bool isFull() const { return accounts.size() >= rows; }
        void clear() {
            accounts.clear();
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

    // An empty batch to fill (waits while too many are in flight).
    Batch take();
    // Hands a filled batch over (decoded at once without a worker).
    void submit(Batch batch);
    // Waits until every batch submitted is in the output.
    void finish();

private:
    class Strings;
    void run();
    // Makes the strings of `batch`, appends its accounts to the output and returns it for reuse.
    void decodeAndRecycle(Batch batch);

    std::vector<Account>& m_out;
    std::unique_ptr<Strings> m_strings; // used by the worker only while it runs
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_full, m_free; // guarded by m_mutex
    int m_inFlight = 0;               // batches taken and not yet decoded
    bool m_done = false;              // no more batches come
    std::thread m_worker;
};

} // namespace tp::storage
