#pragma once
// TaskProgress: how long work (imports, exports, opening a project) tells its caller how far it
// got and learns that the caller wants it to stop. The work names its steps (step()) and reports
// the fraction done in its loops (advance(); cheap: the callback runs at most every 50 ms); it
// asks cancelled() between pieces of work and then stops, leaving everything as it was (the
// importers change no project; the exporters write through OutputFile, whose temporary file is
// removed without a commit). sub() maps a part of the work onto a range of the whole, so nested
// steps report one rising fraction. A default TaskProgress reports to nobody and is never
// cancelled. The callback runs on the working thread; cancel() may be called from any thread.
// Value type: copies share the callback, the cancel flag and the throttle.

#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace tp {

class TaskProgress {
public:
    // fraction in 0..1, or -1 when the work cannot tell how far it is.
    using Callback = std::function<void(const QString& step, double fraction)>;

    TaskProgress() = default;
    explicit TaskProgress(Callback callback);

    // A new step of the work; always reported (with the fraction, when known).
    void step(const QString& text, double fraction = -1) const;
    // The fraction done of the current step's range; reported at most every 50 ms.
    void advance(double fraction) const;
    // The part [from, to] of this progress's range, with the same step text, callback and flag.
    TaskProgress sub(double from, double to) const;

    bool cancelled() const { return m_state && m_state->cancelled.load(std::memory_order_relaxed); }
    void cancel() const {
        if (m_state) m_state->cancelled.store(true, std::memory_order_relaxed);
    }
    // The flag cancel() sets, for work that takes a flag (the optimiser); nullptr when none.
    const std::atomic<bool>* cancelFlag() const { return m_state ? &m_state->cancelled : nullptr; }

private:
    struct State {
        Callback callback;
        std::atomic<bool> cancelled{false};
        QString step;
        std::chrono::steady_clock::time_point last{};
    };
    double mapped(double fraction) const;
    std::shared_ptr<State> m_state;
    double m_from = 0.0, m_to = 1.0;
};

} // namespace tp
