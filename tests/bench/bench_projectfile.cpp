// Benchmark: write (create) and load (open) a project of 1M accounts, 33k units (squares) and
// 500 territories; median of 3 runs. Accounts carry two extra CRM columns, as imports usually do.
// Open is the file-load part of DESIGN.md's "open project to first map frame" (the frame is not included).
#include "storage/projectfile.h"

#include "benchresult.h"
#include "support/makerep.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace tp;

namespace {

Project makeProject(int accountCount, int unitSide, int territoryCount) {
    Project p;
    p.title = QStringLiteral("Benchmark");
    const double size = 0.1;
    for (int y = 0; y < unitSide; ++y)
        for (int x = 0; x < unitSide; ++x) {
            Unit u;
            const double x0 = -125 + x * size, y0 = 25 + y * size;
            u.code = QStringLiteral("%1").arg(y * unitSide + x, 5, 10, QChar('0'));
            u.name = QStringLiteral("Unit %1").arg(u.code);
            u.region = QStringLiteral("R%1").arg(y / 10);
            geo::Polygon poly;
            poly.outer() = {{x0, y0}, {x0, y0 + size}, {x0 + size, y0 + size}, {x0 + size, y0}, {x0, y0}};
            u.shape = {poly};
            u.bounds = geo::Box({x0, y0}, {x0 + size, y0 + size});
            u.areaM2 = 1e8;
            u.perimeterM = 4e4;
            p.units.push_back(std::move(u));
            const int i = y * unitSide + x;
            if (x + 1 < unitSide)
                p.adjacency.push_back({i, i + 1, 1e4, {geo::Segment({x0 + size, y0}, {x0 + size, y0 + size})}});
            if (y + 1 < unitSide)
                p.adjacency.push_back({i, i + unitSide, 1e4, {geo::Segment({x0, y0 + size}, {x0 + size, y0 + size})}});
        }
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> unit01(0, 1);
    const QString segments[] = {"Enterprise", "Mid-Market", "SMB"};
    const QString tiers[] = {"A", "B", "C"};
    const QString industries[] = {"Retail", "Health", "Software", "Manufacturing", "Finance", "Education"};
    p.accounts.reserve(std::size_t(accountCount));
    for (int i = 0; i < accountCount; ++i) {
        Account a;
        a.id = 1'000'000 + i;
        a.externalId = QStringLiteral("0015g00000%1").arg(i, 8, 10, QChar('0'));
        a.name = QStringLiteral("Customer %1 Inc.").arg(i);
        a.address = QStringLiteral("%1 Main Street").arg(i % 9999);
        a.postalCode = QStringLiteral("%1").arg(10000 + i % 40000);
        a.industry = industries[i % 6];
        a.segment = segments[i % 3];
        a.tier = tiers[(i / 3) % 3];
        const int unit = int(unit01(rng) * double(p.units.size()));
        a.unit = unit;
        const geo::GeoPoint corner = p.units[std::size_t(unit)].bounds.min_corner();
        a.location = {corner.lon + 0.05, corner.lat + 0.05};
        a.revenuePotential = unit01(rng) * 1e6;
        a.revenue = unit01(rng) * 1e5;
        a.pipeline = unit01(rng) * 1e5;
        a.workloadHours = 10 + unit01(rng) * 50;
        a.extra.insert(QStringLiteral("Owner"), QStringLiteral("rep%1").arg(i % 300));
        a.extra.insert(QStringLiteral("Stage"), QStringLiteral("Active"));
        p.accounts.push_back(std::move(a));
    }
    for (int i = 0; i < 50; ++i)
        p.reps.push_back(testsupport::makeRep(i + 1, QStringLiteral("Rep %1").arg(i), {}, 1600, 1e6));
    Scenario s;
    s.id = 100;
    s.name = QStringLiteral("Base");
    s.createdAt = QDateTime::currentDateTimeUtc();
    s.unitTerritory.resize(p.units.size());
    for (int t = 0; t < territoryCount; ++t)
        p.territories.push_back(Territory{1000 + t, s.id, QStringLiteral("T%1").arg(t), "#336699", t % 50 + 1, 0,
                                          Territory::Level::Territory, false});
    for (std::size_t u = 0; u < p.units.size(); ++u)
        s.unitTerritory[u] = 1000 + qint64(u % std::size_t(territoryCount));
    p.scenarios.push_back(s);
    p.currentScenarioId = s.id;
    p.reindex();
    return p;
}

using bench::median;

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int accounts = argc > 1 ? QString(argv[1]).toInt() : 1'000'000;
    QTemporaryDir dir;
    std::printf("generating %d accounts, 33124 units, 500 territories...\n", accounts);
    std::fflush(stdout);
    const Project project = makeProject(accounts, 182, 500); // 182^2 = 33,124 units
    // A second argument keeps the file at that path (to inspect it, or to profile open alone).
    const QString path = argc > 2 ? QString(argv[2]) : dir.filePath(QStringLiteral("bench.territory"));
    std::vector<double> createMs, openMs;
    qint64 bytes = 0;
    for (int run = 0; run < 3; ++run) {
        QString error;
        QElapsedTimer timer;
        timer.start();
        auto file = storage::ProjectFile::create(path, project, &error);
        createMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!file) {
            std::fprintf(stderr, "create failed: %s\n", qPrintable(error));
            return 1;
        }
        file.reset();
        bytes = QFileInfo(path).size();
        Project loaded;
        timer.start();
        file = storage::ProjectFile::open(path, &loaded, &error);
        openMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!file || loaded.accounts.size() != project.accounts.size() || loaded.units.size() != project.units.size()) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    const QString data =
        QStringLiteral("%1 accounts, %2 units, 500 territories").arg(accounts).arg(project.units.size());
    std::printf("\n%-24s | %-48s | %9s | %s\n", "operation", "data", "median ms", "budget");
    std::printf("%-24s | %-48s | %9.0f | %s\n", "create (write file)", qPrintable(data), median(createMs),
                "none set (save as / import)");
    std::printf("%-24s | %-48s | %9.0f | %s\n", "open (load everything)", qPrintable(data), median(openMs),
                "<= 1500 ms to first frame");
    std::printf("file size: %.1f MB; runs create %.0f/%.0f/%.0f ms, open %.0f/%.0f/%.0f ms\n", double(bytes) / 1e6,
                createMs[0], createMs[1], createMs[2], openMs[0], openMs[1], openMs[2]);
    std::printf("\n");
    bench::printResult("project file create (write)", data.toUtf8().constData(), createMs, -1);
    bench::printResult("open project to first map frame: file load only", data.toUtf8().constData(), openMs, 1500);
    return 0;
}
