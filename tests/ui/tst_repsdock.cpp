// The Reps dock as a user drives it with the mouse and keyboard: a new rep typed into the form
// with its home found by ZIP code, the table sorted by a header click, an edit by double-click,
// the home moved by a click on the map, a delete refused while the rep owns territories and
// one that goes through and comes back with Undo. Screenshots at 1280x720 and 1024x700 go to
// $TP_SCREENSHOT_DIR when it is set.
#include "ui/dialogs/ownerplandialog.h"
#include "ui/dialogs/quotadialog.h"
#include "ui/dialogs/repdialog.h"
#include "ui/dialogs/suggestownersdialog.h"
#include "ui/docks/repsdock.h"
#include "ui/docks/reptablemodel.h"
#include "render/labellayer.h"
#include "ui/map/mapcanvas.h"
#include "ui/window/mainwindow.h"
#include "ui/docks/metricsdock.h"
#include "ui/docks/metricstablemodel.h"

#include "model/metricstable.h"
#include "model/metricsengine.h"

#include "session/editfacade.h"
#include "session/projectsession.h"
#include "support/mainwindowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QDate>
#include <QCheckBox>
#include <QInputDialog>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace tp;
using testsupport::screenshot;
using testsupport::showProject;
using testsupport::whenModal;

namespace {

void typeInto(QWidget* dialog, const char* name, const QString& text) {
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void setSpin(QWidget* dialog, const char* name, const QString& text) {
    auto* box = dialog->findChild<QDoubleSpinBox*>(QString::fromLatin1(name));
    QVERIFY2(box, name);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

void clickOk(QWidget* dialog) {
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestRepsDock : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    int rowOfName(QTableView* view, const QString& name) {
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, ui::RepTableModel::Name).data().toString() == name) return r;
        return -1;
    }

    // A draft copy of the demo, `name`.territory, opened in `window`.
    bool openDraftDemo(ui::MainWindow& window, const QString& name) {
        const QString path = m_dir.filePath(name + QStringLiteral(".territory"));
        return testsupport::showDemoCopy(window, path);
    }

    // The owner of the scenario's last territory leaves by mouse and keyboard (Reps › Leaves…,
    // choice `choice` of the dialog, the handoff message closed); the names of its territories.
    QStringList leave(ui::MainWindow& window, int choice) {
        const Project& p = window.session()->project();
        ui::RepsDock* dock = window.repsDock();
        dock->show();
        dock->raise();
        const Rep leaving = *p.rep(p.territoriesOf(p.currentScenarioId).back()->repId);
        QStringList owned;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->repId == leaving.id) owned << t->name;
        QTableView* view = dock->table();
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, {},
            view->visualRect(view->model()->index(rowOfName(view, leaving.name), ui::RepTableModel::Name)).center());
        whenModal<QInputDialog>([choice](QInputDialog* d) {
            QCOMPARE(d->comboBoxItems().value(0), QStringLiteral("Keep the territories vacant"));
            auto* combo = d->findChild<QComboBox*>();
            for (int k = 0; k < choice; ++k) QTest::keyClick(combo, Qt::Key_Down);
            QTest::keyClick(d, Qt::Key_Return);
            whenModal<QMessageBox>([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Return); });
        });
        dock->action(QStringLiteral("actionRepLeaves"))->trigger();
        return owned;
    }

private slots:
    void splitLeavingRepsTerritoriesAmongNeighbours() {
        ui::MainWindow window;
        QVERIFY(openDraftDemo(window, QStringLiteral("split")));
        const Project& p = window.session()->project();
        const std::vector<qint64> unitsBefore = p.currentScenario()->unitTerritory;
        const int territories = int(p.territoriesOf(p.currentScenarioId).size());
        const QStringList owned = leave(window, 1); // "Split them among the neighbouring territories"
        QCOMPARE(int(p.territoriesOf(p.currentScenarioId).size()), territories - int(owned.size()));
        for (const Territory* t : p.territoriesOf(p.currentScenarioId)) QVERIFY(!owned.contains(t->name));
        int assignedBefore = 0, assignedAfter = 0;
        for (std::size_t u = 0; u < unitsBefore.size(); ++u) {
            assignedBefore += unitsBefore[u] ? 1 : 0;
            assignedAfter += p.currentScenario()->unitTerritory[u] ? 1 : 0;
        }
        QCOMPARE(assignedAfter, assignedBefore);
        // One step: Edit › Undo brings the territories back with their units.
        window.action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(p.currentScenario()->unitTerritory, unitsBefore);
    }

    void balanceAgainstCapacityTargets() {
        // The Balance dock's "By capacity" box: each territory against its share of the total
        // workload by its rep's capacity, as worked out here from the roster and the sums.
        ui::MainWindow window;
        QVERIFY(openDraftDemo(window, QStringLiteral("capacity")));
        const Project& p = window.session()->project();
        // The demo's reps all have 3,200 h: one works part time (60 %), one started two months ago.
        std::vector<const Territory*> owned;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->level == Territory::Level::Territory && t->repId) owned.push_back(t);
        QVERIFY(owned.size() > 2);
        const QString first = owned.front()->name;
        {
            QString error;
            Rep partTime = *p.rep(owned.front()->repId);
            partTime.capacityHours = 1920;
            QVERIFY2(window.facade()->updateRep(partTime, &error), qPrintable(error));
            Rep ramping = *p.rep(owned.back()->repId);
            ramping.startDate = QDate::currentDate().addDays(-61);
            QVERIFY2(window.facade()->updateRep(ramping, &error), qPrintable(error));
        }
        ui::MetricsDock* dock = window.metricsDock();
        dock->show();
        dock->raise();
        const auto labelOf = [&](const QString& title) {
            for (const auto& l : window.canvas()->labelLayer()->labels())
                if (l.title == title) return l.detail;
            return QString();
        };
        const QString byMean = labelOf(first);
        QCheckBox* box = dock->targetsByCapacityCheck();
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QVERIFY(box->isChecked());
        QVERIFY2(dock->headline().contains(QStringLiteral("targets by rep capacity")), qPrintable(dock->headline()));
        double total = 0.0, capacity = 0.0;
        for (const TerritoryMetrics& m : window.session()->metrics().territories()) {
            total += m.workloadHours;
            const Rep* rep = p.rep(p.territory(m.territoryId)->repId);
            capacity += rep->capacityHours * rep->rampFactor(QDate::currentDate());
        }
        const QAbstractItemModel* table = dock->model();
        int checked = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString name = table->index(r, MetricsTable::Territory).data().toString();
            for (const Territory* t : p.territoriesOf(p.currentScenarioId)) {
                if (t->name != name) continue;
                const Rep* rep = p.rep(t->repId);
                const double target = total * rep->capacityHours * rep->rampFactor(QDate::currentDate()) / capacity;
                const double expected =
                    (window.session()->metrics().metricsOf(t->id)->workloadHours / target - 1.0) * 100.0;
                const double shown =
                    table->index(r, MetricsTable::DeviationPct).data().toString().remove(QLatin1Char('+')).toDouble();
                QVERIFY2(std::abs(shown - expected) <= 0.051,
                         qPrintable(QStringLiteral("%1: %2 vs %3").arg(name).arg(shown).arg(expected)));
                ++checked;
            }
        }
        QCOMPARE(checked, table->rowCount());
        // The map's labels follow (the part-timer's territory is far above its smaller target);
        // unticking returns to the mean.
        const QString byCapacity = labelOf(first);
        QVERIFY2(byCapacity != byMean, qPrintable(byCapacity));
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QVERIFY(!dock->headline().contains(QStringLiteral("targets by rep capacity")));
        QCOMPARE(labelOf(first), byMean);
    }

    void ownerColumnIsChosenWhenNoneIsNamedSo() {
        // The demo's only imported column is "employees": the dialog does not guess, it asks.
        ui::MainWindow window;
        QVERIFY(openDraftDemo(window, QStringLiteral("noowner")));
        bool asked = false;
        whenModal<ui::OwnerPlanDialog>([&](ui::OwnerPlanDialog* d) {
            asked = d->ownerColumn()->currentData().toString().isEmpty() && !d->createButton()->isEnabled()
                    && d->preview()->text().contains(QStringLiteral("choose the column"));
            // Choosing a column is the user's call; then the preview counts its values as owners.
            d->ownerColumn()->setFocus();
            QTest::keyClick(d->ownerColumn(), Qt::Key_Down);
            asked = asked && d->ownerColumn()->currentText() == QStringLiteral("employees")
                    && d->createButton()->isEnabled();
            QTest::keyClick(d, Qt::Key_Escape);
        });
        const std::size_t scenarios = window.session()->project().scenarios.size();
        window.action(QStringLiteral("actionPlanFromOwners"))->trigger();
        QVERIFY(asked);
        QCOMPARE(window.session()->project().scenarios.size(), scenarios);
    }

    void planFromCrmOwners() {
        // A project whose accounts carry their CRM owner: the demo plan's reps, every 23rd account
        // owned by someone the roster lacks, every 31st by nobody.
        const QString demoPath = m_dir.filePath(QStringLiteral("owners-demo.territory"));
        QVERIFY(testsupport::copyDemo(demoPath, testsupport::DemoScenario::AsBundled));
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("owners.territory"));
        {
            auto demo = session::ProjectSession::open(demoPath, &error);
            QVERIFY2(demo, qPrintable(error));
            Project p = demo->project();
            std::vector<QString> owners;
            for (const Account& a : p.accounts) {
                const Territory* t = p.territory(p.territoryOfAccount(*p.currentScenario(), a));
                owners.push_back(t && p.rep(t->repId) ? p.rep(t->repId)->name : QString());
            }
            for (std::size_t i = 0; i < p.accounts.size(); ++i)
                p.accounts[i].extra.insert(QStringLiteral("Account Owner"), i % 23 == 7 ? QStringLiteral("Nia Newhire")
                                                                            : i % 31 == 3 ? QString()
                                                                                          : owners[i]);
            QVERIFY2(session::ProjectSession::create(path, std::move(p), &error), qPrintable(error));
        }
        ui::MainWindow window;
        QVERIFY(showProject(window, path));
        const Project& p = window.session()->project();
        const std::size_t reps = p.reps.size();
        QString preview;
        whenModal<ui::OwnerPlanDialog>([&](ui::OwnerPlanDialog* d) {
            QCOMPARE(d->ownerColumn()->currentText(), QStringLiteral("Account Owner"));
            preview = d->preview()->text();
            screenshot(d, QStringLiteral("ownerplandialog.png"));
            QTest::mouseClick(d->createButton(), Qt::LeftButton);
        });
        window.action(QStringLiteral("actionPlanFromOwners"))->trigger();
        QVERIFY2(preview.contains(QStringLiteral("new reps: 1")), qPrintable(preview));
        QCOMPARE(p.currentScenario()->name, QStringLiteral("As in the CRM"));
        QCOMPARE(p.reps.size(), reps + 1);
        QCOMPARE(window.repsDock()->table()->model()->rowCount(), int(reps + 1));
        int owned = 0;
        for (const Account& a : p.accounts) {
            const QString owner = a.extra.value(QStringLiteral("Account Owner")).toString();
            if (owner.isEmpty()) continue;
            ++owned;
            const Territory* t = p.territory(p.territoryOfAccount(*p.currentScenario(), a));
            QVERIFY(t && p.rep(t->repId));
            QCOMPARE(p.rep(t->repId)->name, owner);
        }
        QVERIFY(owned > 4000);
        screenshot(&window, QStringLiteral("ownerplan-window.png"));
    }

    void leavingRepLeavesTerritoriesVacant() {
        ui::MainWindow window;
        QVERIFY(openDraftDemo(window, QStringLiteral("vacant")));
        const Project& p = window.session()->project();
        QStringList owned = leave(window, 0); // "Keep the territories vacant"
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (owned.contains(t->name)) QCOMPARE(t->repId, qint64(0));

        // The balance table and the map say so.
        const QAbstractItemModel* table = window.metricsDock()->model();
        QStringList vacantRows;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->index(r, MetricsTable::Rep).data().toString() == QStringLiteral("Vacant"))
                vacantRows << table->index(r, MetricsTable::Territory).data().toString();
        vacantRows.sort();
        owned.sort();
        QCOMPARE(vacantRows, owned);
        QStringList vacantLabels;
        QTRY_VERIFY([&] {
            vacantLabels.clear();
            for (const auto& l : window.canvas()->labelLayer()->labels())
                if (l.detail.startsWith(QStringLiteral("Vacant · "))) vacantLabels << l.title;
            vacantLabels.sort();
            return vacantLabels == owned;
        }());
    }

    void rosterByMouseAndKeyboard() {
        ui::MainWindow window;
        QVERIFY(openDraftDemo(window, QStringLiteral("reps")));
        const Project& p = window.session()->project();
        ui::RepsDock* dock = window.repsDock();
        dock->show();
        dock->raise();
        QTableView* view = dock->table();
        QCOMPARE(view->model()->rowCount(), int(p.reps.size()));
        const std::size_t reps = p.reps.size();

        // New rep: typed into the form, home looked up by ZIP code.
        whenModal<ui::RepDialog>([](ui::RepDialog* d) {
            typeInto(d, "repName", QStringLiteral("Zoe Quinn"));
            typeInto(d, "repCrmUserId", QStringLiteral("005ZQ"));
            typeInto(d, "repEmail", QStringLiteral("zoe@example.com"));
            typeInto(d, "repZip", QStringLiteral("80202"));
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("repZipLookUp")), Qt::LeftButton);
            setSpin(d, "repCapacity", QStringLiteral("1234"));
            typeInto(d, "repIndustries", QStringLiteral("Retail; Software"));
            typeInto(d, "repStart", QStringLiteral("2026-10-01"));
            clickOk(d);
        });
        dock->action(QStringLiteral("actionNewRep"))->trigger();
        QCOMPARE(p.reps.size(), reps + 1);
        const Rep zoe = p.reps.back();
        QCOMPARE(zoe.name, QString("Zoe Quinn"));
        QCOMPARE(zoe.crmUserId, QString("005ZQ"));
        QCOMPARE(zoe.capacityHours, 1234.0);
        QCOMPARE(zoe.skills, (QStringList{"Retail", "Software"}));
        QCOMPARE(zoe.startDate, QDate(2026, 10, 1));
        QVERIFY2(std::abs(zoe.home.lon + 104.99) < 0.2 && std::abs(zoe.home.lat - 39.75) < 0.2,
                 qPrintable(QStringLiteral("%1,%2").arg(zoe.home.lon).arg(zoe.home.lat)));
        QCOMPARE(view->model()->rowCount(), int(p.reps.size()));
        QVERIFY(rowOfName(view, "Zoe Quinn") >= 0);
        QCOMPARE(dock->currentRep(), zoe.id);
        screenshot(&window, QStringLiteral("reps-1280x720.png"));

        // A click on the Capacity header sorts by the number, not by its text.
        const int capacityX = view->horizontalHeader()->sectionViewportPosition(ui::RepTableModel::Capacity) + 5;
        QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(capacityX, 5));
        double last = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const double c = view->model()->index(r, ui::RepTableModel::Capacity).data(Qt::UserRole).toDouble();
            QVERIFY(c >= last || view->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
            last = c;
        }
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(ui::RepTableModel::Capacity));

        // Edit by double-click: a lower capacity.
        const int row = rowOfName(view, "Zoe Quinn");
        const QRect cell = view->visualRect(view->model()->index(row, ui::RepTableModel::Name));
        whenModal<ui::RepDialog>([](ui::RepDialog* d) {
            setSpin(d, "repCapacity", QStringLiteral("900"));
            clickOk(d);
        });
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(p.rep(zoe.id)->capacityHours, 900.0);

        // Home on the map: the next click places it.
        dock->selectRep(zoe.id);
        dock->action(QStringLiteral("actionRepHomeOnMap"))->trigger();
        QVERIFY(dock->isPickingHome());
        const QPoint at(window.canvas()->width() / 2 + 17, window.canvas()->height() / 2 - 11);
        const geo::GeoPoint expected = window.canvas()->toGeo(at);
        QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, at);
        QVERIFY(!dock->isPickingHome());
        QVERIFY(std::abs(p.rep(zoe.id)->home.lon - expected.lon) < 1e-9);
        QVERIFY(std::abs(p.rep(zoe.id)->home.lat - expected.lat) < 1e-9);

        // Suggest owners: a diff of every territory; Apply gives them to the suggested reps in one step.
        std::vector<std::pair<qint64, qint64>> suggested;
        int shownRows = -1;
        whenModal<ui::SuggestOwnersDialog>([&](ui::SuggestOwnersDialog* d) {
            QVERIFY2(d->result().ok, qPrintable(d->result().error));
            shownRows = d->table()->rowCount();
            for (const optimize::RepMatch& m : d->result().territories)
                suggested.emplace_back(m.territoryId, m.suggestedRep);
            if (d->applyButton()->isEnabled())
                QTest::mouseClick(d->applyButton(), Qt::LeftButton);
            else
                d->reject();
        });
        std::vector<std::pair<qint64, qint64>> ownersBefore;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId)) ownersBefore.emplace_back(t->id, t->repId);
        dock->action(QStringLiteral("actionSuggestOwners"))->trigger();
        QCOMPARE(shownRows, int(suggested.size()));
        for (const auto& [territory, rep] : suggested) QCOMPARE(p.territory(territory)->repId, rep);
        bool anyChange = false;
        for (const auto& [territory, rep] : ownersBefore) anyChange = anyChange || p.territory(territory)->repId != rep;
        if (anyChange) {
            window.action(QStringLiteral("actionUndo"))->trigger();
            for (const auto& [territory, rep] : ownersBefore) QCOMPARE(p.territory(territory)->repId, rep);
        }

        // Deleting a rep who owns territories is refused with the reason on the status bar.
        qint64 owner = 0;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->repId) owner = t->repId;
        QVERIFY(owner);
        dock->selectRep(owner);
        whenModal<QMessageBox>(
            [](QMessageBox* box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
        dock->action(QStringLiteral("actionDeleteRep"))->trigger();
        QVERIFY(p.rep(owner));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("still owns")),
                 qPrintable(window.statusBar()->currentMessage()));

        // Zoe owns nothing: she goes, and Undo brings her back as she was.
        const Rep placed = *p.rep(zoe.id);
        dock->selectRep(zoe.id);
        whenModal<QMessageBox>(
            [](QMessageBox* box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
        dock->action(QStringLiteral("actionDeleteRep"))->trigger();
        QVERIFY(!p.rep(zoe.id));
        QCOMPARE(rowOfName(view, "Zoe Quinn"), -1);
        window.action(QStringLiteral("actionUndo"))->trigger();
        QVERIFY(p.rep(zoe.id) && *p.rep(zoe.id) == placed);
        QVERIFY(rowOfName(view, "Zoe Quinn") >= 0);

        // Plan › Set Quotas…: a target typed in, rounded to 10,000; the quotas add up to it and the
        // Balance dock shows quota, attainment and coverage.
        whenModal<ui::QuotaDialog>([](ui::QuotaDialog* d) {
            d->target()->setFocus();
            d->target()->selectAll();
            QTest::keyClicks(d->target(), QStringLiteral("36000000"));
            QTest::keyClick(d->target(), Qt::Key_Tab);
            d->rounding()->setCurrentIndex(d->rounding()->findData(10000.0));
            QVERIFY(d->applyButton()->isEnabled());
            QTest::mouseClick(d->applyButton(), Qt::LeftButton);
        });
        window.action(QStringLiteral("actionSetQuotas"))->trigger();
        double sum = 0;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId)) {
            if (t->level != Territory::Level::Territory) continue;
            QVERIFY(t->quota > 0);
            QVERIFY(std::abs(t->quota / 10000 - std::round(t->quota / 10000)) < 1e-9);
            sum += t->quota;
        }
        QCOMPARE(sum, 36e6);
        ui::MetricsTableModel* balance = window.metricsDock()->model();
        QCOMPARE(balance->headerData(MetricsTable::AttainmentPct, Qt::Horizontal).toString(),
                 MetricsTable::header(MetricsTable::AttainmentPct));
        QVERIFY(balance->data(balance->index(0, MetricsTable::Quota)).toString() != QStringLiteral("—"));
        QVERIFY(balance->data(balance->index(0, MetricsTable::AttainmentPct)).toString() != QStringLiteral("—"));
        screenshot(&window, QStringLiteral("quotas-1280x720.png"));

        window.resize(1024, 700);
        QTest::qWait(50);
        screenshot(&window, QStringLiteral("reps-1024x700.png"));
    }

    void dialogRefusesBadInput() {
        ui::RepDialog dialog(Rep{}, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickOk(&dialog); // no name
        QVERIFY(dialog.isVisible());
        auto* problem = dialog.findChild<QLabel*>(QStringLiteral("repProblem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("name")));
        typeInto(&dialog, "repName", QStringLiteral("Al"));
        typeInto(&dialog, "repStart", QStringLiteral("someday"));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("someday")));
        typeInto(&dialog, "repStart", QString());
        typeInto(&dialog, "repZip", QStringLiteral("80202")); // no postal codes here: said so, not guessed
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("postal codes")));
        typeInto(&dialog, "repZip", QString());
        clickOk(&dialog);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.rep().name, QString("Al"));
    }
};

QTEST_MAIN(TestRepsDock)
#include "tst_repsdock.moc"
