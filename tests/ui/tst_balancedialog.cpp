// Plan › Balance Territories… driven as a user would: open the dialog from the menu action, tick
// a measure with the keyboard, press Run (mouse); the result is a new draft scenario with the
// parameters and figures in its notes, it becomes current and the Compare dock opens against
// the starting scenario; "Apply to the starting scenario" is one undo step, and when the starting
// scenario is approved it asks first, as every edit does (a copy to edit, reopen, or cancel).
// Stop during a long build keeps the best plan so far.
#include "ui/dialogs/balancedialog.h"
#include "ui/docks/comparedock.h"
#include "ui/window/mainwindow.h"

#include "model/project.h"
#include "session/editfacade.h"
#include "session/projectsession.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace tp;

namespace {

int rowOf(QTableWidget* table, const QString& name) {
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == name) return r;
    return -1;
}

void toggle(QTableWidget* table, int row) {
    table->setFocus();
    table->setCurrentCell(row, 0);
    QTest::keyClick(table, Qt::Key_Space);
}

// Answers the approval guard that the next action brings up, as a user would: Return takes the
// default ("Make a copy to edit"), Escape cancels, else the button with that object name is
// clicked. *asked tells whether it came up.
void answerGuard(QWidget* context, const QString& answer, bool* asked) {
    *asked = false;
    QTimer::singleShot(0, context, [answer, asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("approvedScenarioGuard")) return;
        *asked = true;
        if (answer == QLatin1String("default"))
            QTest::keyClick(box, Qt::Key_Return);
        else if (answer == QLatin1String("cancel"))
            QTest::keyClick(box, Qt::Key_Escape);
        else
            QTest::mouseClick(box->findChild<QPushButton*>(answer), Qt::LeftButton);
    });
}

} // namespace

class TestBalanceDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString copyOfDemo(const QString& name) {
        const QString path = m_dir.filePath(name);
        QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private slots:
    void runComparesAndApplies() {
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(copyOfDemo(QStringLiteral("balance.territory"))));
        Project& p = window.session()->project();
        const qint64 start = p.currentScenarioId;
        const std::vector<qint64> original = p.currentScenario()->unitTerritory;
        const std::size_t scenarios = p.scenarios.size();

        window.action(QStringLiteral("actionBalanceTerritories"))->trigger();
        ui::BalanceDialog* dialog = window.balanceDialog();
        QVERIFY(dialog && dialog->isVisible());
        // Balance revenue potential instead of workload (the demo is balanced on workload already).
        QTableWidget* measures = dialog->measureTable();
        const int workload = rowOf(measures, QStringLiteral("Workload hours"));
        const int potential = rowOf(measures, QStringLiteral("Revenue potential"));
        QVERIFY(workload >= 0 && potential >= 0);
        toggle(measures, workload);
        toggle(measures, potential);
        QCOMPARE(measures->item(workload, 0)->checkState(), Qt::Unchecked);
        QCOMPARE(measures->item(potential, 0)->checkState(), Qt::Checked);
        QCOMPARE(int(dialog->options().measures.size()), 1);

        QSignalSpy ready(dialog, &ui::BalanceDialog::resultReady);
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QVERIFY(dialog->isRunning() || ready.count() == 1);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 120000);
        const qint64 result = dialog->resultScenario();
        QVERIFY(result);
        QCOMPARE(ready.at(0).at(0).toLongLong(), result);
        QCOMPARE(ready.at(0).at(1).toLongLong(), start);
        QCOMPARE(p.scenarios.size(), scenarios + 1);
        const Scenario* written = p.scenario(result);
        QCOMPARE(written->status, Scenario::Status::Draft);
        QVERIFY(written->notes.contains(QStringLiteral("Revenue potential")));
        QVERIFY(written->notes.contains(QStringLiteral("accounts moved")));
        // The new scenario is current and compared with the starting one.
        QCOMPARE(p.currentScenarioId, result);
        QCOMPARE(window.compareDock()->otherScenario(), start);
        QVERIFY(window.compareDock()->isVisible());
        QVERIFY(!window.compareDock()->diff().units.empty());
        QVERIFY(dialog->resultText()->toPlainText().contains(written->name));
        // Its revenue potential is within 5 % of the mean everywhere (the live metrics say so).
        const std::vector<TerritoryMetrics>& m = window.session()->metrics().territories();
        double total = 0.0;
        for (const TerritoryMetrics& t : m) total += t.revenuePotential;
        for (const TerritoryMetrics& t : m)
            QVERIFY(std::abs(t.revenuePotential / (total / double(m.size())) - 1.0) <= 0.05 + 1e-9);

        // Apply to the starting scenario: one undo step there. It is the approved plan of record:
        // the guard asks first; reopened as a draft, it takes the result.
        QVERIFY(dialog->applyButton()->isEnabled());
        QCOMPARE(p.scenario(start)->status, Scenario::Status::Approved);
        bool asked = false;
        answerGuard(&window, QStringLiteral("reopenButton"), &asked);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(asked);
        QCOMPARE(p.scenario(start)->status, Scenario::Status::Draft);
        QCOMPARE(p.currentScenarioId, start);
        QVERIFY(p.currentScenario()->unitTerritory != original);
        QVERIFY(window.session()->compareScenarios(start, result).units.empty());
        window.action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(p.currentScenario()->unitTerritory, original);
    }

    void germanRunShowsTheResult() {
        // In German as a user sees it (1024 x 700): run from the Plan menu's dialog; the result
        // text shows the before/after table, the verdict and the scenario written, in German, and
        // the notes of the written scenario are German too.
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("territory-planner"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QApplication::installTranslator(&translator);
        ui::MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(copyOfDemo(QStringLiteral("german.territory"))));
        window.action(QStringLiteral("actionBalanceTerritories"))->trigger();
        ui::BalanceDialog* dialog = window.balanceDialog();
        QVERIFY(dialog && dialog->isVisible());
        QSignalSpy ready(dialog, &ui::BalanceDialog::resultReady);
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 120000);
        QTest::qWait(200);
        const QString shown = dialog->resultText()->toPlainText();
        const QImage shot = dialog->grab().toImage();
        if (!qEnvironmentVariableIsEmpty("TP_SCREENSHOT_DIR"))
            shot.save(qEnvironmentVariable("TP_SCREENSHOT_DIR") + QStringLiteral("/balance-de.png"));
        QApplication::removeTranslator(&translator);
        QVERIFY2(!shown.trimmed().isEmpty(), "the result text is empty");
        QVERIFY2(dialog->resultText()->isVisible() && dialog->resultText()->height() > 60,
                 qPrintable(QString::number(dialog->resultText()->height())));
        const Scenario* written = window.session()->project().scenario(dialog->resultScenario());
        QVERIFY(written);
        QVERIFY2(shown.contains(written->name), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Entwurfsszenario")), qPrintable(shown));
    }

    void applyToApprovedStartAsksFirst_data() {
        QTest::addColumn<QString>("answer");
        QTest::newRow("make a copy (default)") << QStringLiteral("default");
        QTest::newRow("cancel") << QStringLiteral("cancel");
    }
    void applyToApprovedStartAsksFirst() {
        // The Apply button edits the starting scenario like any other edit: an approved one is
        // never changed silently.
        QFETCH(QString, answer);
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(copyOfDemo(QStringLiteral("guard-%1.territory").arg(answer))));
        const Project& p = window.session()->project();
        const qint64 start = p.currentScenarioId;
        QCOMPARE(p.currentScenario()->status, Scenario::Status::Approved);
        const std::vector<qint64> original = p.currentScenario()->unitTerritory;
        const std::size_t scenariosBefore = p.scenarios.size();

        window.action(QStringLiteral("actionBalanceTerritories"))->trigger();
        ui::BalanceDialog* dialog = window.balanceDialog();
        QTableWidget* measures = dialog->measureTable();
        toggle(measures, rowOf(measures, QStringLiteral("Workload hours")));
        toggle(measures, rowOf(measures, QStringLiteral("Revenue potential")));
        QSignalSpy ready(dialog, &ui::BalanceDialog::resultReady);
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 120000);
        const qint64 result = dialog->resultScenario();
        QCOMPARE(p.currentScenarioId, result);
        QCOMPARE(p.scenarios.size(), scenariosBefore + 1);

        const qint64 logBeforeApply = window.session()->file().readLog(1).at(0).id;
        bool asked = false;
        answerGuard(&window, answer, &asked);
        QSignalSpy applied(dialog, &ui::BalanceDialog::applied);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(asked);
        // Whatever the answer, the approved scenario is exactly as it was, still approved.
        QCOMPARE(p.scenario(start)->unitTerritory, original);
        QCOMPARE(p.scenario(start)->status, Scenario::Status::Approved);
        if (answer == QLatin1String("default")) {
            // A draft copy of the start is current and holds the result (one undo step there).
            QCOMPARE(applied.count(), 1);
            const qint64 copy = applied.at(0).at(0).toLongLong();
            QCOMPARE(p.scenarios.size(), scenariosBefore + 2);
            QCOMPARE(p.currentScenarioId, copy);
            QVERIFY(copy != start && copy != result);
            QCOMPARE(p.currentScenario()->status, Scenario::Status::Draft);
            QVERIFY(window.session()->compareScenarios(copy, result).units.empty());
            QVERIFY(dialog->resultText()->toPlainText().contains(p.currentScenario()->name));
            window.action(QStringLiteral("actionUndo"))->trigger();
            QVERIFY(window.session()->compareScenarios(copy, start).units.empty());
        } else {
            QCOMPARE(applied.count(), 0);
            QCOMPARE(p.scenarios.size(), scenariosBefore + 1);
            QCOMPARE(p.currentScenarioId, start);
            QCOMPARE(window.session()->file().readLog(1).at(0).id, logBeforeApply); // nothing written
        }
    }

    void stopKeepsTheBestSoFar() {
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(copyOfDemo(QStringLiteral("stop.territory"))));
        const Project& p = window.session()->project();
        const qint64 start = p.currentScenarioId;
        const std::vector<qint64> original = p.currentScenario()->unitTerritory;
        ui::BalanceDialog* dialog = window.showBalanceDialog();
        dialog->modeBox()->setCurrentIndex(1); // build
        dialog->territoryCountBox()->setValue(60);
        dialog->timeLimitBox()->setValue(600);
        QSignalSpy progressed(dialog, &ui::BalanceDialog::progressed);
        QSignalSpy ready(dialog, &ui::BalanceDialog::resultReady);
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(progressed.count() >= 1, 60000);
        QVERIFY(dialog->isRunning());
        QVERIFY(dialog->progressDialog()->labelText().contains(QStringLiteral("Best plan so far")));
        QPushButton* stop = nullptr;
        for (QPushButton* b : dialog->progressDialog()->findChildren<QPushButton*>()) stop = b;
        QVERIFY(stop);
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);
        QVERIFY(dialog->result().cancelled);
        const Scenario* written = p.scenario(dialog->resultScenario());
        QVERIFY(written);
        QVERIFY(written->notes.contains(QStringLiteral("Stopped early")));
        QCOMPARE(int(p.territoriesOf(written->id).size()), 60);
        for (qint64 t : written->unitTerritory) QVERIFY(t != 0);
        // The starting scenario is as it was; a build with new territories cannot be applied to it.
        QCOMPARE(p.scenario(start)->unitTerritory, original);
        QVERIFY(!dialog->applyButton()->isEnabled());
    }
};

QTEST_MAIN(TestBalanceDialog)
#include "tst_balancedialog.moc"
