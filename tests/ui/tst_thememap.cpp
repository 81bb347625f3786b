// The thematic map as a user meets it: the demo project opens on its territories; a click on
// "Theme" in the tool bar colours the units by revenue potential (the map changes, the territory
// layer gives way to the theme layer, the Layers dock follows), the legend floats over the map
// with the class bounds and counts the classification of the session's figures gives, in the
// user's locale; picking another figure, method and number of classes in the Theme dock with the
// keyboard changes map and legend; an edit (a unit given to another territory) moves the
// coverage theme at once; Ctrl+T switches back. Screenshots go to TP_SCREENSHOT_DIR when set.
#include "ui/docks/layersdock.h"
#include "ui/docks/themedock.h"
#include "render/accountlayer.h"
#include "ui/map/mapcanvas.h"
#include "render/themelayer.h"
#include "ui/widgets/themelegend.h"
#include "ui/window/mainwindow.h"
#include "ui/window/workshopmode.h"

#include "model/classification.h"
#include "model/thematicmap.h"
#include "model/unitthemevalues.h"
#include "session/editfacade.h"
#include "session/projectsession.h"

#include "support/mainwindowfixture.h"
#include "support/pixels.h"

#include <QComboBox>
#include <cmath>
#include <QListWidget>
#include <QSpinBox>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace tp;

namespace {

void saveScreenshot(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("TP_SCREENSHOT_DIR");
    if (!dir.isEmpty()) w.grab().save(dir + QLatin1Char('/') + name);
}

QImage settledMap(ui::MapCanvas* canvas) {
    QTest::qWait(50);
    if (!QTest::qWaitFor([&] { return canvas->isRenderComplete(); }, 20000)) return {};
    return canvas->grab().toImage();
}

// What the legend must say for `figure` classified by `method` into `k` classes, worked out
// from the session's figures here.
std::vector<QString> expectedLabels(ui::MainWindow& window, const UnitThemeValues::Figure& figure,
                                    Classification::Method method, int k) {
    session::ProjectSession& s = *window.session();
    const std::vector<double> values = UnitThemeValues::compute(s.project(), s.metrics(), figure);
    const Classification c = Classification::classify(values, method, k);
    std::vector<QString> labels;
    // A class of one value (e.g. every unit with 0) reads as that value.
    for (auto it = c.classes().rbegin(); it != c.classes().rend(); ++it)
        labels.push_back(it->lower == it->upper ? ThematicMap::formatValue(it->upper, figure.kind, QLocale())
                                                : QStringLiteral("%1 – %2").arg(
                                                    ThematicMap::formatValue(it->lower, figure.kind, QLocale()),
                                                    ThematicMap::formatValue(it->upper, figure.kind, QLocale())));
    if (c.noDataCount() > 0) labels.push_back(QStringLiteral("No data"));
    return labels;
}

std::vector<QString> legendLabels(const ui::ThemeLegend* legend) {
    std::vector<QString> labels;
    for (const auto& e : legend->entries()) labels.push_back(e.label);
    return labels;
}

} // namespace

class TestThemeMap : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void themeSwitchesOnWithLegendAndFollowsEdits_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1024x700") << QSize(1024, 700);
    }
    void themeSwitchesOnWithLegendAndFollowsEdits() {
        QFETCH(QSize, size);
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.territory").arg(size.width()));
        QVERIFY(testsupport::copyDemo(path, testsupport::DemoScenario::Draft));
        ui::MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        ui::MapCanvas* canvas = window.canvas();
        ui::ThemeDock* dock = window.themeDock();
        const QImage territories = settledMap(canvas);
        QVERIFY(!territories.isNull());
        QVERIFY(!dock->legend()->isVisible());
        QVERIFY(!canvas->themeLayer()->isVisible());

        // The tool bar's "Theme" button, clicked.
        auto* bar = window.findChild<QToolBar*>(QStringLiteral("toolsToolBar"));
        QVERIFY(bar);
        QWidget* button = bar->widgetForAction(dock->themeAction());
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(canvas->themeLayer()->isVisible());
        QVERIFY(!canvas->territoryLayer()->isVisible());
        QVERIFY(dock->themeAction()->isChecked());
        const QImage theme = settledMap(canvas);
        QVERIFY(!theme.isNull());
        const int changed = testsupport::differingPixels(territories, theme, 30);
        QVERIFY2(changed > canvas->width() * canvas->height() / 10, qPrintable(QString::number(changed)));

        // The legend: the figure, the classes the session's potentials give (quantiles, 5), in the
        // user's locale, inside the map and readable (not squeezed).
        ui::ThemeLegend* legend = dock->legend();
        QVERIFY(legend->isVisible());
        QCOMPARE(legend->title(), QStringLiteral("Revenue potential"));
        const UnitThemeValues::Figure potential{UnitThemeValues::Kind::Total, 1};
        QCOMPARE(legendLabels(legend), expectedLabels(window, potential, Classification::Method::Quantiles, 5));
        QVERIFY(!canvas->accountLayer()->isVisible());                       // the dots make way for the colours
        QVERIFY(legend->entries().front().label.contains(QLatin1Char(','))); // thousands grouped (C locale: ",")
        qint64 units = 0;
        for (const auto& e : legend->entries()) units += e.count;
        QCOMPARE(units, qint64(window.session()->project().units.size()));
        QVERIFY(canvas->rect().contains(legend->geometry()));
        QCOMPARE(legend->size(), legend->sizeHint());
        // The Layers dock's check boxes followed the switch.
        QListWidget* layers = window.layersDock()->layerList();
        for (int i = 0; i < layers->count(); ++i) {
            if (layers->item(i)->text().startsWith(QStringLiteral("Thematic")))
                QCOMPARE(layers->item(i)->checkState(), Qt::Checked);
            if (layers->item(i)->text().startsWith(QStringLiteral("Territories")))
                QCOMPARE(layers->item(i)->checkState(), Qt::Unchecked);
        }
        saveScreenshot(window, QStringLiteral("theme-potential-%1x%2.png").arg(size.width()).arg(size.height()));

        // Coverage, natural breaks, 4 classes: chosen with the keyboard in the Theme dock.
        QComboBox* figureBox = dock->figureBox();
        figureBox->setFocus();
        const int coverageAt = figureBox->findText(
            UnitThemeValues::name({UnitThemeValues::Kind::Coverage}, window.session()->metrics().measures()));
        QVERIFY(coverageAt > 0);
        while (figureBox->currentIndex() < coverageAt) QTest::keyClick(figureBox, Qt::Key_Down);
        QCOMPARE(figureBox->currentIndex(), coverageAt);
        QComboBox* method = dock->methodBox();
        method->setFocus();
        QTest::keyClick(method, Qt::Key_Down); // quantiles -> natural breaks
        QCOMPARE(method->currentData().toInt(), int(Classification::Method::NaturalBreaks));
        QSpinBox* classes = dock->classesBox();
        classes->setFocus();
        QTest::keyClick(classes, Qt::Key_Down);
        QCOMPARE(classes->value(), 4);
        const QImage coverageMap = settledMap(canvas);
        QVERIFY(testsupport::differingPixels(theme, coverageMap, 30) > 1000);
        const UnitThemeValues::Figure coverage{UnitThemeValues::Kind::Coverage};
        QCOMPARE(legendLabels(legend), expectedLabels(window, coverage, Classification::Method::NaturalBreaks, 4));
        QVERIFY(legend->entries().front().label.endsWith(QStringLiteral("%")));
        saveScreenshot(window, QStringLiteral("theme-coverage-%1x%2.png").arg(size.width()).arg(size.height()));

        // An edit moves the coverage theme: the rep owning the best-covered unit gets a quarter of
        // the capacity, so that unit's coverage (and the top class bound) quadruples.
        const Project& project = window.session()->project();
        const Scenario& scenario = *project.currentScenario();
        const std::vector<double> covered = UnitThemeValues::compute(project, window.session()->metrics(), coverage);
        const auto top = std::max_element(covered.begin(), covered.end(), [](double a, double b) {
            return std::isnan(a) || (!std::isnan(b) && a < b);
        });
        const int unit = int(top - covered.begin());
        const Territory* owner = project.territory(scenario.unitTerritory[std::size_t(unit)]);
        QVERIFY(owner && owner->repId);
        Rep rep = *project.rep(owner->repId);
        rep.capacityHours /= 4;
        const std::vector<QString> labelsBefore = legendLabels(legend);
        QString error;
        QVERIFY2(window.facade()->updateRep(rep, &error), qPrintable(error));
        const double after =
            UnitThemeValues::compute(project, window.session()->metrics(), coverage)[std::size_t(unit)];
        QVERIFY(std::abs(after - 4 * *top) < 1e-9 * after);
        QTRY_COMPARE(legendLabels(legend), expectedLabels(window, coverage, Classification::Method::NaturalBreaks, 4));
        QVERIFY(legendLabels(legend) != labelsBefore);
        QVERIFY(legend->entries().front().label.endsWith(
            ThematicMap::formatValue(after, UnitThemeValues::Kind::Coverage, QLocale())));
        QVERIFY(canvas->themeLayer()->classes());

        // Ctrl+T: back to territories; the legend goes with the theme.
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
        QVERIFY(!canvas->themeLayer()->isVisible());
        QVERIFY(canvas->territoryLayer()->isVisible());
        QVERIFY(!legend->isVisible());
        QVERIFY(dock->territoriesAction()->isChecked());
        QVERIFY(canvas->accountLayer()->isVisible());
    }
    // Workshop mode hides the docks and tool bars: Ctrl+T still switches the theme on, the
    // legend shows in the workshop's large type, and it leaves with the theme as it was.
    void workshopMode() {
        const QString path = m_dir.filePath(QStringLiteral("workshop.territory"));
        ui::MainWindow window;
        QVERIFY(testsupport::showDemoCopy(window, path, testsupport::DemoScenario::AsBundled));
        ui::MapCanvas* canvas = window.canvas();
        QVERIFY(!settledMap(canvas).isNull());
        const int normalText = window.themeDock()->legend()->fontInfo().pixelSize();
        window.workshopMode()->enter(false);
        QVERIFY(window.workshopMode()->isActive());
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
        QVERIFY(canvas->themeLayer()->isVisible());
        const QImage shown = settledMap(canvas);
        QVERIFY(!shown.isNull());
        ui::ThemeLegend* legend = window.themeDock()->legend();
        QVERIFY(legend->isVisible());
        QVERIFY2(legend->fontInfo().pixelSize() > normalText,
                 qPrintable(QStringLiteral("%1 vs %2").arg(legend->fontInfo().pixelSize()).arg(normalText)));
        QVERIFY(canvas->rect().contains(legend->geometry()));
        QCOMPARE(legend->size(), legend->sizeHint());
        saveScreenshot(window, QStringLiteral("theme-workshop-1280x720.png"));
        window.workshopMode()->leave();
        QVERIFY(canvas->themeLayer()->isVisible());
    }
};

QTEST_MAIN(TestThemeMap)
#include "tst_thememap.moc"
