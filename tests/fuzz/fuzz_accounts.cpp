// libFuzzer target: AccountImporter on arbitrary bytes saved as a .csv, .xlsx or .geojson file
// (TP_FUZZ_SUFFIX, one executable per format). Postal codes come from a few fixed places, so no
// bundled data is read. Any outcome is fine except a crash, a sanitizer report, a hang, or an
// accepted account that breaks the importer's documented rules (accountimporter.h).
#include "fuzzinputfile.h"

#include "io/import/accountimporter.h"
#include "io/import/postalcodeindex.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <unordered_set>

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

void broken(const char* rule, const QString& externalId) {
    std::fprintf(stderr, "fuzz_accounts: accepted account '%s' breaks: %s\n", qPrintable(externalId), rule);
    __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const tp::fuzz::FuzzInputFile input(data, size, QStringLiteral(TP_FUZZ_SUFFIX));
    tp::io::AccountImportOptions options;
    options.path = input.path();
    options.postalCodes = &postalCodes();
    options.fixSwappedCoordinates = size % 2 == 1; // both ways through the swap rule
    const tp::io::AccountImportResult result = tp::io::AccountImporter::importAccounts(options);
    if (!result.ok) return 0;
    if (result.lines.size() != result.accounts.size()) broken("one line per account", QString());
    std::unordered_set<QString> ids;
    for (const tp::Account& a : result.accounts) {
        if (a.externalId.isEmpty()) broken("a non-empty external id", a.externalId);
        if (!ids.insert(a.externalId).second) broken("a unique external id", a.externalId);
        const tp::geo::GeoPoint p = a.location;
        if (!std::isfinite(p.lon) || !std::isfinite(p.lat) || std::abs(p.lon) > 180 || std::abs(p.lat) > 90)
            broken("a location on Earth", a.externalId);
        for (double v : {a.revenuePotential, a.revenue, a.pipeline, a.workloadHours})
            if (!std::isfinite(v)) broken("finite numbers", a.externalId);
        if (a.workloadHours < 0) broken("a workload of at least 0", a.externalId);
    }
    return 0;
}
