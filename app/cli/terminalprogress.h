#pragma once
// TerminalProgress: a TaskProgress that shows long work as one line on the terminal ("Reading
// crm.csv… 42%"), rewritten in place and cleared when the work is done. When stderr is not a
// terminal (a pipe, a file, a test) it prints nothing, so scripts see only results and errors.
// Owned by the command that runs the work; main thread.

#include "model/taskprogress.h"

#include <cstdio>

namespace tp::cli {

class TerminalProgress {
public:
    TerminalProgress();
    ~TerminalProgress(); // clears the line
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    const TaskProgress& progress() const { return m_progress; }

private:
    void show(const QString& step, double fraction);
    TaskProgress m_progress;
    bool m_terminal = false;
    int m_width = 0; // characters on the line now
};

} // namespace tp::cli
