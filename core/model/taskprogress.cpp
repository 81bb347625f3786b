#include "model/taskprogress.h"

#include <algorithm>

namespace tp {

TaskProgress::TaskProgress(Callback callback) : m_state(std::make_shared<State>()) {
    m_state->callback = std::move(callback);
}

double TaskProgress::mapped(double fraction) const {
    if (fraction < 0) return -1;
    return m_from + std::clamp(fraction, 0.0, 1.0) * (m_to - m_from);
}

void TaskProgress::step(const QString& text, double fraction) const {
    if (!m_state) return;
    m_state->step = text;
    m_state->last = std::chrono::steady_clock::now();
    if (m_state->callback) m_state->callback(text, mapped(fraction));
}

void TaskProgress::advance(double fraction) const {
    if (!m_state || !m_state->callback) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - m_state->last < std::chrono::milliseconds(50)) return;
    m_state->last = now;
    m_state->callback(m_state->step, mapped(fraction));
}

TaskProgress TaskProgress::sub(double from, double to) const {
    TaskProgress part = *this;
    part.m_from = mapped(from);
    part.m_to = mapped(to);
    return part;
}

} // namespace tp
