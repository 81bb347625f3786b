#pragma once
// QuickCheck: SQLite's PRAGMA quick_check of a project file, which reads every page of it (the
// slow part of opening a large project). run() checks on the caller's connection; start() checks
// on a read-only connection of its own on a worker thread while the caller goes on reading the
// file, and damage() waits for the answer. Destroying a running check interrupts it and waits for
// the worker to end. Owned by one ProjectFile; call from one thread at a time.

#include <QString>

#include <atomic>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace tp::storage {

class SqliteConnection;

class QuickCheck {
public:
    // What quick_check says is wrong (up to 5 lines, joined), or empty for a sound file.
    static QString run(const SqliteConnection& db);
    // Starts checking `path` on a worker thread.
    static std::unique_ptr<QuickCheck> start(const QString& path);

    ~QuickCheck();
    QuickCheck(const QuickCheck&) = delete;
    QuickCheck& operator=(const QuickCheck&) = delete;

    bool isFinished() const;
    // Waits for the answer (run()'s); the same answer on every call.
    QString damage();

private:
    QuickCheck() = default;
    void check(const QString& path, std::promise<QString> answer);

    std::shared_future<QString> m_answer;
    std::thread m_worker;
    std::mutex m_mutex;          // guards m_handle against interrupt-while-closing
    sqlite3* m_handle = nullptr; // the worker's connection while it is open
    std::atomic<bool> m_cancelled{false};
};

} // namespace tp::storage
