// Applying an account import runs off the GUI thread: while 300,000 accounts are merged, placed
// in their counties and written, a progress dialog says so, the window keeps repainting and
// timers keep firing; Cancel during the write leaves the project file as it was (every row of
// every table, compared as an SQL dump) and the accounts in memory untouched; an import that
// runs to its end is in memory and in the file.
#include "ui/map/mapcanvas.h"
#include "ui/window/importactions.h"
#include "ui/window/mainwindow.h"

#include "io/import/accountimporter.h"
#include "session/projectsession.h"
#include "support/bigaccountscsv.h"
#include "support/mainwindowfixture.h"
#include "support/sqldump.h"

#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tp;

namespace {

// Records the labels of the task's dialog while it is up (ProgressWatcher counts the canvas's
// repaints and the ticks meanwhile); optionally clicks Cancel once the label says the accounts
// are being written.
class Watcher : public testsupport::ProgressWatcher {
public:
    Watcher(ui::MainWindow* window, bool cancel)
        : ProgressWatcher(window, 10, [this, cancel](QProgressDialog* d) {
              if (labels.isEmpty() || labels.last() != d->labelText()) labels << d->labelText();
              if (cancel && !cancelled && d->labelText().startsWith(QLatin1String("Writing")) && paints >= 3) {
                  cancelled = true;
                  QTest::mouseClick(d->findChild<QPushButton*>(), Qt::LeftButton);
              }
          }) {}
    bool cancelled = false;
    QStringList labels;
};

QByteArray memory(const Project& p) {
    QByteArray out = QByteArray::number(qulonglong(p.accounts.size())) + '\n';
    for (const Account& a : p.accounts)
        out += QStringLiteral("%1|%2|%3|%4|%5\n")
                   .arg(a.id)
                   .arg(a.externalId)
                   .arg(a.workloadHours)
                   .arg(a.unit)
                   .arg(a.revenue)
                   .toUtf8();
    return out;
}

} // namespace

class TestImportApply : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;
    io::AccountImportResult m_imported;
    std::unique_ptr<ui::MainWindow> m_window;

private slots:
    void initTestCase() {
        m_project = m_dir.filePath(QStringLiteral("apply.territory"));
        QVERIFY(testsupport::copyDemo(m_project, testsupport::DemoScenario::AsBundled));
        const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(testsupport::writeBigAccountsCsv(csv, 300'000));
        io::AccountImportOptions options;
        options.path = csv;
        m_imported = io::AccountImporter::importAccounts(options);
        QVERIFY2(m_imported.ok, qPrintable(m_imported.error));
        QCOMPARE(int(m_imported.accounts.size()), 300'000);
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_project));
    }
    void cleanupTestCase() { m_window.reset(); }

    void cancelWhileWritingChangesNothing() {
        const QByteArray fileBefore = testsupport::sqlDump(m_project);
        const QByteArray memoryBefore = memory(m_window->session()->project());
        Watcher watcher(m_window.get(), true);
        QString error = QStringLiteral("unset");
        const bool applied = m_window->imports()->applyAccounts(m_imported, QStringLiteral("big.csv"), nullptr, &error);
        QVERIFY(watcher.cancelled);
        QVERIFY(!applied);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(watcher.paints >= 3, qPrintable(QString::number(watcher.paints)));
        QVERIFY2(watcher.labels.join('|').contains(QLatin1String("Merging")), qPrintable(watcher.labels.join('|')));
        QVERIFY(testsupport::sqlDump(m_project) == fileBefore);
        QVERIFY(memory(m_window->session()->project()) == memoryBefore);
        QVERIFY(!m_window->imports()->busy());
    }

    void completedImportIsInMemoryAndFile() {
        const std::size_t before = m_window->session()->project().accounts.size();
        Watcher watcher(m_window.get(), false);
        session::AccountImportSummary summary;
        QString error;
        QVERIFY2(m_window->imports()->applyAccounts(m_imported, QStringLiteral("big.csv"), &summary, &error),
                 qPrintable(error));
        // The GUI thread ran its timers and repainted while the import was applied.
        QVERIFY2(watcher.ticks >= 3 && watcher.paints >= 3,
                 qPrintable(QStringLiteral("%1 ticks, %2 paints").arg(watcher.ticks).arg(watcher.paints)));
        QCOMPARE(summary.merge.added, 300'000);
        const Project& p = m_window->session()->project();
        QCOMPARE(p.accounts.size(), before + 300'000);
        QVERIFY(p.accountIndexByExternalId(QStringLiteral("BIG-299999")) >= 0);
        QVERIFY(testsupport::sqlDump(m_project).contains("BIG-299999"));
        // Placed in their counties on the worker: all but those outside every county (sea, Mexico).
        int placed = 0;
        for (const Account& a : p.accounts) placed += a.unit >= 0 && a.externalId.startsWith(QLatin1String("BIG-"));
        QVERIFY(summary.outsideUnits < 150'000);
        QCOMPARE(placed, 300'000 - summary.outsideUnits);
    }
};

QTEST_MAIN(TestImportApply)
#include "tst_importapply.moc"
