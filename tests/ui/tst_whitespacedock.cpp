// The White Space dock as a planner drives it: the list agrees with the independent SQL over the
// project file (tests/support/whitespacesql.h) for the default filters and after thresholds are
// typed into the spin boxes; the level switches to regions; a header click sorts; a double-click
// zooms the map to the unit; "Select" selects exactly the listed units; a territory chosen in the
// Territories dock and Enter ("Assign selection") give them a territory, and the list of unassigned units
// empties (in the dock and in the SQL over the file, which every edit is written to at once).
// Screenshots at 1280x720 and 1024x700 go to $TP_SCREENSHOT_DIR when it is set.
#include "ui/docks/territoriesdock.h"
#include "ui/docks/territorytreemodel.h"
#include "ui/docks/whitespacedock.h"
#include "ui/docks/whitespacetablemodel.h"
#include "ui/map/mapcanvas.h"
#include "ui/tools/editcontroller.h"
#include "ui/window/mainwindow.h"

#include "session/planeditor.h"
#include "session/projectsession.h"

#include "support/whitespaceproject.h"
#include "support/whitespacesql.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <boost/geometry/algorithms/covered_by.hpp>

#include <algorithm>

using namespace tp;
using namespace tp::testsupport;

namespace {

void shoot(QWidget* window, const QString& name) {
    const QString dir = qEnvironmentVariable("TP_SCREENSHOT_DIR");
    if (!dir.isEmpty()) window->grab().save(dir + QLatin1Char('/') + name);
}

// Replaces a spin box's text by typing, as a user does, and leaves it with Tab.
void typeNumber(QAbstractSpinBox* box, const QString& text) {
    box->setFocus();
    box->selectAll();
    QTest::keyClick(box, Qt::Key_Delete);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

void clickAction(QWidget* dock, const char* name) {
    QAction* action = dock->findChild<QAction*>(QString::fromLatin1(name));
    QVERIFY2(action, name);
    QToolButton* button = nullptr;
    for (QToolButton* b : dock->findChildren<QToolButton*>())
        if (b->defaultAction() == action) button = b;
    QVERIFY2(button && button->isVisible(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

// The dock's codes in the order shown.
QStringList shownCodes(QTableView* view) {
    QStringList codes;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        codes << view->model()->index(r, ui::WhiteSpaceTableModel::Code).data().toString();
    return codes;
}

QStringList sqlCodes(const QList<WhiteSpaceSqlRow>& rows) {
    QStringList codes;
    for (const WhiteSpaceSqlRow& r : rows) codes << r.code;
    return codes;
}

} // namespace

class TestWhiteSpaceDock : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void listSelectAssign() {
        const QString path = m_dir.filePath(QStringLiteral("ws.territory"));
        QString error;
        QVERIFY2(makeWhiteSpaceProject(path, &error), qPrintable(error));
        { // The demo's scenario is approved; the planner edits a draft.
            auto session = session::ProjectSession::open(path, &error);
            QVERIFY2(session, qPrintable(error));
            session::PlanEditor editor(*session);
            QVERIFY2(editor.setScenarioStatus(session->project().currentScenarioId, Scenario::Status::Draft, &error),
                     qPrintable(error));
        }
        ui::MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        const Project& p = window.session()->project();
        ui::WhiteSpaceDock* dock = window.whiteSpaceDock();
        QVERIFY(dock);
        dock->show();
        dock->raise();
        QTableView* view = dock->table();

        // Default filters: what the SQL says, in the same order.
        WhiteSpaceSqlQuery query;
        query.scenarioId = p.currentScenarioId;
        QList<WhiteSpaceSqlRow> sql;
        QVERIFY2(whiteSpaceBySql(path, query, &sql, &error), qPrintable(error));
        QVERIFY(sql.size() > whiteSpaceUnassignedUnits);
        QCOMPARE(shownCodes(view), sqlCodes(sql));
        QTest::qWait(300);
        shoot(&window, QStringLiteral("whitespace-1280x720.png"));

        // Thresholds typed in: 30 % and 250 km.
        auto* penetration = dock->findChild<QDoubleSpinBox*>(QStringLiteral("whiteSpaceMinPenetration"));
        auto* distance = dock->findChild<QSpinBox*>(QStringLiteral("whiteSpaceMaxDistance"));
        QVERIFY(penetration && distance);
        typeNumber(penetration, QStringLiteral("30"));
        typeNumber(distance, QStringLiteral("250"));
        QCOMPARE(dock->options().minPenetration, 0.30);
        QCOMPARE(dock->options().maxDistanceKm, 250.0);
        query.minPenetration = 0.30;
        query.maxDistanceKm = 250;
        QVERIFY2(whiteSpaceBySql(path, query, &sql, &error), qPrintable(error));
        QCOMPARE(shownCodes(view), sqlCodes(sql));

        // Regions (states of the demo's counties).
        auto* level = dock->findChild<QComboBox*>(QStringLiteral("whiteSpaceLevel"));
        QVERIFY(level);
        level->setFocus();
        QTest::keyClick(level, Qt::Key_Down);
        QCOMPARE(dock->options().level, WhiteSpaceFinder::Level::Regions);
        query.regions = true;
        QVERIFY2(whiteSpaceBySql(path, query, &sql, &error), qPrintable(error));
        QCOMPARE(shownCodes(view), sqlCodes(sql));
        QTest::keyClick(level, Qt::Key_Up);
        query.regions = false;

        // A header click sorts by accounts (ascending), the rank order comes back with the list.
        const int accountsX = view->horizontalHeader()->sectionViewportPosition(ui::WhiteSpaceTableModel::Accounts) + 5;
        QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(accountsX, 5));
        std::vector<qint64> accounts;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            accounts.push_back(
                view->model()->index(r, ui::WhiteSpaceTableModel::Accounts).data(Qt::UserRole).toLongLong());
        QVERIFY(accounts.size() > 3);
        QVERIFY(std::is_sorted(accounts.begin(), accounts.end()) || std::is_sorted(accounts.rbegin(), accounts.rend()));
        QVERIFY(accounts.front() != accounts.back());

        // Double-click a row: the map shows that unit, zoomed in from the whole country.
        const double before = window.canvas()->resolution();
        const QModelIndex third = view->model()->index(2, ui::WhiteSpaceTableModel::Code);
        const int unit = third.data(ui::WhiteSpaceTableModel::UnitRole).toInt();
        QVERIFY(unit >= 0);
        view->scrollTo(third);
        const QPoint at = view->visualRect(third).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(window.canvas()->resolution() < before);
        const geo::GeoPoint centre =
            window.canvas()->toGeo(QPointF(window.canvas()->width() / 2.0, window.canvas()->height() / 2.0));
        QVERIFY2(boost::geometry::covered_by(centre, p.units[std::size_t(unit)].bounds),
                 qPrintable(QStringLiteral("map centre %1, %2 is outside unit %3")
                                .arg(centre.lon)
                                .arg(centre.lat)
                                .arg(p.units[std::size_t(unit)].code)));

        // Only the unassigned units: both thresholds off.
        typeNumber(penetration, QStringLiteral("0"));
        typeNumber(distance, QStringLiteral("0"));
        query.minPenetration = 0;
        query.maxDistanceKm = 0;
        QVERIFY2(whiteSpaceBySql(path, query, &sql, &error), qPrintable(error));
        QCOMPARE(sql.size(), whiteSpaceUnassignedUnits);
        QStringList shown = shownCodes(view), expected = sqlCodes(sql);
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);

        // Select (no row chosen: every listed unit).
        view->clearSelection();
        clickAction(dock, "actionWhiteSpaceSelect");
        std::vector<int> wanted;
        for (const WhiteSpaceSqlRow& r : sql) wanted.push_back(p.unitIndexByCode(r.code));
        std::sort(wanted.begin(), wanted.end());
        std::vector<int> selected = window.editController()->selection();
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, wanted);

        // The planner picks a territory in the Territories dock and assigns the selection.
        ui::TerritoriesDock* territories = window.territoriesDock();
        territories->show();
        territories->raise();
        QTreeView* tree = territories->tree();
        qint64 leafId = 0;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (!leafId && t->level == Territory::Level::Territory) leafId = t->id;
        auto* sorted = qobject_cast<QSortFilterProxyModel*>(tree->model());
        QVERIFY(sorted);
        const QModelIndex leaf = sorted->mapFromSource(territories->model()->indexOf(leafId));
        QVERIFY(leaf.isValid());
        tree->scrollTo(leaf);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(leaf).center());
        const qint64 target = window.editController()->activeTerritory();
        QCOMPARE(target, leafId);
        // Enter gives the selection to the active territory (the dock's "Assign selection").
        QVERIFY(territories->action(QStringLiteral("actionAssignSelection"))->isEnabled());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.canvas()->setFocus();
        QTest::keyClick(window.canvas(), Qt::Key_Return);
        for (int u : wanted) QCOMPARE(p.currentScenario()->unitTerritory[std::size_t(u)], target);

        // The list follows the edit (once the edit's frame is out): nothing unassigned is left,
        // in the dock and in the file.
        QTRY_COMPARE(view->model()->rowCount(), 0);
        QVERIFY2(whiteSpaceBySql(path, query, &sql, &error), qPrintable(error));
        QCOMPARE(sql.size(), 0);

        // Undo brings them back.
        window.findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
        QTRY_COMPARE(view->model()->rowCount(), whiteSpaceUnassignedUnits);

        dock->raise();
        typeNumber(penetration, QStringLiteral("15"));
        typeNumber(distance, QStringLiteral("500"));
        window.resize(1024, 700);
        QTest::qWait(300);
        shoot(&window, QStringLiteral("whitespace-1024x700.png"));
    }
};

QTEST_MAIN(TestWhiteSpaceDock)
#include "tst_whitespacedock.moc"
