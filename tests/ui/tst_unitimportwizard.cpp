// File › Import › Units from a GIS File… as a user drives the wizard: a GeoPackage with a layer
// of points and a layer of polygons; the point layer is listed but cannot be chosen, the polygon
// layer shows its feature count and first features; the code field is the one the importer
// detects, the name and region fields are picked with the keyboard; Import replaces the
// project's units with the layer's, named and grouped as chosen. A bad file keeps the first page
// with the reason. Screenshots of each page go to $TP_SCREENSHOT_DIR when it is set.
#include "ui/import/unitimportwizard.h"
#include "ui/window/mainwindow.h"

#include "session/projectsession.h"
#include "support/mainwindowfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace tp;
using testsupport::screenshot;
using testsupport::showProject;
using testsupport::whenModal;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool ogr2ogr(const QStringList& args) {
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("ogr2ogr")), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return false;
    }
    return true;
}

// offices (points) and sales_areas: 2 x 3 squares of one degree near Kansas with AREA_ID,
// AREA_NAME and STATE; written as GeoJSON and put into one GeoPackage by GDAL's ogr2ogr.
bool writeGeoPackage(const QString& dir, const QString& path) {
    QByteArray areas = R"({"type":"FeatureCollection","features":[)";
    for (int i = 0; i < 6; ++i) {
        const double x0 = -101.0 + i % 3, y0 = 37.0 + i / 3;
        if (i) areas += ',';
        areas += QStringLiteral(
                     R"({"type":"Feature","properties":{"AREA_ID":"SA-%1","AREA_NAME":"Area %2","STATE":"%3"},)"
                     R"("geometry":{"type":"Polygon","coordinates":[[[%4,%5],[%6,%5],[%6,%7],[%4,%7],[%4,%5]]]}})")
                     .arg(i + 1)
                     .arg(QChar('A' + i))
                     .arg(QLatin1String(i < 3 ? "KS" : "NE"))
                     .arg(x0)
                     .arg(y0)
                     .arg(x0 + 1)
                     .arg(y0 + 1)
                     .toUtf8();
    }
    areas += "]}";
    const QByteArray offices =
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Wichita"},)"
        R"("geometry":{"type":"Point","coordinates":[-97.3,37.7]}}]})";
    const QString areasJson = dir + QStringLiteral("/sales_areas.geojson"),
                  officesJson = dir + QStringLiteral("/offices.geojson");
    return writeFile(areasJson, areas) && writeFile(officesJson, offices)
           && ogr2ogr({QStringLiteral("-f"), QStringLiteral("GPKG"), path, officesJson, QStringLiteral("-nln"),
                       QStringLiteral("offices")})
           && ogr2ogr({QStringLiteral("-update"), path, areasJson, QStringLiteral("-nln"),
                       QStringLiteral("sales_areas"), QStringLiteral("-nlt"), QStringLiteral("POLYGON")});
}

} // namespace

class TestUnitImportWizard : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void importAUnitLayerThroughTheWizard() {
        const QString gpkg = m_dir.filePath(QStringLiteral("areas.gpkg"));
        QVERIFY(writeGeoPackage(m_dir.path(), gpkg));
        const QString bad = m_dir.filePath(QStringLiteral("notes.gpkg"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("not a geopackage");
        b.close();
        const QString path = m_dir.filePath(QStringLiteral("units.territory"));
        ui::MainWindow window;
        QVERIFY(testsupport::showDemoCopy(window, path, testsupport::DemoScenario::Draft));

        bool drove = false;
        auto drive = [&](ui::UnitImportWizard* w) {
            auto* pathEdit = w->findChild<QLineEdit*>(QStringLiteral("unitImportPath"));
            QTest::keyClicks(pathEdit, bad);
            QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(w->currentId(), int(ui::UnitImportWizard::FilePage));
            QVERIFY2(w->findChild<QLabel*>(QStringLiteral("unitImportError"))
                         ->text()
                         .startsWith(QLatin1String("This file cannot be read")),
                     qPrintable(w->findChild<QLabel*>(QStringLiteral("unitImportError"))->text()));
            pathEdit->selectAll();
            QTest::keyClicks(pathEdit, gpkg);
            QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(w->currentId(), int(ui::UnitImportWizard::LayerPage));

            // Both layers listed; the points cannot be chosen; the polygons are, with their count and features.
            auto* layer = w->findChild<QComboBox*>(QStringLiteral("unitLayer"));
            QCOMPARE(layer->count(), 2);
            auto* model = qobject_cast<QStandardItemModel*>(layer->model());
            const int offices = layer->findText(QStringLiteral("offices"), Qt::MatchStartsWith);
            QVERIFY(offices >= 0 && !model->item(offices)->isEnabled());
            QCOMPARE(layer->currentText(), QString("sales_areas"));
            QVERIFY2(
                w->findChild<QLabel*>(QStringLiteral("unitLayerAbout"))->text().startsWith(QLatin1String("6 features")),
                qPrintable(w->findChild<QLabel*>(QStringLiteral("unitLayerAbout"))->text()));
            auto* preview = w->findChild<QTableWidget*>(QStringLiteral("unitLayerPreview"));
            QCOMPARE(preview->columnCount(), 3);
            QCOMPARE(preview->item(1, 1)->text(), QString("Area B"));
            screenshot(w, QStringLiteral("unitwizard-layer.png"));
            QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(w->currentId(), int(ui::UnitImportWizard::FieldsPage));

            // The code field the importer would take; the name and region picked with the keyboard.
            auto* code = w->findChild<QComboBox*>(QStringLiteral("unitCodeField"));
            auto* name = w->findChild<QComboBox*>(QStringLiteral("unitNameField"));
            auto* region = w->findChild<QComboBox*>(QStringLiteral("unitRegionField"));
            QCOMPARE(code->currentText(), QString("AREA_ID"));
            QCOMPARE(name->currentText(), QString("(same as the code)"));
            name->setFocus();
            QTest::keyClicks(name, QStringLiteral("AREA_N"));
            QCOMPARE(name->currentText(), QString("AREA_NAME"));
            region->setFocus();
            QTest::keyClick(region, Qt::Key_End);
            QCOMPARE(region->currentText(), QString("STATE"));
            QVERIFY2(w->findChild<QLabel*>(QStringLiteral("unitFieldNotes"))
                         ->text()
                         .contains(QLatin1String("layer's 6 features")),
                     qPrintable(w->findChild<QLabel*>(QStringLiteral("unitFieldNotes"))->text()));
            screenshot(w, QStringLiteral("unitwizard-fields.png"));
            drove = true;
            QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
        };
        whenModal<ui::UnitImportWizard>([&](ui::UnitImportWizard* w) {
            drive(w);
            if (w->isVisible()) w->reject();
        });
        window.action(QStringLiteral("actionImportUnits"))->trigger();
        QVERIFY(drove);

        // The window reopened the project on its new units.
        QTRY_VERIFY(window.session() && window.session()->project().units.size() == 6);
        const Project& p = window.session()->project();
        const int b2 = p.unitIndexByCode(QStringLiteral("SA-2"));
        QVERIFY(b2 >= 0);
        QCOMPARE(p.units[std::size_t(b2)].name, QString("Area B"));
        QCOMPARE(p.units[std::size_t(b2)].region, QString("KS"));
        QCOMPARE(p.units[std::size_t(p.unitIndexByCode(QStringLiteral("SA-5")))].region, QString("NE"));
    }
};

QTEST_MAIN(TestUnitImportWizard)
#include "tst_unitimportwizard.moc"
