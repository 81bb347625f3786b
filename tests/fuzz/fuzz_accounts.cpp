// libFuzzer target: AccountImporter on arbitrary bytes saved as a .csv, .xlsx or .geojson file
// (TP_FUZZ_SUFFIX, one executable per format). Postal codes come from a few fixed places, so no
// bundled data is read. Any outcome is fine except a crash, a sanitizer report or a hang.
#include "fuzzinputfile.h"

#include "io/accountimporter.h"
#include "io/postalcodeindex.h"

#include <cstddef>
#include <cstdint>

namespace {

const tp::io::PostalCodeIndex& postalCodes() {
    static const tp::io::PostalCodeIndex index = [] {
        tp::io::PostalCodeIndex zips;
        zips.insert(QStringLiteral("02138"), {{-71.11, 42.37}, QStringLiteral("Cambridge"), QStringLiteral("MA")});
        zips.insert(QStringLiteral("80202"), {{-104.99, 39.75}, QStringLiteral("Denver"), QStringLiteral("CO")});
        zips.insert(QStringLiteral("60601"), {{-87.62, 41.88}, QStringLiteral("Chicago"), QStringLiteral("IL")});
        return zips;
    }();
    return index;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const tp::fuzz::FuzzInputFile input(data, size, QStringLiteral(TP_FUZZ_SUFFIX));
    tp::io::AccountImportOptions options;
    options.path = input.path();
    options.postalCodes = &postalCodes();
    options.fixSwappedCoordinates = size % 2 == 1;  // both ways through the swap rule
    const tp::io::AccountImportResult result = tp::io::AccountImporter::importAccounts(options);
    // What the merger and the project file rely on: one line per accepted account.
    if (result.ok && result.lines.size() != result.accounts.size()) __builtin_trap();
    return 0;
}
