// Benchmark: the assignment sheet of 1M accounts (33,124 units, 500 territories with reps) as an
// XLSX workbook: one sheet with every account and one per rep (2M rows of 17 columns), through
// the same AccountSheetExporter and XlsxWorkbookWriter as the app and the CLI (constant-memory
// libxlsxwriter, rows made on demand, the workbook read back before it replaces the target).
// Reports the median of 3 runs and the peak memory the export adds (getrusage ru_maxrss, after
// minus before: the project and engine are already built). Optional argument: number of accounts.
#include "io/export/accountsheetexporter.h"
#include "io/export/exportsource.h"
#include "model/metricsengine.h"

#include "benchresult.h"
#include "support/gridproject.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace tp;

namespace {

double peakMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kB on Linux
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int accounts = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    Project project = testsupport::GridProject::make(accounts, QStringLiteral("XLSX export benchmark"));
    MetricsEngine engine(project);
    const io::ExportSource source(project, engine, 0, io::OutputGuard());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.xlsx"));

    const double before = peakMb();
    std::vector<double> times;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        QString error;
        if (!io::AccountSheetExporter(source).writeXlsx(path, &error)) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(error));
            return 1;
        }
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        std::fprintf(stderr, "run %d: %.0f ms, %.1f MB file, peak RSS %.0f MB\n", run + 1, times.back(),
                     double(QFileInfo(path).size()) / 1e6, peakMb());
    }
    const double added = std::max(0.0, peakMb() - before);
    const QByteArray operation =
        QStringLiteral("XLSX export, assignment sheet (peak memory +%1 MB)").arg(added, 0, 'f', 0).toUtf8();
    const QByteArray data =
        QStringLiteral("%1 accounts, 500 reps: all accounts + a sheet per rep (%2 rows), %3 MB file")
            .arg(accounts)
            .arg(2 * accounts)
            .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 0)
            .toUtf8();
    bench::printResult(operation.constData(), data.constData(), times, -1);
    return 0;
}
