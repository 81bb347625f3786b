// Benchmark: CSV import of 1M accounts (lon/lat columns, typical CRM columns plus one extra) and
// point-in-polygon of 1M accounts into 33k units (a grid of 0.1° squares) with AccountLocator on
// 2 threads. Median of 3 runs against the design's budgets (8 s and 2 s).
// `bench_import --export DIR` instead writes the same point-in-polygon data for the PostGIS peer
// (run-benchmarks.sh): DIR/units.csv (id, WKT polygon) and DIR/points.csv (id, lon, lat, and the
// unit AccountLocator assigns, for cross-checking).
#include "io/import/accountimporter.h"
#include "io/import/accountlocator.h"

#include "benchresult.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>

using namespace tp;

namespace {

constexpr int accountCount = 1'000'000;
constexpr int gridSide = 182; // 182 x 182 = 33,124 units
constexpr double cell = 0.1;
constexpr double west = -125.0, south = 25.0;

// The account rows, in order: index, lon and lat as written to the CSV ("%.6f"), three amounts.
void generateRows(const std::function<void(int, const char*, const char*, const double*)>& row) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> lon(west, west + gridSide * cell), lat(south, south + gridSide * cell),
        money(0, 1e6);
    char lonText[32], latText[32];
    for (int i = 0; i < accountCount; ++i) {
        const double x = lon(rng), y = lat(rng); // named, so the draw order is fixed
        const double amounts[3] = {money(rng), money(rng) / 10, money(rng) / 20};
        std::snprintf(lonText, sizeof lonText, "%.6f", x);
        std::snprintf(latText, sizeof latText, "%.6f", y);
        row(i, lonText, latText, amounts);
    }
}

// Buffered writing of generated lines to a file.
class LineWriter {
public:
    explicit LineWriter(const QString& path) : m_file(path) {
        m_ok = m_file.open(QIODevice::WriteOnly);
        m_buffer.reserve(1 << 22);
    }
    ~LineWriter() { flush(); }
    bool ok() const { return m_ok; }
    void append(const char* text, int n) {
        m_buffer.append(text, n);
        if (m_buffer.size() > (1 << 22) - 1024) flush();
    }
    void flush() {
        if (m_ok && !m_buffer.isEmpty()) m_ok = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }

private:
    QFile m_file;
    QByteArray m_buffer;
    bool m_ok = false;
};

bool writeCsv(const QString& path) {
    LineWriter out(path);
    if (!out.ok()) return false;
    const char* segments[] = {"Enterprise", "Mid-Market", "SMB"};
    const char* tiers[] = {"A", "B", "C"};
    const char* industries[] = {"Retail", "Health", "Software", "Manufacturing", "Finance", "Education"};
    const char header[] = "Account ID,Account Name,Billing Street,Billing Postal Code,Industry,Segment,Tier,"
                          "Billing Longitude,Billing Latitude,Revenue Potential,Annual Revenue,Pipeline,Owner\n";
    out.append(header, int(sizeof header) - 1);
    char line[512];
    generateRows([&](int i, const char* lonText, const char* latText, const double* amounts) {
        const int n = std::snprintf(
            line, sizeof line, "0015g%010d,Customer %d Inc.,%d Main Street,%05d,%s,%s,%s,%s,%s,%.2f,%.2f,%.2f,Rep %d\n",
            i, i, i % 9999, 10000 + i % 80000, industries[i % 6], segments[i % 3], tiers[(i / 3) % 3], lonText, latText,
            amounts[0], amounts[1], amounts[2], i % 500);
        out.append(line, n);
    });
    out.flush();
    return out.ok();
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

// Times of `runs` calls of run(), in ms.
std::vector<double> timesMs(int runs, const std::function<void()>& run) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return times;
}

// Writes units.csv and points.csv into dir for the PostGIS peer; the same units and points as the
// benchmark (points parsed from the same "%.6f" text the CSV holds).
int exportPeerData(const QString& dir) {
    if (!QDir().mkpath(dir)) return 1;
    const std::vector<Unit> units = gridUnits();
    {
        LineWriter out(dir + QStringLiteral("/units.csv"));
        const char header[] = "id,wkt\n";
        out.append(header, int(sizeof header) - 1);
        char line[512];
        for (std::size_t i = 0; i < units.size(); ++i) {
            QByteArray ring;
            for (const geo::GeoPoint& p : units[i].shape.front().outer()) {
                char xy[64];
                ring.append(xy, std::snprintf(xy, sizeof xy, "%s%.17g %.17g", ring.isEmpty() ? "" : ",", p.lon, p.lat));
            }
            out.append(line, std::snprintf(line, sizeof line, "%zu,\"POLYGON((%s))\"\n", i, ring.constData()));
        }
        out.flush();
        if (!out.ok()) return 1;
    }
    std::vector<Account> accounts(static_cast<std::size_t>(accountCount));
    generateRows([&](int i, const char* lonText, const char* latText, const double*) {
        accounts[std::size_t(i)].location = {std::strtod(lonText, nullptr), std::strtod(latText, nullptr)};
    });
    const int outside = io::AccountLocator(units).locateAll(accounts);
    LineWriter out(dir + QStringLiteral("/points.csv"));
    const char header[] = "id,lon,lat,unit\n";
    out.append(header, int(sizeof header) - 1);
    char line[128];
    for (std::size_t i = 0; i < accounts.size(); ++i)
        out.append(line, std::snprintf(line, sizeof line, "%zu,%.17g,%.17g,%d\n", i, accounts[i].location.lon,
                                       accounts[i].location.lat, accounts[i].unit));
    out.flush();
    std::printf("exported %zu units and %d points (%d outside every unit) to %s\n", units.size(), accountCount, outside,
                qPrintable(dir));
    return out.ok() ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--export") return exportPeerData(QString::fromLocal8Bit(argv[2]));
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
    const std::vector<double> importMs = timesMs(3, [&] {
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
    const std::vector<double> indexMs = timesMs(3, [&] { locator = std::make_unique<io::AccountLocator>(units); });
    int outside = 0;
    const std::vector<double> locateMs = timesMs(3, [&] { outside = locator->locateAll(accounts); });
    // Check: the grid is regular, so the unit follows from the coordinates.
    int wrong = 0;
    for (const Account& a : accounts) {
        const int x = int((a.location.lon - west) / cell), y = int((a.location.lat - south) / cell);
        if (a.unit != y * gridSide + x && a.unit >= 0) {
            // Points on a shared edge may go to either neighbour (lowest index wins).
            const geo::Box& b = units[std::size_t(a.unit)].bounds;
            if (a.location.lon < b.min_corner().lon || a.location.lon > b.max_corner().lon
                || a.location.lat < b.min_corner().lat || a.location.lat > b.max_corner().lat)
                ++wrong;
        }
    }

    using bench::median;
    std::printf("\n%-46s %12s %10s\n", "operation (median of 3)", "time", "budget");
    std::printf("%-46s %9.0f ms %7d ms\n", "CSV import, 1M rows, 13 columns", median(importMs), 8000);
    std::printf("%-46s %9.0f ms %10s\n", "  build unit index, 33,124 units", median(indexMs), "-");
    std::printf("%-46s %9.0f ms %7d ms\n", "  point in polygon, 1M accounts, 2 threads", median(locateMs), 2000);
    std::printf("%-46s %9.0f ms %7d ms\n", "locate total (index + points)", median(indexMs) + median(locateMs), 2000);
    std::printf("\n");
    bench::printResult("CSV import", "1M rows, 13 columns", importMs, 8000);
    bench::printResult("unit index build (for point in polygon)", "33,124 units (0.1° grid)", indexMs, -1);
    bench::printResult("point-in-polygon assignment, points only (2 threads)", "1M accounts into 33,124 units",
                       locateMs, 2000);
    bench::printResult("point-in-polygon assignment, index + points (sum)", "1M accounts into 33,124 units",
                       median(indexMs) + median(locateMs), bench::worst(indexMs) + bench::worst(locateMs), 2000);
    std::printf("\naccounts outside every unit: %d, misplaced: %d\n", outside, wrong);
    return wrong == 0 && outside == 0 ? 0 : 1;
}
