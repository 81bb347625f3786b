// Exports from the app run on a worker and can be cancelled: a cancelled export of any kind
// leaves the old target file byte for byte and no stray file next to it. The change list and the
// assignment sheet ask which scenario to compare with before they ask for the file name.
#include "ui/window/exportactions.h"
#include "ui/window/mainwindow.h"

#include "session/projectsession.h"
#include "support/democopy.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tp;

class TestExportProgress : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;

private slots:
    void initTestCase() {
        const QString path = m_dir.filePath(QStringLiteral("exports.territory"));
        QVERIFY(testsupport::copyDemo(path, testsupport::DemoScenario::AsBundled));
        m_window = std::make_unique<ui::MainWindow>();
        m_window->show();
        QVERIFY(m_window->openProject(path));
    }
    void cleanupTestCase() { m_window.reset(); }

    void cancelledExportKeepsTheOldFile_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::newRow("assignment sheet xlsx") << "accounts"
                                               << "sheet.xlsx";
        QTest::newRow("assignment sheet csv") << "accounts"
                                              << "sheet.csv";
        QTest::newRow("change list") << "changes"
                                     << "changes.xlsx";
        QTest::newRow("summary") << "summary"
                                 << "summary.csv";
        QTest::newRow("boundaries") << "boundaries"
                                    << "territories.gpkg";
        QTest::newRow("units") << "units"
                               << "units.geojson";
        QTest::newRow("report") << "report"
                                << "report.pdf";
    }
    void cancelledExportKeepsTheOldFile() {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        QTemporaryDir out;
        const QString path = out.filePath(file);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the old file");
        }
        // The demo opens on its plan of record: the change list compares with another scenario.
        const Project& p = m_window->session()->project();
        qint64 baseline = -1;
        for (const Scenario& s : p.scenarios)
            if (s.id != p.currentScenarioId) baseline = s.id;
        TaskProgress progress([](const QString&, double) {});
        progress.cancel();
        QString error;
        QVERIFY(
            !m_window->exports()->exportTo(kind, path, kind == QLatin1String("report"), &error, baseline, progress));
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the old file"));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{file});
        // Not cancelled, the same export replaces it.
        QVERIFY2(m_window->exports()->exportTo(kind, path, false, &error, baseline), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 12);
    }

    void changeListAsksForTheBaselineFirst() {
        const Project& p = m_window->session()->project();
        QVERIFY(p.scenarios.size() >= 2);
        QStringList asked; // the dialogs, in the order they came
        QStringList offered;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal) return;
            if (auto* input = qobject_cast<QInputDialog*>(modal);
                input && input->objectName() == QLatin1String("baselineChooser")) {
                asked << QStringLiteral("baseline");
                offered = input->comboBoxItems();
                auto* combo = input->findChild<QComboBox*>();
                QTest::keyClick(combo, Qt::Key_End); // the last scenario in the list
                QTest::keyClick(input, Qt::Key_Return);
            } else if (auto* files = qobject_cast<QFileDialog*>(modal)) {
                asked << QStringLiteral("file");
                files->reject();
            }
        });
        timer.start(20);
        m_window->action(QStringLiteral("actionExportChanges"))->trigger();
        timer.stop();
        QCOMPARE(asked, (QStringList{"baseline", "file"}));
        // Every scenario but the current one is offered.
        QCOMPARE(offered.size(), int(p.scenarios.size()) - 1);
        for (const Scenario& s : p.scenarios)
            if (s.id != p.currentScenarioId)
                QVERIFY2(
                    std::any_of(offered.begin(), offered.end(), [&](const QString& o) { return o.startsWith(s.name); }),
                    qPrintable(s.name));
    }
};

QTEST_MAIN(TestExportProgress)
#include "tst_exportprogress.moc"
