#include "fuzzinputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdlib>

namespace tp::fuzz {
namespace {

// One directory per fuzzer process (libFuzzer's -jobs/-workers run several side by side).
const QString& processDir() {
    static const QString dir = [] {
        const QString d = QDir::temp().filePath(QStringLiteral("tp-fuzz-%1").arg(QCoreApplication::applicationPid()));
        QDir().mkpath(d);
        std::atexit([] { QDir(processDir()).removeRecursively(); });
        return d;
    }();
    return dir;
}

} // namespace

FuzzInputFile::FuzzInputFile(const std::uint8_t* data, std::size_t size, const QString& suffix)
    : m_path(processDir() + QStringLiteral("/input.") + suffix) {
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size)) {
        qFatal("fuzz harness: cannot write %s", qPrintable(m_path));
    }
}

FuzzInputFile::~FuzzInputFile() {
    for (const char* sidecar : {"", "-wal", "-shm", "-journal"}) QFile::remove(m_path + QLatin1String(sidecar));
}

} // namespace tp::fuzz
