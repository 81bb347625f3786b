// Long imports run off the GUI thread: while the import wizard reads a million-row account file
// the window keeps repainting, a progress dialog says what is being read and how far it got, and
// Cancel stops the reading and leaves the project exactly as it was: the project file's bytes
// (and its write-ahead log) and the accounts in memory. A unit layer import cancels the same way.
#include "ui/import/accountimportwizard.h"
#include "ui/map/mapcanvas.h"
#include "ui/window/importactions.h"
#include "ui/window/mainwindow.h"

#include "session/projectsession.h"
#include "support/bigaccountscsv.h"
#include "support/mainwindowfixture.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tp;
using ui::AccountImportWizard;

namespace {

QByteArray hashOf(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return QByteArrayLiteral("(none)");
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// Everything an import could change in memory, as text.
QByteArray dump(const Project& p) {
    QByteArray out;
    out +=
        QByteArray::number(qulonglong(p.accounts.size())) + ' ' + QByteArray::number(qulonglong(p.units.size())) + '\n';
    for (const Account& a : p.accounts)
        out += QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9\n")
                   .arg(a.id)
                   .arg(a.externalId, a.name)
                   .arg(a.location.lon, 0, 'g', 17)
                   .arg(a.location.lat, 0, 'g', 17)
                   .arg(a.revenuePotential, 0, 'g', 17)
                   .arg(a.revenue, 0, 'g', 17)
                   .arg(a.workloadHours, 0, 'g', 17)
                   .arg(a.unit)
                   .toUtf8();
    return out;
}

// Clicks Cancel in the task's progress dialog once it has shown some progress and the canvas
// has repainted a few times meanwhile (ProgressWatcher counts them, asking for a repaint every 30 ms).
class Watcher : public testsupport::ProgressWatcher {
public:
    explicit Watcher(ui::MainWindow* window)
        : ProgressWatcher(window, 30, [this](QProgressDialog* d) {
              maxValue = std::max(maxValue, d->value());
              if (label.isEmpty() || !d->labelText().isEmpty()) label = d->labelText();
              // Cancel once the reading is under way and the window has repainted a few times.
              if (!cancelled && d->value() > 0 && paints >= 3) {
                  cancelled = true;
                  QTest::mouseClick(d->findChild<QPushButton*>(), Qt::LeftButton);
              }
          }) {}
    int maxValue = 0;
    QString label;
    bool cancelled = false;
};

} // namespace

class TestImportProgress : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;
    QString m_big;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;

private slots:
    void initTestCase() {
        m_project = m_dir.filePath(QStringLiteral("progress.territory"));
        QVERIFY(testsupport::copyDemo(m_project, testsupport::DemoScenario::AsBundled));
        // A million accounts, spread over the contiguous US.
        m_big = m_dir.filePath(QStringLiteral("million.csv"));
        QVERIFY(testsupport::writeBigAccountsCsv(m_big, 1'000'000));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_window = std::make_unique<ui::MainWindow>();
        m_window->imports()->setSettings(m_settings.get());
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_project));
    }
    void cleanupTestCase() { m_window.reset(); }

    void cancelDuringAMillionRows() {
        const QByteArray fileBefore = hashOf(m_project), walBefore = hashOf(m_project + QStringLiteral("-wal"));
        const QByteArray memoryBefore = dump(m_window->session()->project());

        AccountImportWizard* w = m_window->imports()->openWizard();
        QVERIFY(w);
        QTest::keyClicks(w->findChild<QLineEdit*>(QStringLiteral("importPath")), m_big);
        for (int page = 0; page < 4; ++page) QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(w->currentId(), int(AccountImportWizard::DryRunPage));

        Watcher watcher(m_window.get());
        // The dry run starts once the page is shown; the watcher cancels it while it reads.
        QTRY_VERIFY_WITH_TIMEOUT(watcher.cancelled, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(
            w->findChild<QLabel*>(QStringLiteral("importForecast"))->text().startsWith(QLatin1String("Cancelled")),
            120000);
        QVERIFY(watcher.ticks > 0);
        QVERIFY2(watcher.paints >= 3, qPrintable(QString::number(watcher.paints)));
        QVERIFY2(watcher.label.contains(QLatin1String("million.csv")), qPrintable(watcher.label));
        QVERIFY(watcher.maxValue > 0);
        QVERIFY(!w->hasDryRun());
        QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
        w->reject();

        QCOMPARE(hashOf(m_project), fileBefore);
        QCOMPARE(hashOf(m_project + QStringLiteral("-wal")), walBefore);
        QVERIFY(dump(m_window->session()->project()) == memoryBefore);
    }

    void cancelledUnitImportChangesNothing() {
        const QByteArray fileBefore = hashOf(m_project);
        const QByteArray memoryBefore = dump(m_window->session()->project());
        // Cancel as soon as the dialog shows: the bundled counties take long enough to read.
        QTimer timer;
        bool clicked = false;
        connect(&timer, &QTimer::timeout, this, [&] {
            for (QProgressDialog* d : m_window->findChildren<QProgressDialog*>(QStringLiteral("taskProgress")))
                if (d->isVisible() && !clicked) {
                    clicked = true;
                    QTest::mouseClick(d->findChild<QPushButton*>(), Qt::LeftButton);
                }
        });
        timer.start(5);
        QString error = QStringLiteral("unset");
        const bool imported = m_window->imports()->importUnits(
            io::UnitImporter::bundledOptions(QStringLiteral("counties")), QStringLiteral("counties"), &error);
        QVERIFY(clicked);
        QVERIFY(!imported);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hashOf(m_project), fileBefore);
        QVERIFY(dump(m_window->session()->project()) == memoryBefore);
    }
};

QTEST_MAIN(TestImportProgress)
#include "tst_importprogress.moc"
