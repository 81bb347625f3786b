// Exports from the app: every File › Export entry writes its file for the current scenario
// (read back with ogrinfo where GDAL reads it), and printing goes through a QPrinter, here one
// that prints to a PDF file which pdftoppm renders to a page that is not blank.
#include "ui/window/exportactions.h"
#include "ui/window/mainwindow.h"

#include "session/projectsession.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>
#include <QCryptographicHash>
#include <QDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace tp;

namespace {

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QByteArray hashOf(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Limits the size of files this process writes (a full disk without root or mounts); writes past
// it fail with EFBIG instead of raising SIGXFSZ. Restored when destroyed.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
};

} // namespace

class TestExportUi : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;

private slots:
    void initTestCase() {
        const QString path = m_dir.filePath(QStringLiteral("export.territory"));
        QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        m_window = std::make_unique<ui::MainWindow>();
        QVERIFY(m_window->openProject(path));
    }
    void cleanupTestCase() { m_window.reset(); }

    void menuHasEveryExport() {
        for (const char* name : {"actionExportAccounts", "actionExportCrm", "actionExportChanges",
                                 "actionExportSummary", "actionExportBoundaries", "actionExportUnits",
                                 "actionExportReport", "actionPrintReport", "actionExportMapImage"})
            QVERIFY2(m_window->action(QString::fromLatin1(name)), name);
    }

    void everyKindWrites_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expect"); // a line ogrinfo must print ("" : only check the file)
        QTest::newRow("accounts xlsx") << "accounts"
                                       << "accounts.xlsx"
                                       << "Feature Count: 5000";
        QTest::newRow("accounts csv") << "accounts"
                                      << "accounts.csv"
                                      << "Feature Count: 5000";
        QTest::newRow("crm") << "crm"
                             << "crm.csv"
                             << "Feature Count: 5000";
        QTest::newRow("summary") << "summary"
                                 << "summary.csv"
                                 << "Feature Count: 13";
        QTest::newRow("boundaries") << "boundaries"
                                    << "territories.gpkg"
                                    << "Feature Count: 12";
        QTest::newRow("units") << "units"
                               << "units.geojson"
                               << "Feature Count: 3107";
        QTest::newRow("report") << "report"
                                << "report.pdf"
                                << "";
    }
    void everyKindWrites() {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        QFETCH(QString, expect);
        const QString path = m_dir.filePath(file);
        QString error;
        QVERIFY2(m_window->exports()->exportTo(kind, path, false, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 0);
        if (!expect.isEmpty()) {
            const QString info = run(QStringLiteral("ogrinfo"),
                                     {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-so"), path});
            QVERIFY2(info.contains(expect), qPrintable(info.left(2000)));
        }
    }

    // No export from the app lands on the open project: not through a symbolic or hard link,
    // not as "x/../project", not the map image, not Save As onto its working files.
    void neverOntoTheProject_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("target");
        for (const char* kind : {"accounts", "crm", "summary", "boundaries", "report", "map"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 via symbolic link").arg(QLatin1String(kind))))
                << kind << "symlink";
            QTest::newRow(qPrintable(QStringLiteral("%1 via hard link").arg(QLatin1String(kind))))
                << kind << "hardlink";
            QTest::newRow(qPrintable(QStringLiteral("%1 via x/..").arg(QLatin1String(kind)))) << kind << "dotdot";
        }
    }
    void neverOntoTheProject() {
        QFETCH(QString, kind);
        QFETCH(QString, target);
        const QString project = m_dir.filePath(QStringLiteral("export.territory"));
        const QByteArray before = hashOf(project);
        QDir(m_dir.path()).mkpath(QStringLiteral("sub"));
        const QString suffix = kind == QLatin1String("map")          ? QStringLiteral("png")
                               : kind == QLatin1String("boundaries") ? QStringLiteral("gpkg")
                               : kind == QLatin1String("report")     ? QStringLiteral("pdf")
                                                                     : QStringLiteral("csv");
        QString path;
        if (target == QLatin1String("symlink")) {
            path = m_dir.filePath(QStringLiteral("link-%1.%2").arg(kind, suffix));
            QVERIFY(QFile::link(project, path));
        } else if (target == QLatin1String("hardlink")) {
            path = m_dir.filePath(QStringLiteral("hard-%1.%2").arg(kind, suffix));
            QVERIFY(::link(QFile::encodeName(project).constData(), QFile::encodeName(path).constData()) == 0);
        } else {
            path = m_dir.filePath(QStringLiteral("sub/../export.territory"));
        }
        QString error;
        const bool written = kind == QLatin1String("map") ? m_window->writeMapImage(path, QSize(800, 600), &error)
                                                          : m_window->exports()->exportTo(kind, path, false, &error);
        QVERIFY(!written);
        QVERIFY2(error.contains(QStringLiteral("project")), qPrintable(error));
        QCOMPARE(hashOf(project), before);
        if (target != QLatin1String("dotdot")) QFile::remove(path);
    }

    void saveAsNeverOntoItsWorkingFiles() {
        const QString project = m_dir.filePath(QStringLiteral("export.territory"));
        const QByteArray before = hashOf(project);
        const QString hard = m_dir.filePath(QStringLiteral("same.territory"));
        QVERIFY(::link(QFile::encodeName(project).constData(), QFile::encodeName(hard).constData()) == 0);
        QString error;
        // The same file under another name: nothing to do, every edit is already in it.
        QVERIFY2(m_window->session()->saveAs(hard, &error), qPrintable(error));
        QCOMPARE(m_window->session()->path(), project);
        QVERIFY(!m_window->session()->saveAs(project + QStringLiteral("-wal"), &error));
        QVERIFY2(error.contains(QStringLiteral("working file")), qPrintable(error));
        QCOMPARE(hashOf(project), before);
        QFile::remove(hard);
    }

    // A disk that fills up while writing (here: a file size limit) fails the export with a
    // message and leaves the old file as it was, with no stray temporary file.
    void fullDiskLeavesTheOldFile_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::newRow("map image") << "map"
                                   << "full.png";
        QTest::newRow("assignment sheet") << "accounts"
                                          << "full.xlsx";
        QTest::newRow("units") << "units"
                               << "full.geojson";
        QTest::newRow("report") << "report"
                                << "full.pdf";
    }
    void fullDiskLeavesTheOldFile() {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        const QString dir = m_dir.filePath(QStringLiteral("full-") + kind);
        QVERIFY(QDir().mkpath(dir));
        const QString path = QDir(dir).filePath(file);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("old") == 3);
        old.close();
        QString error;
        bool written = false;
        {
            const FileSizeLimit limit(16 * 1024);
            written = kind == QLatin1String("map") ? m_window->writeMapImage(path, QSize(1920, 1080), &error)
                                                   : m_window->exports()->exportTo(kind, path, false, &error);
        }
        QVERIFY(!written);
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write")), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("old"));
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{file});
        // Without the limit the same export works.
        const bool ok = kind == QLatin1String("map") ? m_window->writeMapImage(path, QSize(1920, 1080), &error)
                                                     : m_window->exports()->exportTo(kind, path, false, &error);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 16 * 1024);
    }

    void printsThroughAPrinter() {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(pdf);
        printer.setPageOrientation(QPageLayout::Landscape);
        QString error;
        QVERIFY2(m_window->exports()->printTo(printer, printer.resolution(), &error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 10000);
        const QString prefix = m_dir.filePath(QStringLiteral("printed"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), QStringLiteral("-f"),
             QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix});
        QImage page(prefix + QStringLiteral("-1.png"));
        if (page.isNull()) page.load(prefix + QStringLiteral("-01.png"));
        QVERIFY(!page.isNull());
        int ink = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) ink += page.pixelColor(x, y).lightness() < 240;
        QVERIFY2(ink > page.width() * page.height() / 20, qPrintable(QString::number(ink)));
    }
};

QTEST_MAIN(TestExportUi)
#include "tst_exportui.moc"
