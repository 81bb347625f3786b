// Benchmark: CSV import of 1M accounts (lon/lat columns, typical CRM columns plus one extra) and
// point-in-polygon of 1M accounts into 33k units (a grid of 0.1° squares) with AccountLocator on
// 2 threads. Median of 3 runs against the design's budgets (8 s and 2 s).
#include "io/accountimporter.h"
#include "io/accountlocator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace tp;

namespace {

constexpr int accountCount = 1'000'000;
constexpr int gridSide = 182;  // 182 x 182 = 33,124 units
constexpr double cell = 0.1;
constexpr double west = -125.0, south = 25.0;

bool writeCsv(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return false;
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> lon(west, west + gridSide * cell), lat(south, south + gridSide * cell), money(0, 1e6);
    const char* segments[] = {"Enterprise", "Mid-Market", "SMB"};
    const char* tiers[] = {"A", "B", "C"};
    const char* industries[] = {"Retail", "Health", "Software", "Manufacturing", "Finance", "Education"};
    QByteArray buffer;
    buffer.reserve(1 << 22);
    buffer += "Account ID,Account Name,Billing Street,Billing Postal Code,Industry,Segment,Tier,"
              "Billing Longitude,Billing Latitude,Revenue Potential,Annual Revenue,Pipeline,Owner\n";
    char line[512];
    for (int i = 0; i < accountCount; ++i) {
        const int n = std::snprintf(line, sizeof line, "0015g%010d,Customer %d Inc.,%d Main Street,%05d,%s,%s,%s,%.6f,%.6f,%.2f,%.2f,%.2f,Rep %d\n",
                                    i, i, i % 9999, 10000 + i % 80000, industries[i % 6], segments[i % 3], tiers[(i / 3) % 3],
                                    lon(rng), lat(rng), money(rng), money(rng) / 10, money(rng) / 20, i % 500);
        buffer.append(line, n);
        if (buffer.size() > (1 << 22) - 1024) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    return true;
}

std::vector<Unit> gridUnits() {
    std::vector<Unit> units;
    units.reserve(std::size_t(gridSide) * gridSide);
    for (int y = 0; y < gridSide; ++y)
        for (int x = 0; x < gridSide; ++x) {
            const double x0 = west + x * cell, y0 = south + y * cell;
            Unit u;
            u.code = QString::number(y * gridSide + x);
            geo::Polygon p;
            p.outer() = {{x0, y0}, {x0, y0 + cell}, {x0 + cell, y0 + cell}, {x0 + cell, y0}, {x0, y0}};
            u.shape = {p};
            u.bounds = geo::Box({x0, y0}, {x0 + cell, y0 + cell});
            units.push_back(std::move(u));
        }
    return units;
}

double medianMs(int runs, const std::function<void()>& run) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString csv = dir.filePath("accounts-1m.csv");
    QElapsedTimer t;
    t.start();
    if (!writeCsv(csv)) return 1;
    std::printf("generated %d-row CSV (%.0f MB) in %.1f s\n", accountCount, double(QFile(csv).size()) / 1e6,
                double(t.elapsed()) / 1000.0);

    std::vector<Account> accounts;
    io::AccountImportOptions options;
    options.path = csv;
    const double importMs = medianMs(3, [&] {
        io::AccountImportResult r = io::AccountImporter::importAccounts(options);
        if (!r.ok || r.accounts.size() != std::size_t(accountCount) || !r.rejected.empty()) {
            std::printf("import failed: %s (%zu accepted, %zu rejected)\n", qPrintable(r.error), r.accounts.size(),
                        r.rejected.size());
            std::exit(1);
        }
        accounts = std::move(r.accounts);
    });

    const std::vector<Unit> units = gridUnits();
    std::unique_ptr<io::AccountLocator> locator;
    const double indexMs = medianMs(3, [&] { locator = std::make_unique<io::AccountLocator>(units); });
    int outside = 0;
    const double locateMs = medianMs(3, [&] { outside = locator->locateAll(accounts); });
    // Check: the grid is regular, so the unit follows from the coordinates.
    int wrong = 0;
    for (const Account& a : accounts) {
        const int x = int((a.location.lon - west) / cell), y = int((a.location.lat - south) / cell);
        if (a.unit != y * gridSide + x && a.unit >= 0) {
            // Points on a shared edge may go to either neighbour (lowest index wins).
            const geo::Box& b = units[std::size_t(a.unit)].bounds;
            if (a.location.lon < b.min_corner().lon || a.location.lon > b.max_corner().lon ||
                a.location.lat < b.min_corner().lat || a.location.lat > b.max_corner().lat)
                ++wrong;
        }
    }

    std::printf("\n%-46s %12s %10s\n", "operation (median of 3)", "time", "budget");
    std::printf("%-46s %9.0f ms %7d ms\n", "CSV import, 1M rows, 13 columns", importMs, 8000);
    std::printf("%-46s %9.0f ms %10s\n", "  build unit index, 33,124 units", indexMs, "-");
    std::printf("%-46s %9.0f ms %7d ms\n", "  point in polygon, 1M accounts, 2 threads", locateMs, 2000);
    std::printf("%-46s %9.0f ms %7d ms\n", "locate total (index + points)", indexMs + locateMs, 2000);
    std::printf("\naccounts outside every unit: %d, misplaced: %d\n", outside, wrong);
    return wrong == 0 && outside == 0 ? 0 : 1;
}
