// The account heat map as drawn and as a planner switches it on: colours against the ramp at a
// dense and a sparse cluster (count and weighted), the radius in kilometres reaching as far as it
// should on screen, nothing drawn far from every account; then in the main window, the Layers
// dock's entry checked with the keyboard, radius, unit and weighting typed and chosen, and the map
// showing the heat colours. Screenshots at 1280x720 and 1024x700 go to $TP_SCREENSHOT_DIR when set.
#include "ui/docks/layersdock.h"
#include "render/heatmaplayer.h"
#include "ui/map/mapcanvas.h"
#include "ui/window/mainwindow.h"

#include "model/measurecolumns.h"

#include "support/democopy.h"
#include "support/pixels.h"

#include <QComboBox>
#include <QDockWidget>
#include <QListWidget>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tp;
using namespace tp::testsupport;

namespace {

void shoot(QWidget* window, const QString& name) {
    const QString dir = qEnvironmentVariable("TP_SCREENSHOT_DIR");
    if (!dir.isEmpty()) window->grab().save(dir + QLatin1Char('/') + name);
}

QColor colorAt(const QImage& image, QPointF p) {
    return image.convertToFormat(QImage::Format_ARGB32).pixelColor(p.toPoint());
}

// `n` accounts at one mercator point.
void addCluster(render::AccountLayer::Points& points, geo::MercatorPoint at, int n) {
    for (int i = 0; i < n; ++i) {
        points.position.push_back(at);
        points.segment.push_back(render::AccountLayer::Smb);
    }
}

} // namespace

class TestHeatMapLayer : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void colours_data() {
        QTest::addColumn<bool>("weighted");
        QTest::newRow("count") << false;
        QTest::newRow("weighted: the small cluster weighs as much") << true;
    }
    void colours() {
        QFETCH(bool, weighted);
        const render::MapViewport view({0, 0}, 1000.0, QSize(400, 300), 1.0);
        const geo::MercatorPoint dense = view.toMercator(QPointF(100.5, 150.5)),
                                 sparse = view.toMercator(QPointF(300.5, 150.5));
        auto points = std::make_shared<render::AccountLayer::Points>();
        addCluster(*points, dense, 200);
        addCluster(*points, sparse, 20);
        auto weights = std::make_shared<std::vector<double>>(220, 1.0);
        for (std::size_t i = 200; i < 220; ++i) (*weights)[i] = 10.0;
        render::HeatMapLayer layer;
        layer.setPoints(points, weighted ? weights : nullptr);
        layer.setSettings({24.0, false, weighted ? int(MeasureColumns::RevenuePotential) : -1});
        std::atomic_bool no{false};
        const QImage image = layer.render(view, no);
        QCOMPARE(image.size(), QSize(400, 300));

        // The colour at each cluster (the most opaque pixel around it: the scaled grid peaks at
        // the cell's centre) is the ramp's at sqrt(density / scale) of the cluster's cell.
        double cell = 0;
        int gw = 0, gh = 0;
        const std::vector<double> grid = render::HeatMapLayer::density(
            view.deviceViewport(), *points, weighted ? weights.get() : nullptr, layer.settings(), &cell, &gw, &gh);
        const double scale = render::HeatMapLayer::colourScale(grid);
        QVERIFY(scale > 0);
        for (QPointF at : {QPointF(100.5, 150.5), QPointF(300.5, 150.5)}) {
            const double d = grid[std::size_t(int(at.y() / cell)) * std::size_t(gw) + std::size_t(int(at.x() / cell))];
            const QColor expected = render::HeatMapLayer::rampColor(std::min(1.0, std::sqrt(d / scale)));
            QColor best(0, 0, 0, 0);
            for (int dy = -6; dy <= 6; ++dy)
                for (int dx = -6; dx <= 6; ++dx) {
                    const QColor c = colorAt(image, at + QPointF(dx, dy));
                    if (c.alpha() > best.alpha() || (c.alpha() == best.alpha() && c.lightness() < best.lightness()))
                        best = c;
                }
            QVERIFY2(near(best, expected, 12) && std::abs(best.alpha() - expected.alpha()) <= 8,
                     qPrintable(describe(best) + QStringLiteral(" alpha %1, expected ").arg(best.alpha())
                                + describe(expected) + QStringLiteral(" alpha %1").arg(expected.alpha())));
        }
        // Count: the big cluster is ten times denser; weighted, both are equally dense.
        const double atDense = grid[std::size_t(int(150.5 / cell)) * std::size_t(gw) + std::size_t(int(100.5 / cell))];
        const double atSparse = grid[std::size_t(int(150.5 / cell)) * std::size_t(gw) + std::size_t(int(300.5 / cell))];
        QVERIFY(std::abs(atDense / atSparse - (weighted ? 1.0 : 10.0)) < 1e-9);
        // Beyond the radius of both clusters nothing is drawn.
        QCOMPARE(colorAt(image, {200, 150}).alpha(), 0);
        QCOMPARE(colorAt(image, {100, 20}).alpha(), 0);
    }

    // A radius in kilometres covers that distance on the ground at the view centre.
    void radiusInKilometres() {
        const render::MapViewport view(geo::WebMercator::project({-100.0, 40.0}), 2000.0, QSize(600, 400), 1.0);
        auto points = std::make_shared<render::AccountLayer::Points>();
        addCluster(*points, view.center(), 50);
        render::HeatMapLayer layer;
        layer.setPoints(points, nullptr);
        const render::HeatMapLayer::Settings settings{60.0, true, -1};
        layer.setSettings(settings);
        const double radiusPx = render::HeatMapLayer::radiusPixels(settings, view.deviceViewport());
        QVERIFY(std::abs(radiusPx - 60000.0 / view.groundResolution()) < 1e-9);
        QVERIFY(radiusPx > 30 && radiusPx < 150);
        std::atomic_bool no{false};
        const QImage image = layer.render(view, no);
        const QPointF c(300, 200);
        QVERIFY(colorAt(image, c + QPointF(0.5 * radiusPx, 0)).alpha() > 0);
        QCOMPARE(colorAt(image, c + QPointF(radiusPx + 2 * radiusPx / 6 + 2, 0)).alpha(), 0);
        QCOMPARE(colorAt(image, c - QPointF(0, radiusPx + 2 * radiusPx / 6 + 2)).alpha(), 0);
    }

    void layersDockDrivesTheLayer() {
        const QString path = m_dir.filePath(QStringLiteral("heat.territory"));
        QVERIFY(copyDemo(path, DemoScenario::AsBundled));
        ui::MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        ui::MapCanvas* canvas = window.canvas();
        render::HeatMapLayer* layer = canvas->heatMapLayer();
        QVERIFY(layer && !layer->isVisible());
        const QImage without = canvas->renderToImage(QSize(640, 360));

        ui::LayersDock* dock = window.layersDock();
        dock->show();
        dock->raise();
        QListWidget* list = dock->layerList();
        QListWidgetItem* item = nullptr;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text() == QStringLiteral("Account density (heat map)")) item = list->item(i);
        QVERIFY(item);
        QCOMPARE(item->checkState(), Qt::Unchecked);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QTest::keyClick(list->viewport(), Qt::Key_Space);
        QCOMPARE(item->checkState(), Qt::Checked);
        QVERIFY(layer->isVisible());

        // Radius typed, kilometres and the weighting chosen by keyboard.
        QSpinBox* radius = dock->heatRadius();
        radius->setFocus();
        radius->selectAll();
        QTest::keyClicks(radius, QStringLiteral("80"));
        QTest::keyClick(radius, Qt::Key_Tab);
        dock->heatRadiusUnit()->setFocus();
        QTest::keyClick(dock->heatRadiusUnit(), Qt::Key_Down);
        dock->heatWeight()->setFocus();
        QTest::keyClick(dock->heatWeight(), Qt::Key_Down); // revenue potential
        const render::HeatMapLayer::Settings s = layer->settings();
        QCOMPARE(s.radius, 80.0);
        QVERIFY(s.kilometres);
        QCOMPARE(s.weight, int(MeasureColumns::RevenuePotential));

        // The map shows it: many pixels change, and some carry the ramp's dense end.
        const QImage with = canvas->renderToImage(QSize(640, 360));
        QVERIFY2(differingPixels(without, with, 30) > 5000,
                 qPrintable(QString::number(differingPixels(without, with, 30))));
        const QImage heat = layer->render(canvas->viewport().withSize(QSize(640, 360), 1.0), std::atomic_bool{false});
        int dense = 0;
        const QColor top = render::HeatMapLayer::rampColor(1.0); // the densest places in view
        const QImage argb = heat.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < argb.height(); ++y)
            for (int x = 0; x < argb.width(); ++x)
                dense += near(argb.pixelColor(x, y), top, 12) && argb.pixelColor(x, y).alpha() > 200;
        QVERIFY2(dense > 0, "no pixel at the dense end of the ramp");

        QTest::qWait(300);
        shoot(&window, QStringLiteral("heatmap-1280x720.png"));
        window.resize(1024, 700);
        QTest::qWait(300);
        shoot(&window, QStringLiteral("heatmap-1024x700.png"));
    }
};

QTEST_MAIN(TestHeatMapLayer)
#include "tst_heatmaplayer.moc"
