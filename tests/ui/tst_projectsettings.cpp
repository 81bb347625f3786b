// File › Project Settings… as a user drives it: the workload rule's tables show the project's
// rule; a tier's visits are typed in, a segment is added with the Add button, a bad number
// disables OK with a reason; OK recomputes the accounts whose workload comes from the rule (the
// others keep theirs), the Balance dock says which rule produced the workload, and Undo
// restores every workload and the rule. Screenshots at 1280x720 and 1024x700 go to
// $TP_SCREENSHOT_DIR when it is set.
#include "ui/dialogs/projectsettingsdialog.h"
#include "ui/docks/metricsdock.h"
#include "ui/window/mainwindow.h"

#include "session/projectsession.h"
#include "support/mainwindowfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

// The cell editor open now (closed ones linger until their deferred deletion).
QLineEdit* openEditor(QTableWidget* table) {
    for (QLineEdit* e : table->viewport()->findChildren<QLineEdit*>())
        if (e->isVisible()) return e;
    return nullptr;
}

// Types `text` into a cell of the table as a user does: double-click, replace, Enter.
void typeCell(QTableWidget* table, int row, int column, const QString& text) {
    const QRect rect = table->visualItemRect(table->item(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QLineEdit* editor = openEditor(table);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
}

} // namespace

class TestProjectSettings : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void editTheWorkloadRuleAndUndo() {
        const QString path = m_dir.filePath(QStringLiteral("settings.territory"));
        ui::MainWindow window;
        QVERIFY(testsupport::showDemoCopy(window, path, testsupport::DemoScenario::Draft));
        const Project& p = window.session()->project();
        const WorkloadRule before = p.workloadRule;
        QVERIFY(!before.tiers.empty() && before.tiers.front().name == QLatin1String("A"));
        std::vector<double> workloads;
        int fromRule = 0;
        for (const Account& a : p.accounts) {
            workloads.push_back(a.workloadHours);
            fromRule += a.workloadFromRule;
        }
        QVERIFY(fromRule > 0);
        QVERIFY2(window.metricsDock()->workloadText().contains(QLatin1String("from tiers")),
                 qPrintable(window.metricsDock()->workloadText()));

        bool checked = false;
        auto drive = [&](ui::ProjectSettingsDialog* d) {
            QTableWidget* tiers = d->tiers();
            QTableWidget* segments = d->segments();
            // The project's rule, and the row for tiers not listed.
            QCOMPARE(tiers->rowCount(), int(before.tiers.size()) + 1);
            QCOMPARE(tiers->item(0, 0)->text(), before.tiers.front().name);
            QCOMPARE(tiers->item(0, 1)->text(), QLocale().toString(before.tiers.front().value));
            QVERIFY(!(tiers->item(tiers->rowCount() - 1, 0)->flags() & Qt::ItemIsEditable));
            QVERIFY(d->reapplyCheck()->isChecked());

            typeCell(tiers, 0, 1, QStringLiteral("30"));
            // A bad number says why and keeps OK off.
            typeCell(segments, 0, 1, QStringLiteral("lots"));
            QVERIFY(!d->okButton()->isEnabled());
            QVERIFY2(d->status()->text().contains(QLatin1String("lots")), qPrintable(d->status()->text()));
            typeCell(segments, 0, 1, QStringLiteral("2"));
            QVERIFY(d->okButton()->isEnabled());
            // A new segment: Add, its name typed into the editor that opens, then its hours.
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("workloadSegmentAdd")), Qt::LeftButton);
            const int added = segments->rowCount() - 2;
            QLineEdit* nameEditor = openEditor(segments);
            QVERIFY(nameEditor);
            QTest::keyClicks(nameEditor, QStringLiteral("Public sector"));
            QTest::keyClick(nameEditor, Qt::Key_Return);
            QCoreApplication::processEvents();
            QCOMPARE(segments->item(added, 0)->text(), QString("Public sector"));
            typeCell(segments, added, 1, QStringLiteral("5"));
            QVERIFY2(d->findChild<QLabel*>(QStringLiteral("workloadPreview"))->text().contains(QLatin1String("60")),
                     qPrintable(d->findChild<QLabel*>(QStringLiteral("workloadPreview"))->text())); // A 30 x 2
            screenshot(d, QStringLiteral("projectsettings.png"));
            checked = true;
            QTest::mouseClick(d->okButton(), Qt::LeftButton);
        };
        whenModal<ui::ProjectSettingsDialog>([&](ui::ProjectSettingsDialog* d) {
            drive(d);
            if (d->isVisible()) d->reject(); // a failed check must not leave the test waiting
        });
        window.action(QStringLiteral("actionProjectSettings"))->trigger();
        QVERIFY(checked);

        // The rule as typed; every rule account recomputed with it, the others as they were.
        const WorkloadRule& rule = p.workloadRule;
        QCOMPARE(rule.visitsPerYear(QStringLiteral("A")), 30.0);
        QCOMPARE(rule.hoursPerVisit(before.segments.front().name), 2.0);
        QCOMPARE(rule.hoursPerVisit(QStringLiteral("public SECTOR")), 5.0);
        int changed = 0;
        for (std::size_t i = 0; i < p.accounts.size(); ++i) {
            const Account& a = p.accounts[i];
            if (a.workloadFromRule)
                QCOMPARE(a.workloadHours, rule.hoursPerYear(a.tier, a.segment));
            else
                QCOMPARE(a.workloadHours, workloads[i]);
            changed += a.workloadHours != workloads[i];
        }
        QVERIFY(changed > 0);
        const QString text = window.metricsDock()->workloadText();
        QVERIFY2(text.contains(QLatin1String("A 30")) && text.contains(QLatin1String("Public sector 5")),
                 qPrintable(text));
        screenshot(&window, QStringLiteral("projectsettings-window-1280.png"));
        window.resize(1024, 700);
        QTest::qWait(50);
        screenshot(&window, QStringLiteral("projectsettings-window-1024.png"));

        // Edit › Undo: one step back to the old rule and workloads.
        window.action(QStringLiteral("actionUndo"))->trigger();
        QVERIFY(p.workloadRule == before);
        for (std::size_t i = 0; i < p.accounts.size(); ++i) QCOMPARE(p.accounts[i].workloadHours, workloads[i]);
        QVERIFY2(window.metricsDock()->workloadText().contains(QLatin1String("A 24")),
                 qPrintable(window.metricsDock()->workloadText()));
    }
};

QTEST_MAIN(TestProjectSettings)
#include "tst_projectsettings.moc"
