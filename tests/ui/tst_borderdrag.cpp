// Move Border as a front, the paint brush's size and Fill Enclosed Area, driven as a planner
// drives them: real mouse and key events on the main window, on tile grids (TileGridProject)
// where what a drag must move can be worked out from the cells' positions on screen. A drag
// moves the swept cells, follows the hand back, never leaves a territory in more pieces, leaves
// locked territories alone, is one undo step and Escape takes it back.
#include "support/planpieces.h"
#include "support/tilegridproject.h"
#include "ui/map/mapcanvas.h"
#include "ui/tools/editcontroller.h"
#include "ui/tools/painttool.h"
#include "ui/window/mainwindow.h"
#include "ui/docks/metricsdock.h"
#include "ui/docks/metricstablemodel.h"

#include "model/metricstable.h"
#include "model/unitgraph.h"
#include "session/borderfront.h"
#include "session/editfacade.h"
#include "session/projectsession.h"

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <map>
#include <numbers>
#include <random>

using namespace tp;
using testsupport::TileGridProject;

namespace {

void send(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers mods = {}) {
    QMouseEvent e(type, pos, w->mapToGlobal(pos), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                  mods);
    QApplication::sendEvent(w, &e);
}

void press(QWidget* w, QPointF at, Qt::KeyboardModifiers mods = {}) {
    send(w, QEvent::MouseButtonPress, at, Qt::LeftButton, mods);
}
void release(QWidget* w, QPointF at, Qt::KeyboardModifiers mods = {}) {
    send(w, QEvent::MouseButtonRelease, at, Qt::NoButton, mods);
}
void moveTo(QWidget* w, QPointF from, QPointF to, int steps = 10, Qt::KeyboardModifiers mods = {}) {
    for (int i = 1; i <= steps; ++i)
        send(w, QEvent::MouseMove, from + (to - from) * (double(i) / steps), Qt::LeftButton, mods);
}
void drag(QWidget* w, QPointF from, QPointF to, int steps = 10, Qt::KeyboardModifiers mods = {}) {
    press(w, from, mods);
    moveTo(w, from, to, steps, mods);
    release(w, to, mods);
}

QStringList tableText(const ui::MainWindow& w) {
    const MetricsTable* t = w.metricsDock()->model()->table();
    QStringList rows;
    for (int r = 0; r < t->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < MetricsTable::ColumnCount; ++c) cells << t->text(r, c);
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

class TestBorderDrag : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    TileGridProject m_grid;
    int m_n = 0;

    const Project& project() const { return m_window->session()->project(); }
    const std::vector<qint64>& plan() const { return project().currentScenario()->unitTerritory; }
    ui::MapCanvas* canvas() const { return m_window->canvas(); }
    QPointF at(geo::GeoPoint g) const { return canvas()->toWidget(g); }
    QPointF centre(int x, int y) const { return at(m_grid.centre(x, y)); }
    // On the border between columns x - 1 and x, a fraction f up row y (off the middle, so that
    // no cell centre lies exactly at the reach of the grabbed stretch).
    QPointF border(int x, int y, double f = 0.3) const {
        return at({m_grid.corner(x, 0).lon, m_grid.corner(0, y).lat + f * m_grid.cell});
    }
    void useTool(const char* name) { m_window->action(QString::fromLatin1(name))->trigger(); }
    int steps() const { return m_window->facade()->stack()->count(); }
    QString status() const { return m_window->statusBar()->currentMessage(); }

    // Opens a grid project with `territories` territories chosen by `territoryOf` in the window.
    bool open(int territories, const std::function<int(int, int)>& territoryOf) {
        const QString path = m_dir.filePath(QStringLiteral("grid%1.territory").arg(++m_n));
        QString error;
        if (!session::ProjectSession::create(path, m_grid.make(territories, territoryOf), &error)) {
            qWarning() << error;
            return false;
        }
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1280, 720);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->openProject(path)) return false;
        canvas()->zoomToExtent(geo::Box(m_grid.corner(0, 0), m_grid.corner(m_grid.width, m_grid.height)));
        return QTest::qWaitFor([this] { return canvas()->isRenderComplete(); }, 20000);
    }

    // The cells a front from `from` (on the straight border between columns 9 and 10) dragged to
    // `to` must take, worked out on screen: the loser's cells whose centre is no further from
    // the border than the drag and, measured along the border after following the drag's slant,
    // within the grabbed reach (plus margin) of the press.
    std::vector<int> swept(QPointF from, QPointF to, qint64 loser) const {
        const session::BorderFront::Options options;
        const QPointF d = to - from;
        std::vector<int> cells;
        if (d.x() == 0) return cells;
        for (int y = 0; y < m_grid.height; ++y)
            for (int x = 0; x < m_grid.width; ++x) {
                const int u = m_grid.unit(x, y);
                if (plan()[std::size_t(u)] != loser) continue;
                const QPointF c = centre(x, y);
                const double across = std::abs(c.x() - from.x());
                if (across > std::abs(d.x())) continue;
                const double along = c.y() - from.y() - d.y() * across / std::abs(d.x());
                if (std::abs(along) <= options.reachPx + options.marginPx) cells.push_back(u);
            }
        return cells;
    }
    std::vector<int> movedFrom(const std::vector<qint64>& before) const {
        std::vector<int> moved;
        for (std::size_t u = 0; u < before.size(); ++u)
            if (plan()[u] != before[u]) moved.push_back(int(u));
        return moved;
    }

private slots:
    void cleanup() { m_window.reset(); }

    void dragMovesTheSweptCells_data() {
        QTest::addColumn<QPointF>("shift"); // screen pixels
        QTest::newRow("40 px east") << QPointF(40, 0);
        QTest::newRow("90 px east") << QPointF(90, 0);
        QTest::newRow("160 px east, 30 px south") << QPointF(160, 30);
        QTest::newRow("70 px west") << QPointF(-70, 0);
        QTest::newRow("120 px west, 40 px north") << QPointF(-120, -40);
    }
    void dragMovesTheSweptCells() {
        QFETCH(QPointF, shift);
        QVERIFY(open(2, [](int x, int) { return x < 10 ? 0 : 1; }));
        const std::vector<qint64> before = plan();
        const QStringList table = tableText(*m_window);
        useTool("toolBoundary");
        const QPointF from = border(10, 6), to = from + shift;
        const qint64 loser = TileGridProject::idOf(shift.x() > 0 ? 1 : 0),
                     gainer = TileGridProject::idOf(shift.x() > 0 ? 0 : 1);
        const std::vector<int> expected = swept(from, to, loser);
        QVERIFY(!expected.empty());
        if (std::abs(shift.x()) >= 90) QVERIFY(expected.size() >= 4);
        press(canvas(), from);
        moveTo(canvas(), from, to, 12);
        QCOMPARE(movedFrom(before), expected); // live, before the release
        for (int u : expected) QCOMPARE(plan()[std::size_t(u)], gainer);
        QVERIFY(tableText(*m_window) != table); // the figures followed
        release(canvas(), to);
        QCOMPARE(movedFrom(before), expected);
        QCOMPARE(steps(), 1);
        m_window->action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(plan(), before);
        QCOMPARE(tableText(*m_window), table);
    }

    void dragOutAndBackRestoresThePlan() {
        QVERIFY(open(2, [](int x, int) { return x < 10 ? 0 : 1; }));
        const std::vector<qint64> before = plan();
        const QStringList table = tableText(*m_window);
        useTool("toolBoundary");
        const QPointF from = border(10, 5);
        press(canvas(), from);
        moveTo(canvas(), from, from + QPointF(150, 20), 15);
        const std::size_t out = movedFrom(before).size();
        QVERIFY(out >= 12);
        moveTo(canvas(), from + QPointF(150, 20), from + QPointF(60, 0), 8); // part way back: fewer
        QVERIFY(!movedFrom(before).empty() && movedFrom(before).size() < out);
        moveTo(canvas(), from + QPointF(60, 0), from + QPointF(-90, 10), 12); // across into T0: T0 loses
        QVERIFY(!movedFrom(before).empty());
        for (int u : movedFrom(before)) QCOMPARE(before[std::size_t(u)], TileGridProject::idOf(0));
        moveTo(canvas(), from + QPointF(-90, 10), from, 10);
        QCOMPARE(plan(), before);
        QCOMPARE(tableText(*m_window), table);
        release(canvas(), from);
        QCOMPARE(plan(), before);
        QCOMPARE(steps(), 0); // nothing changed, nothing to undo
    }

    void escapeCancelsTheDrag() {
        QVERIFY(open(2, [](int x, int) { return x < 10 ? 0 : 1; }));
        const std::vector<qint64> before = plan();
        useTool("toolBoundary");
        const QPointF from = border(10, 6);
        press(canvas(), from);
        moveTo(canvas(), from, from + QPointF(100, 0));
        QVERIFY(!movedFrom(before).empty());
        QTest::keyClick(canvas(), Qt::Key_Escape);
        QCOMPARE(plan(), before);
        moveTo(canvas(), from + QPointF(100, 0), from + QPointF(140, 0)); // the hand goes on: nothing follows
        release(canvas(), from + QPointF(140, 0));
        QCOMPARE(plan(), before);
        QCOMPARE(steps(), 0);
    }

    void pressAwayFromABorderSaysSo() {
        QVERIFY(open(2, [](int x, int) { return x < 10 ? 0 : 1; }));
        const std::vector<qint64> before = plan();
        useTool("toolBoundary");
        drag(canvas(), centre(4, 6), centre(14, 6));
        QCOMPARE(plan(), before);
        QVERIFY2(status().contains(QStringLiteral("Press on the border")), qPrintable(status()));
        QCOMPARE(steps(), 0);
    }

    void cutOffCellsGoWithTheFront() {
        // T1 is a strip of three columns between T0 and T2: pushing through it near its south
        // end cuts off its southern cells, which go to T0; T2 stays as it was.
        QVERIFY(open(3, [](int x, int) { return x < 10 ? 0 : x < 13 ? 1 : 2; }));
        const std::vector<qint64> before = plan();
        const std::map<qint64, int> piecesBefore = testsupport::planPieces(project(), before);
        useTool("toolBoundary");
        const QPointF from = border(10, 3);
        drag(canvas(), from, centre(15, 3), 16);
        for (int x = 10; x < 13; ++x) {
            QCOMPARE(plan()[std::size_t(m_grid.unit(x, 0))], TileGridProject::idOf(0)); // cut off
            QCOMPARE(plan()[std::size_t(m_grid.unit(x, 3))], TileGridProject::idOf(0)); // swept
            QCOMPARE(plan()[std::size_t(m_grid.unit(x, m_grid.height - 1))], TileGridProject::idOf(1));
        }
        for (std::size_t u = 0; u < before.size(); ++u)
            if (before[u] == TileGridProject::idOf(2)) QCOMPARE(plan()[u], before[u]);
        QCOMPARE(testsupport::planPieces(project(), plan()), piecesBefore);
        QCOMPARE(steps(), 1);
    }

    void noDragLeavesNewPieces() {
        // Six territories around scattered seeds; drags from many borders in many directions.
        std::mt19937 rng(11);
        std::vector<std::pair<int, int>> seeds;
        for (int i = 0; i < 6; ++i) seeds.emplace_back(int(rng() % 20), int(rng() % 12));
        QVERIFY(open(6, [&](int x, int y) {
            int best = 0;
            for (int i = 1; i < 6; ++i)
                if (std::hypot(x - seeds[std::size_t(i)].first, y - seeds[std::size_t(i)].second)
                    < std::hypot(x - seeds[std::size_t(best)].first, y - seeds[std::size_t(best)].second))
                    best = i;
            return best;
        }));
        useTool("toolBoundary");
        std::uniform_real_distribution<double> angle(0, 2 * std::numbers::pi), distance(20, 220);
        int drags = 0, moved = 0;
        for (std::size_t e = 0; e < project().adjacency.size() && drags < 12; e += 7) {
            const geo::SharedEdge& edge = project().adjacency[e];
            if (plan()[std::size_t(edge.unitA)] == plan()[std::size_t(edge.unitB)] || edge.segments.empty()) continue;
            const std::vector<qint64> before = plan();
            const std::map<qint64, int> piecesBefore = testsupport::planPieces(project(), before);
            const geo::Segment& s = edge.segments.front();
            const QPointF from = at({(s.first.lon + s.second.lon) / 2, (s.first.lat + s.second.lat) / 2});
            const double a = angle(rng), d = distance(rng);
            drag(canvas(), from, from + QPointF(std::cos(a) * d, std::sin(a) * d), 10);
            ++drags;
            moved += int(movedFrom(before).size());
            for (auto [t, n] : testsupport::planPieces(project(), plan()))
                QVERIFY2(n <= piecesBefore.at(t),
                         qPrintable(QStringLiteral("T%1: %2 pieces after drag %3").arg(t - 100).arg(n).arg(drags)));
        }
        QCOMPARE(drags, 12);
        QVERIFY(moved > drags);
    }

    void lockedTerritoryIsNeverChanged() {
        QVERIFY(open(3, [](int x, int) { return x < 10 ? 0 : x < 13 ? 1 : 2; }));
        Territory locked = *project().territory(TileGridProject::idOf(1));
        locked.locked = true;
        QString error;
        QVERIFY(m_window->facade()->updateTerritory(locked, &error));
        const std::vector<qint64> before = plan();
        const int stepsBefore = steps();
        useTool("toolBoundary");
        for (QPointF shift : {QPointF(80, 0), QPointF(-80, 0)}) { // into the locked one, and out of it
            drag(canvas(), border(10, 6), border(10, 6) + shift);
            QCOMPARE(plan(), before);
            QVERIFY2(status().contains(QStringLiteral("T1 is locked")), qPrintable(status()));
        }
        // The border between T1 and T2 neither.
        drag(canvas(), border(13, 6), border(13, 6) + QPointF(60, 0));
        QCOMPARE(plan(), before);
        QCOMPARE(steps(), stepsBefore);
    }

    void brushSizeKeysChangeWhatAStrokePaints() {
        QVERIFY(open(2, [](int x, int) { return x < 10 ? 0 : 1; }));
        m_window->editController()->setActiveTerritory(TileGridProject::idOf(0));
        useTool("toolPaint");
        auto* tool = dynamic_cast<ui::PaintTool*>(canvas()->mapTool());
        QVERIFY(tool);
        const std::vector<qint64> before = plan();
        // A stroke along the middle of row 6, through T1.
        const QPointF from = centre(12, 6), to = centre(17, 6);
        drag(canvas(), from, to, 20);
        std::vector<int> expected;
        for (int x = 12; x <= 17; ++x) expected.push_back(m_grid.unit(x, 6));
        QCOMPARE(movedFrom(before), expected); // one unit wide
        m_window->action(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(plan(), before);

        canvas()->setFocus();
        for (int i = 0; i < 5; ++i) QTest::keyClick(canvas(), Qt::Key_BracketRight);
        const double radius = tool->brushRadius();
        QCOMPARE(radius, ui::PaintTool::radiusSteps[5]);
        QVERIFY2(status().contains(QStringLiteral("%1 px").arg(radius)), qPrintable(status()));
        drag(canvas(), from, to, 20);
        // Every T1 cell whose square comes within the radius of the stroke, worked out on screen.
        expected.clear();
        for (int y = 0; y < m_grid.height; ++y)
            for (int x = 0; x < m_grid.width; ++x) {
                const QRectF cell = QRectF(at(m_grid.corner(x, y + 1)), at(m_grid.corner(x + 1, y))).normalized();
                const double dx = std::max({cell.left() - to.x(), from.x() - cell.right(), 0.0});
                const double dy = std::max({cell.top() - from.y(), from.y() - cell.bottom(), 0.0});
                if (before[std::size_t(m_grid.unit(x, y))] == TileGridProject::idOf(1) && std::hypot(dx, dy) <= radius)
                    expected.push_back(m_grid.unit(x, y));
            }
        QCOMPARE(movedFrom(before), expected);
        QVERIFY(expected.size() > 6);
        QCOMPARE(steps(), 1);
        // [ steps back down to the unit under the cursor.
        for (int i = 0; i < 12; ++i) QTest::keyClick(canvas(), Qt::Key_BracketLeft);
        QCOMPARE(tool->brushRadius(), 0.0);
    }

    void fillEnclosedAreaOnARing() {
        QVERIFY(open(2, [](int x, int) { return x < 10 ? 0 : 1; }));
        useTool("toolSelect");
        // A ring of cells around the block (6..8, 4..6), drawn as four rectangles (Ctrl adds).
        auto band = [&](int x0, int y0, int x1, int y1, Qt::KeyboardModifiers mods) {
            const QPointF a = at(m_grid.corner(x0, y1 + 1)) + QPointF(2, 2),
                          b = at(m_grid.corner(x1 + 1, y0)) - QPointF(2, 2);
            drag(canvas(), a, b, 6, mods);
        };
        band(5, 3, 9, 3, {});
        band(5, 7, 9, 7, Qt::ControlModifier);
        band(5, 4, 5, 6, Qt::ControlModifier);
        band(9, 4, 9, 6, Qt::ControlModifier);
        std::vector<int> ring = m_window->editController()->selection();
        std::sort(ring.begin(), ring.end());
        QCOMPARE(int(ring.size()), 16);
        m_window->action(QStringLiteral("actionFillEnclosed"))->trigger();
        std::vector<int> filled = m_window->editController()->selection(), expected = ring;
        for (int y = 4; y <= 6; ++y)
            for (int x = 6; x <= 8; ++x) expected.push_back(m_grid.unit(x, y));
        std::sort(filled.begin(), filled.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(filled, expected);
        QVERIFY2(status().contains(QStringLiteral("9")), qPrintable(status()));
        // An open selection encloses nothing, and says so.
        band(5, 3, 9, 3, {});
        m_window->action(QStringLiteral("actionFillEnclosed"))->trigger();
        QCOMPARE(int(m_window->editController()->selection().size()), 5);
        QVERIFY2(status().contains(QStringLiteral("encloses no")), qPrintable(status()));
    }
};

QTEST_MAIN(TestBorderDrag)
#include "tst_borderdrag.moc"
