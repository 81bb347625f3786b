// Reps › Import… as a user drives the wizard: the roster file typed in, the detected column of
// each field shown in its combo box, a column switched off and on again with the keyboard (the
// preview of the first reps follows), the dry run's counts (to add, to update, unchanged,
// rejected with every reason) checked against the file, Import as one undo step. A screenshot of
// each page goes to $TP_SCREENSHOT_DIR when it is set.
#include "ui/docks/repsdock.h"
#include "ui/import/repimportwizard.h"
#include "ui/window/mainwindow.h"

#include "session/projectsession.h"
#include "support/mainwindowfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace tp;
using testsupport::screenshot;
using testsupport::showProject;
using testsupport::whenModal;

namespace {

QString cell(QTableWidget* table, int row, int column) {
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

} // namespace

class TestRepImportWizard : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void importARosterThroughTheWizard() {
        const QString path = m_dir.filePath(QStringLiteral("reps.territory"));
        ui::MainWindow window;
        QVERIFY(testsupport::showDemoCopy(window, path, testsupport::DemoScenario::Draft));
        const Project& p = window.session()->project();
        const Rep known = p.reps.front();
        const std::size_t repsBefore = p.reps.size();

        const QString roster = m_dir.filePath(QStringLiteral("roster.csv"));
        QFile f(roster);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Full Name,User ID,Email,Sales Role,Home ZIP,Annual Hours,Quota,Region\n");
        f.write(QStringLiteral("%1,%2,%3,%4,,%5,999000,West\n")
                    .arg(known.name, known.crmUserId, known.email, Rep::roleName(known.role))
                    .arg(known.capacityHours)
                    .toUtf8());
        f.write("Nina New,U-NEW-1,nina@example.com,inside,10001,1600,500000,East\n"
                "Omar New,U-NEW-2,omar@example.com,field,60601,1800,600000,Central\n"
                ",U-BAD,bad@example.com,manager,,lots,1,West\n");
        f.close();

        bool drove = false;
        auto drive = [&](ui::RepImportWizard* w) {
            QTest::keyClicks(w->findChild<QLineEdit*>(QStringLiteral("repImportPath")), roster);
            screenshot(w, QStringLiteral("repwizard-file.png"));
            QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(w->currentId(), int(ui::RepImportWizard::MappingPage));
            auto combo = [&](const char* field) {
                return w->findChild<QComboBox*>(QStringLiteral("repColumn_") + QLatin1String(field));
            };
            QCOMPARE(combo("name")->currentText(), QString("Full Name"));
            QCOMPARE(combo("crmUserId")->currentText(), QString("User ID"));
            QCOMPARE(combo("role")->currentText(), QString("Sales Role"));
            QCOMPARE(combo("postalCode")->currentText(), QString("Home ZIP"));
            QCOMPARE(combo("capacityHours")->currentText(), QString("Annual Hours"));
            QCOMPARE(combo("quota")->currentText(), QString("Quota"));
            QCOMPARE(combo("industries")->currentText(), QString("(not used)"));
            auto* preview = w->findChild<QTableWidget*>(QStringLiteral("repPreview"));
            QCOMPARE(preview->rowCount(), 3);
            QCOMPARE(cell(preview, 1, 1), QString("Nina New"));
            QCOMPARE(cell(preview, 1, 6), QLocale().toString(500000));
            // Quota off with the keyboard: the preview says 0; typed back on.
            combo("quota")->setFocus();
            QTest::keyClick(combo("quota"), Qt::Key_Home);
            QCOMPARE(combo("quota")->currentText(), QString("(not used)"));
            QCOMPARE(cell(preview, 1, 6), QString("0"));
            QTest::keyClicks(combo("quota"), QStringLiteral("Quota"));
            QCOMPARE(combo("quota")->currentText(), QString("Quota"));
            QCOMPARE(cell(preview, 1, 6), QLocale().toString(500000));
            screenshot(w, QStringLiteral("repwizard-mapping.png"));

            QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(w->currentId(), int(ui::RepImportWizard::DryRunPage));
            QCOMPARE(w->toAdd(), 2);
            QCOMPARE(w->toUpdate(), 1);
            QCOMPARE(w->unchanged(), 0);
            const QString forecast = w->findChild<QLabel*>(QStringLiteral("repForecast"))->text();
            QVERIFY2(forecast.startsWith(QLatin1String("2 reps to add, 1 to update, 0 unchanged, 1 rows rejected")),
                     qPrintable(forecast));
            auto* rejected = w->findChild<QTableWidget*>(QStringLiteral("repRejected"));
            QCOMPARE(rejected->rowCount(), 1);
            QCOMPARE(cell(rejected, 0, 0), QString("5"));
            // Every reason of the row, not the first.
            const QString reasons = cell(rejected, 0, 1);
            QVERIFY2(reasons.contains(QLatin1String("name")) && reasons.contains(QLatin1String("manager"))
                         && reasons.contains(QLatin1String("lots")),
                     qPrintable(reasons));
            screenshot(w, QStringLiteral("repwizard-dryrun.png"));
            drove = true;
            QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
        };
        whenModal<ui::RepImportWizard>([&](ui::RepImportWizard* w) {
            drive(w);
            if (w->isVisible()) w->reject();
        });
        window.repsDock()->action(QStringLiteral("actionImportReps"))->trigger();
        QVERIFY(drove);

        QCOMPARE(p.reps.size(), repsBefore + 2);
        const Rep* updated = p.rep(known.id);
        QVERIFY(updated);
        QCOMPARE(updated->quota, 999000.0);
        const auto nina = std::find_if(p.reps.begin(), p.reps.end(),
                                       [](const Rep& r) { return r.name == QLatin1String("Nina New"); });
        QVERIFY(nina != p.reps.end());
        QCOMPARE(nina->role, Rep::Role::Inside);
        QCOMPARE(nina->capacityHours, 1600.0);
        QVERIFY(std::abs(nina->home.lat - 40.75) < 0.1); // ZIP 10001, Manhattan

        // One undo step takes it all back.
        window.action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(p.reps.size(), repsBefore);
        QCOMPARE(p.rep(known.id)->quota, known.quota);
    }
};

QTEST_MAIN(TestRepImportWizard)
#include "tst_repimportwizard.moc"
