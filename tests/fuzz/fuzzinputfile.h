#pragma once
// FuzzInputFile: one fuzzer input as a file the code under test can open by path: a real file in
// a private temporary directory (for code that checks the file with Qt or opens it with SQLite),
// or a GDAL /vsimem/ file (for code that only hands the path to GDAL). Removed again, with any
// SQLite sidecar files, when destroyed. One per input, on the fuzzer's thread.

#include <QString>

#include <cstddef>
#include <cstdint>

namespace tp::fuzz {

class FuzzInputFile {
public:
    enum class Place { TempDir, GdalMemory };

    // `suffix` without the dot, e.g. "csv"; the importers choose their reader by it.
    FuzzInputFile(const std::uint8_t* data, std::size_t size, const QString& suffix, Place place = Place::TempDir);
    ~FuzzInputFile();
    FuzzInputFile(const FuzzInputFile&) = delete;
    FuzzInputFile& operator=(const FuzzInputFile&) = delete;

    const QString& path() const { return m_path; }

private:
    QString m_path;
    Place m_place;
};

} // namespace tp::fuzz
