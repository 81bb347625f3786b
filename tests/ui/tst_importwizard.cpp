// File › Import › Accounts…: the wizard driven with real clicks and keys on tricky files made
// here (Salesforce, HubSpot and Dynamics style headers, a semicolon CSV with decimal commas, an
// XLSX with two sheets, a GeoJSON of points): the mapping each combo box shows, what the fields
// without a column will mean, the dry run (every reason of a rejected row, savable as CSV), the
// accounts in the project afterwards, and a mapping remembered for the next file with the same
// columns.
#include "ui/import/accountimportwizard.h"
#include "ui/import/importdryrunpage.h"
#include "ui/window/importactions.h"
#include "ui/window/mainwindow.h"

#include "io/export/exporttable.h"
#include "io/export/outputguard.h"
#include "io/export/xlsxworkbookwriter.h"
#include "session/projectsession.h"
#include "support/democopy.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

using namespace tp;
using ui::AccountImportWizard;

namespace {

// One field's expected column ("" for "(not used)").
using Expected = QList<QPair<QString, QString>>;

const QByteArray salesforce =
    "Account ID,Account Name,Billing Street,Billing City,Billing Zip/Postal Code,Billing Latitude,Billing Longitude,"
    "Industry,Type,Annual Revenue,Rating,Account Number\n"
    "SF-001,Mile High Supply,1 Main St,Denver,80202,39.7392,-104.9903,Retail,Customer,1500000,Hot,A-1\n"
    "SF-002,Harbor Labs,2 Dock St,Boston,02108,42.3601,-71.0589,Biotech,Prospect,250000,Warm,A-2\n"
    "SF-003,Lakeside Foods,3 Shore Dr,Chicago,60601,,,Food,Partner,\"1,200,000\",Cold,A-3\n"
    "SF-004,Broken Row,4 Nowhere,Nowhere,00000,,,Retail,Customer,abc,Hot,A-4\n";

const QByteArray hubspot =
    "Record ID,Company name,Street Address,City,State/Region,Postal Code,Industry,Annual Revenue,Number of Employees,"
    "Lifecycle Stage,Type\n"
    "HS-1,Bay Robotics,10 Market St,San Francisco,CA,94103,Robotics,900000,120,customer,Partner\n"
    "HS-2,Loop Analytics,20 Wacker Dr,Chicago,IL,60601,Software,300000,35,lead,Prospect\n";

const QByteArray dynamics =
    "Account Number,Account Name,Address 1: Street 1,Address 1: ZIP/Postal Code,Address 1: Latitude,Address 1: "
    "Longitude,"
    "Industry,Relationship Type,Annual Revenue,Category\n"
    "DY-1,Peak Outfitters,5 Pearl St,80202,39.75,-104.99,Retail,Customer,400000,Preferred Customer\n"
    "DY-2,Charles River Tech,6 Beacon St,02108,42.36,-71.06,Software,Prospect,700000,Standard\n";

const QByteArray semicolon = "id;name;zip;latitude;longitude;potential;revenue;nps\n"
                             "SC-1;Kontor Nord;80202;39,7392;-104,9903;1.234,50;1.000,00;8,5\n"
                             "SC-2;Kontor Süd;02108;42,3601;-71,0589;2.500,00;500,25;7,0\n";

QByteArray geojson() {
    return R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"GJ-1","name":"Point One","potential":1000},"geometry":{"type":"Point","coordinates":[-104.99,39.74]}},
{"type":"Feature","properties":{"id":"GJ-2","name":"Point Two","potential":2000},"geometry":{"type":"Point","coordinates":[-71.06,42.36]}},
{"type":"Feature","properties":{"id":"GJ-3","name":"Point Three","potential":3000},"geometry":{"type":"Point","coordinates":[-87.63,41.88]}}
]})";
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;

    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) return {};
        return path;
    }

    const Project& project() const { return m_window->session()->project(); }
    const Account* account(const QString& externalId) const {
        const int i = project().accountIndexByExternalId(externalId);
        return i < 0 ? nullptr : &project().accounts[std::size_t(i)];
    }

    // With TP_SCREENSHOTS=folder the pages are saved as images (to look at them; under xvfb-run
    // with the screen size to check, and TP_LANG=de for German).
    static void snap(QWidget* w, const QString& name) {
        const QString dir = qEnvironmentVariable("TP_SCREENSHOTS");
        if (dir.isEmpty()) return;
        QTest::qWait(50);
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    static void next(AccountImportWizard* w) {
        QAbstractButton* button = w->button(QWizard::NextButton);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    static QComboBox* combo(AccountImportWizard* w, const QString& field) {
        return w->findChild<QComboBox*>(QStringLiteral("map_") + field);
    }
    // Picks `text` in a closed combo box with the arrow keys, as a user would.
    static void choose(QComboBox* box, const QString& text) {
        const int target = box->findText(text);
        QVERIFY2(target >= 0, qPrintable(text));
        box->setFocus();
        while (box->currentIndex() < target) QTest::keyClick(box, Qt::Key_Down);
        while (box->currentIndex() > target) QTest::keyClick(box, Qt::Key_Up);
        QCOMPARE(box->currentText(), text);
    }

    // Opens the wizard from the menu and types the file's path on the first page.
    AccountImportWizard* start(const QString& path) {
        m_window->action(QStringLiteral("actionImportAccounts"))->trigger();
        AccountImportWizard* w = nullptr;
        for (AccountImportWizard* candidate : m_window->findChildren<AccountImportWizard*>())
            if (candidate->isVisible()) w = candidate; // a closed one may wait for its deletion
        if (!w) return nullptr;
        auto* edit = w->findChild<QLineEdit*>(QStringLiteral("importPath"));
        edit->clear();
        QTest::keyClicks(edit, path);
        return w;
    }
    // From the source page through mapping and location to the finished dry run.
    static void toDryRun(AccountImportWizard* w) {
        while (w->currentId() != AccountImportWizard::DryRunPage) {
            next(w);
            if (QTest::currentTestFailed()) return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(w->hasDryRun(), 60000);
        QTRY_VERIFY(w->button(QWizard::FinishButton)->isEnabled());
    }
    void finish(AccountImportWizard* w) {
        QPointer<AccountImportWizard> alive(w);
        QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!alive || !alive->isVisible());
    }

private slots:
    void initTestCase() {
        if (qEnvironmentVariable("TP_LANG") == QLatin1String("de")) {
            auto* translator = new QTranslator(this);
            if (translator->load(QLocale(QLocale::German), QStringLiteral("territory-planner"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n")))
                QCoreApplication::installTranslator(translator);
            auto* qt = new QTranslator(this);
            if (qt->load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(qt);
        }
        const QString path = m_dir.filePath(QStringLiteral("import.territory"));
        QVERIFY(testsupport::copyDemo(path, testsupport::DemoScenario::AsBundled));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_window = std::make_unique<ui::MainWindow>();
        m_window->imports()->setSettings(m_settings.get());
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(m_window->openProject(path));
    }
    void cleanupTestCase() { m_window.reset(); }

    void crmExports_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<Expected>("mapping");
        QTest::addColumn<QStringList>("notes"); // texts the notes under the combo boxes must show
        QTest::addColumn<QString>("location");  // the location choice that is checked
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("rejected");

        QTest::newRow("Salesforce") << "salesforce.csv" << salesforce
                                    << Expected{{"externalId", "Account ID"},
                                                {"name", "Account Name"},
                                                {"address", "Billing Street"},
                                                {"postalCode", "Billing Zip/Postal Code"},
                                                {"latitude", "Billing Latitude"},
                                                {"longitude", "Billing Longitude"},
                                                {"industry", "Industry"},
                                                {"segment", ""},
                                                {"tier", "Rating"},
                                                {"revenue", "Annual Revenue"},
                                                {"revenuePotential", ""}}
                                    << QStringList{"No potential column: Potential will be 0", "No pipeline column"}
                                    << "locCoordinatesFirst" << 3 << 1;
        QTest::newRow("HubSpot") << "hubspot.csv" << hubspot
                                 << Expected{{"externalId", "Record ID"},
                                             {"name", "Company name"},
                                             {"address", "Street Address"},
                                             {"postalCode", "Postal Code"},
                                             {"industry", "Industry"},
                                             {"segment", ""},
                                             {"tier", ""},
                                             {"revenue", "Annual Revenue"},
                                             {"latitude", ""},
                                             {"longitude", ""}}
                                 << QStringList{"No potential column", "no tier column", "postal code's centre"}
                                 << "locPostalOnly" << 2 << 0;
        QTest::newRow("Dynamics") << "dynamics.csv" << dynamics
                                  << Expected{{"externalId", "Account Number"},
                                              {"name", "Account Name"},
                                              {"address", "Address 1: Street 1"},
                                              {"postalCode", "Address 1: ZIP/Postal Code"},
                                              {"latitude", "Address 1: Latitude"},
                                              {"longitude", "Address 1: Longitude"},
                                              {"segment", ""},
                                              {"revenue", "Annual Revenue"}}
                                  << QStringList{"No potential column"} << "locCoordinatesFirst" << 2 << 0;
        QTest::newRow("semicolon, decimal commas")
            << "semicolon.csv" << semicolon
            << Expected{{"externalId", "id"},     {"name", "name"},           {"postalCode", "zip"},
                        {"latitude", "latitude"}, {"longitude", "longitude"}, {"revenuePotential", "potential"},
                        {"revenue", "revenue"}}
            << QStringList{"No pipeline column"} << "locCoordinatesFirst" << 2 << 0;
    }
    void crmExports() {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(Expected, mapping);
        QFETCH(QStringList, notes);
        QFETCH(QString, location);
        QFETCH(int, added);
        QFETCH(int, rejected);
        const std::size_t before = project().accounts.size();
        AccountImportWizard* w = start(write(file, content));
        QVERIFY(w);
        next(w);
        QCOMPARE(w->currentId(), int(AccountImportWizard::SourcePage));
        snap(w, QStringLiteral("%1-1-source").arg(QTest::currentDataTag()));
        auto* preview = w->findChild<QTableWidget*>(QStringLiteral("importPreview"));
        QCOMPARE(preview->rowCount(), content.count('\n') - 1);
        if (file.startsWith(QLatin1String("semicolon"))) {
            const QString about = w->findChild<QLabel*>(QStringLiteral("importAbout"))->text();
            QVERIFY2(about.contains(QLatin1String("semicolon")) && about.contains(QLatin1String("decimal comma")),
                     qPrintable(about));
            QCOMPARE(preview->item(0, 5)->text(), QStringLiteral("1.234,50"));
        }
        next(w);
        QCOMPARE(w->currentId(), int(AccountImportWizard::MappingPage));
        snap(w, QStringLiteral("%1-2-mapping").arg(QTest::currentDataTag()));
        for (const auto& [field, column] : mapping)
            QVERIFY2(combo(w, field)->currentText() == (column.isEmpty() ? QStringLiteral("(not used)") : column),
                     qPrintable(field + QStringLiteral(": ") + combo(w, field)->currentText()));
        const QString shown = w->findChild<QLabel*>(QStringLiteral("importNotes"))->text();
        for (const QString& n : notes)
            QVERIFY2(shown.contains(n, Qt::CaseInsensitive), qPrintable(n + QStringLiteral(" not in ") + shown));
        next(w);
        QCOMPARE(w->currentId(), int(AccountImportWizard::LocationPage));
        QVERIFY(w->findChild<QAbstractButton*>(location)->isChecked());
        snap(w, QStringLiteral("%1-3-location").arg(QTest::currentDataTag()));
        toDryRun(w);
        snap(w, QStringLiteral("%1-4-dryrun").arg(QTest::currentDataTag()));
        const QString forecast = w->findChild<QLabel*>(QStringLiteral("importForecast"))->text();
        QVERIFY2(forecast.contains(QStringLiteral("%1 accounts to add").arg(added))
                     || (added == 1 && forecast.contains(QLatin1String("1 account to add"))),
                 qPrintable(forecast));
        auto* rejections = w->findChild<QTableWidget*>(QStringLiteral("importRejected"));
        QCOMPARE(rejections->rowCount(), rejected);
        finish(w);
        QCOMPARE(project().accounts.size(), before + std::size_t(added));
    }

    void salesforceValues() {
        // From the Salesforce row above: Annual Revenue is revenue, nothing is potential, "Hot" is tier A
        // and "Type" stayed a column of its own.
        const Account* a = account(QStringLiteral("SF-001"));
        QVERIFY(a);
        QCOMPARE(a->revenue, 1500000.0);
        QCOMPARE(a->revenuePotential, 0.0);
        QCOMPARE(a->tier, QStringLiteral("A"));
        QVERIFY(a->segment.isEmpty());
        QCOMPARE(a->extra.value(QStringLiteral("Type")).toString(), QStringLiteral("Customer"));
        QCOMPARE(account(QStringLiteral("SF-003"))->revenue, 1200000.0); // located by its postal code
        QVERIFY(!account(QStringLiteral("SF-004")));
        const Account* s = account(QStringLiteral("SC-1"));
        QVERIFY(s);
        QCOMPARE(s->revenuePotential, 1234.5);
        QCOMPARE(s->revenue, 1000.0);
        QCOMPARE(s->extra.value(QStringLiteral("nps")).toDouble(), 8.5);
        QCOMPARE(s->location.lat, 39.7392);
    }

    void rejectedRowsShowEveryReasonAndSave() {
        const QString path = m_dir.filePath(QStringLiteral("salesforce-again.csv"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("salesforce.csv")), path));
        AccountImportWizard* w = start(path);
        QVERIFY(w);
        toDryRun(w);
        // The same rows again: nothing to add, nothing changed.
        const QString forecast = w->findChild<QLabel*>(QStringLiteral("importForecast"))->text();
        QVERIFY2(forecast.contains(QLatin1String("0 accounts to add"))
                     && forecast.contains(QLatin1String("3 unchanged")),
                 qPrintable(forecast));
        auto* table = w->findChild<QTableWidget*>(QStringLiteral("importRejected"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("5"));
        const QString reasons = table->item(0, 1)->text();
        QVERIFY2(reasons.contains(QLatin1String("revenue 'abc' is not a number")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QLatin1String("postal code '00000' is unknown")), qPrintable(reasons));
        auto* page = qobject_cast<ui::ImportDryRunPage*>(w->page(AccountImportWizard::DryRunPage));
        const QString saved = m_dir.filePath(QStringLiteral("rejected.csv"));
        QString error;
        QVERIFY2(page->saveRejected(saved, &error), qPrintable(error));
        QFile f(saved);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QLatin1String("line,reason,Account ID,Account Name")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("\n5,revenue 'abc' is not a number; postal code '00000' is unknown")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("SF-004,Broken Row")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String(",00000,")), qPrintable(text));
        w->reject();
    }

    void mappingIsRemembered() {
        // The user reads HubSpot's "Annual Revenue" as potential, not revenue (in an export with one
        // more column than the one imported above, so nothing is remembered for it yet)...
        QByteArray owned;
        for (const QByteArray& line : QByteArray(hubspot).split('\n'))
            if (!line.isEmpty()) owned += line + (owned.isEmpty() ? ",Company owner\n" : ",Pat\n");
        const QByteArray first = QByteArray(owned).replace("HS-", "HM-");
        AccountImportWizard* w = start(write(QStringLiteral("hubspot-mine.csv"), first));
        QVERIFY(w);
        next(w);
        next(w);
        QVERIFY(!w->findChild<QLabel*>(QStringLiteral("importRemembered"))->isVisible());
        choose(combo(w, QStringLiteral("revenue")), QStringLiteral("(not used)"));
        choose(combo(w, QStringLiteral("revenuePotential")), QStringLiteral("Annual Revenue"));
        QVERIFY(
            w->findChild<QLabel*>(QStringLiteral("importNotes"))->text().contains(QLatin1String("No revenue column")));
        toDryRun(w);
        finish(w);
        QCOMPARE(account(QStringLiteral("HM-1"))->revenuePotential, 900000.0);
        QCOMPARE(account(QStringLiteral("HM-1"))->revenue, 0.0);

        // ...and next month's export, with the same columns, is offered that mapping.
        const QByteArray second = QByteArray(owned).replace("HS-", "HN-");
        w = start(write(QStringLiteral("hubspot-next.csv"), second));
        QVERIFY(w);
        next(w);
        next(w);
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("importRemembered"))->isVisible());
        QCOMPARE(combo(w, QStringLiteral("revenuePotential"))->currentText(), QStringLiteral("Annual Revenue"));
        QCOMPARE(combo(w, QStringLiteral("revenue"))->currentText(), QStringLiteral("(not used)"));
        toDryRun(w);
        finish(w);
        QCOMPARE(account(QStringLiteral("HN-2"))->revenuePotential, 300000.0);
    }

    void xlsxWithTwoSheets() {
        io::ExportTable notes(QStringLiteral("Notes"));
        notes.addColumn(QStringLiteral("text"), QStringLiteral("Text"));
        notes.addRow({QStringLiteral("Exported from the CRM")});
        io::ExportTable accounts(QStringLiteral("Accounts"));
        for (const char* h : {"Account ID", "Account Name", "Latitude", "Longitude", "Potential"})
            accounts.addColumn(QString::fromLatin1(h), QString::fromLatin1(h));
        accounts.addRow({QStringLiteral("XL-1"), QStringLiteral("Sheet One"), 39.74, -104.99, 5000.0});
        accounts.addRow({QStringLiteral("XL-2"), QStringLiteral("Sheet Two"), 42.36, -71.06, 7000.0});
        const QString path = m_dir.filePath(QStringLiteral("two-sheets.xlsx"));
        QString error;
        QVERIFY2(io::XlsxWorkbookWriter::write({notes, accounts}, path, io::OutputGuard(), &error), qPrintable(error));

        AccountImportWizard* w = start(path);
        QVERIFY(w);
        next(w);
        auto* layer = w->findChild<QComboBox*>(QStringLiteral("importLayer"));
        QVERIFY(layer->isVisible());
        QCOMPARE(layer->count(), 2);
        QCOMPARE(layer->currentText(), QStringLiteral("Notes"));
        choose(layer, QStringLiteral("Accounts"));
        auto* preview = w->findChild<QTableWidget*>(QStringLiteral("importPreview"));
        QTRY_COMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Account ID"));
        QCOMPARE(preview->rowCount(), 2);
        next(w);
        QCOMPARE(combo(w, QStringLiteral("externalId"))->currentText(), QStringLiteral("Account ID"));
        QCOMPARE(combo(w, QStringLiteral("revenuePotential"))->currentText(), QStringLiteral("Potential"));
        toDryRun(w);
        finish(w);
        QVERIFY(account(QStringLiteral("XL-2")));
        QCOMPARE(account(QStringLiteral("XL-2"))->revenuePotential, 7000.0);
        QCOMPARE(account(QStringLiteral("XL-2"))->location.lon, -71.06);
    }

    void geojsonPoints() {
        AccountImportWizard* w = start(write(QStringLiteral("points.geojson"), geojson()));
        QVERIFY(w);
        next(w);
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("importAbout"))->text().contains(QLatin1String("points locate")));
        next(w);
        QCOMPARE(combo(w, QStringLiteral("externalId"))->currentText(), QStringLiteral("id"));
        QCOMPARE(combo(w, QStringLiteral("latitude"))->currentText(), QStringLiteral("(not used)"));
        QVERIFY(!w->findChild<QLabel*>(QStringLiteral("importNotes"))->text().contains(QLatin1String("No location")));
        next(w);
        QVERIFY(w->findChild<QAbstractButton*>(QStringLiteral("locCoordinatesOnly"))->isChecked());
        QVERIFY(!w->findChild<QAbstractButton*>(QStringLiteral("locPostalOnly"))->isEnabled());
        toDryRun(w);
        finish(w);
        QCOMPARE(account(QStringLiteral("GJ-3"))->location.lat, 41.88);
        QCOMPARE(account(QStringLiteral("GJ-3"))->revenuePotential, 3000.0);
        QVERIFY(account(QStringLiteral("GJ-3"))->unit >= 0); // Cook County
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
