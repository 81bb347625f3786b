#include "quickcheck.h"

#include "sqliteconnection.h"
#include "sqlstatement.h"

#include <QStringList>

#include <sqlite3.h>

#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace tp::storage {

QString QuickCheck::run(const SqliteConnection& db) {
    // quick_check(N): up to N lines naming what is wrong, or the single line "ok". It reads every
    // page but skips the index-versus-table comparison, which is what makes integrity_check slow.
    SqlStatement st(db.handle(), "PRAGMA quick_check(5)");
    QStringList lines;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) lines << st.text(0);
    if (rc != SQLITE_DONE) return st.error().isEmpty() ? QStringLiteral("the check could not run") : st.error();
    if (lines == QStringList{QStringLiteral("ok")}) return {};
    return lines.isEmpty() ? QStringLiteral("the check gave no answer") : lines.join(QStringLiteral("; "));
}

std::unique_ptr<QuickCheck> QuickCheck::start(const QString& path) {
    std::unique_ptr<QuickCheck> check(new QuickCheck);
    std::promise<QString> answer;
    check->m_answer = answer.get_future().share();
    check->m_worker = std::thread(&QuickCheck::check, check.get(), path, std::move(answer));
    return check;
}

void QuickCheck::check(const QString& path, std::promise<QString> answer) {
#ifdef Q_OS_LINUX
    // The project is being read meanwhile, on two threads with many accounts, and the answer is
    // needed only by the first edit: the check yields to them (the lowest nice value of this
    // thread alone; on Linux a thread id names one thread), but is never starved.
    setpriority(PRIO_PROCESS, id_t(gettid()), 19);
#endif
    SqliteConnection db;
    QString error;
    if (!db.open(path, false, &error, SqliteConnection::Access::ReadOnly)) {
        answer.set_value(QStringLiteral("the check could not open the file (%1)").arg(error));
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_handle = db.handle();
    }
    const QString damage = m_cancelled ? QStringLiteral("the check was cancelled") : run(db);
    {
        const std::lock_guard lock(m_mutex);
        m_handle = nullptr;
    }
    db.close();
    answer.set_value(damage);
}

QuickCheck::~QuickCheck() {
    m_cancelled = true;
    {
        const std::lock_guard lock(m_mutex);
        if (m_handle) sqlite3_interrupt(m_handle);
    }
    if (m_worker.joinable()) m_worker.join();
}

bool QuickCheck::isFinished() const {
    return m_answer.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

QString QuickCheck::damage() {
    return m_answer.get();
}

} // namespace tp::storage
