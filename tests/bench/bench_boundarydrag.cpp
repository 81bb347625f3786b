// Benchmark: a boundary drag with the real main window and border tool on the 1M-account data set
// (33,124 units as a 182 x 182 grid over the US extent, 500 contiguous territories, as in
// bench_metrics). The window (1600x900, offscreen) opens the project file, zoomed so that a unit is
// about 7 px wide; the "Move Border" tool is pressed on the border between territory A (block
// column 0) and B (block column 1), then QMouseEvent moves (left button held,
// QApplication::sendEvent) push the border east across B and back, one unit column per move
// (200 moves: out over B's 7 columns, back to the old border, out again, ...). Each move gives a
// column of B inside the front's band (every unit of B's height there, about 9) to A, or returns
// it. Per move:
//   (a) metrics latency: the synchronous sendEvent (the border front: BorderFront::at and the
//       difference to the last step, facade gestureAssign with the metrics delta, main window
//       refreshing the balance dock and re-snapshotting the map);
//   (b) map latency: from sendEvent's return until the canvas emits renderComplete for a frame
//       with that move (canvas refresh delay 0; one sweep keeps the canvas's default merge delay,
//       and the delay itself is measured as a refresh with nothing to re-render);
//   (a)+(b): mouse move to updated metrics and map. Then the paint of that frame (event loop flush).
// Each sweep is released (one undo step) and undone with the Undo action, so each starts from the
// same plan (checked, with the balance figures bit for bit). Budget: one frame, 16 ms; a release and an
// undo, each with its write, the views and the next map frame: 50 ms. A last sweep
// times the pieces one by one (border front, gestureAssign with the session's notifier blocked,
// snapshot, stray units, dock refresh, labels, then the live unitsReassigned notification emitted
// by hand, queued paints,
// render; each layer also rendered on one thread). RESULT lines for run-benchmarks.sh; a
// screenshot of the window mid-drag is saved beside the binary.
// usage: bench_boundarydrag [accounts (1000000)] [time cap for all sweeps, seconds (600)]
// A sweep that would overrun its share of the cap stops early (at least 3 moves); the output
// says how many moves were measured.
#include "render/highlightlayer.h"
#include "render/labellayer.h"
#include "ui/window/mainwindow.h"
#include "ui/map/mapcanvas.h"
#include "render/maprendersnapshot.h"
#include "ui/docks/metricsdock.h"
#include "ui/docks/metricstablemodel.h"
#include "render/territorylabeller.h"
#include "render/territorylayer.h"

#include "geo/geodesy.h"
#include "model/contiguity.h"
#include "model/metricsengine.h"
#include "model/project.h"
#include "session/editfacade.h"
#include "session/borderfront.h"
#include "session/projectsession.h"
#include "session/sessionnotifier.h"

#include "benchresult.h"
#include "support/gridproject.h"

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <optional>
#include <random>

using namespace tp;

namespace {

constexpr int side = testsupport::GridProject::side;
constexpr int blocksX = testsupport::GridProject::blocksX, blocksY = testsupport::GridProject::blocksY;
constexpr double lon0 = testsupport::GridProject::lon0, lat0 = testsupport::GridProject::lat0;
constexpr double dLon = testsupport::GridProject::dLon, dLat = testsupport::GridProject::dLat;
constexpr int pathLength = 200;
constexpr int startX = 7, startY = 80; // A's unit at the grabbed border: last column of block column 0
constexpr int firstB = 8, lastB = 14;  // B's columns (block column 1)
constexpr int measuredSweeps = 4;
constexpr int minMoves = 3;         // per sweep, whatever the time cap
constexpr double budgetMs = 16;     // one frame at 60 Hz
constexpr double editBudgetMs = 50; // a release or an undo, to its map frame: no hitch after a smooth drag

// The bench_metrics data set, with distinct territory colours so the map looks like a real plan.
Project makeProject(int accountCount) {
    return testsupport::GridProject::make(accountCount, QStringLiteral("Boundary drag benchmark"), [](int t) {
        return QColor::fromHsv((t * 137) % 360, 110 + (t * 53) % 90, 200 + (t * 29) % 50).name();
    });
}

// The old sweep's path (east along row startY to the grid's edge, then north): it frames the view,
// so a unit has the size on screen it had when that sweep was measured.
std::vector<int> framePath() {
    std::vector<int> path;
    for (int x = startX + 1; x < side && int(path.size()) < pathLength; ++x) path.push_back(startY * side + x);
    for (int y = startY + 1; int(path.size()) < pathLength; ++y) path.push_back(y * side + side - 1);
    return path;
}

// The column the front reaches at each move: out over B (8..14), back to the old border (7: the
// front on the border takes nothing), out again.
std::vector<int> frontColumns() {
    std::vector<int> columns;
    while (int(columns.size()) < pathLength) {
        for (int x = firstB; x <= lastB && int(columns.size()) < pathLength; ++x) columns.push_back(x);
        for (int x = lastB - 1; x >= startX && int(columns.size()) < pathLength; --x) columns.push_back(x);
    }
    return columns;
}

// The press and the cursor: a little above the middle of row startY (off any unit corner), on the
// border (column 8's west edge) or three quarters into the front's column.
geo::GeoPoint borderPoint() {
    return {lon0 + firstB * dLon, lat0 + (startY + 0.3) * dLat};
}
geo::GeoPoint frontPoint(int column) {
    return {lon0 + (column + 0.75) * dLon, lat0 + (startY + 0.3) * dLat};
}

geo::GeoPoint cellCentre(int unit) {
    return {lon0 + (unit % side + 0.5) * dLon, lat0 + (unit / side + 0.5) * dLat};
}

double msSince(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

void send(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons) {
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

bool waitForRender(ui::MapCanvas* canvas, int timeoutMs = 60000) {
    if (canvas->isRenderComplete()) return true;
    QEventLoop loop;
    QObject::connect(canvas, &ui::MapCanvas::renderComplete, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return canvas->isRenderComplete();
}

// Idle the GUI: finish the render and the paints it queued.
bool settle(ui::MapCanvas* canvas) {
    const bool ok = waitForRender(canvas);
    QCoreApplication::processEvents();
    return ok;
}

struct Sweep {
    std::vector<double> metrics, map, total, paint; // per move, ms
    double pressMs = 0, releaseMs = 0, releaseRenderMs = 0, undoMs = 0, undoRenderMs = 0;
    int flipped = 0;
    int released = 0; // units the release wrote
    bool rendered = true;
};

// The balance figures the user sees, to check that undo restores them.
std::vector<double> figures(const MetricsEngine& engine) {
    std::vector<double> v;
    for (const TerritoryMetrics& m : engine.territories()) {
        v.insert(v.end(),
                 {double(m.territoryId), double(m.units), double(m.accounts), m.revenuePotential, m.revenue,
                  m.workloadHours, m.balanceValue, m.deviationPct, m.perimeterKm, m.compactness, double(m.pieces)});
        v.insert(v.end(), m.measures.begin(), m.measures.end());
    }
    return v;
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int accounts = argc > 1 ? QString(argv[1]).toInt() : 1'000'000;
    const double capSeconds = argc > 2 ? QString(argv[2]).toDouble() : 600;

    // --- data set and project file (not timed)
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("boundarydrag.territory"));
    QElapsedTimer setup;
    setup.start();
    std::printf("generating %d accounts, %d units, %d territories...\n", accounts, side * side, blocksX * blocksY);
    std::fflush(stdout);
    {
        QString error;
        auto session = session::ProjectSession::create(path, makeProject(accounts), &error);
        if (!session) {
            std::fprintf(stderr, "cannot create the project: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("project file written in %.1f s\n", msSince(setup) / 1000);

    // --- the real window
    ui::MainWindow window;
    bool baseMapDone = false;
    QObject::connect(window.canvas(), &ui::MapCanvas::baseMapLoaded, &window, [&](bool ok, const QString& message) {
        baseMapDone = true;
        if (!ok) std::printf("note: base map not loaded (%s); the drag is measured without it\n", qPrintable(message));
    });
    window.resize(1600, 900);
    window.show();
    setup.start();
    QString error;
    if (!window.openProject(path, &error)) {
        std::fprintf(stderr, "cannot open the project: %s\n", qPrintable(error));
        return 1;
    }
    const double openMs = msSince(setup);
    QElapsedTimer wait; // the base map loads on a worker thread at start-up
    wait.start();
    while (!baseMapDone && wait.elapsed() < 60000) QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    ui::MapCanvas* canvas = window.canvas();
    session::EditFacade* facade = window.facade();
    const Project& project = window.session()->project();
    const MetricsEngine& engine = window.session()->metrics();
    const std::vector<int> path200 = framePath();
    const std::vector<int> columns = frontColumns();
    const int startUnit = startY * side + startX;
    const qint64 grabbed = project.currentScenario()->unitTerritory[std::size_t(startUnit)];
    const qint64 pushed = project.currentScenario()->unitTerritory[std::size_t(startUnit + 1)];
    // Each move: the front's column is A's, the next one (still in B) B's.
    auto frontAt = [&](int move) {
        const std::vector<qint64>& owner = project.currentScenario()->unitTerritory;
        const int column = columns[std::size_t(move)];
        return (column < firstB || owner[std::size_t(startY * side + column)] == grabbed)
               && (column >= lastB || owner[std::size_t(startY * side + column + 1)] == pushed);
    };

    // Zoom so that the whole path is in view, as large as the canvas allows.
    {
        const geo::GeoPoint a = cellCentre(startUnit), b = cellCentre(path200.back());
        canvas->zoomToExtent(geo::Box({std::min(a.lon, b.lon) - 2 * dLon, std::min(a.lat, b.lat) - 2 * dLat},
                                      {std::max(a.lon, b.lon) + 2 * dLon, std::max(a.lat, b.lat) + 2 * dLat}));
    }
    if (!settle(canvas)) {
        std::fprintf(stderr, "the first map frame did not arrive\n");
        return 1;
    }
    const QPointF pressPos = canvas->toWidget(borderPoint());
    std::vector<QPointF> positions;
    const QRectF canvasRect(QPointF(0, 0), canvas->size());
    for (int column : columns) {
        positions.push_back(canvas->toWidget(frontPoint(column)));
        if (!canvasRect.contains(positions.back()) || canvas->unitAt(positions.back()) != startY * side + column) {
            std::fprintf(stderr, "column %d of the front is not in view\n", column);
            return 1;
        }
    }
    const QPointF cellTopLeft = canvas->toWidget({lon0 + startX * dLon, lat0 + (startY + 1) * dLat});
    const QPointF cellBottomRight = canvas->toWidget({lon0 + (startX + 1) * dLon, lat0 + startY * dLat});
    const QSizeF cellPx(cellBottomRight.x() - cellTopLeft.x(), cellBottomRight.y() - cellTopLeft.y());
    std::printf("window %dx%d, canvas %dx%d; a unit is %.1f x %.1f px; project opened in the window in %.1f s\n",
                window.width(), window.height(), canvas->width(), canvas->height(), cellPx.width(), cellPx.height(),
                openMs / 1000);
    std::printf("path: press on the border between %s and %s at row %d, then %d moves pushing it east over %d columns "
                "and back\n",
                qPrintable(project.territory(grabbed)->name), qPrintable(project.territory(pushed)->name), startY,
                pathLength, lastB - firstB + 1);
    std::fflush(stdout);

    window.action(QStringLiteral("toolBoundary"))->trigger();
    const std::vector<qint64> planBefore = project.currentScenario()->unitTerritory;
    const std::vector<double> figuresBefore = figures(engine);
    const QString headlineBefore = window.metricsDock()->headline();
    const QString shotPath = QCoreApplication::applicationDirPath() + QStringLiteral("/bench_boundarydrag.png");
    bool plansRestored = true, figuresRestored = true;

    // Each sweep stops early (released where it is, then undone) once its share of the time cap
    // is spent, so that a slow build still finishes; the tables say how many moves were measured.
    const double capMs = capSeconds * 1000.0;
    auto runSweep = [&](int maxMoves, double allowedMs, bool screenshot) {
        Sweep s;
        QElapsedTimer sweepClock, t;
        sweepClock.start();
        t.start();
        send(canvas, QEvent::MouseButtonPress, pressPos, Qt::LeftButton, Qt::LeftButton);
        s.pressMs = msSince(t);
        settle(canvas);
        int i = 0;
        for (; i < maxMoves && (i < minMoves || msSince(sweepClock) < allowedMs); ++i) {
            t.start();
            send(canvas, QEvent::MouseMove, positions[std::size_t(i)], Qt::NoButton, Qt::LeftButton);
            const double a = msSince(t);
            s.rendered = waitForRender(canvas) && s.rendered;
            const double ab = msSince(t);
            QCoreApplication::processEvents(); // paints the new frame (and anything else queued)
            s.paint.push_back(msSince(t) - ab);
            s.metrics.push_back(a);
            s.map.push_back(ab - a);
            s.total.push_back(ab);
            if (frontAt(i)) ++s.flipped;
            if (ab > 1000) { // slow: show progress
                std::printf("  move %d: (a) %.0f ms, (b) %.0f ms\n", i + 1, a, ab - a);
                std::fflush(stdout);
            }
        }
        if (screenshot) window.grab().save(shotPath);
        for (std::size_t u = 0; u < planBefore.size(); ++u)
            s.released += project.currentScenario()->unitTerritory[u] != planBefore[u];
        t.start();
        send(canvas, QEvent::MouseButtonRelease, positions[std::size_t(std::max(0, i - 1))], Qt::LeftButton,
             Qt::NoButton);
        s.releaseMs = msSince(t);
        s.rendered = waitForRender(canvas) && s.rendered;
        s.releaseRenderMs = msSince(t);
        QCoreApplication::processEvents();
        t.start();
        window.action(QStringLiteral("actionUndo"))->trigger();
        s.undoMs = msSince(t);
        s.rendered = waitForRender(canvas) && s.rendered;
        s.undoRenderMs = msSince(t);
        QCoreApplication::processEvents();
        plansRestored = plansRestored && project.currentScenario()->unitTerritory == planBefore;
        figuresRestored = figuresRestored && sameBits(figures(engine), figuresBefore)
                          && window.metricsDock()->headline() == headlineBefore;
        std::printf("  %d moves, median (a) %.2f ms, (b) %.2f ms; release %.0f ms, its frame %.0f ms, undo %.0f ms, "
                    "its frame %.0f ms; sweep %.1f s\n",
                    i, bench::median(s.metrics), bench::median(s.map), s.releaseMs, s.releaseRenderMs, s.undoMs,
                    s.undoRenderMs, msSince(sweepClock) / 1000);
        std::fflush(stdout);
        return s;
    };

    // Warm-up (a few moves, not reported), then one sweep with the canvas's own refresh merge
    // delay (a drag as the user gets it today), then the measured sweeps with the delay set to 0.
    std::printf("time cap %.0f s for all sweeps (second argument)\nwarm-up...\n", capSeconds);
    std::fflush(stdout);
    const Sweep warmup = runSweep(10, 0.05 * capMs, false);
    std::printf("sweep with the default refresh merge delay...\n");
    std::fflush(stdout);
    // The merge delay itself: a refresh with every layer cached waits for the timer, composites
    // and reports the frame complete. Note that the timer starts inside the move's synchronous
    // work, so a move whose (a) is longer than the delay does not wait for it any more.
    auto idleRefresh = [&] {
        std::vector<double> v;
        for (int i = 0; i < 9; ++i) {
            settle(canvas);
            QElapsedTimer t;
            t.start();
            canvas->refresh();
            waitForRender(canvas);
            v.push_back(msSince(t));
        }
        return v;
    };
    const std::vector<double> idleDefaultMs = idleRefresh();
    const Sweep defaultDelay = runSweep(pathLength, 0.15 * capMs, false);
    canvas->setRefreshDelay(0);
    const std::vector<double> idleZeroMs = idleRefresh();
    std::vector<Sweep> sweeps;
    for (int i = 0; i < measuredSweeps; ++i) {
        std::printf("measured sweep %d of %d...\n", i + 1, measuredSweeps);
        std::fflush(stdout);
        sweeps.push_back(runSweep(pathLength, 0.55 * capMs / measuredSweeps, i == 0));
    }

    // --- breakdown: the same sweep, piece by piece. The session's notifier is blocked during
    // gestureAssign, so it runs alone; then the pieces the views' reaction is made of are timed
    // on their own (fresh figures, so each does its real work), then the notifier's live
    // unitsReassigned is emitted by hand: everything listening reacts as it does in a real drag
    // (the dock now redraws figures it already shows). Then the event loop, held back from
    // rendering until the queued paints are done, and the render alone.
    std::printf("breakdown sweep...\n");
    std::fflush(stdout);
    struct Piece {
        const char* name;
        std::vector<double> ms;
    };
    std::vector<Piece> pieces = {
        {"border front (BorderFront::at + difference to the last step)", {}},
        {"facade gestureAssign alone (check, memory, metrics delta)", {}},
        {"assignment snapshot for the map (MapRenderSnapshot)", {}},
        {"stray units for the highlight layer (Contiguity)", {}},
        {"metrics dock refresh (table model, balance chart, labels)", {}},
        {"  of which the table model", {}},
        {"territory labels (TerritoryLabeller)", {}},
        {"unitsReassigned (live) -> views' reaction, total", {}},
        {"event loop: queued paints (docks, old map frame)", {}},
        {"event loop: map render, async wall time", {}},
        {"event loop: paint of the new map frame", {}},
        {"territory layer render, 1 thread", {}},
        {"highlight layer render, 1 thread", {}},
        {"label layer render, 1 thread", {}},
    };
    enum {
        HitTest,
        Assign,
        Snapshot,
        Stray,
        Dock,
        Model,
        Labels,
        Reaction,
        QueuedPaint,
        RenderWall,
        FramePaint,
        TerritoryRender,
        HighlightRender,
        LabelRender
    };
    const std::atomic_bool notCancelled{false};
    const render::MapViewport view = canvas->viewport();
    constexpr int holdRender = 24 * 3600 * 1000; // keeps the canvas from rendering until asked
    int breakdownMoves = 0, breakdownFlipped = 0;
    {
        const render::MapViewport& pressView = canvas->viewport();
        const std::optional<session::BorderFront> front = session::BorderFront::grab(
            project, *project.currentScenario(), pressView.toMercator(pressPos), pressView.resolution(), &error);
        if (!front) {
            std::fprintf(stderr, "breakdown: no border at the press: %s\n", qPrintable(error));
            return 1;
        }
        std::vector<int> movedSoFar;
        facade->beginGesture();
        QElapsedTimer t, clock;
        clock.start();
        for (int i = 0; i < pathLength && (i < minMoves || msSince(clock) < 0.25 * capMs); ++i, ++breakdownMoves) {
            canvas->setRefreshDelay(holdRender);
            const QPointF pos = positions[std::size_t(i)];
            // What BoundaryTool::follow does before it calls the facade: the front at the cursor,
            // and what differs from the last step (units to return, units to give).
            t.start();
            const session::BorderFront::Result r = front->at(canvas->viewport().toMercator(pos));
            std::vector<int> back, forward;
            std::set_difference(movedSoFar.begin(), movedSoFar.end(), r.units.begin(), r.units.end(),
                                std::back_inserter(back));
            for (int u : r.units)
                if (project.currentScenario()->unitTerritory[std::size_t(u)] != r.gainer) forward.push_back(u);
            pieces[HitTest].ms.push_back(msSince(t));
            session::SessionNotifier& notifier = facade->notifier();
            notifier.blockSignals(true);
            t.start();
            std::vector<int> moved;
            if (!back.empty() && facade->gestureAssign(back, pushed, &error))
                moved.insert(moved.end(), back.begin(), back.end());
            if (!forward.empty() && facade->gestureAssign(forward, r.gainer, &error))
                moved.insert(moved.end(), forward.begin(), forward.end());
            pieces[Assign].ms.push_back(msSince(t));
            notifier.blockSignals(false);
            movedSoFar = r.units;
            if (frontAt(i)) ++breakdownFlipped;
            t.start();
            (void)render::MapRenderSnapshot::assignment(project);
            pieces[Snapshot].ms.push_back(msSince(t));
            t.start();
            (void)Contiguity::strayUnits(project, *project.currentScenario());
            pieces[Stray].ms.push_back(msSince(t));
            t.start();
            window.metricsDock()->refresh(project, engine);
            pieces[Dock].ms.push_back(msSince(t));
            t.start();
            window.metricsDock()->model()->refresh(project, engine);
            pieces[Model].ms.push_back(msSince(t));
            t.start();
            (void)render::TerritoryLabeller::labels(project, engine, window.metricsDock()->tolerancePct());
            pieces[Labels].ms.push_back(msSince(t));
            t.start();
            emit notifier.unitsReassigned(project.currentScenarioId, moved, true);
            pieces[Reaction].ms.push_back(msSince(t));
            t.start();
            QCoreApplication::processEvents();
            pieces[QueuedPaint].ms.push_back(msSince(t));
            t.start();
            canvas->setRefreshDelay(0); // restarts the pending refresh timer at 0
            waitForRender(canvas);
            pieces[RenderWall].ms.push_back(msSince(t));
            t.start();
            QCoreApplication::processEvents();
            pieces[FramePaint].ms.push_back(msSince(t));
            // The layers a flip invalidates, synchronously on this thread.
            t.start();
            (void)canvas->territoryLayer()->render(view, notCancelled);
            pieces[TerritoryRender].ms.push_back(msSince(t));
            t.start();
            (void)canvas->highlightLayer()->render(view, notCancelled);
            pieces[HighlightRender].ms.push_back(msSince(t));
            t.start();
            (void)canvas->labelLayer()->render(view, notCancelled);
            pieces[LabelRender].ms.push_back(msSince(t));
            if (msSince(clock) > 1000 * (i + 1)) {
                std::printf("  breakdown move %d\n", i + 1);
                std::fflush(stdout);
            }
        }
        canvas->setRefreshDelay(0);
        if (!facade->endGesture(&error)) std::printf("breakdown: endGesture failed: %s\n", qPrintable(error));
        settle(canvas);
        window.action(QStringLiteral("actionUndo"))->trigger();
        settle(canvas);
        plansRestored = plansRestored && project.currentScenario()->unitTerritory == planBefore;
        figuresRestored = figuresRestored && sameBits(figures(engine), figuresBefore);
    }

    // --- results
    std::vector<double> metricsMs, mapMs, totalMs, paintMs, pressMs, releaseMs, releaseRenderMs, undoMs, undoRenderMs;
    int flipped = 0, releasedUnits = 0;
    bool rendered = warmup.rendered && defaultDelay.rendered;
    for (const Sweep& s : sweeps) {
        metricsMs.insert(metricsMs.end(), s.metrics.begin(), s.metrics.end());
        mapMs.insert(mapMs.end(), s.map.begin(), s.map.end());
        totalMs.insert(totalMs.end(), s.total.begin(), s.total.end());
        paintMs.insert(paintMs.end(), s.paint.begin(), s.paint.end());
        pressMs.push_back(s.pressMs);
        releaseMs.push_back(s.releaseMs);
        releasedUnits = std::max(releasedUnits, s.released);
        releaseRenderMs.push_back(s.releaseRenderMs);
        undoMs.push_back(s.undoMs);
        undoRenderMs.push_back(s.undoRenderMs);
        flipped += s.flipped;
        rendered = rendered && s.rendered;
    }
    const int moves = int(metricsMs.size()), delayMoves = int(defaultDelay.metrics.size());
    const QString data =
        QStringLiteral("%1 accounts, %2 units, %3 territories; %4-move front drag, window 1600x900, unit %5 px")
            .arg(accounts)
            .arg(side * side)
            .arg(blocksX * blocksY)
            .arg(pathLength)
            .arg(cellPx.width(), 0, 'f', 1);
    const QByteArray d = data.toUtf8();
    const QByteArray movesText = QByteArray::number(moves);
    const QByteArray delayRuns = QByteArray::number(delayMoves);

    struct Row {
        QByteArray name;
        std::vector<double> ms;
        double budget;
    };
    std::vector<Row> rows = {
        {"boundary drag: (a) mouse move -> metrics updated (sendEvent; " + movesText + " moves)", metricsMs, budgetMs},
        {"boundary drag: (b) then -> map frame rendered (refresh delay 0; " + movesText + " moves)", mapMs, budgetMs},
        {"boundary drag: (a)+(b) mouse move -> metrics and map updated (" + movesText + " moves)", totalMs, budgetMs},
        {"boundary drag: paint of that frame after renderComplete (" + movesText + " moves)", paintMs, -1},
        {"boundary drag, default refresh merge delay: (a) metrics (" + delayRuns + " moves)", defaultDelay.metrics,
         budgetMs},
        {"boundary drag, default refresh merge delay: (b) map (" + delayRuns + " moves)", defaultDelay.map, budgetMs},
        {"boundary drag, default refresh merge delay: (a)+(b) (" + delayRuns + " moves)", defaultDelay.total, budgetMs},
        {"boundary drag: map refresh with nothing to re-render, default merge delay (timer + composite)", idleDefaultMs,
         -1},
        {"boundary drag: map refresh with nothing to re-render, refresh delay 0 (composite)", idleZeroMs, -1},
        {"boundary drag: press (grab territory)", pressMs, -1},
        {"boundary drag: release (" + QByteArray::number(releasedUnits) + " units written as one undo step)", releaseMs,
         -1},
        {"boundary drag: release -> map frame rendered (write, views, frame)", releaseRenderMs, editBudgetMs},
        {"boundary drag: undo of that drag (Undo action)", undoMs, -1},
        {"boundary drag: undo -> map frame rendered (write, views, frame)", undoRenderMs, editBudgetMs},
    };
    for (const Piece& p : pieces)
        rows.push_back({"boundary drag breakdown: " + QByteArray(p.name).trimmed(), p.ms, -1});

    std::printf("\nboundary drag, %s\n", qPrintable(data));
    std::printf("%-98s | %9s | %9s | %6s | %s\n", "operation", "median ms", "worst ms", "budget", "verdict");
    for (const Row& r : rows) {
        const double med = bench::median(r.ms), max = bench::worst(r.ms);
        const QByteArray budget = r.budget >= 0 ? QByteArray::number(r.budget) + " ms" : QByteArray("-");
        const char* verdict = r.budget < 0     ? ""
                              : med > r.budget ? "OVER (median)"
                              : max > r.budget ? "ok median, worst OVER"
                                               : "ok";
        std::printf("%-98s | %9.3f | %9.3f | %6s | %s\n", r.name.constData(), med, max, budget.constData(), verdict);
    }
    auto over = [](const std::vector<double>& v) {
        return std::count_if(v.begin(), v.end(), [](double x) { return x > budgetMs; });
    };
    std::printf("\nmoves over %g ms: (a) %td of %d, (b) %td, (a)+(b) %td; default delay (a)+(b) %td of %d\n", budgetMs,
                over(metricsMs), moves, over(mapMs), over(totalMs), over(defaultDelay.total), delayMoves);
    std::printf(
        "moves measured: %d of %d planned (%d sweeps x %d units)%s; default delay %d of %d; breakdown %d of %d\n",
        moves, measuredSweeps * pathLength, measuredSweeps, pathLength,
        moves < measuredSweeps * pathLength ? ", sweeps cut short by the time cap" : "", delayMoves, pathLength,
        breakdownMoves, pathLength);
    std::printf("moves where the border stood at the cursor: %d of %d (measured), %d of %d (default delay), %d of %d "
                "(breakdown)\n",
                flipped, moves, defaultDelay.flipped, delayMoves, breakdownFlipped, breakdownMoves);
    std::printf(
        "undo restored the plan: %s; the balance figures (bitwise) and headline: %s; every frame rendered: %s\n",
        plansRestored ? "yes" : "NO", figuresRestored ? "yes" : "NO", rendered ? "yes" : "NO");
    std::printf("screenshot mid-drag: %s\n\n", qPrintable(shotPath));
    for (const Row& r : rows) bench::printResult(r.name.constData(), d.constData(), r.ms, r.budget);

    const bool ok = plansRestored && rendered && flipped == moves && defaultDelay.flipped == delayMoves
                    && breakdownFlipped == breakdownMoves;
    if (!ok) std::printf("FAILED: the drag did not behave as expected (see above)\n");
    return ok ? 0 : 1;
}
