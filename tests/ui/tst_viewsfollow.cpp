// The views follow the session's notifications, driven as a user would with real mouse and key
// events: the Details dock shows fresh figures after a paint and after Undo (it showed the old
// ones); a new blank project shows none of the previous project's
// territories in the balance chart; the Territories and Scenarios docks (item models) follow
// edits, keep the chosen territory and sort by a clicked header; a territory chosen in the Balance
// table, the Territories dock or on the map is chosen in all three; after a paint and after Undo the
// map (repainted only around the unit that moved) equals a render from scratch and the balance
// chart's bars equal the table's deviations; the measure chosen in the Balance dock is what the
// deviations are of.
#include "support/democopy.h"
#include "support/pixels.h"
#include "ui/docks/detailsdock.h"
#include "ui/docks/layersdock.h"
#include "ui/docks/metricsdock.h"
#include "ui/docks/metricstablemodel.h"
#include "ui/docks/scenariosdock.h"
#include "ui/docks/territoriesdock.h"
#include "ui/tools/editcontroller.h"
#include "ui/map/mapcanvas.h"
#include "ui/widgets/balancechart.h"
#include "ui/widgets/frozencolumntableview.h"
#include "ui/window/mainwindow.h"

#include "builders/blankprojectbuilder.h"
#include "model/measuredefinition.h"
#include "model/metricstable.h"
#include "model/project.h"
#include "session/projectsession.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QHeaderView>
#include <QListWidget>
#include <QTemporaryDir>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTest>
#include <QTreeView>

#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/strategies/strategies.hpp>

using namespace tp;

namespace {

// The territory names the balance chart draws. (An emptied QBarCategoryAxis that stays visible
// still draws its old labels.)
QStringList chartCategories(const ui::MainWindow& window) {
    for (QAbstractAxis* axis : window.metricsDock()->chart()->chart()->axes())
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories->isVisible() ? categories->categories() : QStringList();
    return {};
}

// The territory names the chart really draws: Qt's category axis hides a name that would overlap
// the one above it, so this is what a user can read.
QStringList drawnCategories(const ui::MainWindow& window) {
    const QStringList names = chartCategories(window);
    QStringList drawn;
    for (QGraphicsItem* item : window.metricsDock()->chart()->scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item);
            text && text->isVisible() && names.contains(text->toPlainText()))
            drawn << text->toPlainText();
    drawn.sort();
    return drawn;
}

bool categoryAxisShown(const ui::MainWindow& window) {
    for (QAbstractAxis* axis : window.metricsDock()->chart()->chart()->axes())
        if (qobject_cast<QBarCategoryAxis*>(axis)) return axis->isVisible();
    return false;
}

// The row showing `text` in a dock's tree view (column 0), as the view shows it.
QModelIndex rowShowing(QTreeView* tree, const QString& text) {
    const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, text, 1,
                                                       Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.front();
}

void clickRow(QTreeView* tree, const QModelIndex& index) {
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
}

// The balance chart's bar of each territory: its name and value.
QHash<QString, double> chartBars(const ui::MainWindow& window) {
    QHash<QString, double> bars;
    for (QAbstractSeries* series : window.metricsDock()->chart()->chart()->series())
        if (auto* bar = qobject_cast<QHorizontalStackedBarSeries*>(series)) {
            const QList<QBarSet*> sets = bar->barSets();
            for (int i = 0; i < sets.size(); ++i) bars.insert(sets[i]->label(), sets[i]->at(int(sets.size()) - 1 - i));
        }
    return bars;
}

// The deviation of each territory in the balance table.
QHash<QString, double> tableDeviations(const ui::MainWindow& window) {
    QHash<QString, double> deviations;
    const MetricsTable* table = window.metricsDock()->model()->table();
    for (int r = 0; r < table->rowCount(); ++r)
        deviations.insert(table->text(r, MetricsTable::Territory), table->metrics(r).deviationPct);
    return deviations;
}

} // namespace

class TestViewsFollow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString draftDemo(const QString& name) {
        const QString path = m_dir.filePath(name);
        if (!testsupport::copyDemo(path, testsupport::DemoScenario::Draft)) qFatal("cannot copy the demo project");
        return path;
    }

    // The window on a draft copy of the demo, zoomed to Colorado with the accounts hidden (so a
    // click hits the county, not an account), its frame rendered.
    bool showColorado(ui::MainWindow& window, const QString& name, QSize size) {
        window.resize(size);
        window.show();
        QApplication::setActiveWindow(&window);
        if (!QTest::qWaitForWindowExposed(&window) || !window.openProject(draftDemo(name))) return false;
        ui::MapCanvas* canvas = window.canvas();
        canvas->zoomToExtent(geo::Box(geo::GeoPoint{-109.5, 36.5}, geo::GeoPoint{-101.5, 41.5}));
        QListWidget* segments = window.layersDock()->segmentList();
        for (int i = 0; i < segments->count(); ++i) segments->item(i)->setCheckState(Qt::Unchecked);
        return QTest::qWaitFor([canvas] { return canvas->isRenderComplete(); }, 20000);
    }

    // Where Denver County (in Mountain) is on the map.
    static QPoint denverOnMap(const ui::MainWindow& window) {
        const Project& p = window.session()->project();
        geo::GeoPoint c;
        boost::geometry::centroid(p.units[std::size_t(p.unitIndexByCode(QStringLiteral("08031")))].shape, c);
        return window.canvas()->toWidget(c).toPoint();
    }

private slots:
    void detailsShowFreshFigures() {
        ui::MainWindow window;
        QVERIFY(showColorado(window, QStringLiteral("details.territory"), QSize(1600, 900)));
        const Project& p = window.session()->project();
        ui::MapCanvas* canvas = window.canvas();
        const int denver = p.unitIndexByCode(QStringLiteral("08031"));
        const QPoint at = denverOnMap(window);

        // Look at Denver: in Mountain.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
        const QString before = window.detailsDock()->text();
        QVERIFY2(before.contains(QStringLiteral("Denver")) && before.contains(QStringLiteral("Mountain")),
                 qPrintable(before));
        QVERIFY(!before.contains(QStringLiteral("Southwest")));

        // Choose Southwest in the Territories dock and paint Denver with it.
        QTreeView* territories = window.territoriesDock()->tree();
        const QModelIndex southwestRow = rowShowing(territories, QStringLiteral("Southwest"));
        QVERIFY(southwestRow.isValid());
        clickRow(territories, southwestRow);
        const qint64 southwest = window.editController()->activeTerritory();
        QVERIFY(southwest != 0);
        QCOMPARE(p.territory(southwest)->name, QStringLiteral("Southwest"));
        window.action(QStringLiteral("toolPaint"))->trigger();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
        QCOMPARE(p.currentScenario()->unitTerritory[std::size_t(denver)], southwest);

        // The details say so at once: Denver's territory and its territory's figures.
        const QString painted = window.detailsDock()->text();
        QVERIFY2(painted.contains(QStringLiteral("Denver")) && painted.contains(QStringLiteral("Southwest")),
                 qPrintable(painted));
        QVERIFY(painted != before);
        // And the Territories dock counts the unit where it went (its model followed the edit).
        const QModelIndex units = southwestRow.siblingAtColumn(2);
        const int southwestUnits = int(std::count(p.currentScenario()->unitTerritory.begin(),
                                                  p.currentScenario()->unitTerritory.end(), southwest));
        QCOMPARE(territories->model()->data(units).toString(), QString::number(southwestUnits));
        QCOMPARE(window.editController()->activeTerritory(), southwest); // still chosen

        // Undo (Ctrl+Z): the details are exactly what they were.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(p.currentScenario()->unitTerritory[std::size_t(denver)] != southwest);
        QCOMPARE(window.detailsDock()->text(), before);
        QCOMPARE(territories->model()->data(units).toString(), QString::number(southwestUnits - 1));
    }

    void mapAndChartFollowAnEditAndItsUndo() {
        ui::MainWindow window;
        QVERIFY(showColorado(window, QStringLiteral("mapfollows.territory"), QSize(1280, 720)));
        const Project& p = window.session()->project();
        ui::MapCanvas* canvas = window.canvas();
        const auto frame = [&] { return canvas->grab().toImage().convertToFormat(QImage::Format_RGB32); };
        const auto fromScratch = [&] {
            return canvas->renderToImage(canvas->size(), canvas->devicePixelRatioF())
                .convertToFormat(QImage::Format_RGB32);
        };
        const QImage before = frame();
        QCOMPARE(testsupport::differingPixels(before, fromScratch(), 6), 0);
        const QHash<QString, double> barsBefore = chartBars(window);
        QCOMPARE(barsBefore, tableDeviations(window));
        QCOMPARE(barsBefore.size(), 12);

        // Paint Denver into Southwest.
        const int denver = p.unitIndexByCode(QStringLiteral("08031"));
        const QPoint at = denverOnMap(window);
        clickRow(window.territoriesDock()->tree(),
                 rowShowing(window.territoriesDock()->tree(), QStringLiteral("Southwest")));
        const qint64 southwest = window.editController()->activeTerritory();
        QVERIFY(southwest != 0);
        window.action(QStringLiteral("toolPaint"))->trigger();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
        QCOMPARE(p.currentScenario()->unitTerritory[std::size_t(denver)], southwest);
        QTRY_VERIFY_WITH_TIMEOUT(canvas->isRenderComplete(), 20000);
        const QImage painted = frame();
        // Repainted around Denver only, yet equal to the whole map drawn again; and Denver changed.
        QCOMPARE(testsupport::differingPixels(painted, fromScratch(), 6), 0);
        QVERIFY(testsupport::differingPixels(painted, before, 6) > 0);
        QVERIFY(painted.pixel(at) != before.pixel(at));
        const QHash<QString, double> bars = chartBars(window);
        QCOMPARE(bars, tableDeviations(window));
        QVERIFY(bars.value(QStringLiteral("Southwest")) > barsBefore.value(QStringLiteral("Southwest")));

        // Undo: the map is the one before the paint, pixel for pixel; the bars follow.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(canvas->isRenderComplete(), 20000);
        QCOMPARE(testsupport::differingPixels(frame(), before, 6), 0);
        QCOMPARE(chartBars(window), barsBefore);
    }

    void oneTerritoryIsChosenEverywhere() {
        ui::MainWindow window;
        QVERIFY(showColorado(window, QStringLiteral("chosen.territory"), QSize(1600, 900)));
        const Project& p = window.session()->project();
        ui::MapCanvas* canvas = window.canvas();
        QTableView* balance = window.metricsDock()->view();
        QTreeView* territories = window.territoriesDock()->tree();
        const auto idNamed = [&](const QString& name) {
            for (const Territory& t : p.territories)
                if (t.name == name) return t.id;
            return qint64(0);
        };
        const auto balanceRowShown = [&] { return balance->currentIndex().siblingAtColumn(0).data().toString(); };

        // A click on the Balance table's Southwest row: the territory to paint with, the
        // Territories dock shows it.
        window.metricsDock()->raise();
        const QModelIndexList southwestRows = balance->model()->match(balance->model()->index(0, 0), Qt::DisplayRole,
                                                                      QStringLiteral("Southwest"), 1, Qt::MatchExactly);
        QVERIFY(!southwestRows.isEmpty());
        balance->scrollTo(southwestRows.front());
        QTest::mouseClick(balance->viewport(), Qt::LeftButton, {}, balance->visualRect(southwestRows.front()).center());
        QCOMPARE(window.editController()->activeTerritory(), idNamed(QStringLiteral("Southwest")));
        QCOMPARE(territories->currentIndex().data().toString(), QStringLiteral("Southwest"));

        // A click on Denver (Mountain) on the map: Mountain everywhere.
        const int denver = p.unitIndexByCode(QStringLiteral("08031"));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, denverOnMap(window));
        const qint64 mountain = idNamed(QStringLiteral("Mountain"));
        QCOMPARE(p.currentScenario()->unitTerritory[std::size_t(denver)], mountain);
        QCOMPARE(window.editController()->activeTerritory(), mountain);
        QCOMPARE(balanceRowShown(), QStringLiteral("Mountain"));
        QCOMPARE(territories->currentIndex().data().toString(), QStringLiteral("Mountain"));

        // A row of the Territories dock: the Balance table follows, and a refresh keeps it.
        clickRow(territories, rowShowing(territories, QStringLiteral("Southwest")));
        QCOMPARE(balanceRowShown(), QStringLiteral("Southwest"));
        window.metricsDock()->setTolerancePct(window.metricsDock()->tolerancePct() + 1); // a full refresh
        QCOMPARE(balanceRowShown(), QStringLiteral("Southwest"));
    }

    void balanceMeasureIsChosenInTheDock() {
        ui::MainWindow window;
        window.resize(1280, 720);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(draftDemo(QStringLiteral("measure.territory"))));
        window.metricsDock()->raise();
        QComboBox* combo = window.metricsDock()->balanceMeasureCombo();
        const auto& measures = window.session()->metrics().measures();
        int accounts = -1;
        for (std::size_t i = 0; i < measures.size(); ++i)
            if (measures[i].kind == MeasureDefinition::Kind::AccountCount) accounts = int(i);
        QVERIFY(accounts >= 0);
        QCOMPARE(combo->count(), int(measures.size()));
        QVERIFY(combo->currentIndex() != accounts);
        // Choose Accounts with the keyboard, as a user would.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < accounts; ++i) QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), accounts);
        QCOMPARE(window.session()->metrics().balanceMeasure(), accounts);
        QVERIFY2(window.metricsDock()->headline().startsWith(measures[std::size_t(accounts)].name
                                                             + QStringLiteral(": spread")),
                 qPrintable(window.metricsDock()->headline()));
        // Each territory's deviation is now its account count against the mean count.
        const MetricsTable* table = window.metricsDock()->model()->table();
        double total = 0;
        for (int r = 0; r < table->rowCount(); ++r) total += double(table->metrics(r).accounts);
        const double mean = total / table->rowCount();
        for (int r = 0; r < table->rowCount(); ++r)
            QVERIFY(
                std::abs(table->metrics(r).deviationPct - (double(table->metrics(r).accounts) - mean) / mean * 100.0)
                < 1e-9);
        QCOMPARE(chartBars(window), tableDeviations(window));
    }

    void smallWindowsKeepHalfTheWidthForTheMap() {
        ui::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(draftDemo(QStringLiteral("small.territory"))));
        QCOMPARE(window.dockWidgetArea(window.territoriesDock()), Qt::LeftDockWidgetArea);
        for (const QSize size : {QSize(1024, 700), QSize(1100, 768), QSize(1280, 720), QSize(1024, 700)}) {
            // Twice, as a hand dragging the window's corner goes on: the two dock columns have a
            // greater minimum height than the one column they become.
            window.resize(size);
            QApplication::processEvents();
            window.resize(size);
            QTRY_COMPARE(window.size(), size);
            QApplication::processEvents();
            QVERIFY2(
                window.canvas()->width() * 2 >= window.width(),
                qPrintable(QStringLiteral("%1: map %2 px wide").arg(window.width()).arg(window.canvas()->width())));
            // Every bar of the balance chart keeps its territory's name, in the short chart too.
            QStringList all = chartCategories(window);
            all.sort();
            QCOMPARE(all.size(), 12);
            QTRY_COMPARE(drawnCategories(window), all);
        }
        // Narrow: every dock is a tab in one column; wide again: they go back beside the map.
        QCOMPARE(window.dockWidgetArea(window.territoriesDock()), Qt::RightDockWidgetArea);
        window.resize(1600, 900);
        QTRY_COMPARE(window.size(), QSize(1600, 900));
        QApplication::processEvents();
        QCOMPARE(window.dockWidgetArea(window.territoriesDock()), Qt::LeftDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.scenariosDock()), Qt::LeftDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.metricsDock()), Qt::RightDockWidgetArea);
    }

    void balanceTableKeepsTheTerritoryColumnAndChoosesColumns() {
        ui::MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(draftDemo(QStringLiteral("frozen.territory"))));
        window.metricsDock()->raise();
        ui::FrozenColumnTableView* table = window.metricsDock()->view();
        QTableView* frozen = table->frozenView();
        QVERIFY(frozen->isVisible());
        // Scrolled all the way right, the territory names still show at the left edge.
        table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
        QVERIFY(table->horizontalScrollBar()->maximum() > 0);
        QApplication::processEvents();
        QVERIFY(table->columnViewportPosition(0) < 0); // the table's own first column scrolled away
        QCOMPARE(frozen->geometry().left(), table->frameWidth());
        const QModelIndex first = frozen->model()->index(0, 0);
        QCOMPARE(frozen->indexAt(frozen->visualRect(first).center()), first);
        QVERIFY(!first.data().toString().isEmpty());
        // A click on a name there chooses the territory.
        QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {}, frozen->visualRect(first).center());
        QCOMPARE(table->currentIndex().row(), 0);
        QVERIFY(window.editController()->activeTerritory() != 0);
        // The column chooser hides and shows columns; the territory column is not offered.
        QMenu* menu = table->columnMenu();
        QCOMPARE(menu->actions().size(), table->model()->columnCount() - 1);
        QAction* second = menu->actions().front();
        QCOMPARE(second->text(), table->model()->headerData(1, Qt::Horizontal).toString());
        second->trigger();
        QVERIFY(table->isColumnHidden(1));
        QVERIFY(!table->columnMenu()->actions().front()->isChecked());
        table->columnMenu()->actions().front()->trigger();
        QVERIFY(!table->isColumnHidden(1));
    }

    void newBlankProjectShowsNoOldTerritories() {
        ui::MainWindow window;
        window.resize(1280, 720);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(draftDemo(QStringLiteral("before-blank.territory"))));
        QVERIFY(chartCategories(window).contains(QStringLiteral("Mountain")));

        // A new blank project (what File › New Project… makes, after its file dialog) takes over
        // the window.
        const QString path = m_dir.filePath(QStringLiteral("blank.territory"));
        {
            Project blank;
            QString error;
            QVERIFY2(builders::BlankProjectBuilder::build(QStringLiteral("blank"), &blank, &error), qPrintable(error));
            QVERIFY2(session::ProjectSession::create(path, std::move(blank), &error), qPrintable(error));
        }
        QVERIFY(window.openProject(path));
        const Project& p = window.session()->project();
        QVERIFY(p.territoriesOf(p.currentScenarioId).empty());

        // Nothing of the demo is left in the balance dock or the Territories dock.
        QVERIFY2(chartCategories(window).isEmpty(), qPrintable(chartCategories(window).join(QLatin1Char(','))));
        QCOMPARE(window.territoriesDock()->tree()->model()->rowCount(), 0);
        QVERIFY(!categoryAxisShown(window));
        // Its first territory comes into the dock and the chart.
        QVERIFY(window.territoriesDock()->newTerritory(QStringLiteral("North")));
        QCOMPARE(chartCategories(window), QStringList{QStringLiteral("North")});
        QVERIFY(rowShowing(window.territoriesDock()->tree(), QStringLiteral("North")).isValid());
    }

    void docksSortAndFollowEdits() {
        ui::MainWindow window;
        window.resize(1600, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(draftDemo(QStringLiteral("docks.territory"))));
        const Project& p = window.session()->project();
        QTreeView* territories = window.territoriesDock()->tree();
        QAbstractItemModel* model = territories->model();
        const auto leafNames = [&] {
            // Territory names in the order shown, depth first (regions, then their territories).
            QStringList names;
            std::vector<QModelIndex> open{QModelIndex()};
            while (!open.empty()) {
                const QModelIndex parent = open.back();
                open.pop_back();
                for (int r = model->rowCount(parent) - 1; r >= 0; --r) open.push_back(model->index(r, 0, parent));
                if (parent.isValid() && model->rowCount(parent) == 0) names << parent.data(Qt::UserRole + 1).toString();
            }
            return names;
        };
        // Project order first: as the project lists them.
        QStringList projectOrder;
        for (const Territory* t : p.territoriesOf(p.currentScenarioId))
            if (t->level == Territory::Level::Territory) projectOrder << t->name;
        QStringList shown = leafNames();
        shown.sort();
        projectOrder.sort();
        QCOMPARE(shown, projectOrder); // each territory once

        // A click on the Territory header sorts by name (within each region), again descending.
        QHeaderView* header = territories->header();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(0) + 10, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), 0);
        const auto sortedWithinParents = [&](Qt::SortOrder order) {
            std::vector<QModelIndex> open{QModelIndex()};
            while (!open.empty()) {
                const QModelIndex parent = open.back();
                open.pop_back();
                QStringList names;
                for (int r = 0; r < model->rowCount(parent); ++r) {
                    names << model->index(r, 0, parent).data(Qt::UserRole + 1).toString();
                    open.push_back(model->index(r, 0, parent));
                }
                QStringList sorted = names;
                std::sort(sorted.begin(), sorted.end(),
                          [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
                if (order == Qt::DescendingOrder) std::reverse(sorted.begin(), sorted.end());
                if (names != sorted) return false;
            }
            return true;
        };
        QVERIFY(sortedWithinParents(header->sortIndicatorOrder()));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(0) + 10, header->height() / 2));
        QVERIFY(sortedWithinParents(header->sortIndicatorOrder()));
        shown = leafNames();
        shown.sort();
        QCOMPARE(shown, projectOrder);

        // Rename the chosen territory with the dock's action: the row shows the new name, sorted in.
        const QModelIndex florida = rowShowing(territories, QStringLiteral("Florida"));
        QVERIFY(florida.isValid());
        clickRow(territories, florida);
        const qint64 floridaId = window.editController()->activeTerritory();
        QVERIFY(window.territoriesDock()->renameActive(QStringLiteral("Aaa Sunshine")));
        QVERIFY(rowShowing(territories, QStringLiteral("Aaa Sunshine")).isValid());
        QVERIFY(!rowShowing(territories, QStringLiteral("Florida")).isValid());
        QVERIFY(sortedWithinParents(header->sortIndicatorOrder()));
        QCOMPARE(window.editController()->activeTerritory(), floridaId);
        QCOMPARE(territories->currentIndex().data().toString(), QStringLiteral("Aaa Sunshine"));

        // Scenarios: a copy appears under its parent, a rename shows at once.
        QTreeView* scenarios = window.scenariosDock()->tree();
        const qint64 base = p.currentScenarioId;
        const qint64 copy = window.scenariosDock()->copyCurrent(QStringLiteral("Copy for the dock"));
        QVERIFY(copy);
        const QModelIndex copyRow = rowShowing(scenarios, QStringLiteral("Copy for the dock"));
        QVERIFY(copyRow.isValid());
        QCOMPARE(copyRow.parent().data(Qt::UserRole).toLongLong(), base);
        QVERIFY(copyRow.data(Qt::FontRole).value<QFont>().bold()); // current
        QVERIFY(window.scenariosDock()->renameCurrent(QStringLiteral("Renamed copy")));
        QVERIFY(rowShowing(scenarios, QStringLiteral("Renamed copy")).isValid());
        // One click on the base switches back to it.
        clickRow(scenarios,
                 rowShowing(scenarios, p.scenario(base)->name
                                           + (p.scenario(base)->planOfRecord ? QStringLiteral("  ✔") : QString())));
        QCOMPARE(p.currentScenarioId, base);
        QVERIFY(!rowShowing(scenarios, QStringLiteral("Renamed copy")).data(Qt::FontRole).value<QFont>().bold());
    }
};

QTEST_MAIN(TestViewsFollow)
#include "tst_viewsfollow.moc"
