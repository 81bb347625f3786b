#pragma once
// FuzzInputFile: one fuzzer input as a real file in a private temporary directory, so the code
// under test opens it by path exactly as it opens a user's file (the importers check it with Qt
// first and choose their reader by its suffix; SQLite opens project files itself). Removed again,
// with any SQLite sidecar files, when destroyed. One per input, on the fuzzer's thread.

#include <QString>

#include <cstddef>
#include <cstdint>

namespace tp::fuzz {

class FuzzInputFile {
public:
    // `suffix` without the dot, e.g. "csv".
    FuzzInputFile(const std::uint8_t* data, std::size_t size, const QString& suffix);
    ~FuzzInputFile();
    FuzzInputFile(const FuzzInputFile&) = delete;
    FuzzInputFile& operator=(const FuzzInputFile&) = delete;

    const QString& path() const { return m_path; }

private:
    QString m_path;
};

} // namespace tp::fuzz
