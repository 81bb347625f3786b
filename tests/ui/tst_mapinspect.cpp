// Looking at the map: the tooltip names the county or account under the cursor with its
// territory and rep; a click selects the county and shows its details; the layers dock hides
// and reorders layers and filters accounts by segment; Shift-drag zooms to a box; the view can
// zoom to the selection; recolouring gives neighbours different colours.
#include "render/accountlayer.h"
#include "ui/docks/detailsdock.h"
#include "ui/tools/editcontroller.h"
#include "ui/docks/layersdock.h"
#include "ui/window/mainwindow.h"
#include "ui/map/mapcanvas.h"
#include "render/maplayer.h"

#include "model/territorycolouring.h"
#include "session/editfacade.h"
#include "session/projectsession.h"

#include <QAction>
#include <QComboBox>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QApplication>
#include <QFile>
#include <QHelpEvent>
#include <QListWidget>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/strategies/strategies.hpp>

using namespace tp;

class TestMapInspect : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;

    const Project& project() const { return m_window->session()->project(); }
    QPointF centre(const char* code) const {
        geo::GeoPoint c;
        boost::geometry::centroid(
            project().units[std::size_t(project().unitIndexByCode(QString::fromLatin1(code)))].shape, c);
        return m_window->canvas()->toWidget(c);
    }

private slots:
    void init() {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("inspect%1.territory").arg(++n));
        QFile::copy(QStringLiteral(TP_BUILD_DATA_DIR "/demo.territory"), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1600, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(path));
        m_window->canvas()->zoomToExtent(geo::Box(geo::GeoPoint{-109.5, 36.5}, geo::GeoPoint{-101.5, 41.5}));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->canvas()->isRenderComplete(), 20000);
    }
    void cleanup() { m_window.reset(); }

    void tooltipAndClickDetails() {
        ui::MapCanvas* canvas = m_window->canvas();
        // Hide accounts so the point hits the county, not an account.
        m_window->layersDock()->segmentList()->item(0)->setCheckState(Qt::Unchecked);
        for (int i = 0; i < m_window->layersDock()->segmentList()->count(); ++i)
            m_window->layersDock()->segmentList()->item(i)->setCheckState(Qt::Unchecked);
        const QPoint at = centre("08031").toPoint();
        QCOMPARE(canvas->accountAt(at), -1);
        QHelpEvent help(QEvent::ToolTip, at, canvas->mapToGlobal(at));
        QApplication::sendEvent(canvas, &help);
        QVERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Denver (08031)"))
                     && QToolTip::text().contains(QStringLiteral("Mountain · Tom Brennan")),
                 qPrintable(QToolTip::text()));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
        QCOMPARE(m_window->editController()->selection(),
                 std::vector<int>{project().unitIndexByCode(QStringLiteral("08031"))});
        QVERIFY(m_window->detailsDock()->text().contains(QStringLiteral("Denver")));
        QVERIFY(m_window->detailsDock()->text().contains(QStringLiteral("Mountain")));
        // Zoom to the selection: the county fills the view.
        const double before = canvas->resolution();
        m_window->action(QStringLiteral("actionZoomToSelection"))->trigger();
        QVERIFY(canvas->resolution() < before / 4);
    }

    void layersHideReorderAndFilter() {
        ui::MapCanvas* canvas = m_window->canvas();
        QListWidget* layers = m_window->layersDock()->layerList();
        QCOMPARE(layers->count(), int(canvas->layers().size()));
        // Top of the list is the top layer.
        QCOMPARE(layers->item(0)->data(Qt::UserRole).value<quintptr>(), quintptr(canvas->layers().back()));
        // Unchecking hides a layer.
        render::MapLayer* top = canvas->layers().back();
        layers->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(!top->isVisible());
        layers->item(0)->setCheckState(Qt::Checked);
        // Moving the top item to the bottom puts that layer first in the drawing order.
        layers->model()->moveRow(QModelIndex(), 0, QModelIndex(), layers->count());
        QCOMPARE(canvas->layers().front(), top);
        QTRY_VERIFY_WITH_TIMEOUT(canvas->isRenderComplete(), 20000);
        // Segment filter: an Enterprise account can no longer be hit when Enterprise is hidden (the
        // map shows the current team's accounts: the demo's Enterprise field team has them).
        QString error;
        QVERIFY2(m_window->facade()->switchTeam(project().findTeam(QStringLiteral("Enterprise field"))->id, &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(canvas->isRenderComplete(), 20000);
        int enterprise = -1;
        for (std::size_t i = 0; i < project().accounts.size() && enterprise < 0; ++i) {
            const QPointF p = canvas->toWidget(project().accounts[i].location);
            if (project().accounts[i].segment == QLatin1String("Enterprise")
                && QRectF(0, 0, canvas->width(), canvas->height()).contains(p) && canvas->accountAt(p, 1.0) == int(i))
                enterprise = int(i);
        }
        QVERIFY(enterprise >= 0);
        QListWidget* segments = m_window->layersDock()->segmentList();
        for (int i = 0; i < segments->count(); ++i)
            if (segments->item(i)->text() == QLatin1String("Enterprise"))
                segments->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(canvas->accountAt(canvas->toWidget(project().accounts[std::size_t(enterprise)].location), 1.0)
                != enterprise);
    }

    void shiftDragZoomsToTheBox() {
        ui::MapCanvas* canvas = m_window->canvas();
        const QPointF a(200, 200), b(400, 350);
        const geo::GeoPoint ga = canvas->toGeo(a), gb = canvas->toGeo(b);
        QMouseEvent press(QEvent::MouseButtonPress, a, canvas->mapToGlobal(a), Qt::LeftButton, Qt::LeftButton,
                          Qt::ShiftModifier);
        QApplication::sendEvent(canvas, &press);
        for (int i = 1; i <= 10; ++i) {
            const QPointF p = a + (b - a) * (i / 10.0);
            QMouseEvent move(QEvent::MouseMove, p, canvas->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                             Qt::ShiftModifier);
            QApplication::sendEvent(canvas, &move);
        }
        QMouseEvent release(QEvent::MouseButtonRelease, b, canvas->mapToGlobal(b), Qt::LeftButton, Qt::NoButton,
                            Qt::ShiftModifier);
        QApplication::sendEvent(canvas, &release);
        // The box's corners are inside the new view, and the view is no more than the box plus margins.
        const QPointF na = canvas->toWidget(ga), nb = canvas->toWidget(gb);
        const QRectF view(0, 0, canvas->width(), canvas->height());
        QVERIFY(view.adjusted(-1, -1, 1, 1).contains(na) && view.adjusted(-1, -1, 1, 1).contains(nb));
        QVERIFY(std::abs(nb.x() - na.x()) > canvas->width() * 0.6
                || std::abs(nb.y() - na.y()) > canvas->height() * 0.6);
    }

    void pinchZoomsAroundTheFingers() {
        ui::MapCanvas* canvas = m_window->canvas();
        const QPointF at(300, 250);
        const geo::GeoPoint under = canvas->toGeo(at);
        const double before = canvas->resolution();
        QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, at, at,
                                  canvas->mapToGlobal(at), 0.5, QPointF());
        QApplication::sendEvent(canvas, &pinch);
        QVERIFY(std::abs(canvas->resolution() - before / 1.5) < before * 1e-6);
        const QPointF after = canvas->toWidget(under);
        QVERIFY(std::abs(after.x() - at.x()) < 1 && std::abs(after.y() - at.y()) < 1);
    }

    void accountsSizedByAMeasure() {
        QComboBox* sizeBy = m_window->layersDock()->sizeBy();
        sizeBy->setCurrentIndex(sizeBy->findText(QStringLiteral("Revenue potential")));
        const auto points = m_window->canvas()->accountLayer()->points();
        QCOMPARE(points->sizeClass.size(), project().accounts.size());
        // The biggest account gets the largest size, the smallest the smallest.
        std::size_t big = 0, small = 0;
        for (std::size_t i = 0; i < project().accounts.size(); ++i) {
            if (project().accounts[i].revenuePotential > project().accounts[big].revenuePotential) big = i;
            if (project().accounts[i].revenuePotential < project().accounts[small].revenuePotential) small = i;
        }
        QCOMPARE(int(points->sizeClass[big]), int(render::AccountLayer::sizeClasses - 1));
        QCOMPARE(int(points->sizeClass[small]), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->canvas()->isRenderComplete(), 20000);
    }

    void recolourMakesNeighboursDiffer() {
        m_window->action(QStringLiteral("actionRecolour"))->trigger();
        const auto neighbours = TerritoryColouring::neighbours(project(), *project().currentScenario());
        for (auto it = neighbours.cbegin(); it != neighbours.cend(); ++it)
            for (qint64 n : it.value())
                QVERIFY(project().territory(n)->color.toUpper() != project().territory(it.key())->color.toUpper());
    }
};

QTEST_MAIN(TestMapInspect)
#include "tst_mapinspect.moc"
