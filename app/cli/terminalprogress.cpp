#include "terminalprogress.h"

#include <unistd.h>

#include <cmath>

namespace tp::cli {

TerminalProgress::TerminalProgress() : m_terminal(isatty(fileno(stderr)) == 1) {
    if (m_terminal) m_progress = TaskProgress([this](const QString& step, double fraction) { show(step, fraction); });
}

TerminalProgress::~TerminalProgress() {
    if (m_terminal && m_width > 0) {
        std::fprintf(stderr, "\r%*s\r", m_width, "");
        std::fflush(stderr);
    }
}

void TerminalProgress::show(const QString& step, double fraction) {
    QString line = step;
    if (fraction >= 0) line += QStringLiteral(" %1%").arg(int(std::floor(fraction * 100)));
    const QByteArray text = line.toLocal8Bit();
    const int width = int(line.size());
    std::fprintf(stderr, "\r%s%*s", text.constData(), std::max(0, m_width - width), "");
    std::fflush(stderr);
    m_width = std::max(m_width, width);
}

} // namespace tp::cli
