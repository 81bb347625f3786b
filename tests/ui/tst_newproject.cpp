// File › New Project… as a user meets it: the dialog offers counties, approximate ZIP3 and ZIP
// areas (drawn around ZIP centres) or a polygon file; typing a file name and choosing ZIP3 with
// the mouse creates a ZIP3 project in one step, whose accounts then go to the ZIP3 area their
// postal code names. Screenshots go to TP_SCREENSHOT_DIR when set.
#include "ui/dialogs/newprojectdialog.h"
#include "ui/map/mapcanvas.h"
#include "ui/tools/editcontroller.h"
#include "ui/window/mainwindow.h"

#include "builders/blankprojectbuilder.h"
#include "io/import/unitimporter.h"

#include "session/accountimportapplier.h"
#include "session/projectsession.h"
#include "storage/projectfile.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <boost/geometry/algorithms/point_on_surface.hpp>
#include <boost/geometry/strategies/strategies.hpp>

#include <algorithm>

#include <functional>
#include <tuple>

using namespace tp;

class TestNewProject : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static void saveScreenshot(QWidget& w, const QString& name) {
        const QString dir = qEnvironmentVariable("TP_SCREENSHOT_DIR");
        if (!dir.isEmpty()) w.grab().save(dir + QLatin1Char('/') + name);
    }

    // Runs `act` on the modal New Project dialog once it is open (File › New is modal).
    static void whenDialogOpens(std::function<void(ui::NewProjectDialog*)> act, bool* ran) {
        QTimer::singleShot(0, [act, ran] {
            auto* dialog = qobject_cast<ui::NewProjectDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                QTimer::singleShot(20, [act, ran] { whenDialogOpens(act, ran); });
                return;
            }
            *ran = true;
            act(dialog);
        });
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dialogOffersBundledLayersAndAFile() {
        ui::NewProjectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.unitsButton(ui::NewProjectDialog::Units::Counties)->isChecked());
        QVERIFY2(dialog.unitsButton(ui::NewProjectDialog::Units::Zips)
                     ->text()
                     .contains(QStringLiteral("drawn around ZIP centres")),
                 "honest naming");
        QVERIFY(!dialog.createButton()->isEnabled()); // no file name yet
        QTest::keyClicks(dialog.projectPathEdit(), m_dir.filePath(QStringLiteral("plan")));
        QVERIFY(dialog.createButton()->isEnabled());
        QCOMPARE(dialog.projectPath(), m_dir.filePath(QStringLiteral("plan.territory")));
        // A polygon file needs its path.
        QRadioButton* file = dialog.unitsButton(ui::NewProjectDialog::Units::File);
        QTest::mouseClick(file, Qt::LeftButton, {}, QPoint(8, file->height() / 2));
        QVERIFY(file->isChecked());
        QVERIFY(!dialog.createButton()->isEnabled());
        QVERIFY(dialog.unitFileEdit()->isEnabled());
        QTest::keyClicks(dialog.unitFileEdit(), QStringLiteral("/data/zcta.gpkg"));
        QVERIFY(dialog.createButton()->isEnabled());
        QCOMPARE(dialog.units(), ui::NewProjectDialog::Units::File);
        saveScreenshot(dialog, QStringLiteral("new-project.png"));
    }

    void newZip3ProjectInOneStep() {
        ui::MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = m_dir.filePath(QStringLiteral("zip3.territory"));
        bool ran = false;
        whenDialogOpens(
            [path](ui::NewProjectDialog* dialog) {
                QTest::keyClicks(dialog->projectPathEdit(), path);
                QRadioButton* zip3 = dialog->unitsButton(ui::NewProjectDialog::Units::Zip3);
                QTest::mouseClick(zip3, Qt::LeftButton, {}, QPoint(8, zip3->height() / 2));
                QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
            },
            &ran);
        window.action(QStringLiteral("actionNew"))->trigger();
        QVERIFY(ran);
        QVERIFY(window.session());
        QCOMPARE(window.session()->path(), path);
        const Project& p = window.session()->project();
        QVERIFY2(p.units.size() > 800 && p.units.size() < 1000, qPrintable(QString::number(p.units.size())));
        QCOMPARE(p.unitPostalCodes.kind, UnitPostalCodes::Kind::Zip3);
        QCOMPARE(p.units.front().code.size(), 3);
        QVERIFY(!p.adjacency.empty());
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->isRenderComplete(), 20000);
        saveScreenshot(window, QStringLiteral("new-zip3-project.png"));

        // Accounts with ZIP codes go to their ZIP3 area, the others by location.
        io::AccountImportResult accounts;
        accounts.ok = true;
        for (const auto& [id, zip, lon, lat] :
             {std::tuple{"A1", "10001", -73.99, 40.75}, std::tuple{"A2", "90210", 0.0, 0.0},
              std::tuple{"A3", "", -87.63, 41.88}}) {
            Account a;
            a.externalId = QString::fromLatin1(id);
            a.postalCode = QString::fromLatin1(zip);
            a.location = {lon, lat};
            accounts.accounts.push_back(a);
        }
        session::AccountImportSummary summary;
        QString error;
        QVERIFY2(
            session::AccountImportApplier::apply(*window.session(), accounts, QStringLiteral("test"), &summary, &error),
            qPrintable(error));
        QCOMPARE(summary.placement.byPostalCode, 2);
        QCOMPARE(summary.placement.byLocation, 1);
        QVERIFY2(summary.text().contains(QStringLiteral("2 placed by postal code")), qPrintable(summary.text()));
        auto unitOf = [&](const char* id) {
            return p
                .units[std::size_t(p.accounts[std::size_t(p.accountIndexByExternalId(QString::fromLatin1(id)))].unit)]
                .code;
        };
        QCOMPARE(unitOf("A1"), QStringLiteral("100"));
        QCOMPARE(unitOf("A2"), QStringLiteral("902"));
        QCOMPARE(unitOf("A3").left(2), QStringLiteral("60")); // Chicago's ZIP3s are 606..608

        // The setting is in the file: a fresh reading knows the units are ZIP3 areas.
        Project reread;
        QVERIFY2(storage::ProjectFile::open(path, &reread, &error), qPrintable(error));
        QCOMPARE(reread.unitPostalCodes.kind, UnitPostalCodes::Kind::Zip3);
    }

    // Edit › Select Whole Counties / States: a click on one ZIP area with the Select tool, then
    // the menu grows the selection to every ZIP area of that county, then of the state.
    void selectWholeCountiesOfZipAreas() {
        const QString path = m_dir.filePath(QStringLiteral("zips-ri.territory"));
        io::UnitImportOptions units = io::UnitImporter::bundledOptions(QStringLiteral("zips"));
        units.where = QStringLiteral("state_code IN ('44', '09')"); // Rhode Island and Connecticut
        Project project;
        QString error;
        QVERIFY2(builders::BlankProjectBuilder::build(QStringLiteral("zips"), units, &project, &error),
                 qPrintable(error));
        QVERIFY2(storage::ProjectFile::create(path, project, &error), qPrintable(error));

        ui::MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        ui::MapCanvas* canvas = window.canvas();
        canvas->zoomToExtent(geo::Box(geo::GeoPoint{-71.9, 41.3}, geo::GeoPoint{-71.1, 42.05}));
        QTRY_VERIFY_WITH_TIMEOUT(canvas->isRenderComplete(), 20000);
        const Project& p = window.session()->project();
        const int providence = p.unitIndexByCode(QStringLiteral("02903"));
        QVERIFY(providence >= 0);
        geo::GeoPoint inside;
        boost::geometry::point_on_surface(p.units[std::size_t(providence)].shape.front(), inside);
        window.action(QStringLiteral("toolSelect"))->trigger();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->toWidget(inside).toPoint());
        QCOMPARE(window.editController()->selection(), std::vector<int>{providence});

        window.action(QStringLiteral("actionSelectCounties"))->trigger();
        const std::vector<int> county = window.editController()->selection();
        QVERIFY(county.size() > 10);
        for (std::size_t u = 0; u < p.units.size(); ++u) {
            const bool selected = std::binary_search(county.begin(), county.end(), int(u));
            QCOMPARE(selected, p.units[u].region == QLatin1String("44007")); // Providence County
        }
        window.action(QStringLiteral("actionSelectStates"))->trigger();
        const std::vector<int> state = window.editController()->selection();
        for (std::size_t u = 0; u < p.units.size(); ++u)
            QCOMPARE(std::binary_search(state.begin(), state.end(), int(u)),
                     p.units[u].region.startsWith(QLatin1String("44")));
        QVERIFY(state.size() < p.units.size()); // Connecticut stays out
        QTest::qWait(400);                      // the canvas merges refresh requests before it renders the selection
        QTRY_VERIFY_WITH_TIMEOUT(canvas->isRenderComplete(), 20000);
        saveScreenshot(window, QStringLiteral("zip-select-state.png"));
    }
};

QTEST_MAIN(TestNewProject)
#include "tst_newproject.moc"
