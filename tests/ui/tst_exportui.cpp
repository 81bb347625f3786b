// Exports from the app: every File › Export entry writes its file for the current scenario
// (read back with ogrinfo where GDAL reads it), and printing goes through a QPrinter, here one
// that prints to a PDF file which pdftoppm renders to a page that is not blank.
#include "ui/exportactions.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;

namespace {

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

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
        for (const char* name : {"actionExportAccounts", "actionExportCrm", "actionExportChanges", "actionExportSummary",
                                 "actionExportBoundaries", "actionExportUnits", "actionExportReport", "actionPrintReport",
                                 "actionExportMapImage"})
            QVERIFY2(m_window->action(QString::fromLatin1(name)), name);
    }

    void everyKindWrites_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expect");  // a line ogrinfo must print ("" : only check the file)
        QTest::newRow("accounts xlsx") << "accounts" << "accounts.xlsx" << "Feature Count: 5000";
        QTest::newRow("accounts csv") << "accounts" << "accounts.csv" << "Feature Count: 5000";
        QTest::newRow("crm") << "crm" << "crm.csv" << "Feature Count: 5000";
        QTest::newRow("summary") << "summary" << "summary.csv" << "Feature Count: 13";
        QTest::newRow("boundaries") << "boundaries" << "territories.gpkg" << "Feature Count: 12";
        QTest::newRow("units") << "units" << "units.geojson" << "Feature Count: 3107";
        QTest::newRow("report") << "report" << "report.pdf" << "";
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
            const QString info = run(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-so"), path});
            QVERIFY2(info.contains(expect), qPrintable(info.left(2000)));
        }
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
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), QStringLiteral("-f"),
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
